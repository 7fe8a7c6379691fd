import { setAboutOpen } from '../state/actions.ts';

/** Opens the About-the-data page (its own link: ?about=1). */
export default function AboutButton() {
  return (
    <button type="button" className="header-button" onClick={() => setAboutOpen(true)}>
      About the data
    </button>
  );
}
