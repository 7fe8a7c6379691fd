import { useDeferredValue, useEffect, useRef } from 'react';
import { isRecordName, placeTitle } from '../i18n/placeTitle.ts';
import { useAtlasStore } from '../state/store.ts';
import { selectIndex, selectSelection, selectView } from '../state/selectors.ts';
import { clearSelection } from '../state/actions.ts';
import { contactsAtPlace } from '../data/query.ts';
import { useI18n } from '../i18n/useI18n.ts';
import ContactDetails, { ContactSummaryLine } from './ContactDetails.tsx';
import LagChart from './LagChart.tsx';
import ContactButtonList from '../components/ContactButtonList.tsx';

function PlaceContacts({ place }: { place: number }) {
  const index = useAtlasStore(selectIndex)!;
  // During a drag this list lags a frame or two rather than slowing the drag down.
  const view = useDeferredValue(useAtlasStore(selectView));
  const info = index.places[place]!;
  const list = view ? contactsAtPlace(index, view, place) : [];
  const i18n = useI18n();
  const { t } = i18n;
  // A country placeholder or an assumed place is named with the app's words, in the interface language;
  // other places by the record.
  return (
    <>
      <h2 className="panel-title" dir="auto" lang={isRecordName(info) ? 'en' : undefined}>
        {placeTitle(i18n, info)}
      </h2>
      <p className="hint">
        {t('details.place.count', { count: list.length })}
        {info.approximate ? t('details.place.approx') : ''}
      </p>
      <ContactButtonList
        contacts={list}
        className="contact-list"
        after={(c) => (
          <>
            <ContactSummaryLine contact={c} />
            <ContactDetails contact={c} />
          </>
        )}
      />
    </>
  );
}

function Overview() {
  const index = useAtlasStore(selectIndex);
  const view = useAtlasStore(selectView);
  const win = useAtlasStore((s) => s.window);
  const i18n = useI18n();
  if (!index || !view || !win) return null;
  // A user's file may give no location (a TimelineJS file never does): on the timeline and in the list only.
  const offMap = view.visible.filter((i) => index.contactPlaces[i]!.length === 0).length;
  return (
    <>
      <h2 className="panel-title">{i18n.t('details.overview.title')}</h2>
      <p>
        {i18n.rich('details.overview.count', {
          b: (chunks) => <strong key="b">{chunks}</strong>,
          visible: view.visible.length,
          total: index.contacts.length,
          from: i18n.utcDay(win.start),
          to: i18n.utcDay(win.end - 1),
        })}
        {offMap > 0 && <span className="off-map">{i18n.t('details.overview.offMap', { count: offMap })}</span>}
      </p>
      <p className="hint">{i18n.t('details.overview.hint')}</p>
    </>
  );
}

/** Tells screen readers what was selected, in one short sentence (the panel itself is too long to read out). */
function SelectionAnnouncer() {
  const i18n = useI18n();
  // A contact's title is the record's English; a place's name is said in the interface's voice.
  const contact = useAtlasStore((s) =>
    s.dataset.index && s.selection?.type === 'contact' ? s.dataset.index.contacts[s.selection.contact]!.title : null,
  );
  const place = useAtlasStore((s) => {
    if (!s.dataset.index || s.selection?.type !== 'place') return null;
    return placeTitle(i18n, s.dataset.index.places[s.selection.place]!);
  });
  return (
    <div className="visually-hidden" aria-live="polite">
      {contact !== null
        ? i18n.rich('details.announce.contact', {
            title: contact,
            record: (chunks) => (
              <span key="r" lang="en">
                {chunks}
              </span>
            ),
          })
        : place !== null
          ? i18n.t('details.announce.place', { name: place })
          : ''}
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
  const { t } = useI18n();
  const close = () => {
    clearSelection();
    // The button goes away with the selection; keep the keyboard user in the panel.
    panel.current?.focus();
  };
  return (
    <section className="details" aria-label={t('details.region')} ref={panel} tabIndex={-1}>
      <SelectionAnnouncer />
      {selection && (
        <button type="button" className="close" onClick={close} aria-label={t('details.clear')}>
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
