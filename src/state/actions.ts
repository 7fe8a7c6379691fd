// State changes, as plain functions: callable from React handlers and from Leaflet or timeline events alike.
// Only action files write to the store (lint holds it): this one for filters, selection, hover and views;
// windowActions.ts, playbackActions.ts, linkActions.ts and loading.ts for the rest.
import { ALL_TRACKS_ON } from '../data/query.ts';
import type { MatchMode, Secrecy } from '../data/filters.ts';
import type { Confidence, Kind, Track } from '../data/schema.ts';
import type { NetworkMode } from '../data/network.ts';
import { useAtlasStore, type MainView, type MapView, type Selection } from './store.ts';

const { setState, getState } = useAtlasStore;

export function toggleTrack(track: Track): void {
  const tracks = getState().tracks;
  setState({ tracks: { ...tracks, [track]: !tracks[track] } });
}

export function selectPlace(place: number): void {
  setState({ selection: { type: 'place', place } });
}

/** Select a contact; `focus` asks the map to bring it into view (used when the click came from elsewhere). */
export function selectContact(contact: number, focus = false): void {
  const state = getState();
  setState({
    selection: { type: 'contact', contact },
    focusRequest: focus ? state.focusRequest + 1 : state.focusRequest,
  });
}

export function clearSelection(): void {
  setState({ selection: null });
}

export function setHover(hover: Selection): void {
  const current = getState().hover;
  if (current === hover || (current && hover && current.type === hover.type && sameTarget(current, hover))) return;
  setState({ hover });
}

function sameTarget(a: NonNullable<Selection>, b: NonNullable<Selection>): boolean {
  return a.type === 'place' && b.type === 'place'
    ? a.place === b.place
    : a.type === 'contact' && b.type === 'contact'
      ? a.contact === b.contact
      : false;
}

export function setQuery(query: string): void {
  setState({ query });
}

const toggled = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

export function toggleParty(party: string): void {
  setState({ parties: toggled(getState().parties, party) });
}

export function setPartyMode(partyMode: MatchMode): void {
  setState({ partyMode });
}

export function togglePerson(name: string): void {
  setState({ people: toggled(getState().people, name) });
}

/** From a name in the details: that person's contacts, in place of any other person chosen. */
export function showPersonContacts(name: string): void {
  setState({ people: [name] });
}

export function toggleKind(kind: Kind): void {
  setState({ kinds: toggled(getState().kinds, kind) });
}

export function toggleConfidence(level: Confidence): void {
  setState({ confidences: toggled(getState().confidences, level) });
}

export function toggleSecrecy(value: Secrecy): void {
  setState({ secrecy: toggled(getState().secrecy, value) });
}

export function clearFilters(): void {
  setState({ query: '', parties: [], people: [], kinds: [], confidences: [], secrecy: [], tracks: ALL_TRACKS_ON });
}

export function setMapView(mapView: MapView): void {
  const current = getState().mapView;
  if (current && current.lat === mapView.lat && current.lon === mapView.lon && current.zoom === mapView.zoom) return;
  setState({ mapView });
}

export function setMainView(mainView: MainView): void {
  setState({ mainView });
}

/** The About-the-data page: a view of its own with its own link, so Back closes it. */
export function setAboutOpen(about: boolean): void {
  setState({ about });
}

export function toggleDisclosures(): void {
  setState({ disclosures: !getState().disclosures });
}

export function setNetworkMode(mode: NetworkMode): void {
  setState({ network: { mode, pick: null } });
}

/** The network node or link (its id) whose contacts the network view lists; the same pick again, or null,
 * closes the list. */
export function pickNetwork(pick: string | null): void {
  const { network } = getState();
  setState({ network: { ...network, pick: pick === network.pick ? null : pick } });
}
