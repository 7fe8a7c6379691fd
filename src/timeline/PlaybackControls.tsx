import { useAtlasStore, type PlaybackSpeed } from '../state/store.ts';
import { setPlaybackSpeed, setPlaying } from '../state/playbackActions.ts';

const SPEEDS: PlaybackSpeed[] = [1, 2, 4];

export default function PlaybackControls() {
  const { playing, speed } = useAtlasStore((s) => s.playback);
  return (
    <>
      <button
        type="button"
        className="play"
        onClick={() => setPlaying(!playing)}
        aria-pressed={playing}
        aria-label={playing ? 'Pause playback' : 'Play through time'}
      >
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <span className="speeds" role="group" aria-label="Playback speed">
        {SPEEDS.map((v) => (
          <button key={v} type="button" aria-pressed={speed === v} onClick={() => setPlaybackSpeed(v)}>
            {v}×
          </button>
        ))}
      </span>
    </>
  );
}
