import { useDeferredValue, useEffect, useRef } from 'react';
import { useAtlasStore } from '../state/store.ts';
import { selectIndex, selectSelection, selectView } from '../state/selectors.ts';
import { clearSelection, selectContact, setHover } from '../state/actions.ts';
import { contactsAtPlace } from '../data/query.ts';
import { formatUtcDay } from '../data/dates.ts';
import ContactDetails, { ContactSummaryLine } from './ContactDetails.tsx';
import LagChart from './LagChart.tsx';

function PlaceContacts({ place }: { place: number }) {
  const index = useAtlasStore(selectIndex)!;
  // During a drag this list lags a frame or two rather than slowing the drag down.
  const view = useDeferredValue(useAtlasStore(selectView));
  const info = index.places[place]!;
  const list = view ? contactsAtPlace(index, view, place) : [];
  return (
    <>
      <h2 className="panel-title" dir="auto">
        {info.name}
      </h2>
      <p className="hint">
        {list.length} contact{list.length === 1 ? '' : 's'} in the current window and tracks
        {info.approximate ? ' · approx. location: only the country is known' : ''}
      </p>
      <ul className="contact-list">
        {list.map((i) => {
          const c = index.contacts[i]!;
          return (
            <li key={c.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => selectContact(i, true)}
                onMouseEnter={() => setHover({ type: 'contact', contact: i })}
                onMouseLeave={() => setHover(null)}
              >
                <bdi>{c.title}</bdi>
              </button>
              <ContactSummaryLine contact={c} />
              <ContactDetails contact={c} />
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Overview() {
  const index = useAtlasStore(selectIndex);
  const view = useAtlasStore(selectView);
  const win = useAtlasStore((s) => s.window);
  if (!index || !view || !win) return null;
  // A user's file may give no location (a TimelineJS file never does): on the timeline and in the list only.
  const offMap = view.visible.filter((i) => index.contactPlaces[i]!.length === 0).length;
  return (
    <>
      <h2 className="panel-title">Contacts in view</h2>
      <p>
        <strong>{view.visible.length}</strong> of {index.contacts.length} contacts between {formatUtcDay(win.start)} and{' '}
        {formatUtcDay(win.end - 1)}.
        {offMap > 0 && <span className="off-map"> {offMap} not on the map (no location given).</span>}
      </p>
      <p className="hint">
        Click a place on the map, or a contact on the timeline, to read what happened and what the sources say. Drag the
        timeline to move through time; scroll or pinch on it to zoom.
      </p>
    </>
  );
}

/** Tells screen readers what was selected, in one short sentence (the panel itself is too long to read out). */
function SelectionAnnouncer() {
  const text = useAtlasStore((s) => {
    const { index } = s.dataset;
    if (!index || !s.selection) return '';
    return s.selection.type === 'contact'
      ? `Selected: ${index.contacts[s.selection.contact]!.title}`
      : `Selected place: ${index.places[s.selection.place]!.name}`;
  });
  return (
    <div className="visually-hidden" aria-live="polite">
      {text}
    </div>
  );
}

export default function DetailsPanel() {
  const selection = useAtlasStore(selectSelection);
  const index = useAtlasStore(selectIndex);
  const panel = useRef<HTMLElement>(null);
  // On a phone the details sit below the map and timeline: a tapped marker brings them into view, or the
  // tap would seem to do nothing. (Same breakpoint as the one-column layout in styles.css.)
  const place = selection?.type === 'place' ? selection.place : null;
  useEffect(() => {
    if (place === null || !window.matchMedia('(max-width: 760px)').matches) return;
    panel.current?.scrollIntoView({ block: 'start' });
  }, [place]);
  const close = () => {
    clearSelection();
    // The button goes away with the selection; keep the keyboard user in the panel.
    panel.current?.focus();
  };
  return (
    <section className="details" aria-label="Details" ref={panel} tabIndex={-1}>
      <SelectionAnnouncer />
      {selection && (
        <button type="button" className="close" onClick={close} aria-label="Clear selection">
          ×
        </button>
      )}
      {selection?.type === 'place' && index && <PlaceContacts place={selection.place} />}
      {selection?.type === 'contact' && index && (
        <ContactDetails
          contact={index.contacts[selection.contact]!}
          lagChart={<LagChart contact={index.contacts[selection.contact]!} />}
        />
      )}
      {!selection && <Overview />}
    </section>
  );
}
