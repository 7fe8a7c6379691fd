import { useAtlasStore } from '../state/store.ts';
import { selectDataNotice } from '../state/selectors.ts';
import SaidText from '../components/SaidText.tsx';

/** Data that is not the built-in record says so, on every view, for as long as it is shown: a link must not
 * be able to pass off contacts of its own as the atlas's. */
export default function DataNotice() {
  const notice = useAtlasStore(selectDataNotice);
  if (!notice) return null;
  return (
    <p className="data-notice" role="note">
      <span aria-hidden="true">⚠</span> <SaidText said={notice} />
    </p>
  );
}
