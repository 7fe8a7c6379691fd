import { useAtlasStore } from '../state/store.ts';
import { selectIndex, selectSelection, selectView } from '../state/selectors.ts';
import { clearSelection, selectContact, setHover } from '../state/actions.ts';
import { contactsAtPlace } from '../data/query.ts';
import { formatUtcDay } from '../data/dates.ts';
import ContactDetails, { ContactSummaryLine } from './ContactDetails.tsx';

function PlaceContacts({ place }: { place: number }) {
  const index = useAtlasStore(selectIndex)!;
  const view = useAtlasStore(selectView);
  const info = index.places[place]!;
  const list = view ? contactsAtPlace(index, view, place) : [];
  return (
    <>
      <h2 className="panel-title">{info.name}</h2>
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
                {c.title}
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
  return (
    <>
      <h2 className="panel-title">Contacts in view</h2>
      <p>
        <strong>{view.visible.length}</strong> of {index.contacts.length} contacts between{' '}
        {formatUtcDay(win.start)} and {formatUtcDay(win.end)}.
      </p>
      <p className="hint">
        Click a place on the map, or a contact on the timeline, to read what happened and what the sources say.
        Drag the timeline to move through time; scroll or pinch on it to zoom.
      </p>
    </>
  );
}

export default function DetailsPanel() {
  const selection = useAtlasStore(selectSelection);
  const index = useAtlasStore(selectIndex);
  return (
    <section className="details" aria-label="Details" aria-live="polite">
      {selection && (
        <button type="button" className="close" onClick={clearSelection} aria-label="Clear selection">×</button>
      )}
      {selection?.type === 'place' && index && <PlaceContacts place={selection.place} />}
      {selection?.type === 'contact' && index && <ContactDetails contact={index.contacts[selection.contact]!} />}
      {!selection && <Overview />}
    </section>
  );
}
