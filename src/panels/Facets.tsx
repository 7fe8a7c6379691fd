import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAtlasStore, type AtlasState } from '../state/store.ts';
import { selectKindFacet, selectPartyFacet } from '../state/selectors.ts';
import { clearFilters, toggleKind, toggleParty } from '../state/actions.ts';
import type { FacetCount } from '../data/filters.ts';

const SHOWN_PARTIES = 8;

const sameCounts = (a: FacetCount[], b: FacetCount[]) =>
  a.length === b.length && a.every((x, i) => x.value === b[i]!.value && x.count === b[i]!.count);

/** Keeps the previous array while the counts are equal, so a drag that changes no count renders nothing. */
function useFacetEquality<T extends FacetCount>(selector: (s: AtlasState) => T[]) {
  const previous = useRef<T[]>([]);
  return (s: AtlasState) => {
    const next = selector(s);
    if (!sameCounts(previous.current, next)) previous.current = next;
    return previous.current;
  };
}

function FacetButtons<T extends string>({
  label,
  counts,
  chosen,
  toggle,
  limit,
}: {
  label: string;
  counts: Array<FacetCount<T>>;
  chosen: readonly T[];
  toggle: (v: T) => void;
  limit?: number;
}) {
  const [all, setAll] = useState(false);
  // Chosen values stay visible even when filtered down to zero.
  const missing = chosen.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 }));
  const rows = [...counts, ...missing];
  const shown = all || !limit ? rows : rows.slice(0, limit);
  return (
    <div className="facet" role="group" aria-label={label}>
      <span className="facet-label">{label}</span>
      {shown.map(({ value, count }) => (
        <button
          key={value}
          type="button"
          className="facet-value"
          aria-pressed={chosen.includes(value)}
          onClick={() => toggle(value)}
        >
          {value} <span className="count">{count}</span>
        </button>
      ))}
      {limit && rows.length > limit && (
        <button type="button" className="facet-more" onClick={() => setAll(!all)}>
          {all ? 'fewer' : `+${rows.length - limit} more`}
        </button>
      )}
    </div>
  );
}

export default function Facets() {
  const parties = useAtlasStore(useFacetEquality(selectPartyFacet));
  const kinds = useAtlasStore(useFacetEquality(selectKindFacet));
  const chosen = useAtlasStore(
    useShallow((s) => ({ parties: s.parties, kinds: s.kinds, query: s.query, tracks: s.tracks })),
  );
  const active =
    chosen.parties.length > 0 ||
    chosen.kinds.length > 0 ||
    chosen.query.trim() !== '' ||
    Object.values(chosen.tracks).some((on) => !on);
  return (
    <div className="facets">
      <FacetButtons
        label="Parties"
        counts={parties}
        chosen={chosen.parties}
        toggle={toggleParty}
        limit={SHOWN_PARTIES}
      />
      <FacetButtons label="Kind" counts={kinds} chosen={chosen.kinds} toggle={toggleKind} />
      {active && (
        <button
          type="button"
          className="clear-filters"
          onClick={() => {
            clearFilters();
            // This button disappears with the filters; the search box is where filtering starts again.
            document.getElementById('search-input')?.focus();
          }}
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
