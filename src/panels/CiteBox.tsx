import { useId, useState } from 'react';
import type { Citation } from '../data/citation.ts';
import { useI18n } from '../i18n/useI18n.ts';
import './cite.css';

const FORMATS = [
  ['plain', null],
  ['bibtex', 'BibTeX'],
  ['csl', 'CSL-JSON'],
] as const;

/** Today as YYYY-MM-DD in the reader's own calendar: the access date of a citation. */
export function accessDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A "Cite" button that opens the citation in three copyable forms. `make` runs when it opens, so the
 * access date and the link are those of the moment of citing. */
export default function CiteBox({ label, make }: { label: string; make: () => Citation }) {
  const [citation, setCitation] = useState<Citation | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const panelId = useId();
  const { t } = useI18n();
  const copy = async (key: keyof Citation, name: string) => {
    if (!citation) return;
    try {
      await navigator.clipboard.writeText(citation[key]);
      setCopied(t('cite.copied', { format: name }));
    } catch {
      // Clipboard refused (insecure origin, permissions): the text is selectable in the box.
      setCopied(t('cite.copyFailed', { format: name }));
    }
  };
  return (
    <div className="cite">
      <button
        type="button"
        className="cite-toggle"
        aria-expanded={citation !== null}
        aria-controls={panelId}
        onClick={() => {
          setCopied(null);
          setCitation(citation ? null : make());
        }}
      >
        {label}
      </button>
      {citation && (
        <div className="cite-panel" id={panelId} role="group" aria-label={label}>
          {FORMATS.map(([key, format]) => {
            const name = format ?? t('cite.plain');
            return (
              <div className="cite-format" key={key}>
                <label>
                  <span>{name}</span>
                  <textarea readOnly rows={key === 'plain' ? 3 : 6} value={citation[key]} />
                </label>
                <button type="button" onClick={() => void copy(key, name)}>
                  {t('cite.copy', { format: name })}
                </button>
              </div>
            );
          })}
          <p className="hint" aria-live="polite">
            {copied ?? ''}
          </p>
        </div>
      )}
    </div>
  );
}
