import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useI18n } from '../i18n/useI18n.ts';
import { useAtlasStore } from '../state/store.ts';
import { figureText } from '../picture/figureText.ts';
import { onPrintChange } from '../components/printMedia.ts';

/** What a printed page says above the map: the same words as the downloaded picture (window, count, filters,
 * notice, link of the view, release, credits). Rendered only while printing, so dragging never pays for it. */
export default function PrintSheet() {
  const [printing, setPrinting] = useState(false);
  // The page is laid out for print right after the event: the sheet must be in the DOM by then.
  useEffect(() => onPrintChange((on) => flushSync(() => setPrinting(on))), []);
  return printing ? <PrintText /> : null;
}

function PrintText() {
  const i18n = useI18n();
  const state = useAtlasStore((s) => s);
  const online = document.querySelector('.leaflet-tile-pane img.leaflet-tile') !== null;
  const text = figureText(i18n, state, window.location.href, online);
  return (
    <section className="print-sheet">
      <h1>{text.title}</h1>
      <p className="print-subtitle">{text.subtitle}</p>
      <p>{text.filters}</p>
      {text.notice && <p className="print-notice">{text.notice}</p>}
      <p className="print-source">{text.source}</p>
      <p className="print-credits">
        {text.version && <>{text.version} · </>}
        {text.credits}
      </p>
    </section>
  );
}
