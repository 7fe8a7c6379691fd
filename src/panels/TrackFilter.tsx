import { useAtlasStore } from '../state/store.ts';
import { selectTracks, selectView } from '../state/selectors.ts';
import { toggleTrack } from '../state/actions.ts';
import { TRACKS, trackClass } from '../ui/tracks.ts';
import { useI18n } from '../i18n/useI18n.ts';

export default function TrackFilter() {
  const tracks = useAtlasStore(selectTracks);
  const counts = useAtlasStore((s) => selectView(s)?.windowCountByTrack);
  const { t } = useI18n();
  return (
    <div className="track-filter" role="group" aria-label={t('tracks.group')}>
      {TRACKS.map((track, i) => (
        <button
          key={track}
          type="button"
          className={`track-toggle ${trackClass(track)}`}
          aria-pressed={tracks[track]}
          title={t('track.title', { track: t(`track.${track}`), description: t(`track.${track}.description`) })}
          onClick={() => toggleTrack(track)}
        >
          <span className="swatch" aria-hidden="true" />
          {t(`track.${track}`)}
          <span className="count">{counts ? counts[i] : '–'}</span>
        </button>
      ))}
    </div>
  );
}
