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
import { useI18n } from '../i18n/useI18n.ts';

const SHOWN_PARTIES = 7;
const SHOWN_PEOPLE = 6;

function PartyChip({ code }: { code: string }) {
  const name = partyName(code, useI18n().locale);
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
  const { t } = useI18n();
  const option = (value: MatchMode, text: string) => (
    <button type="button" aria-pressed={mode === value} onClick={() => setPartyMode(value)}>
      {text}
    </button>
  );
  return (
    <span className="facet-mode" role="group" aria-label={t('facets.partyMode.label')}>
      {option('all', t('facets.partyMode.all'))}
      {option('any', t('facets.partyMode.any'))}
    </span>
  );
}

function PeopleFacet({ chosen }: { chosen: readonly string[] }) {
  const people = useAtlasStore(useFacetEquality(selectPeopleFacet));
  const [find, setFind] = useState('');
  const { t } = useI18n();
  const words = foldText(find).split(/\s+/).filter(Boolean);
  return (
    <FacetButtons
      label={t('facets.people')}
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
          placeholder={t('facets.people.find')}
          aria-label={t('facets.people.find.label')}
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
  const i18n = useI18n();
  const { t } = i18n;
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
  // On a phone or a short screen (height ≤ 820 px) the facets fold away behind one button, which counts the
  // values chosen; on other screens it is hidden and they always show.
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
        {chosenCount ? t('facets.toggle.chosen', { count: chosenCount }) : t('facets.toggle')}
      </button>
      <div className="facet-groups" id="facet-groups">
        <FacetButtons
          label={t('facets.parties')}
          counts={parties}
          chosen={chosen.parties}
          toggle={toggleParty}
          limit={SHOWN_PARTIES}
          show={(code) => <PartyChip code={code} />}
          before={<PartyMode />}
        />
        <PeopleFacet chosen={chosen.people} />
        <FacetButtons
          label={t('facets.kind')}
          counts={kinds}
          chosen={chosen.kinds}
          toggle={toggleKind}
          show={(v) => t(`kind.${v}`)}
        />
        <FacetButtons
          label={t('facets.confidence')}
          counts={confidences}
          chosen={chosen.confidences}
          toggle={toggleConfidence}
          show={(v) => t(`confidence.${v}`)}
        />
        <FacetButtons
          label={t('facets.secrecy')}
          counts={secrecy}
          chosen={chosen.secrecy}
          toggle={toggleSecrecy}
          show={(v) => (v === 'secret' ? t('facets.secrecy.secret') : t('facets.secrecy.open'))}
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
          {t('facets.clear')}
        </button>
      )}
    </div>
  );
}
