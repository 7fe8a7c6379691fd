import { useState } from 'react';
import { useAtlasStore } from '../state/store.ts';

type Format = 'csv' | 'geojson';

/** Downloads the contacts in view. The exporters load on demand, outside the initial bundle; if that load
 * fails (offline, or a new release replaced the chunk), the buttons say so instead of doing nothing. */
export default function ExportButtons({ positions }: { positions: readonly number[] }) {
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (format: Format) => {
    const index = useAtlasStore.getState().dataset.index;
    if (!index) return;
    let exporters: typeof import('../data/formats/exporters.ts');
    try {
      exporters = await import('../data/formats/exporters.ts');
    } catch (err) {
      setFailure(
        `The download could not be prepared (${err instanceof Error ? err.message : String(err)}); try again.`,
      );
      return;
    }
    setFailure(null);
    const contacts = positions.map((i) => index.contacts[i]!);
    const body = format === 'csv' ? exporters.toCsv(contacts) : JSON.stringify(exporters.toGeoJson(contacts), null, 1);
    saveFile(body, format, `backchannel-atlas-${positions.length}-contacts`);
  };
  return (
    <div className="export" role="group" aria-label="Export the contacts in view">
      <button type="button" onClick={() => void download('csv')}>
        Download CSV
      </button>
      <button type="button" onClick={() => void download('geojson')}>
        Download GeoJSON
      </button>
      {failure && (
        <p className="export-failure" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}

function saveFile(body: string, format: Format, baseName: string) {
  const type = format === 'csv' ? 'text/csv' : 'application/geo+json';
  // The byte-order mark tells Excel the CSV is UTF-8, so accented names survive.
  const url = URL.createObjectURL(new Blob([format === 'csv' ? `\ufeff${body}` : body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${baseName}.${format}`;
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
