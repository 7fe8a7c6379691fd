import { useAtlasStore } from '../state/store.ts';
import { selectErrors } from '../state/selectors.ts';

/** Records that could not be used are listed, never dropped silently. */
export default function DataProblems() {
  const errors = useAtlasStore(selectErrors);
  const failure = useAtlasStore((s) => s.dataset.failure);
  const source = useAtlasStore((s) => s.dataset.sourceLabel);
  const hasData = useAtlasStore((s) => s.dataset.index !== null);
  if (failure) {
    return (
      <div className="data-problems" role="alert">
        <strong>
          {hasData ? 'That file could not be opened; the data shown is unchanged.' : 'The data could not be loaded.'}
        </strong>{' '}
        {failure}
      </div>
    );
  }
  if (!errors.length) return null;
  const records = new Set(errors.map((e) => e.id)).size;
  return (
    <details className="data-problems" role="status">
      <summary>
        {records} record{records === 1 ? '' : 's'} in {source} could not be used ({errors.length} problem
        {errors.length === 1 ? '' : 's'}); the rest are shown.
      </summary>
      <ul>
        {errors.slice(0, 200).map((e, i) => (
          <li key={i}>
            <code>{e.id}</code> · <code>{e.field}</code>: {e.message}
          </li>
        ))}
        {errors.length > 200 && <li>…and {errors.length - 200} more.</li>}
      </ul>
    </details>
  );
}
