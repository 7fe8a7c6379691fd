// The map's key: every symbol the map and the timeline draw, in words. Collapsible; whether it is open is
// remembered in this browser (localStorage), and on a first visit it starts closed on a phone or a short
// screen (a 1280×720 laptop), where it would cover most of the map.
import { useId, useState } from 'react';
import { TRACKS, trackClass } from '../ui/tracks.ts';
import { useI18n } from '../i18n/useI18n.ts';
import './legend.css';

const STORAGE_KEY = 'atlas.legend.open';

function initiallyOpen(): boolean {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored !== null) return stored === '1';
  } catch {
    // Storage can be refused (private mode, embedded pages): fall back to the default.
  }
  return !window.matchMedia('(max-width: 760px), (max-height: 820px)').matches;
}

function remember(open: boolean) {
  try {
    window.localStorage.setItem(STORAGE_KEY, open ? '1' : '0');
  } catch {
    // Not remembered, but the legend still opens and closes.
  }
}

export default function MapLegend() {
  const [open, setOpen] = useState(initiallyOpen);
  const bodyId = useId();
  const { t } = useI18n();
  const toggle = () => {
    setOpen(!open);
    remember(!open);
  };
  return (
    <section className={`map-legend${open ? ' is-open' : ''}`} aria-label={t('legend.label')}>
      <button type="button" className="legend-toggle" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
        {open ? t('legend.hide') : t('legend.show')}
      </button>
      {/* On a short map the body scrolls; keyboard users must be able to focus it to scroll it. */}
      <div id={bodyId} className="legend-body" hidden={!open} tabIndex={0}>
        <ul className="legend-list">
          {TRACKS.map((track) => (
            <li key={track}>
              <span className={`legend-symbol legend-swatch ${trackClass(track)}`} aria-hidden="true" />
              <span>
                <strong>{t(`track.${track}`)}</strong>: {t(`track.${track}.description`)}
              </span>
            </li>
          ))}
          <li>
            <span className="legend-symbol legend-pin legend-mix" aria-hidden="true">
              3
            </span>
            <span>{t('legend.ring')}</span>
          </li>
          <li>
            <span className="legend-symbol legend-pin legend-mix legend-cluster" aria-hidden="true">
              9
            </span>
            <span>{t('legend.cluster')}</span>
          </li>
          <li>
            <span className="legend-symbol legend-pin legend-mix legend-dashed" aria-hidden="true">
              2
            </span>
            <span>{t('legend.dashed')}</span>
          </li>
          <li>
            <span className="legend-symbol legend-line" aria-hidden="true" />
            <span>{t('legend.line')}</span>
          </li>
        </ul>
        <p className="legend-heading">{t('legend.timeline')}</p>
        <ul className="legend-list">
          <li>
            <span className="legend-symbol legend-range legend-approx track-1" aria-hidden="true">
              ≈
            </span>
            <span>{t('legend.approx')}</span>
          </li>
          <li>
            <span className="legend-symbol legend-range legend-disputed track-1" aria-hidden="true">
              ?
            </span>
            <span>{t('legend.disputed')}</span>
          </li>
          <li>
            <span className="legend-symbol legend-range legend-secret track-1" aria-hidden="true" />
            <span>{t('legend.secret')}</span>
          </li>
          <li>
            <span className="legend-symbol legend-disclosure track-1" aria-hidden="true" />
            <span>{t('legend.disclosure')}</span>
          </li>
        </ul>
      </div>
    </section>
  );
}
