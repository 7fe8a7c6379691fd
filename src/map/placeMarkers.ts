// The DOM for one marker: a disc whose ring shows the track mix and whose centre shows the count.
// Built with textContent only: place names come from data and are never parsed as HTML.
import { TRACK_COLORS } from '../ui/tracks.ts';
import type { MarkerLook } from './markerModel.ts';

/** Area grows with the count, but slowly: big pins would bury their neighbours in crowded Europe.
 * Placeholders stay small, since where they stand is only nominal. */
export function markerSize(count: number, approximate = false): number {
  return approximate
    ? Math.round(Math.min(28, 18 + 2 * Math.sqrt(count)))
    : Math.round(Math.min(46, 20 + 4 * Math.sqrt(count)));
}

export function lookSignature(look: MarkerLook): string {
  return [
    look.label,
    look.count,
    look.trackCounts.join('/'),
    +look.approximate,
    +look.selected,
    +look.hovered,
    +look.cluster,
    look.offset?.join(',') ?? '',
  ].join('|');
}

function ringGradient(counts: [number, number, number]): string {
  const total = counts[0] + counts[1] + counts[2] || 1;
  let at = 0;
  const stops: string[] = [];
  counts.forEach((n, t) => {
    if (!n) return;
    const from = (at / total) * 100;
    at += n;
    stops.push(`${TRACK_COLORS[t]} ${from.toFixed(2)}% ${((at / total) * 100).toFixed(2)}%`);
  });
  return `conic-gradient(${stops.join(', ')})`;
}

export function createPin(): HTMLElement {
  const pin = document.createElement('div');
  pin.className = 'pin';
  const count = document.createElement('span');
  count.className = 'pin-count';
  pin.append(count);
  return pin;
}

export function applyLook(host: HTMLElement, pin: HTMLElement, look: MarkerLook): void {
  const size = markerSize(look.count, look.approximate);
  // The marker element itself is the button, so it gets the pin's size, centred on the point.
  host.style.width = `${size}px`;
  host.style.height = `${size}px`;
  // A placeholder is drawn beside the capital that stands in for it, so both stay visible and clickable.
  const [dx, dy] = look.offset ?? [0, 0];
  host.style.marginLeft = `${-size / 2 + dx}px`;
  host.style.marginTop = `${-size / 2 + dy}px`;
  pin.style.background = ringGradient(look.trackCounts);
  pin.classList.toggle('is-approx', look.approximate);
  pin.classList.toggle('is-cluster', look.cluster);
  host.classList.toggle('is-selected', look.selected);
  host.classList.toggle('is-hovered', look.hovered);
  (pin.firstChild as HTMLElement).textContent = String(look.count);
  host.setAttribute('aria-label', look.label);
  host.setAttribute('aria-pressed', String(look.selected));
  host.title = look.label;
}
