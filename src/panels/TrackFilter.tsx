import { useAtlasStore } from '../state/store.ts';
import { selectTracks, selectView } from '../state/selectors.ts';
import { toggleTrack } from '../state/actions.ts';
import { TRACKS, TRACK_DESCRIPTIONS, TRACK_LABELS, trackClass } from '../ui/tracks.ts';

export default function TrackFilter() {
  const tracks = useAtlasStore(selectTracks);
  const counts = useAtlasStore((s) => selectView(s)?.windowCountByTrack);
  return (
    <div className="track-filter" role="group" aria-label="Tracks">
      {TRACKS.map((t, i) => (
        <button
          key={t}
          type="button"
          className={`track-toggle ${trackClass(t)}`}
          aria-pressed={tracks[t]}
          title={`${TRACK_LABELS[t]}: ${TRACK_DESCRIPTIONS[t]}`}
          onClick={() => toggleTrack(t)}
        >
          <span className="swatch" aria-hidden="true" />
          {TRACK_LABELS[t]}
          <span className="count">{counts ? counts[i] : '–'}</span>
        </button>
      ))}
    </div>
  );
}
