// "Open data file" and drag-and-drop: our JSON, GeoJSON, CSV or TimelineJS, converted on demand and then
// validated like any dataset; rows that could not be used are listed with the reason.
import { useEffect, useRef, useState } from 'react';
import { loadFromFile } from '../state/loading.ts';
import { useI18n } from '../i18n/useI18n.ts';

export default function OpenData() {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { t } = useI18n();

  useEffect(function acceptDroppedFiles() {
    const over = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      setDragging(false);
      if (!file) return;
      e.preventDefault();
      void loadFromFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return function stopAcceptingDroppedFiles() {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      <button type="button" className="header-button" onClick={() => input.current?.click()}>
        {t('header.openData')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.geojson,.csv,application/json,text/csv"
        className="visually-hidden"
        aria-label={t('header.openData.input')}
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void loadFromFile(file);
          e.target.value = '';
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('header.openData.drop')}
        </div>
      )}
    </>
  );
}
