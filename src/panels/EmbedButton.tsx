// "Embed": the <iframe> snippet of the current view (and the optional resize script), to copy into an article.
import { useId, useState } from 'react';
import { currentUrl } from '../state/urlSync.ts';
import { useAtlasStore } from '../state/store.ts';
import { embedSnippet } from './embedSnippet.ts';

export default function EmbedButton() {
  const [open, setOpen] = useState(false);
  const [withScript, setWithScript] = useState(true);
  const [copied, setCopied] = useState(false);
  const fromFile = useAtlasStore((s) => s.dataset.origin === 'file');
  const id = useId();
  if (fromFile) return null;
  // Read when opened and on each render while open: the snippet is the view as it is now.
  const snippet = open ? embedSnippet(currentUrl(), withScript) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2500);
    } catch {
      // Clipboard refused: the text area is selected for copying by hand.
      (document.getElementById(`${id}-code`) as HTMLTextAreaElement | null)?.select();
    }
  };
  return (
    <div className="embed-menu">
      <button
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        Embed
      </button>
      {open && (
        <div id={id} className="embed-popover" role="group" aria-label="Embed this view">
          <label htmlFor={`${id}-code`}>HTML for an article (the view as it is now)</label>
          <textarea id={`${id}-code`} readOnly rows={6} value={snippet} onFocus={(e) => e.currentTarget.select()} />
          <label className="embed-option">
            <input type="checkbox" checked={withScript} onChange={(e) => setWithScript(e.currentTarget.checked)} />
            Include the resize script (sizes the frame to fit)
          </label>
          <div className="embed-actions">
            <button type="button" className="header-button" onClick={() => void copy()} aria-live="polite">
              {copied ? 'Copied' : 'Copy HTML'}
            </button>
            <button type="button" className="header-button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
