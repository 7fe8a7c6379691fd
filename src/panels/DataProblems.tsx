import { useState } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { selectErrors } from '../state/selectors.ts';
import { formatRecordError, type RecordError } from '../data/parse.ts';
import { LoadActions, useFailureText } from './LoadStatus.tsx';

const SHOWN = 200;

/** Records that could not be used, and values replaced by defaults, are listed, never dropped silently.
 * Rejections and warnings are counted apart: a record used with a default was still used. */
export default function DataProblems() {
  const errors = useAtlasStore(selectErrors);
  const failure = useFailureText();
  const source = useAtlasStore((s) => s.dataset.sourceLabel);
  const hasData = useAtlasStore((s) => s.dataset.index !== null);
  const shownContacts = useAtlasStore((s) => s.dataset.index?.contacts.length ?? 0);
  const [all, setAll] = useState(false);
  if (failure) {
    return (
      <div className="data-problems" role="alert">
        <strong>
          {hasData ? 'That file could not be opened; the data shown is unchanged.' : 'The data could not be loaded.'}
        </strong>{' '}
        <bdi>{failure}</bdi> <LoadActions />
      </div>
    );
  }
  if (!errors.length) return null;
  const warnings = errors.filter((e) => e.warning).length;
  const records = new Set(errors.filter((e) => !e.warning).map((e) => e.id)).size;
  const listed = all ? errors : errors.slice(0, SHOWN);
  return (
    <details className="data-problems" role="status">
      <summary>
        {summaryText(records, warnings, shownContacts)} <span className="hint">(in </span>
        <bdi>{source}</bdi>
        <span className="hint">)</span>
      </summary>
      <ul>
        {listed.map((e, i) => (
          <li key={i} className={e.warning ? 'problem-warning' : undefined}>
            <span className="problem-kind">{e.warning ? 'warning' : 'not used'}</span>{' '}
            <bdi className="problem-id">{e.id}</bdi> · <bdi className="problem-field">{e.field}</bdi>:{' '}
            <bdi>{e.message}</bdi>
          </li>
        ))}
      </ul>
      <p className="problem-actions">
        {errors.length > SHOWN && (
          <button type="button" onClick={() => setAll(!all)}>
            {all ? `Show the first ${SHOWN}` : `Show all ${errors.length} problems`}
          </button>
        )}{' '}
        <button type="button" onClick={() => downloadProblems(errors, source)}>
          Download the list
        </button>
      </p>
    </details>
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryText(records: number, warnings: number, shown: number): string {
  const parts: string[] = [];
  if (records) parts.push(`${plural(records, 'record')} could not be used`);
  if (warnings) parts.push(`${plural(warnings, 'value')} replaced by a default or left out`);
  const rest = shown ? `${plural(shown, 'contact')} shown` : 'nothing could be shown';
  return `${parts.join('; ')}; ${rest}.`;
}

/** The whole list as a text file, one problem a line, for lists too long to read here. */
function downloadProblems(errors: RecordError[], source: string) {
  const text = [
    `Problems in ${source}`,
    ...errors.map((e) => (e.warning ? 'warning: ' : 'not used: ') + formatRecordError(e)),
  ].join('\n');
  const url = URL.createObjectURL(new Blob([`${text}\n`], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'data-problems.txt';
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
