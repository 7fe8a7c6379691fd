import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAtlasStore } from '../state/store.ts';
import {
  selectConfidenceFacet,
  selectKindFacet,
  selectPartyFacet,
  selectPeopleFacet,
  selectSecrecyFacet,
} from '../state/selectors.ts';
import {
  clearFilters,
  setPartyMode,
  toggleConfidence,
  toggleKind,
  toggleParty,
  togglePerson,
  toggleSecrecy,
} from '../state/actions.ts';
import { foldText, type MatchMode } from '../data/filters.ts';
import { partyName } from '../ui/partyNames.ts';
import FacetButtons, { useFacetEquality } from './FacetButtons.tsx';

const SHOWN_PARTIES = 7;
const SHOWN_PEOPLE = 6;

function PartyChip({ code }: { code: string }) {
  const name = partyName(code);
  return name ? (
    <>
      {name} <span className="code">{code}</span>
    </>
  ) : (
    <>{code}</>
  );
}

function PartyMode() {
  const mode = useAtlasStore((s) => s.partyMode);
  const option = (value: MatchMode, text: string) => (
    <button type="button" aria-pressed={mode === value} onClick={() => setPartyMode(value)}>
      {text}
    </button>
  );
  return (
    <span className="facet-mode" role="group" aria-label="Contacts with the chosen parties">
      {option('all', 'all of')}
      {option('any', 'any of')}
    </span>
  );
}

function PeopleFacet({ chosen }: { chosen: readonly string[] }) {
  const people = useAtlasStore(useFacetEquality(selectPeopleFacet));
  const [find, setFind] = useState('');
  const words = foldText(find).split(/\s+/).filter(Boolean);
  return (
    <FacetButtons
      label="Took part"
      counts={people}
      chosen={chosen}
      toggle={togglePerson}
      limit={SHOWN_PEOPLE}
      filter={words.length ? (name) => words.every((w) => foldText(name).includes(w)) : undefined}
      before={
        <input
          type="search"
          className="facet-find"
          value={find}
          onChange={(e) => setFind(e.target.value)}
          placeholder="Find a person"
          aria-label="Find a person who took part"
        />
      }
    />
  );
}

export default function Facets() {
  const parties = useAtlasStore(useFacetEquality(selectPartyFacet));
  const kinds = useAtlasStore(useFacetEquality(selectKindFacet));
  const confidences = useAtlasStore(useFacetEquality(selectConfidenceFacet));
  const secrecy = useAtlasStore(useFacetEquality(selectSecrecyFacet));
  const chosen = useAtlasStore(
    useShallow((s) => ({
      parties: s.parties,
      people: s.people,
      kinds: s.kinds,
      confidences: s.confidences,
      secrecy: s.secrecy,
      query: s.query,
      tracks: s.tracks,
    })),
  );
  // On a phone the facets fold away behind one button; on wider screens it is hidden and they always show.
  const [open, setOpen] = useState(false);
  const chosenCount =
    chosen.parties.length +
    chosen.people.length +
    chosen.kinds.length +
    chosen.confidences.length +
    chosen.secrecy.length;
  const active = chosenCount > 0 || chosen.query.trim() !== '' || Object.values(chosen.tracks).some((on) => !on);
  return (
    <div className={open ? 'facets is-open' : 'facets'}>
      <button
        type="button"
        className="facets-toggle"
        aria-expanded={open}
        aria-controls="facet-groups"
        onClick={() => setOpen(!open)}
      >
        Filters{chosenCount ? ` (${chosenCount} chosen)` : ''}
      </button>
      <div className="facet-groups" id="facet-groups">
        <FacetButtons
          label="Parties"
          counts={parties}
          chosen={chosen.parties}
          toggle={toggleParty}
          limit={SHOWN_PARTIES}
          show={(code) => <PartyChip code={code} />}
          before={<PartyMode />}
        />
        <PeopleFacet chosen={chosen.people} />
        <FacetButtons label="Kind" counts={kinds} chosen={chosen.kinds} toggle={toggleKind} />
        <FacetButtons label="Confidence" counts={confidences} chosen={chosen.confidences} toggle={toggleConfidence} />
        <FacetButtons
          label="Secret at the time"
          counts={secrecy}
          chosen={chosen.secrecy}
          toggle={toggleSecrecy}
          show={(v) => (v === 'secret' ? 'secret' : 'not secret')}
        />
      </div>
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
