import { useAtlasStore } from '../state/store.ts';
import { retryLoad, showBuiltIn } from '../state/loading.ts';
import { formatBytes } from '../state/readBody.ts';

/** Data from a link on its way: what it is, how much has come, and a way out to the built-in record. */
export default function LoadStatus() {
  const pending = useAtlasStore((s) => s.dataset.pending);
  if (!pending) return null;
  const { label, received, total } = pending;
  return (
    <div className="load-status" role="status">
      <p>
        Loading <span className="load-source">{label}</span>… {formatBytes(received)}
        {total !== null ? ` of ${formatBytes(total)}` : ' so far'}
      </p>
      {total !== null && <progress value={received} max={total} aria-label="Loaded so far" />}
      <button type="button" className="link-notes-dismiss" onClick={() => void showBuiltIn()}>
        Cancel
      </button>
    </div>
  );
}

/** After a link failed: try it again, or show the built-in record, which is always there. */
export function LoadActions() {
  const retryable = useAtlasStore((s) => s.dataset.retryable === true);
  const builtInShown = useAtlasStore((s) => s.dataset.index !== null && s.dataset.provenance === null);
  if (!retryable) return null;
  return (
    <span className="load-actions">
      <button type="button" className="link-notes-dismiss" onClick={() => void retryLoad()}>
        Retry
      </button>
      {!builtInShown && (
        <button type="button" className="link-notes-dismiss" onClick={() => void showBuiltIn()}>
          Show the Backchannel Atlas record
        </button>
      )}
    </span>
  );
}
