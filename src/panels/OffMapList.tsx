// Contacts with no place to draw (a user's file without coordinates, or with a place name the atlas does not
// know) are on the timeline and in the list but would be missing from the map without a word: this corner
// control says how many of those in the current filters and window there are, and lists them.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { selectIndex, selectView } from '../state/selectors.ts';
import { useI18n } from '../i18n/useI18n.ts';
import ContactButtonList from '../components/ContactButtonList.tsx';
import './offMap.css';

export default function OffMapList() {
  const index = useAtlasStore(selectIndex);
  const view = useAtlasStore(selectView);
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const offMap = useMemo(
    () => (index && view ? view.visible.filter((i) => index.contactPlaces[i]!.length === 0) : []),
    [index, view],
  );
  if (offMap.length === 0) return null;
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      close();
    }
  };
  return (
    <section
      className={`off-map-list${open ? ' is-open' : ''}`}
      aria-label={i18n.t('map.offMap.region')}
      onKeyDown={onKeyDown}
    >
      <button
        ref={toggle}
        type="button"
        className="off-map-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {i18n.t('map.offMap.count', { count: offMap.length })}
      </button>
      <div id={listId} className="off-map-body" hidden={!open}>
        <p className="hint">{i18n.t('map.offMap.why')}</p>
        <ContactButtonList
          contacts={offMap}
          className="plain off-map-contacts"
          onChoose={() => setOpen(false)}
          after={(c) => (
            <>
              {' '}
              <span className="hint">{i18n.dateSpan(c.start, c.end, i18n.t('date.approx'))}</span>
            </>
          )}
        />
      </div>
    </section>
  );
}
