// "Embed": the <iframe> snippet of the current view (and the optional resize script), to copy into an article.
import { useEffect, useId, useRef, useState } from 'react';
import { currentUrl } from '../state/urlSync.ts';
import { useAtlasStore } from '../state/store.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { embedSnippet } from './embedSnippet.ts';
import './embed.css';

export default function EmbedButton() {
  const [open, setOpen] = useState(false);
  const [withScript, setWithScript] = useState(true);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const fromFile = useAtlasStore((s) => s.dataset.origin === 'file');
  // Re-render on every view change while open: the snippet is the view as it is now.
  useAtlasStore((s) => (open ? s : null));
  const { t } = useI18n();
  const id = useId();
  const code = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  // A file opened from this computer cannot be put in a link, so it cannot be embedded either.
  if (fromFile) return null;
  const snippet = open ? embedSnippet(currentUrl(), withScript, t('embed.frameTitle')) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('copied');
    } catch {
      // Clipboard refused (insecure origin, permissions): the text is selected for copying by hand.
      code.current?.select();
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2500);
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
        {t('embed.button')}
      </button>
      {open && (
        <div id={id} className="embed-popover" role="group" aria-label={t('embed.panel')}>
          <label htmlFor={`${id}-code`}>{t('embed.code')}</label>
          <textarea
            id={`${id}-code`}
            ref={code}
            readOnly
            rows={6}
            value={snippet}
            onFocus={(e) => e.currentTarget.select()}
          />
          <label className="embed-option">
            <input type="checkbox" checked={withScript} onChange={(e) => setWithScript(e.currentTarget.checked)} />
            {t('embed.withScript')}
          </label>
          <div className="embed-actions">
            <button type="button" className="header-button" onClick={() => void copy()}>
              {t('embed.copy')}
            </button>
            <button type="button" className="header-button" onClick={() => setOpen(false)}>
              {t('embed.close')}
            </button>
          </div>
          <p className="hint" aria-live="polite">
            {status === 'copied' ? t('embed.copied') : status === 'failed' ? t('embed.copyFailed') : ''}
          </p>
        </div>
      )}
    </div>
  );
}
