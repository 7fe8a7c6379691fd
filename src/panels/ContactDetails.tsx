import type { ReactNode } from 'react';
import type { Contact, Place } from '../data/schema.ts';
import { isApproximatePlace } from '../data/contactIndex.ts';
import { datePrecision } from '../data/dates.ts';
import { disclosureLag, type DisclosureLag } from '../data/disclosure.ts';
import { isHttpUrl } from '../data/links.ts';
import ChannelLinks from './ChannelLinks.tsx';
import CiteContact from './CiteContact.tsx';
import { showPersonContacts } from '../state/actions.ts';
import { partyLabel } from '../ui/partyNames.ts';
import { trackClass } from '../ui/tracks.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { I18n } from '../i18n/translate.ts';

function placeHint({ t }: I18n, p: Place): string {
  const precision = t(`details.place.${p.precision}`);
  return p.assumed ? t('details.place.assumed', { precision }) : precision;
}

/** A span of days does not say that the contact lasted them all: often the sources only bound an unknown
 * day ("the exact day is unknown; the range covers the conference"), so a span never reads "exact day". */
function dateNote({ t }: I18n, c: Pick<Contact, 'start' | 'end'>): string {
  const p = datePrecision(c.start);
  const precision = t(`details.precision.${p}`);
  if (!c.end || c.end === c.start) return precision;
  return p === 'day' ? t('details.precision.daySpan') : t('details.precision.range', { precision });
}

/** ", after 8 months"; a report in the same period as the contact names the period, never "the same day"
 * for dates known only to the month or year. */
function lagWords({ t, lag: lagInWords }: I18n, c: Pick<Contact, 'start' | 'disclosed'>, lag: DisclosureLag): string {
  if (lag.days >= 1) return t('details.madePublic.after', { lag: lagInWords(lag) });
  if (!lag.approximate) return t('details.madePublic.sameDay');
  const coarse = [datePrecision(c.start), datePrecision(c.disclosed!)];
  return coarse.includes('year') ? t('details.madePublic.sameYear') : t('details.madePublic.sameMonth');
}

export function ContactSummaryLine({ contact }: { contact: Contact }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <p className="meta">
      <span className={`track-chip ${trackClass(contact.track)}`}>{t(`track.${contact.track}`)}</span>{' '}
      <span>{i18n.dateSpan(contact.start, contact.end, t('date.approx'))}</span>
      {' · '}
      <span>{t(`kind.${contact.kind}`)}</span>
      {contact.confidence !== 'confirmed' && (
        <>
          {' '}
          {' · '}
          <span className={`confidence confidence-${contact.confidence}`}>{t(`confidence.${contact.confidence}`)}</span>
        </>
      )}
    </p>
  );
}

// Titles, summaries, notes, places and participants are the record's own English text: lang="en" lets a
// screen reader read them in an English voice inside a Ukrainian or Russian interface. Sources' headlines
// are in the outlet's language, which the record does not give, so they are not marked.
/** `lagChart`: the chart of disclosure lags, shown under the facts when one contact fills the panel. */
export default function ContactDetails({ contact, lagChart }: { contact: Contact; lagChart?: ReactNode }) {
  const lag = disclosureLag(contact);
  const i18n = useI18n();
  const { t } = i18n;
  // A state or organisation by its name in the interface language, with its code.
  const party = (code: string) => partyLabel(code, i18n.locale);
  return (
    <article className="contact-details" aria-labelledby={`contact-${contact.id}`}>
      <h3 id={`contact-${contact.id}`} dir="auto" lang="en">
        {contact.title}
      </h3>
      <ContactSummaryLine contact={contact} />
      <dl>
        <dt>{t('details.date')}</dt>
        <dd>
          {i18n.dateSpan(contact.start, contact.end, t('date.approx'))}{' '}
          <span className="hint">({dateNote(i18n, contact)})</span>
        </dd>
        <dt>{t('details.track')}</dt>
        <dd>
          {t(`track.${contact.track}`)}: {t(`track.${contact.track}.description`)}
        </dd>
        <dt>{t('details.confidence')}</dt>
        <dd className={`confidence-${contact.confidence}`}>
          {contact.confidence === 'disputed' ? t('confidence.disputed.long') : t(`confidence.${contact.confidence}`)}
        </dd>
        <dt>{t('details.places', { count: contact.places.length })}</dt>
        <dd>
          {contact.places.length === 0 && <span className="hint">{t('details.places.none')}</span>}
          <ul className="plain">
            {contact.places.map((p, i) => (
              <li key={i}>
                <span lang="en">
                  <bdi>{p.name}</bdi>
                  {p.city && p.city !== p.name ? (
                    <>
                      , <bdi>{p.city}</bdi>
                    </>
                  ) : (
                    ''
                  )}
                </span>{' '}
                (<bdi>{i18n.locale === 'en' ? p.country : i18n.region(p.country)}</bdi>){' '}
                <span className={isApproximatePlace(p) ? 'hint approx' : 'hint'}>{placeHint(i18n, p)}</span>
                {p.note && (
                  <span className="hint" lang="en">
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
            <dt>{t('details.parties')}</dt>
            <dd>
              <bdi>{contact.parties.map(party).join(', ')}</bdi>
            </dd>
          </>
        )}
        <dt>{t('details.participants')}</dt>
        <dd>
          {contact.participants.length === 0 ? (
            <span className="hint">{t('details.participants.none')}</span>
          ) : (
            <ul className="plain" lang="en">
              {contact.participants.map((p, i) => (
                <li key={i}>
                  {/* One click to the contacts this person took part in. */}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('details.participant.show', { name: p.name })}
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
            <dt>{t('details.madePublic')}</dt>
            <dd>
              {t('details.madePublic.text', { date: i18n.partialDate(contact.disclosed) })}
              <span className="disclosure-lag">{lagWords(i18n, contact, lag)}</span>{' '}
              <span className="hint">
                {t('details.madePublic.lag', { approx: lag.approximate ? 'yes' : 'no', months: lag.months })}
              </span>
            </dd>
          </>
        )}
      </dl>
      {contact.disclosed && lagChart}
      {contact.summary && (
        <p className="summary" dir="auto" lang="en">
          {contact.summary}
        </p>
      )}
      {contact.notes && (
        <p className="notes">
          <strong>{t('details.notes')}</strong>
          <bdi lang="en">{contact.notes}</bdi>
        </p>
      )}
      <h4>{t('details.sources')}</h4>
      {contact.sources.length === 0 && <p className="hint">{t('details.sources.none')}</p>}
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
              {s.published ? `, ${i18n.partialDate(s.published)}` : ''}
            </span>
            {s.titleFromUrl && <span className="hint">{t('details.source.unverified')}</span>}
          </li>
        ))}
      </ol>
      <CiteContact contact={contact} />
    </article>
  );
}
