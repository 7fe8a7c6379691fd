import { useState } from 'react';
import { currentUrl } from '../state/urlSync.ts';
import { useAtlasStore } from '../state/store.ts';

export default function CopyLink() {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const fromFile = useAtlasStore((s) => s.dataset.origin === 'file');
  if (fromFile) {
    return (
      <button
        type="button"
        className="header-button"
        disabled
        title="A link cannot carry a file opened from your computer: publish the file and use ?data=URL"
      >
        Copy link (not for local files)
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
      window.prompt('Copy this link:', url);
      setStatus('failed');
    }
    window.setTimeout(() => setStatus('idle'), 2500);
  };
  return (
    <button type="button" className="header-button" onClick={() => void copy()} aria-live="polite">
      {status === 'copied' ? 'Link copied' : 'Copy link'}
    </button>
  );
}
