import { useAtlasStore } from '../state/store.ts';
import { dataNotice } from '../state/provenance.ts';
import SaidText from '../components/SaidText.tsx';

/** Data that is not the built-in record says so, on every view, for as long as it is shown: a link must not
 * be able to pass off contacts of its own as the atlas's. */
export default function DataNotice() {
  // The provenance, not the notice: a selector that builds an object would give a new one on every read.
  const provenance = useAtlasStore((s) => s.dataset.provenance);
  if (!provenance) return null;
  const notice = dataNotice(provenance);
  return (
    <p className="data-notice" role="note">
      <span aria-hidden="true">⚠</span> <SaidText said={notice} />
    </p>
  );
}
