import type { ReactNode } from 'react';
import { useAtlasStore } from '../state/store.ts';
import SaidText from '../components/SaidText.tsx';
import { retryLoad, showBuiltIn } from '../state/loading.ts';
import { loadProblemText, sizeText, sourceName } from '../i18n/loadText.ts';
import { useI18n } from '../i18n/useI18n.ts';

/** Data from a link on its way: what it is, how much has come, and a way out to the built-in record. */
export default function LoadStatus() {
  const i18n = useI18n();
  const pending = useAtlasStore((s) => s.dataset.pending);
  if (!pending) return null;
  const { label, received, total } = pending;
  const size = sizeText(i18n, received);
  return (
    <div className="load-status" role="status">
      <p>
        <bdi>
          {total !== null
            ? i18n.t('load.progress', { source: sourceName(i18n, label), size, total: sizeText(i18n, total) })
            : i18n.t('load.progress.unknown', { source: sourceName(i18n, label), size })}
        </bdi>
      </p>
      {total !== null && <progress value={received} max={total} aria-label={i18n.t('load.progress.label')} />}
      <button type="button" className="link-notes-dismiss" onClick={() => void showBuiltIn()}>
        {i18n.t('load.cancel')}
      </button>
    </div>
  );
}

/** After a link failed: try it again, or show the built-in record, which is always there. */
export function LoadActions() {
  const { t } = useI18n();
  const retryable = useAtlasStore((s) => s.dataset.retryable === true);
  const builtInShown = useAtlasStore((s) => s.dataset.index !== null && s.dataset.provenance === null);
  if (!retryable) return null;
  return (
    <span className="load-actions">
      <button type="button" className="link-notes-dismiss" onClick={() => void retryLoad()}>
        {t('load.retry')}
      </button>
      {!builtInShown && (
        <button type="button" className="link-notes-dismiss" onClick={() => void showBuiltIn()}>
          {t('load.showRecord')}
        </button>
      )}
    </span>
  );
}

/** The failure's sentence in the interface language when it is one of ours, else as the store has it
 * (then in English, and marked so). */
export function useFailureText(): { text: ReactNode; lang?: 'en' } | null {
  const i18n = useI18n();
  const failure = useAtlasStore((s) => s.dataset.failure);
  const problem = useAtlasStore((s) => s.dataset.failureProblem);
  if (!failure) return null;
  if (!problem) return { text: failure, lang: 'en' };
  const source = sourceName(i18n, problem.source);
  if (problem.problem.kind === 'file') {
    // What is wrong with the file, with its own values (column names, a version) kept as they are.
    const parts = i18n.rich<ReactNode>('load.unreadable', {
      source: (
        <bdi key="source" translate="no">
          {source}
        </bdi>
      ),
      reason: <SaidText key="reason" said={problem.problem.said} />,
    });
    return { text: <>{parts}</> };
  }
  return { text: i18n.t('load.failed', { source, reason: loadProblemText(i18n, problem.problem) }) };
}
