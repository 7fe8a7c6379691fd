// About the data: how the record is made and how far to trust it, in one page with its own link (?about=1).
// Loaded only when opened. The examples are real records, linked the way the app links a selection.
import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { RELEASE, releaseLabel } from '../data/release.ts';
import { useAtlasStore } from '../state/store.ts';
import { selectIndex } from '../state/selectors.ts';
import { selectRelease } from '../state/provenance.ts';
import { selectContact, setAboutOpen } from '../state/actions.ts';
import type { Track } from '../data/schema.ts';
import { datasetCitation } from '../data/citation.ts';
import { correctionAddress } from '../data/corrections.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { MessageId } from '../i18n/catalogs/en.ts';
import CiteBox, { accessDate } from './CiteBox.tsx';
import './about.css';

/** Records of the built-in dataset that show each track well (ids are stable across releases), with the
 * message that describes each. */
const TRACK_EXAMPLES: Record<Track, [{ id: string; title: MessageId }, { id: string; title: MessageId }]> = {
  '1': [
    { id: 'us-ru-riyadh-talks-2025-02-18', title: 'about.example.riyadh' },
    { id: 'ru-ua-by-gomel-talks-2022-02-28', title: 'about.example.gomel' },
  ],
  '1.5': [
    { id: 'de-ru-schroder-putin-moscow-2022-03-10', title: 'about.example.schroder' },
    { id: 'us-ru-richardson-moscow-detainees-2022-09', title: 'about.example.richardson' },
  ],
  '2': [
    { id: 'wcc-ru-pillay-kirill-moscow-2023-05-17', title: 'about.example.wcc' },
    { id: 'us-ru-swiss-track2-channel-2024-11', title: 'about.example.swiss' },
  ],
};

const bold = (chunks: ReactNode[]) => <strong key="b">{chunks}</strong>;

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
        <button type="button" className="about-close" onClick={() => setAboutOpen(false)} aria-label={t('about.close')}>
          ×
        </button>
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('about.title')}
        </h2>
        <p className="about-lede">
          {builtIn && index
            ? t('about.lede.count', { release: releaseLabel(), count: index.contacts.length })
            : t('about.lede.record', { release: releaseLabel() })}
          {!builtIn && t('about.lede.other')}
        </p>

        <h3>{t('about.contact.title')}</h3>
        <p>{t('about.contact.text')}</p>

        <h3>{t('about.tracks.title')}</h3>
        <dl className="about-tracks">
          {(['1', '1.5', '2'] as const).map((track) => {
            const [first, second] = TRACK_EXAMPLES[track];
            return (
              <div key={track}>
                <dt>
                  {t('track.title', { track: t(`track.${track}`), description: t(`track.${track}.description`) })}
                </dt>
                <dd>
                  {t(`about.track.${track}`)}{' '}
                  {i18n.rich('about.examples', {
                    first: t(first.title),
                    second: t(second.title),
                    one: (chunks: ReactNode[]) => (
                      <ContactLink key="1" id={first.id}>
                        {chunks}
                      </ContactLink>
                    ),
                    two: (chunks: ReactNode[]) => (
                      <ContactLink key="2" id={second.id}>
                        {chunks}
                      </ContactLink>
                    ),
                  })}
                </dd>
              </div>
            );
          })}
        </dl>
        <p>{t('about.call')}</p>

        <h3>{t('about.confidence.title')}</h3>
        <ul>
          {(['confirmed', 'reported', 'disputed'] as const).map((c) => (
            <li key={c}>{i18n.rich(`about.confidence.${c}`, { b: bold })}</li>
          ))}
        </ul>
        <p>{t('about.confidence.copies')}</p>

        <h3>{t('about.dates.title')}</h3>
        <p>{t('about.dates.text')}</p>
        <ul>
          {(['venue', 'city', 'region', 'country', 'assumed'] as const).map((p) => (
            <li key={p}>{i18n.rich(`about.place.${p}`, { b: bold })}</li>
          ))}
        </ul>

        <h3>{t('about.sources.title')}</h3>
        <p>{t('about.sources.text')}</p>

        <h3>{t('about.gaps.title')}</h3>
        <ul>
          {(['search', 'totals', 'pairs', 'secret'] as const).map((g) => (
            <li key={g}>{t(`about.gaps.${g}`)}</li>
          ))}
        </ul>
        <p className="hint">{t('about.gaps.coverage')}</p>

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

        <h3>{t('about.version.title')}</h3>
        <p>
          {i18n.rich('about.version.text', {
            b: bold,
            version: RELEASE.version,
            date: i18n.partialDate(RELEASE.date),
            dataLicence: RELEASE.dataLicence.title,
            dataId: RELEASE.dataLicence.id,
            codeLicence: RELEASE.codeLicence.title,
            data: (chunks: ReactNode[]) => (
              <a key="data" href={RELEASE.dataLicence.url}>
                {chunks}
              </a>
            ),
            code: (chunks: ReactNode[]) => (
              <a key="code" href={RELEASE.codeLicence.url}>
                {chunks}
              </a>
            ),
          })}
        </p>
        <p>{t('about.citeAs')}</p>
        <blockquote className="about-citation" lang="en">
          {datasetCitation(RELEASE, siteUrl, accessDate()).plain}
        </blockquote>
        <CiteBox label={t('about.cite')} make={() => datasetCitation(RELEASE, siteUrl, accessDate())} />
      </article>
    </div>
  );
}
