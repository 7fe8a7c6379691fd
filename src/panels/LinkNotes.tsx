import { useAtlasStore } from '../state/store.ts';
import { selectLinkNotes } from '../state/selectors.ts';
import { dismissLinkNotes } from '../state/linkActions.ts';

/** What the link asked for that the app ignored or brought within limits: said once, until dismissed. */
export default function LinkNotes() {
  const notes = useAtlasStore(selectLinkNotes);
  if (!notes.length) return null;
  return (
    <div className="link-notes" role="status">
      <p>
        <strong>Parts of this link were not used:</strong> {notes.join('; ')}.
      </p>
      <button type="button" className="link-notes-dismiss" onClick={dismissLinkNotes}>
        Dismiss
      </button>
    </div>
  );
}
