import { useRef, useState, type ReactNode } from 'react';
import type { FacetCount } from '../data/filters.ts';
import type { AtlasState } from '../state/store.ts';
import { useI18n } from '../i18n/useI18n.ts';

const sameCounts = (a: FacetCount[], b: FacetCount[]) =>
  a.length === b.length && a.every((x, i) => x.value === b[i]!.value && x.count === b[i]!.count);

/** Keeps the previous array while the counts are equal, so a drag that changes no count renders nothing. */
export function useFacetEquality<T extends FacetCount>(selector: (s: AtlasState) => T[]) {
  const previous = useRef<T[]>([]);
  return (s: AtlasState) => {
    const next = selector(s);
    if (!sameCounts(previous.current, next)) previous.current = next;
    return previous.current;
  };
}

/** One facet: a labelled group of toggle buttons, each with the count it would give. */
export default function FacetButtons<T extends string>({
  label,
  counts,
  chosen,
  toggle,
  limit,
  show = (v) => v,
  filter,
  before,
}: {
  label: string;
  counts: Array<FacetCount<T>>;
  chosen: readonly T[];
  toggle: (v: T) => void;
  limit?: number;
  /** How a value reads on its button (the code alone by default). */
  show?: (v: T) => ReactNode;
  /** Only the values it keeps are listed (chosen ones always are). */
  filter?: (v: T) => boolean;
  /** Controls between the label and the values (a mode switch, a typeahead). */
  before?: ReactNode;
}) {
  const [all, setAll] = useState(false);
  const i18n = useI18n();
  // Chosen values stay visible even when filtered down to zero.
  const missing = chosen.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 }));
  const rows = [...counts, ...missing].filter((r) => !filter || chosen.includes(r.value) || filter(r.value));
  // Past the limit, chosen values still show, in their place.
  const shown = all || !limit ? rows : rows.filter((r, i) => i < limit || chosen.includes(r.value));
  return (
    <div className="facet" role="group" aria-label={label}>
      <span className="facet-label">{label}</span>
      {before}
      {/* Hundreds of values scroll within a bounded height instead of pushing the map down. */}
      <span className="facet-values">
        {shown.map(({ value, count }) => (
          <button
            key={value}
            type="button"
            className="facet-value"
            aria-pressed={chosen.includes(value)}
            onClick={() => toggle(value)}
          >
            <bdi>{show(value)}</bdi> <span className="count">{i18n.number(count)}</span>
          </button>
        ))}
      </span>
      {limit && rows.length > limit && (
        <button type="button" className="facet-more" onClick={() => setAll(!all)}>
          {all ? i18n.t('facets.fewer') : i18n.t('facets.more', { count: rows.length - limit })}
        </button>
      )}
    </div>
  );
}
