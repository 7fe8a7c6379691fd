import { useState } from 'react';
import { useI18n } from '../i18n/useI18n.ts';

/** "Download image": the picture code (and its rasteriser) is fetched on the first click only. */
export default function DownloadImage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' } | { kind: 'failed'; reason: string }>({
    kind: 'idle',
  });
  const run = async () => {
    setStatus({ kind: 'working' });
    try {
      const { downloadImage } = await import('../picture/downloadImage.ts');
      await downloadImage(i18n);
      setStatus({ kind: 'idle' });
    } catch (err) {
      setStatus({ kind: 'failed', reason: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <>
      <button
        type="button"
        className="header-button"
        title={t('picture.button.title')}
        disabled={status.kind === 'working'}
        onClick={() => void run()}
      >
        {status.kind === 'working' ? t('picture.working') : t('picture.button')}
      </button>
      {status.kind === 'failed' && (
        <span className="header-status" role="alert">
          {t('picture.failed', { reason: status.reason })}
        </span>
      )}
    </>
  );
}
