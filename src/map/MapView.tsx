import { useCallback, useEffect, useState } from 'react';
import { MapContainer, useMap } from 'react-leaflet';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useAtlasStore, type AtlasState } from '../state/store.ts';
import { placesOf, selectIndex, selectMask, selectStoryContacts, selectView } from '../state/selectors.ts';
import { selectPlace, setHover, setMapView } from '../state/actions.ts';
import { createContactLayers, MARKERS_DRAWN } from './contactLayers.ts';
import { basemapColors, createOnlineTiles, offlineBasemap, onColorSchemeChange } from './basemap.ts';
import { loadBasemapExtras } from './basemapFiles.ts';
import { createMapLabels } from './mapLabels.ts';
import { watchOnlineTiles } from './onlineFallback.ts';
import { coveredSides, fitAndKeepClear, focusPlaces } from './mapFocus.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { english, loadedI18n } from '../i18n/catalogs.ts';
import { onPrintChange } from '../components/printMedia.ts';

/** Every place of the contacts the story's step shows. */
function storyPlaces(state: AtlasState): number[] {
  const index = state.dataset.index;
  return index ? selectStoryContacts(state).flatMap((i) => index.contactPlaces[i] ?? []) : [];
}

/** Connects the store to the Leaflet adapter through a subscription, so scrubbing the timeline never
 * re-renders React. */
function ContactLayersBridge() {
  const map = useMap();
  useEffect(
    function attachContactLayers() {
      const layers = createContactLayers(map, {
        selectPlace,
        hoverPlace: (place) => setHover(place === null ? null : { type: 'place', place }),
      });
      let frame = 0;
      const draw = () => {
        frame = 0;
        const state = useAtlasStore.getState();
        const view = selectView(state);
        if (!state.dataset.index || !view) {
          layers.clear();
          return;
        }
        // Hidden under the list, the map need not redraw on every frame; it catches up when shown.
        if (state.mainView === 'list') return;
        layers.render({
          index: state.dataset.index,
          view,
          selectedPlaces: new Set([...placesOf(state.dataset.index, state.selection), ...storyPlaces(state)]),
          hoveredPlaces: new Set(placesOf(state.dataset.index, state.hover)),
          i18n: loadedI18n(state.locale) ?? english,
        });
      };
      // Several store changes in one frame (a drag event, then a hover) draw once.
      const schedule = () => {
        if (!frame) frame = requestAnimationFrame(draw);
      };
      const unsubscribe = useAtlasStore.subscribe(
        (s: AtlasState) =>
          [
            s.dataset.index,
            s.window,
            s.tracks,
            s.selection,
            s.hover,
            selectMask(s),
            s.mainView,
            selectStoryContacts(s),
            s.locale,
          ] as const,
        schedule,
        { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
      );
      draw();
      return function detachContactLayers() {
        cancelAnimationFrame(frame);
        unsubscribe();
        layers.destroy();
      };
    },
    [map],
  );
  return null;
}

function NameMap() {
  const map = useMap();
  const { t } = useI18n();
  const label = t('map.label');
  const zoomIn = t('map.zoomIn');
  const zoomOut = t('map.zoomOut');
  useEffect(() => {
    // react-leaflet treats unknown props as Leaflet options, so the label is set on the element.
    const container = map.getContainer();
    container.setAttribute('aria-label', label);
    // Leaflet names its zoom buttons in English, once; they follow the interface language here.
    for (const [selector, name] of [
      ['.leaflet-control-zoom-in', zoomIn],
      ['.leaflet-control-zoom-out', zoomOut],
    ] as const) {
      const button = container.querySelector(selector);
      button?.setAttribute('title', name);
      button?.setAttribute('aria-label', name);
    }
  }, [map, label, zoomIn, zoomOut]);
  return null;
}

/** The credits wrap onto more lines on a narrow map or in a longer language: the legend stands on their
 * measured height (--credits-height, legend.css) rather than on a guess of one line. */
function CreditsRoom() {
  const map = useMap();
  useEffect(() => {
    const credits = map.attributionControl?.getContainer();
    const pane = map.getContainer().parentElement;
    if (!credits || !pane) return;
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize[0]?.blockSize ?? credits.offsetHeight;
      pane.style.setProperty('--credits-height', `${Math.ceil(height)}px`);
    });
    observer.observe(credits);
    return () => {
      observer.disconnect();
      pane.style.removeProperty('--credits-height');
    };
  }, [map]);
  return null;
}

/** A new dataset is shown whole, unless its link said where to look: the load put that view in the store. */
function FitToData() {
  const map = useMap();
  const index = useAtlasStore(selectIndex);
  useEffect(() => {
    if (!index) return;
    const asked = useAtlasStore.getState().mapView;
    if (asked) {
      map.setView([asked.lat, asked.lon], asked.zoom, { animate: false });
      return;
    }
    return fitAndKeepClear(map, index);
  }, [map, index]);
  return null;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** The map's centre and zoom live in the store (and so in the URL); Back/Forward move the map back. */
function SyncMapView() {
  const map = useMap();
  useEffect(
    function attachMapViewSync() {
      const report = () => {
        // Fitting the map to a printed page (FitForPrint) is not the reader moving it: the address keeps
        // the reader's view, which the printed page cites, and the map goes back to it after printing.
        if (document.documentElement.classList.contains('printing')) return;
        const c = map.getCenter();
        setMapView({ lat: round4(c.lat), lon: round4(c.lng), zoom: map.getZoom() });
      };
      map.on('moveend', report);
      const unsubscribe = useAtlasStore.subscribe(
        (s) => s.mapView,
        (v) => {
          if (!v) return;
          const c = map.getCenter();
          if (round4(c.lat) !== v.lat || round4(c.lng) !== v.lon || map.getZoom() !== v.zoom) {
            map.setView([v.lat, v.lon], v.zoom, { animate: false });
          }
        },
      );
      return function detachMapViewSync() {
        map.off('moveend', report);
        unsubscribe();
      };
    },
    [map],
  );
  return null;
}

/** When a contact is selected from outside the map (timeline, list), bring its places into view. */
function FollowSelection() {
  const map = useMap();
  const focusRequest = useAtlasStore((s) => s.focusRequest);
  useEffect(() => {
    if (!focusRequest) return;
    const { dataset, selection } = useAtlasStore.getState();
    const places = placesOf(dataset.index, selection);
    if (dataset.index && places.length) focusPlaces(map, dataset.index, places);
  }, [map, focusRequest]);
  return null;
}

/** A story step that asks for it fits the map to its contacts, clear of the story card and the legend where
 * they float over the map (on a wide screen). */
function FollowStory() {
  const map = useMap();
  const storyFit = useAtlasStore((s) => s.storyFit);
  useEffect(() => {
    if (!storyFit) return;
    const state = useAtlasStore.getState();
    const places = storyPlaces(state);
    if (!state.dataset.index || !places.length) return;
    // The filters above the map change height as a story clears them; Leaflet must measure again.
    map.invalidateSize({ pan: false });
    focusPlaces(map, state.dataset.index, places, coveredSides(map, '.story-stepper, .map-legend'));
  }, [map, storyFit]);
  return null;
}

/** A printed page has its own map box (styles.css, `.printing`): the map measures it and fits the contacts
 * the view shows, then goes back to where the reader was once printing ends. */
function FitForPrint() {
  const map = useMap();
  useEffect(
    function attachPrintFit() {
      let before: { center: L.LatLng; zoom: number } | null = null;
      return onPrintChange((printing) => {
        if (printing) {
          before = { center: map.getCenter(), zoom: map.getZoom() };
          map.invalidateSize({ pan: false });
          const state = useAtlasStore.getState();
          const index = state.dataset.index;
          const view = selectView(state);
          if (!index || !view) return;
          const places = [...new Set(view.visible.flatMap((i) => index.contactPlaces[i] ?? []))];
          if (places.length) focusPlaces(map, index, places);
        } else {
          map.invalidateSize({ pan: false });
          if (before) map.setView(before.center, before.zoom, { animate: false });
          before = null;
        }
      });
    },
    [map],
  );
  return null;
}

/** Place names for the offline map, kept clear of markers; the online layer brings its own. */
function MapLabels() {
  const map = useMap();
  useEffect(
    function attachMapLabels() {
      const labels = createMapLabels(map);
      let cancelled = false;
      loadBasemapExtras()
        .then((extras) => !cancelled && labels.setCapitals(extras.capitals))
        .catch((err: unknown) => console.warn('Capitals could not be labelled:', err));
      // The online layer (tiles) brings its own place names; the offline one needs ours.
      const onLayer = (e: L.LayersControlEvent) => labels.setShown(!(e.layer instanceof L.TileLayer));
      map.on('baselayerchange', onLayer);
      let timer = 0;
      const draw = () => {
        timer = 0;
        const { dataset, selection, locale } = useAtlasStore.getState();
        labels.render({
          index: dataset.index,
          selectedPlaces: new Set(placesOf(dataset.index, selection)),
          i18n: loadedI18n(locale) ?? english,
        });
      };
      // Markers come and go as the window moves; labels follow once they rest, not on every frame.
      const onMarkers = () => {
        window.clearTimeout(timer);
        timer = window.setTimeout(draw, 120);
      };
      map.on(MARKERS_DRAWN, onMarkers);
      draw();
      return function detachMapLabels() {
        cancelled = true;
        window.clearTimeout(timer);
        map.off(MARKERS_DRAWN, onMarkers);
        map.off('baselayerchange', onLayer);
        labels.destroy();
      };
    },
    [map],
  );
  return null;
}

/** Draws the offline basemap at once; `onSettled` runs when it is drawn (or failed), so markers never
 * appear on an empty sea first. */
function Basemaps({ onSettled }: { onSettled: () => void }) {
  const map = useMap();
  // Made once, so the layer switcher (BasemapNames) can be made again in another language around them.
  const [layers] = useState(() => ({ offline: L.layerGroup(), online: createOnlineTiles() }));
  useEffect(
    function attachBasemaps() {
      const renderer = L.canvas({ padding: 0.3 });
      const { offline, online } = layers;
      offline.addTo(map);
      let cancelled = false;
      const basemap = offlineBasemap(map, offline, renderer, basemapColors(map.getContainer()));
      // Place names, markers and panels follow the theme through CSS; the canvas must be repainted.
      const restyle = () => basemap.restyle(basemapColors(map.getContainer()));
      const unfollowScheme = onColorSchemeChange(restyle);
      // Paper is light whatever the screen's theme (print.css): the canvas is repainted for it and back.
      const unfollowPrint = onPrintChange(restyle);
      basemap.ready
        // Tests and the bench wait for this: "first interactive" includes the countries being drawn.
        .then(() => !cancelled && (document.documentElement.dataset.basemap = 'ready'))
        // The basemap said why; the markers come all the same.
        .catch(() => {})
        .finally(() => !cancelled && onSettled());
      const unwatch = watchOnlineTiles(map, online, offline, () =>
        (loadedI18n(useAtlasStore.getState().locale) ?? english).t('map.tiles.failed'),
      );
      return function detachBasemaps() {
        cancelled = true;
        unwatch();
        unfollowScheme();
        unfollowPrint();
        basemap.destroy();
        offline.remove();
        online.remove();
        renderer.remove();
      };
    },
    [map, onSettled, layers],
  );
  return <BasemapNames {...layers} />;
}

/** The layer switcher and the credits, in the interface language: made again when it changes. */
function BasemapNames({ offline, online }: { offline: L.LayerGroup; online: L.TileLayer }) {
  const map = useMap();
  const i18n = useI18n();
  useEffect(
    function nameBasemaps() {
      const { t } = i18n;
      const control = L.control
        .layers({ [t('map.layer.offline')]: offline, [t('map.layer.online')]: online }, undefined, {
          position: 'topright',
          collapsed: true,
        })
        .addTo(map);
      // Leaflet names the switcher's button "Layers", in English, once.
      const toggle = control.getContainer()?.querySelector<HTMLElement>('.leaflet-control-layers-toggle');
      if (toggle) toggle.title = t('map.layers');
      // Our own words with our own links: the only HTML that goes into the credits.
      const link = (href: string) => (chunks: string[]) => `<a href="${href}">${chunks.join('')}</a>`;
      const credits = [
        t('map.credit.naturalEarth'),
        i18n.rich<string>('map.credit.geonames', { link: link('https://www.geonames.org/') }).join(''),
      ];
      const osm = i18n
        .rich<string>('map.credit.osm', { link: link('https://www.openstreetmap.org/copyright') })
        .join('');
      // Leaflet's own prefix carries an English tooltip; its name alone says it.
      map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
      for (const credit of credits) map.attributionControl.addAttribution(credit);
      // The tiles' credit shows while the tiles do.
      const showOsm = () => map.attributionControl.addAttribution(osm);
      const hideOsm = () => map.attributionControl.removeAttribution(osm);
      if (map.hasLayer(online)) showOsm();
      online.on('add', showOsm);
      online.on('remove', hideOsm);
      return function unnameBasemaps() {
        online.off('add', showOsm);
        online.off('remove', hideOsm);
        hideOsm();
        for (const credit of credits) map.attributionControl.removeAttribution(credit);
        control.remove();
      };
    },
    [map, i18n, offline, online],
  );
  return null;
}

export default function MapView() {
  const [basemapSettled, setBasemapSettled] = useState(false);
  const onSettled = useCallback(() => setBasemapSettled(true), []);
  return (
    <MapContainer
      className="map"
      // The world, until the data says where to look: the view an empty dataset keeps.
      center={[35, 20]}
      zoom={2}
      minZoom={0}
      maxZoom={16}
      // Quarter zoom steps let the whole record fit a phone's width; whole steps left the world cut off.
      zoomSnap={0.25}
      worldCopyJump={false}
      attributionControl
    >
      <NameMap />
      <CreditsRoom />
      <Basemaps onSettled={onSettled} />
      <FitToData />
      <SyncMapView />
      <MapLabels />
      {basemapSettled && <ContactLayersBridge />}
      <FollowSelection />
      <FollowStory />
      <FitForPrint />
    </MapContainer>
  );
}
