// Without a network, the OpenStreetMap layer is a blank sea. When its tiles fail and none has loaded, the
// map says so and switches back to the offline map, which always works.
import L from 'leaflet';

/** `failureText` says it in the interface language of the moment. */
export function watchOnlineTiles(
  map: L.Map,
  online: L.TileLayer,
  offline: L.Layer,
  failureText: () => string,
): () => void {
  const note = L.DomUtil.create('div', 'map-notice');
  note.setAttribute('role', 'status');
  note.hidden = true;
  map.getContainer().append(note);
  let loaded = 0;
  let failed = false;

  const onLoad = () => {
    loaded++;
  };
  const onError = () => {
    // One tile can fail on a good network; only a layer with nothing shown is given up.
    if (failed || loaded > 0) return;
    failed = true;
    note.textContent = failureText();
    note.hidden = false;
    // Not inside the layer's own tile event, which would tear the layer down while it is still firing.
    window.setTimeout(() => {
      map.removeLayer(online);
      map.addLayer(offline);
    });
  };
  const onSwitch = (e: L.LayersControlEvent) => {
    if (e.layer !== online) return;
    // A new try: the network may be back.
    loaded = 0;
    failed = false;
    note.hidden = true;
  };
  online.on('tileload', onLoad);
  online.on('tileerror', onError);
  map.on('baselayerchange', onSwitch);
  return function unwatchOnlineTiles() {
    online.off('tileload', onLoad);
    online.off('tileerror', onError);
    map.off('baselayerchange', onSwitch);
    note.remove();
  };
}
