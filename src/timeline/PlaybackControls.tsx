import { useAtlasStore, type PlaybackSpeed } from '../state/store.ts';
import { setPlaybackSpeed, setPlaying } from '../state/playbackActions.ts';
import { useI18n } from '../i18n/useI18n.ts';

const SPEEDS: PlaybackSpeed[] = [1, 2, 4];

export default function PlaybackControls() {
  const { playing, speed } = useAtlasStore((s) => s.playback);
  const { t } = useI18n();
  return (
    <>
      <button
        type="button"
        className="play"
        onClick={() => setPlaying(!playing)}
        aria-pressed={playing}
        aria-label={playing ? t('playback.pause.label') : t('playback.play.label')}
      >
        <span className="play-words">
          <span aria-hidden={playing}>▶ {t('playback.play')}</span>
          <span aria-hidden={!playing}>❚❚ {t('playback.pause')}</span>
        </span>
      </button>
      <span className="speeds" role="group" aria-label={t('playback.speed')}>
        {SPEEDS.map((v) => (
          <button key={v} type="button" aria-pressed={speed === v} onClick={() => setPlaybackSpeed(v)}>
            {v}×
          </button>
        ))}
      </span>
    </>
  );
}
