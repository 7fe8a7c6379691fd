import type { ReactNode } from 'react';
import type { Contact, Place } from '../data/schema.ts';
import { isApproximatePlace } from '../data/contactIndex.ts';
import { datePrecision, formatDateSpan, formatPartialDate } from '../data/dates.ts';
import { describeLag, disclosureLag, type DisclosureLag } from '../data/disclosure.ts';
import { isHttpUrl } from '../data/links.ts';
import ChannelLinks from './ChannelLinks.tsx';
import CiteContact from './CiteContact.tsx';
import { showPersonContacts } from '../state/actions.ts';
import { partyLabel } from '../ui/partyNames.ts';
import { TRACK_DESCRIPTIONS, TRACK_LABELS, trackClass } from '../ui/tracks.ts';

const PRECISION_WORDS = { day: 'exact day', month: 'known to the month', year: 'known to the year' } as const;
const PLACE_PRECISION = {
  venue: 'venue known',
  city: 'city known',
  region: 'approx.: an area, not a town; marker at a point within it',
  country: 'approx.: only the country is known; marker at the capital',
} as const;

function placeHint(p: Place): string {
  const precision = PLACE_PRECISION[p.precision];
  return p.assumed ? `assumed: the sources do not say where; ${precision}` : precision;
}

/** A span of days does not say that the contact lasted them all: often the sources only bound an unknown
 * day ("the exact day is unknown; the range covers the conference"), so a span never reads "exact day". */
export function dateNote(c: Pick<Contact, 'start' | 'end'>): string {
  const p = datePrecision(c.start);
  if (!c.end || c.end === c.start) return PRECISION_WORDS[p];
  return p === 'day' ? 'a span of days; see the notes' : `${PRECISION_WORDS[p]}, a span`;
}

/** ", after 8 months"; a report in the same period as the contact names the period, never "the same day"
 * for dates known only to the month or year. */
export function lagWords(c: Pick<Contact, 'start' | 'disclosed'>, lag: DisclosureLag): string {
  if (lag.days >= 1) return `, after ${describeLag(lag)}`;
  if (!lag.approximate) return ', the same day';
  const coarse = [datePrecision(c.start), datePrecision(c.disclosed!)];
  return coarse.includes('year') ? ', in the same year' : ', in the same month';
}

export function ContactSummaryLine({ contact }: { contact: Contact }) {
  return (
    <p className="meta">
      <span className={`track-chip ${trackClass(contact.track)}`}>{TRACK_LABELS[contact.track]}</span>{' '}
      <span>{formatDateSpan(contact.start, contact.end)}</span>
      {' · '}
      <span>{contact.kind}</span>
      {contact.confidence !== 'confirmed' && (
        <>
          {' '}
          {' · '}
          <span className={`confidence confidence-${contact.confidence}`}>{contact.confidence}</span>
        </>
      )}
    </p>
  );
}

/** `lagChart`: the chart of disclosure lags, shown under the facts when one contact fills the panel. */
export default function ContactDetails({ contact, lagChart }: { contact: Contact; lagChart?: ReactNode }) {
  const lag = disclosureLag(contact);
  return (
    <article className="contact-details" aria-labelledby={`contact-${contact.id}`}>
      <h3 id={`contact-${contact.id}`} dir="auto">
        {contact.title}
      </h3>
      <ContactSummaryLine contact={contact} />
      <dl>
        <dt>Date</dt>
        <dd>
          {formatDateSpan(contact.start, contact.end)} <span className="hint">({dateNote(contact)})</span>
        </dd>
        <dt>Track</dt>
        <dd>
          {TRACK_LABELS[contact.track]}: {TRACK_DESCRIPTIONS[contact.track]}
        </dd>
        <dt>Confidence</dt>
        <dd className={`confidence-${contact.confidence}`}>
          {contact.confidence === 'disputed' ? 'Disputed: sources disagree (see notes)' : contact.confidence}
        </dd>
        <dt>{contact.places.length > 1 ? 'Places' : 'Place'}</dt>
        <dd>
          {contact.places.length === 0 && <span className="hint">Not on the map: no location given</span>}
          <ul className="plain">
            {contact.places.map((p, i) => (
              <li key={i}>
                <bdi>{p.name}</bdi>
                {p.city && p.city !== p.name ? (
                  <>
                    , <bdi>{p.city}</bdi>
                  </>
                ) : (
                  ''
                )}{' '}
                (<bdi>{p.country}</bdi>){' '}
                <span className={isApproximatePlace(p) ? 'hint approx' : 'hint'}>{placeHint(p)}</span>
                {p.note && (
                  <span className="hint">
                    {' '}
                    · <bdi>{p.note}</bdi>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </dd>
        {contact.parties.length > 0 && (
          <>
            <dt>Parties</dt>
            <dd>
              <bdi>{contact.parties.map(partyLabel).join(', ')}</bdi>
            </dd>
          </>
        )}
        <dt>Participants</dt>
        <dd>
          {contact.participants.length === 0 ? (
            <span className="hint">Not named in the sources</span>
          ) : (
            <ul className="plain">
              {contact.participants.map((p, i) => (
                <li key={i}>
                  {/* One click to the contacts this person took part in. */}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`${p.name}: show the contacts they took part in`}
                    onClick={() => showPersonContacts(p.name)}
                  >
                    <bdi>{p.name}</bdi>
                  </button>
                  {p.role && (
                    <>
                      , <bdi>{p.role}</bdi>
                    </>
                  )}
                  {p.party && !p.role && (
                    <>
                      {' '}
                      (<bdi>{p.party}</bdi>)
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <ChannelLinks id={contact.id} />
        {contact.disclosed && lag && (
          <>
            <dt>Made public</dt>
            <dd>
              Secret at the time; first reported {formatPartialDate(contact.disclosed)}
              <span className="disclosure-lag">{lagWords(contact, lag)}</span>{' '}
              <span className="hint">
                (lag {lag.approximate ? '≈ ' : ''}
                {lag.months} months)
              </span>
            </dd>
          </>
        )}
      </dl>
      {contact.disclosed && lagChart}
      {contact.summary && (
        <p className="summary" dir="auto">
          {contact.summary}
        </p>
      )}
      {contact.notes && (
        <p className="notes">
          <strong>Notes: </strong>
          <bdi>{contact.notes}</bdi>
        </p>
      )}
      <h4>Sources</h4>
      {contact.sources.length === 0 && <p className="hint">No sources given.</p>}
      <ol className="sources">
        {contact.sources.map((s, i) => (
          <li key={i}>
            {isHttpUrl(s.url) ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer nofollow">
                <bdi>{s.title}</bdi>
              </a>
            ) : (
              <bdi>{s.title}</bdi>
            )}{' '}
            <span className="hint">
              <bdi>{s.publisher}</bdi>
              {s.published ? `, ${formatPartialDate(s.published)}` : ''}
            </span>
            {s.titleFromUrl && <span className="hint"> (headline not verified: read from the link)</span>}
          </li>
        ))}
      </ol>
      <CiteContact contact={contact} />
    </article>
  );
}
