// The embedded layout's top line and selection (?embed=1): what is selected, in one or two lines, and the
// way out to the full atlas with the same view.
import { useAtlasStore, type AtlasState } from '../state/store.ts';
import { selectIndex, selectView } from '../state/selectors.ts';
import { dataParam, encodeView } from '../state/urlState.ts';
import { contactsAtPlace } from '../data/query.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { placeTitle } from '../i18n/placeTitle.ts';

/** The same view, outside the embed: the address without embed=1. */
function selectFullUrl(s: AtlasState): string {
  const search = encodeView({ ...s, embed: false }, dataParam(window.location.search));
  return `${window.location.origin}${window.location.pathname}${search ? `?${search}` : ''}`;
}

function SelectionLine() {
  const index = useAtlasStore(selectIndex);
  const selection = useAtlasStore((s) => s.selection);
  const view = useAtlasStore(selectView);
  const i18n = useI18n();
  const { t } = i18n;
  if (!index || !view) return <p className="embed-selection hint">{t('embed.loading')}</p>;
  if (selection?.type === 'contact') {
    const c = index.contacts[selection.contact]!;
    const places = c.places.map((p) => p.city || p.name).join(' – ');
    return (
      <p className="embed-selection" role="group" aria-label={t('embed.selectedContact')}>
        <strong dir="auto" lang="en" title={c.title}>
          {c.title}
        </strong>
        <span className="hint">
          {i18n.dateSpan(c.start, c.end, t('date.approx'))} · <bdi>{places}</bdi> · {t(`track.${c.track}`)}
          {c.confidence !== 'confirmed' ? ` · ${t(`confidence.${c.confidence}`)}` : ''}
        </span>
      </p>
    );
  }
  if (selection?.type === 'place') {
    const info = index.places[selection.place]!;
    const count = contactsAtPlace(index, view, selection.place).length;
    return (
      <p className="embed-selection" role="group" aria-label={t('embed.selectedPlace')}>
        <strong dir="auto">{placeTitle(i18n, info)}</strong>
        <span className="hint">{t('embed.inView', { count })}</span>
      </p>
    );
  }
  return (
    <p className="embed-selection hint">
      {t('embed.inView', { count: view.visible.length })}. {t('embed.hint')}
    </p>
  );
}

export default function EmbedBar() {
  const fullUrl = useAtlasStore(selectFullUrl);
  const { t } = useI18n();
  return (
    <div className="embed-bar">
      <div className="embed-title">
        <span className="embed-name">Backchannel Atlas</span>
        <a href={fullUrl} target="_blank" rel="noopener">
          {t('embed.openFull')}
        </a>
      </div>
      <SelectionLine />
    </div>
  );
}
