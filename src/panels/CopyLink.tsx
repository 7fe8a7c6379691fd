import { useState } from 'react';
import { currentUrl } from '../state/urlSync.ts';
import { useAtlasStore } from '../state/store.ts';
import { useI18n } from '../i18n/useI18n.ts';

export default function CopyLink() {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const fromFile = useAtlasStore((s) => s.dataset.origin === 'file');
  const { t } = useI18n();
  if (fromFile) {
    return (
      <button type="button" className="header-button" disabled title={t('header.copyLink.fileOnly.title')}>
        {t('header.copyLink.fileOnly')}
      </button>
    );
  }
  const copy = async () => {
    const url = currentUrl();
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): show the link to copy by hand.
      window.prompt(t('header.copyLink.prompt'), url);
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2500);
  };
  return (
    <button type="button" className="header-button" onClick={() => void copy()} aria-live="polite">
      {status === 'copied' ? t('header.copyLink.copied') : t('header.copyLink')}
    </button>
  );
}
