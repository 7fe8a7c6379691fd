import { useAtlasStore } from '../state/store.ts';

/** Downloads the contacts in view. The exporters load on demand, outside the initial bundle. */
export default function ExportButtons({ positions }: { positions: readonly number[] }) {
  const download = async (format: 'csv' | 'geojson') => {
    const index = useAtlasStore.getState().dataset.index;
    if (!index) return;
    const { toCsv, toGeoJson } = await import('../data/formats/exporters.ts');
    const contacts = positions.map((i) => index.contacts[i]!);
    const body = format === 'csv' ? toCsv(contacts) : JSON.stringify(toGeoJson(contacts), null, 1);
    const type = format === 'csv' ? 'text/csv' : 'application/geo+json';
    // The byte-order mark tells Excel the CSV is UTF-8, so accented names survive.
    const url = URL.createObjectURL(new Blob([format === 'csv' ? `\ufeff${body}` : body], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `backchannel-atlas-${positions.length}-contacts.${format === 'csv' ? 'csv' : 'geojson'}`;
    a.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className="export" role="group" aria-label="Export the contacts in view">
      <button type="button" onClick={() => download('csv')}>
        Download CSV
      </button>
      <button type="button" onClick={() => download('geojson')}>
        Download GeoJSON
      </button>
    </div>
  );
}
