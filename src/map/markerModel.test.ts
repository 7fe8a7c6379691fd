import { describe, expect, it } from 'vitest';
import { buildIndex } from '../data/contactIndex.ts';
import { ALL_TRACKS_ON, computeView, type TrackToggles } from '../data/query.ts';
import { contact, RIYADH } from '../data/testing/fixtures.ts';
import { english, loadI18n } from '../i18n/catalogs.ts';
import {
  clusterLabel,
  createPlaceClusters,
  markersToShow,
  mergeMarkers,
  placeLabel,
  type BBox,
} from './markerModel.ts';

const BERN = { name: 'Bern', city: 'Bern', country: 'CH', lat: 46.948, lon: 7.4474, precision: 'city' as const };
const SWISS_PLACEHOLDER = { ...BERN, name: 'Switzerland (location not reported)', precision: 'country' as const };
const index = buildIndex([
  contact({ id: 'geneva-1', track: '1' }),
  contact({ id: 'geneva-2', track: '2' }),
  contact({ id: 'bern', track: '1.5', places: [BERN] }),
  contact({ id: 'riyadh', places: [RIYADH] }),
  contact({ id: 'somewhere-swiss', track: '2', places: [SWISS_PLACEHOLDER] }),
]);
const place = (key: string) => index.placeByKey.get(key)!;
const WORLD: BBox = [-180, -85, 180, 85];
const SWITZERLAND: BBox = [5.5, 45.5, 10.5, 48];
const none = { selectedPlaces: new Set<number>(), hoveredPlaces: new Set<number>(), i18n: english };
const clusters = createPlaceClusters(index);
const viewWith = (tracks: TrackToggles = ALL_TRACKS_ON) =>
  computeView(index, { start: 0, end: Date.UTC(2030, 0) }, tracks, null);

describe('markersToShow', () => {
  it('zoomed out, merges nearby places into a cluster that sums their counts and names the busiest first', () => {
    const markers = markersToShow(clusters, viewWith(), none, WORLD, 2);
    const cluster = markers.find((m) => m.look.cluster)!;
    expect(cluster.look).toMatchObject({
      label: '2 places: Geneva, Bern; 3 contacts; activate to zoom in',
      count: 3,
      trackCounts: [1, 1, 1],
      approximate: false,
    });
    expect(cluster.target.type).toBe('cluster');
    expect(cluster.key).toMatch(/^c\d+@2$/);
    expect(markers.filter((m) => m.look.cluster)).toHaveLength(1);
    expect(markers.find((m) => m.look.label.startsWith('Riyadh'))?.look.label).toBe('Riyadh, 1 contact');
  });

  it('zoomed in, shows each place on its own, selectable', () => {
    const markers = markersToShow(clusters, viewWith(), none, SWITZERLAND, 10);
    expect(markers.map((m) => m.look.label).sort()).toEqual([
      'Bern, 1 contact',
      'Geneva, 2 contacts',
      'Switzerland (location not reported), 1 contact (location approximate)',
    ]);
    const geneva = markers.find((m) => m.look.label.startsWith('Geneva'))!;
    expect(geneva).toMatchObject({
      key: `p${place('geneva|CH')}`,
      lat: 46.2022,
      lon: 6.1457,
      target: { type: 'place', place: place('geneva|CH') },
    });
    expect(geneva.look.trackCounts).toEqual([1, 0, 1]);
  });

  it('draws country placeholders on their own, first, never inside a cluster beside their capital', () => {
    const markers = markersToShow(clusters, viewWith(), none, WORLD, 2);
    expect(markers[0]!.look).toMatchObject({
      label: 'Switzerland (location not reported), 1 contact (location approximate)',
      approximate: true,
      cluster: false,
    });
    expect(markers[0]!.target).toEqual({ type: 'place', place: place('country:CH') });
  });

  it('leaves out places with no visible contact, and a cluster counts only the places that have some', () => {
    const noTrack15 = viewWith({ '1': true, '1.5': false, '2': true });
    const cluster = markersToShow(clusters, noTrack15, none, WORLD, 2).find((m) => m.look.cluster)!;
    expect(cluster.look).toMatchObject({ count: 2, label: '1 places: Geneva; 2 contacts; activate to zoom in' });
    const inSwitzerland = markersToShow(clusters, noTrack15, none, SWITZERLAND, 10).map((m) => m.look.label);
    expect(inSwitzerland).not.toContain('Bern, 1 contact');
    const track1Only = viewWith({ '1': true, '1.5': false, '2': false });
    expect(markersToShow(clusters, track1Only, none, SWITZERLAND, 10).map((m) => m.look.label)).toEqual([
      'Geneva, 1 contact',
    ]);
  });

  it('draws no cluster whose places all have nothing to show', () => {
    const onlyRiyadh = computeView(index, { start: 0, end: Date.UTC(2030, 0) }, ALL_TRACKS_ON, maskOf(['riyadh']));
    const markers = markersToShow(clusters, onlyRiyadh, none, WORLD, 2);
    expect(markers.map((m) => m.look.label)).toEqual(['Riyadh, 1 contact']);
  });

  it('marks a place, and any cluster holding it, selected or hovered', () => {
    const geneva = place('geneva|CH');
    const hl = { selectedPlaces: new Set([geneva]), hoveredPlaces: new Set([place('riyadh|SA')]), i18n: english };
    const out = markersToShow(clusters, viewWith(), hl, WORLD, 2);
    expect(out.find((m) => m.look.cluster)!.look).toMatchObject({ selected: true, hovered: false });
    expect(out.find((m) => m.look.label.startsWith('Riyadh'))!.look).toMatchObject({ selected: false, hovered: true });
    const zoomed = markersToShow(clusters, viewWith(), hl, SWITZERLAND, 10);
    expect(zoomed.find((m) => m.look.label.startsWith('Geneva'))!.look.selected).toBe(true);
    expect(zoomed.find((m) => m.look.label.startsWith('Bern'))!.look.selected).toBe(false);
  });
});

describe('clusters', () => {
  it('zoom a cluster open further than where it shows, and remember its places', () => {
    const cluster = markersToShow(clusters, viewWith(), none, WORLD, 2).find((m) => m.look.cluster)!;
    if (cluster.target.type !== 'cluster') throw new Error('expected a cluster');
    expect(clusters.expansionZoom(cluster.target.clusterId)).toBeGreaterThan(2);
    const leaves = clusters.leaves(cluster.target.clusterId);
    expect([...leaves].sort()).toEqual([place('geneva|CH'), place('bern|CH')].sort());
    expect(clusters.leaves(cluster.target.clusterId)).toBe(leaves);
  });
});

describe('mergeMarkers', () => {
  it('makes one marker of two, summing them, at their count-weighted centre, zooming to their places', () => {
    const markers = markersToShow(clusters, viewWith(), none, SWITZERLAND, 10);
    const geneva = markers.find((m) => m.look.label.startsWith('Geneva'))!;
    const bern = markers.find((m) => m.look.label.startsWith('Bern'))!;
    const hl = { selectedPlaces: new Set([place('bern|CH')]), hoveredPlaces: new Set<number>(), i18n: english };
    const merged = mergeMarkers(index, viewWith(), hl, geneva, bern);
    expect(merged.look).toMatchObject({
      label: '2 places: Geneva, Bern; 3 contacts; activate to zoom in',
      count: 3,
      trackCounts: [1, 1, 1],
      cluster: true,
      selected: true,
    });
    expect(merged.lat).toBeCloseTo((2 * 46.2022 + 46.948) / 3, 6);
    expect(merged.lon).toBeCloseTo((2 * 6.1457 + 7.4474) / 3, 6);
    expect(merged.target).toEqual({ type: 'group', places: [place('geneva|CH'), place('bern|CH')] });
    // Merged the other way round, it is the same marker to the adapter.
    expect(mergeMarkers(index, viewWith(), hl, bern, geneva).key).toBe(merged.key);
  });
});

describe('labels', () => {
  it('say how many, in words a screen reader can read', () => {
    expect(placeLabel(english, 'Geneva', 1)).toBe('Geneva, 1 contact');
    expect(placeLabel(english, 'Geneva', 12)).toBe('Geneva, 12 contacts');
    expect(clusterLabel(english, ['A', 'B', 'C', 'D', 'E', 'F'], 9)).toBe(
      '6 places: A, B, C, D and 2 more; 9 contacts; activate to zoom in',
    );
  });

  it('are in the interface language, the country placeholder too', async () => {
    const uk = await loadI18n('uk');
    const markers = markersToShow(clusters, viewWith(), { ...none, i18n: uk }, SWITZERLAND, 10);
    expect(markers.map((m) => m.look.label).sort()).toEqual([
      'Bern, 1 контакт',
      'Geneva, 2 контакти',
      'Швейцарія (місце не повідомлено), 1 контакт (місце приблизне)',
    ]);
    expect(clusterLabel(uk, ['A', 'B', 'C', 'D', 'E', 'F'], 5)).toBe(
      'Місць: 6 — A, B, C, D і ще 2; 5 контактів; активуйте, щоб наблизити',
    );
  });
});

function maskOf(ids: string[]): Uint8Array {
  return Uint8Array.from(index.contacts, (c) => (ids.includes(c.id) ? 1 : 0));
}
