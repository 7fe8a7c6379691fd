// The contacts in the current filters as a table: the way to read the data without the map.
import { useDeferredValue, useMemo, useState } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { selectIndex, selectSelection, selectView } from '../state/selectors.ts';
import { selectContact, setHover } from '../state/actions.ts';
import { isApproximatePlace, type ContactIndex } from '../data/contactIndex.ts';
import { isHttpUrl } from '../data/links.ts';
import { trackClass } from '../ui/tracks.ts';
import { useI18n } from '../i18n/useI18n.ts';
import ExportButtons from './ExportButtons.tsx';

type SortKey = 'date' | 'place' | 'track' | 'title' | 'parties' | 'sources';
const COLUMNS: SortKey[] = ['date', 'place', 'track', 'title', 'parties', 'sources'];
const PAGE = 300;

/** "≈ Moscow" where only the country is known (or the place is assumed): the capital only stands in. */
export function placeNames(index: ContactIndex, i: number): string {
  return index.contacts[i]!.places.map((p) => (isApproximatePlace(p) ? '≈ ' : '') + (p.city ?? p.name)).join(' / ');
}

function sortValue(index: ContactIndex, i: number, key: SortKey): string | number {
  const c = index.contacts[i]!;
  switch (key) {
    case 'date':
      return index.startMs[i]!;
    case 'place':
      return placeNames(index, i);
    case 'track':
      return index.track[i]!;
    case 'title':
      return c.title;
    case 'parties':
      return c.parties.join(',');
    case 'sources':
      return c.sources.length;
  }
}

// Titles and places sort as a reader expects ("Çırağan" with the Cs), not by code point.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function sortContacts(
  index: ContactIndex,
  positions: readonly number[],
  key: SortKey,
  ascending: boolean,
): number[] {
  const dir = ascending ? 1 : -1;
  return [...positions].sort((a, b) => {
    const va = sortValue(index, a, key);
    const vb = sortValue(index, b, key);
    const order =
      typeof va === 'string' && typeof vb === 'string' ? collator.compare(va, vb) : va < vb ? -1 : va > vb ? 1 : 0;
    return (order || index.startMs[a]! - index.startMs[b]!) * dir;
  });
}

export default function ListView() {
  const index = useAtlasStore(selectIndex);
  // Sorting hundreds of rows on every frame of a drag or playback would slow it; lag a little instead.
  const view = useDeferredValue(useAtlasStore(selectView));
  const selection = useAtlasStore(selectSelection);
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({ key: 'date', ascending: true });
  const [limit, setLimit] = useState(PAGE);
  const i18n = useI18n();
  const { t } = i18n;
  const rows = useMemo(
    () => (index && view ? sortContacts(index, view.visible, sort.key, sort.ascending) : []),
    [index, view, sort],
  );
  if (!index || !view) return null;
  const selected = selection?.type === 'contact' ? selection.contact : -1;
  const toggleSort = (key: SortKey) => setSort((s) => ({ key, ascending: s.key === key ? !s.ascending : true }));
  return (
    <section className="list-view" aria-label={t('list.label')}>
      <div className="list-head">
        <p>{t('list.count', { count: rows.length })}</p>
        <ExportButtons positions={rows} />
      </div>
      {rows.length === 0 && (
        <p className="list-empty" role="status">
          {t('list.empty')}
        </p>
      )}
      <table>
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th
                key={key}
                scope="col"
                aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
              >
                <button type="button" onClick={() => toggleSort(key)}>
                  {t(`list.col.${key}`)}
                  {sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((i) => {
            const c = index.contacts[i]!;
            const link = c.sources.find((s) => isHttpUrl(s.url));
            return (
              <tr
                key={c.id}
                className={i === selected ? 'is-selected' : undefined}
                aria-selected={i === selected}
                onMouseEnter={() => setHover({ type: 'contact', contact: i })}
                onMouseLeave={() => setHover(null)}
              >
                <td className="nowrap">{i18n.dateSpan(c.start, c.end, t('date.approx'))}</td>
                <td>
                  <bdi>{placeNames(index, i)}</bdi>
                </td>
                <td>
                  <span className={`track-chip ${trackClass(c.track)}`}>{t(`track.${c.track}`)}</span>
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => selectContact(i, true)}>
                    <bdi lang="en">{c.title}</bdi>
                  </button>
                  {c.confidence !== 'confirmed' && (
                    <span className={`confidence-${c.confidence}`}> ({t(`confidence.${c.confidence}`)})</span>
                  )}
                </td>
                <td>
                  <bdi>{c.parties.join(', ')}</bdi>
                </td>
                <td className="nowrap">
                  {link ? (
                    <a href={link.url} target="_blank" rel="noopener noreferrer nofollow">
                      <bdi>{link.publisher}</bdi>
                    </a>
                  ) : (
                    '—'
                  )}
                  {c.sources.length > 1 ? ` +${i18n.number(c.sources.length - 1)}` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > limit && (
        <button type="button" className="more-rows" onClick={() => setLimit(limit + PAGE)}>
          {t('list.more', { count: Math.min(PAGE, rows.length - limit), rest: rows.length - limit })}
        </button>
      )}
    </section>
  );
}
