// About the data: how the record is made and how far to trust it, in one page with its own link (?about=1).
// Loaded only when opened. The examples are real records, linked the way the app links a selection.
import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { RELEASE, releaseLabel } from '../data/release.ts';
import { useAtlasStore } from '../state/store.ts';
import { selectIndex } from '../state/selectors.ts';
import { selectRelease } from '../state/provenance.ts';
import { selectContact, setAboutOpen } from '../state/actions.ts';
import type { Track } from '../data/schema.ts';
import { TRACK_DESCRIPTIONS, TRACK_LABELS } from '../ui/tracks.ts';
import { datasetCitation } from '../data/citation.ts';
import { correctionAddress } from '../data/corrections.ts';
import { useI18n } from '../i18n/useI18n.ts';
import CiteBox, { accessDate } from './CiteBox.tsx';
import './about.css';

/** Records of the built-in dataset that show each track well (ids are stable across releases). */
const TRACK_EXAMPLES: Record<Track, { id: string; title: string }[]> = {
  '1': [
    { id: 'us-ru-riyadh-talks-2025-02-18', title: 'Rubio and Lavrov in Riyadh, February 2025' },
    { id: 'ru-ua-by-gomel-talks-2022-02-28', title: 'the first Russia–Ukraine round on the Pripyat, February 2022' },
  ],
  '1.5': [
    { id: 'de-ru-schroder-putin-moscow-2022-03-10', title: 'Schröder sees Putin in Moscow, March 2022' },
    { id: 'us-ru-richardson-moscow-detainees-2022-09', title: 'Bill Richardson in Moscow on detainees, 2022' },
  ],
  '2': [
    {
      id: 'wcc-ru-pillay-kirill-moscow-2023-05-17',
      title: 'the WCC general secretary with Patriarch Kirill, May 2023',
    },
    { id: 'us-ru-swiss-track2-channel-2024-11', title: 'US and Russian non-officials in a Swiss side channel, 2024' },
  ],
};

function ContactLink({ id, children }: { id: string; children: ReactNode }) {
  const index = useAtlasStore(selectIndex);
  const open = (e: MouseEvent) => {
    const at = index?.byId.get(id);
    // In the built-in record, show it here; anywhere else (another dataset) the link opens the record's own.
    if (at === undefined || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    setAboutOpen(false);
    selectContact(at, true);
  };
  return (
    <a href={`./?sel=c:${encodeURIComponent(id)}`} onClick={open}>
      {children}
    </a>
  );
}

// Set when the site is built (README, "Corrections"): this project names no address of its own.
const CORRECTIONS = correctionAddress(import.meta.env.VITE_CORRECTIONS_URL as string | undefined);

export default function AboutPage() {
  const index = useAtlasStore(selectIndex);
  const builtIn = useAtlasStore((s) => selectRelease(s) !== null);
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setAboutOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const siteUrl = `${location.origin}${location.pathname}`;
  return (
    <div className="about-backdrop">
      <article className="about" role="dialog" aria-modal="true" aria-labelledby={headingId}>
        <button type="button" className="about-close" onClick={() => setAboutOpen(false)} aria-label="Close About">
          ×
        </button>
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          About the data
        </h2>
        <p className="about-lede">
          {releaseLabel()}: {builtIn && index ? `${index.contacts.length} contacts` : 'the built-in record'} in the
          diplomacy around the war in Ukraine, from February 2022 on. Each one has its sources; the app shows how sure
          we are of each.
          {!builtIn && ' The data on screen now are not this record: what follows describes the built-in one.'}
        </p>

        <h3>What counts as a contact</h3>
        <p>
          A meeting, call, conference or exchange (of prisoners, bodies or children) in which people acting for states
          or international organisations, or people close to them, talk about the war or its consequences. Each record
          is one meeting or one call: a series of talks is a channel of its own, and its sessions point to it. Public
          statements, and public forums where no contact between the sides was reported, are not contacts.
        </p>

        <h3>Tracks</h3>
        <dl className="about-tracks">
          {(['1', '1.5', '2'] as const).map((t) => (
            <div key={t}>
              <dt>
                {TRACK_LABELS[t]}: {TRACK_DESCRIPTIONS[t]}
              </dt>
              <dd>
                {t === '1' && 'Governments talk to governments: ministers, envoys, leaders, delegations. '}
                {t === '1.5' &&
                  'Officials meet people who do not act in office: former officials, a president-elect, church envoys, go-betweens. '}
                {t === '2' && 'No one at the table acts for a government: experts, think tanks, churches. '}
                For example{' '}
                {TRACK_EXAMPLES[t].map((e, i) => (
                  <span key={e.id}>
                    {i > 0 && ' and '}
                    <ContactLink id={e.id}>{e.title}</ContactLink>
                  </span>
                ))}
                .
              </dd>
            </div>
          ))}
        </dl>
        <p>A leaders&rsquo; call is track 1 and is drawn as a line between its two places.</p>

        <h3>Confidence</h3>
        <ul>
          <li>
            <strong>Confirmed</strong>: two independent origins report it, not only state media or aggregators.
          </li>
          <li>
            <strong>Reported</strong>: one outlet or one story, anonymous sources, or state media only.
          </li>
          <li>
            <strong>Disputed</strong>: the sources disagree (whether it happened, when, or who was there); the notes say
            how. Disputed contacts have a &ldquo;?&rdquo; on the timeline.
          </li>
        </ul>
        <p>
          Copies count once: a story republished from Reuters has Reuters as its origin, so two copies of one story do
          not make a contact confirmed.
        </p>

        <h3>Dates and places</h3>
        <p>
          A date is written as precisely as the sources allow: a day, a month or a year. Contacts known only to the
          month or year are hatched ranges marked &ldquo;≈&rdquo; on the timeline. Secret contacts say when they first
          became public.
        </p>
        <ul>
          <li>
            <strong>Venue</strong>: at the building&rsquo;s own coordinates, from a sourced list.
          </li>
          <li>
            <strong>City</strong>: the sources name the city; the point is the city&rsquo;s.
          </li>
          <li>
            <strong>Region</strong>: an area (an oblast, a border area, a forest reserve), at a sourced point in it.
          </li>
          <li>
            <strong>Country</strong>: only the country is known; the capital stands in, and the marker has a dashed ring
            beside it.
          </li>
          <li>
            <strong>Assumed</strong>: the sources do not say where; the place is the likeliest one and is drawn like a
            placeholder.
          </li>
        </ul>

        <h3>How sources are chosen</h3>
        <p>
          Original reporting and official readouts come first: the outlet or agency whose reporting it is, rather than a
          copy or an aggregator. Where they exist, two independent origins are cited; state media are cited as such.
          Titles, summaries and notes are our own words, and the notes say what each source says where they differ.
          Nothing is recorded that was not read in a source.
        </p>

        <h3>Known gaps</h3>
        <ul>
          <li>
            The searches ran against a stored copy of public reporting that thins out after April 2026, so the record
            holds next to nothing from July 2026 on. That is a limit of the search, not a sign that nothing happened.
          </li>
          <li>
            Some exchanges are known only from running totals (two of the UAE&rsquo;s numbered mediations in 2026 were
            never found), and several leads seen in passing were not recorded for want of a second source.
          </li>
          <li>
            Some pairs of officials were not searched for lack of time (for example Putin with the leaders of Belarus,
            Kazakhstan and Iran, and Turkish intelligence&rsquo;s channels).
          </li>
          <li>
            Secret contacts are known only once disclosed: tracks 1.5 and 2 are by nature under-counted, and their dates
            and places are often approximate.
          </li>
        </ul>
        <p className="hint">
          The full account, category by category, is the record&rsquo;s coverage notes (data/COVERAGE.md).
        </p>

        <h3>{t('about.corrections')}</h3>
        <p>{t('about.corrections.what')}</p>
        <p>
          {CORRECTIONS
            ? i18n.rich('about.corrections.to', {
                address: CORRECTIONS.label,
                link: (chunks) => (
                  <a key="link" href={CORRECTIONS.href}>
                    {chunks}
                  </a>
                ),
              })
            : t('about.corrections.none')}
        </p>

        <h3>Version, licence and citation</h3>
        <p>
          Dataset version <strong>{RELEASE.version}</strong>, released {RELEASE.date}. The data are under{' '}
          <a href={RELEASE.dataLicence.url}>{RELEASE.dataLicence.title}</a> ({RELEASE.dataLicence.id}); the app&rsquo;s
          code under the <a href={RELEASE.codeLicence.url}>{RELEASE.codeLicence.title}</a>.
        </p>
        <p>{t('about.citeAs')}</p>
        <blockquote className="about-citation">{datasetCitation(RELEASE, siteUrl, accessDate()).plain}</blockquote>
        <CiteBox label={t('about.cite')} make={() => datasetCitation(RELEASE, siteUrl, accessDate())} />
      </article>
    </div>
  );
}
