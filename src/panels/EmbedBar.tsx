// The embedded layout's top line and selection (?embed=1): what is selected, in one or two lines, and the
// way out to the full atlas with the same view.
import { useEffect, useRef } from 'react';
import { useAtlasStore, type AtlasState } from '../state/store.ts';
import { selectIndex, selectView } from '../state/selectors.ts';
import { dataParam, encodeView } from '../state/urlState.ts';
import { formatDateSpan } from '../data/dates.ts';
import { contactsAtPlace } from '../data/query.ts';
import { TRACK_LABELS } from '../ui/tracks.ts';
import { startEmbedHeight } from './embedHeight.ts';

/** The same view, outside the embed: the address without embed=1. */
function selectFullUrl(s: AtlasState): string {
  const search = encodeView({ ...s, embed: false }, dataParam(window.location.search));
  return `${window.location.origin}${window.location.pathname}${search ? `?${search}` : ''}`;
}

function SelectionLine() {
  const index = useAtlasStore(selectIndex);
  const selection = useAtlasStore((s) => s.selection);
  const view = useAtlasStore(selectView);
  if (!index || !view) return <p className="embed-selection hint">Loading…</p>;
  if (selection?.type === 'contact') {
    const c = index.contacts[selection.contact]!;
    const place = c.places.map((p) => p.city || p.name).join(' – ');
    return (
      <p className="embed-selection" aria-label="Selected contact">
        <strong dir="auto">{c.title}</strong>{' '}
        <span className="hint">
          {formatDateSpan(c.start, c.end)} · {place} · {TRACK_LABELS[c.track]}
          {c.confidence !== 'confirmed' ? ` · ${c.confidence}` : ''}
        </span>
      </p>
    );
  }
  if (selection?.type === 'place') {
    const info = index.places[selection.place]!;
    const n = contactsAtPlace(index, view, selection.place).length;
    return (
      <p className="embed-selection" aria-label="Selected place">
        <strong dir="auto">{info.name}</strong>{' '}
        <span className="hint">
          {n} contact{n === 1 ? '' : 's'} in view
        </span>
      </p>
    );
  }
  return (
    <p className="embed-selection hint">
      {view.visible.length} contacts in view. Click a marker or a timeline item to select it.
    </p>
  );
}

export default function EmbedBar() {
  const fullUrl = useAtlasStore(selectFullUrl);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => startEmbedHeight(bar.current!), []);
  return (
    <div className="embed-bar" ref={bar}>
      <div className="embed-title">
        <span className="embed-name">Backchannel Atlas</span>
        <a href={fullUrl} target="_blank" rel="noopener">
          Open in Backchannel Atlas
        </a>
      </div>
      <SelectionLine />
    </div>
  );
}
