// The map's key: every symbol the map and the timeline draw, in words. Collapsible; whether it is open is
// remembered in this browser (localStorage), and on a first visit it starts closed on a phone, where it
// would cover most of the map.
import { useId, useState } from 'react';
import { TRACKS, TRACK_DESCRIPTIONS, TRACK_LABELS, trackClass } from '../ui/tracks.ts';
import './legend.css';

const STORAGE_KEY = 'atlas.legend.open';

function initiallyOpen(): boolean {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored !== null) return stored === '1';
  } catch {
    // Storage can be refused (private mode, embedded pages): fall back to the default.
  }
  return !window.matchMedia('(max-width: 760px)').matches;
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
  const toggle = () => {
    setOpen(!open);
    remember(!open);
  };
  return (
    <section className={`map-legend${open ? ' is-open' : ''}`} aria-label="Legend">
      <button type="button" className="legend-toggle" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
        {open ? 'Hide legend' : 'Legend'}
      </button>
      {/* On a short map the body scrolls; keyboard users must be able to focus it to scroll it. */}
      <div id={bodyId} className="legend-body" hidden={!open} tabIndex={0}>
        <ul className="legend-list">
          {TRACKS.map((t) => (
            <li key={t}>
              <span className={`legend-symbol legend-swatch ${trackClass(t)}`} aria-hidden="true" />
              <span>
                <strong>{TRACK_LABELS[t]}</strong>: {TRACK_DESCRIPTIONS[t]}
              </span>
            </li>
          ))}
          <li>
            <span className="legend-symbol legend-pin legend-mix" aria-hidden="true">
              3
            </span>
            <span>Ring: the mix of tracks at a place; number: its contacts</span>
          </li>
          <li>
            <span className="legend-symbol legend-pin legend-mix legend-cluster" aria-hidden="true">
              9
            </span>
            <span>Grey centre: a cluster of nearby places; click to zoom in</span>
          </li>
          <li>
            <span className="legend-symbol legend-pin legend-mix legend-dashed" aria-hidden="true">
              2
            </span>
            <span>Dashed ring: location not reported or assumed; beside the capital that stands in</span>
          </li>
          <li>
            <span className="legend-symbol legend-line" aria-hidden="true" />
            <span>Line: calls between two places (thicker: more calls)</span>
          </li>
        </ul>
        <p className="legend-heading">Timeline</p>
        <ul className="legend-list">
          <li>
            <span className="legend-symbol legend-range legend-approx track-1" aria-hidden="true">
              ≈
            </span>
            <span>Hatched “≈” range: date known only to the month or year</span>
          </li>
          <li>
            <span className="legend-symbol legend-range legend-disputed track-1" aria-hidden="true">
              ?
            </span>
            <span>“?” with a wavy underline: disputed, sources disagree</span>
          </li>
          <li>
            <span className="legend-symbol legend-range legend-secret track-1" aria-hidden="true" />
            <span>Dark left edge: secret until disclosed; the details say when it became public</span>
          </li>
          <li>
            <span className="legend-symbol legend-disclosure track-1" aria-hidden="true" />
            <span>Dotted line to a bar (“Disclosure lines” on): from a secret contact to its first report</span>
          </li>
        </ul>
      </div>
    </section>
  );
}
