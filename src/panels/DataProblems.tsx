import { useState } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { selectErrors } from '../state/selectors.ts';
import type { RecordError } from '../data/parse.ts';
import { LoadActions, useFailureText } from './LoadStatus.tsx';
import SaidText from '../components/SaidText.tsx';
import { useI18n } from '../i18n/useI18n.ts';
import { sourceName } from '../i18n/loadText.ts';
import { saidText } from '../i18n/saidText.ts';
import type { I18n } from '../i18n/translate.ts';

const SHOWN = 200;

/** Records that could not be used, and values replaced by defaults, are listed, never dropped silently.
 * Rejections and warnings are counted apart: a record used with a default was still used. */
export default function DataProblems() {
  const errors = useAtlasStore(selectErrors);
  const failure = useFailureText();
  const label = useAtlasStore((s) => s.dataset.sourceLabel);
  const hasData = useAtlasStore((s) => s.dataset.index !== null);
  const shownContacts = useAtlasStore((s) => s.dataset.index?.contacts.length ?? 0);
  const [all, setAll] = useState(false);
  const i18n = useI18n();
  const { t } = i18n;
  if (failure) {
    return (
      <div className="data-problems" role="alert">
        <strong>{hasData ? t('problems.openFailed') : t('problems.loadFailed')}</strong>{' '}
        <bdi lang={failure.lang}>{failure.text}</bdi> <LoadActions />
      </div>
    );
  }
  if (!errors.length) return null;
  const source = sourceName(i18n, label);
  const warnings = errors.filter((e) => e.warning).length;
  const records = new Set(errors.filter((e) => !e.warning).map((e) => e.id)).size;
  const listed = all ? errors : errors.slice(0, SHOWN);
  return (
    <details className="data-problems" role="status">
      <summary>
        {summaryText(i18n, records, warnings, shownContacts)}{' '}
        <span className="hint">
          {i18n.rich('problems.in', {
            source,
            bdi: (chunks) => (
              <bdi key="s" translate="no">
                {chunks}
              </bdi>
            ),
          })}
        </span>
      </summary>
      <ul>
        {listed.map((e, i) => (
          <li key={i} className={e.warning ? 'problem-warning' : undefined}>
            <span className="problem-kind">{e.warning ? t('problems.warning') : t('problems.notUsed')}</span>{' '}
            <bdi className="problem-id">{e.id}</bdi> · <bdi className="problem-field">{e.field}</bdi>:{' '}
            {/* A message without a structured form is the data code's English, and says so. */}
            {e.said ? <SaidText said={e.said} /> : <bdi lang="en">{e.message}</bdi>}
          </li>
        ))}
      </ul>
      <p className="problem-actions">
        {errors.length > SHOWN && (
          <button type="button" onClick={() => setAll(!all)}>
            {all ? t('problems.showFirst', { count: SHOWN }) : t('problems.showAll', { count: errors.length })}
          </button>
        )}{' '}
        <button type="button" onClick={() => downloadProblems(problemsText(i18n, errors, source))}>
          {t('problems.download')}
        </button>
      </p>
    </details>
  );
}

function summaryText({ t }: I18n, records: number, warnings: number, shown: number): string {
  const parts: string[] = [];
  if (records) parts.push(t('problems.records', { count: records }));
  if (warnings) parts.push(t('problems.warnings', { count: warnings }));
  const rest = shown ? t('problems.shown', { count: shown }) : t('problems.nothingShown');
  return `${parts.join('; ')}; ${rest}.`;
}

/** The list as a text file in the interface language, one problem a line ("not used: #3: lat: …"). */
export function problemsText(i18n: I18n, errors: readonly RecordError[], source: string): string {
  const line = (e: RecordError) =>
    `${i18n.t(e.warning ? 'problems.warning' : 'problems.notUsed')}: ${e.id}: ${e.field}: ` +
    (e.said ? saidText(i18n, e.said) : e.message);
  return [i18n.t('problems.file.heading', { source }), ...errors.map(line)].join('\n');
}

/** The whole list as a text file, for lists too long to read here. */
function downloadProblems(text: string) {
  const url = URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'data-problems.txt';
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
