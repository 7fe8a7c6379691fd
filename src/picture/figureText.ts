// The words a published picture of the view carries around the map and timeline: what it shows (window,
// filters, count), whose data it is, who drew the map, which release, and the link that reproduces it.
// Pure: reads a store state and a translator, touches no DOM.
import { releaseLabel } from '../data/release.ts';
import type { I18n } from '../i18n/translate.ts';
import { saidText } from '../i18n/saidText.ts';
import { selectRelease } from '../state/provenance.ts';
import { selectDataNotice, selectView } from '../state/selectors.ts';
import type { AtlasState } from '../state/store.ts';
import { TRACKS } from '../ui/tracks.ts';

export interface FigureText {
  title: string;
  /** "1 Jan 2023 – 31 Dec 2024 · 42 contacts shown" */
  subtitle: string;
  /** The filters in words, or that there are none. */
  filters: string;
  /** Data that is not the built-in record says so on the picture too. */
  notice: string | null;
  credits: string;
  /** The release of the record, or null for someone else's data. */
  version: string | null;
  source: string;
}

/** The time window as the first and last day it touches, in the interface language. */
export function windowInWords(i18n: I18n, win: { start: number; end: number }): string {
  const first = i18n.utcDay(win.start);
  const last = i18n.utcDay(win.end - 1);
  return first === last ? first : `${first} – ${last}`;
}

/** Each filter that hides something, in words; empty when the view shows everything in the window. */
export function filtersInWords(i18n: I18n, s: AtlasState): string[] {
  const { t } = i18n;
  const list = (values: readonly string[]) => values.join(', ');
  const parts: string[] = [];
  if (s.query.trim()) parts.push(t('picture.filter.search', { query: s.query.trim() }));
  if (s.parties.length) {
    const names = list(s.parties.map((p) => i18n.region(p)));
    parts.push(t(s.partyMode === 'any' ? 'picture.filter.partiesAny' : 'picture.filter.partiesAll', { list: names }));
  }
  if (s.people.length) parts.push(t('picture.filter.people', { list: list(s.people) }));
  if (s.kinds.length) parts.push(t('picture.filter.kinds', { list: list(s.kinds) }));
  if (s.confidences.length) parts.push(t('picture.filter.confidence', { list: list(s.confidences) }));
  if (s.secrecy.length) parts.push(t('picture.filter.secrecy', { list: list(s.secrecy) }));
  const off = TRACKS.filter((track) => !s.tracks[track]);
  if (off.length) parts.push(t('picture.filter.tracksOff', { list: list(off.map((track) => t(`track.${track}`))) }));
  return parts;
}

export function figureText(i18n: I18n, s: AtlasState, url: string, onlineTiles: boolean): FigureText {
  const { t } = i18n;
  const shown = selectView(s)?.visible.length ?? 0;
  const filters = filtersInWords(i18n, s);
  const release = selectRelease(s);
  const notice = selectDataNotice(s);
  const subtitle = [
    s.window ? windowInWords(i18n, s.window) : null,
    t('picture.shown', { count: shown, shown: i18n.number(shown) }),
  ];
  return {
    title: t('picture.title'),
    subtitle: subtitle.filter(Boolean).join(' · '),
    filters: filters.length ? t('picture.filters', { list: filters.join('; ') }) : t('picture.filters.none'),
    notice: notice ? saidText(i18n, notice) : null,
    credits: t(onlineTiles ? 'picture.credits.online' : 'picture.credits'),
    version: release ? t('picture.version', { release: releaseLabel(release), licence: release.dataLicence.id }) : null,
    source: t('picture.source', { url }),
  };
}
