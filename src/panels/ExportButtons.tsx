import { useState } from 'react';
import { selectRelease } from '../state/provenance.ts';
import { useAtlasStore } from '../state/store.ts';
import { useI18n } from '../i18n/useI18n.ts';

type Format = 'csv' | 'geojson';

/** Downloads the contacts in view, losing nothing: CSV as four joined tables with a datapackage.json in a
 * zip, GeoJSON with every field and the dataset's version and licence. The exporters load on demand,
 * outside the initial bundle; if that load fails (offline, or a new release replaced the chunk), the
 * buttons say so instead of doing nothing. */
export default function ExportButtons({ positions }: { positions: readonly number[] }) {
  const [failure, setFailure] = useState<string | null>(null);
  const { t } = useI18n();
  const download = async (format: Format) => {
    const state = useAtlasStore.getState();
    const index = state.dataset.index;
    if (!index) return;
    const release = selectRelease(state);
    const contacts = positions.map((i) => index.contacts[i]!);
    const baseName = `backchannel-atlas${release ? `-${release.version}` : ''}-${positions.length}-contacts`;
    try {
      if (format === 'csv') {
        const { csvTablesZip } = await import('../data/formats/zipTables.ts');
        const zip = csvTablesZip(contacts, release, state.dataset.sourceLabel);
        saveFile(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${baseName}-csv.zip`);
      } else {
        const [{ toGeoJson }, { exportMetadata }] = await Promise.all([
          import('../data/formats/exporters.ts'),
          import('../data/formats/exportMetadata.ts'),
        ]);
        const geo = toGeoJson(contacts, exportMetadata(release, state.dataset.sourceLabel));
        saveFile(new Blob([JSON.stringify(geo, null, 1)], { type: 'application/geo+json' }), `${baseName}.geojson`);
      }
    } catch (err) {
      setFailure(t('export.failed', { reason: err instanceof Error ? err.message : String(err) }));
      return;
    }
    setFailure(null);
  };
  return (
    <div className="export" role="group" aria-label={t('export.label')}>
      <button
        type="button"
        disabled={positions.length === 0}
        onClick={() => void download('csv')}
        title={t('export.csv.title')}
      >
        {t('export.csv')}
      </button>
      <button type="button" disabled={positions.length === 0} onClick={() => void download('geojson')}>
        {t('export.geojson')}
      </button>
      {failure && (
        <p className="export-failure" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}

function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
