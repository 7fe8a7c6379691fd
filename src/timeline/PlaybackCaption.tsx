import { useAtlasStore } from '../state/store.ts';
import { selectView } from '../state/selectors.ts';
import { useI18n } from '../i18n/useI18n.ts';
import './playback.css';

/** While playback runs: the playhead's date and what the map and lists show, pinned beside the playhead
 * at the window's end. The selector gives days and a count as one string, so the caption re-renders when
 * a day or the count changes, not on every frame. */
export default function PlaybackCaption() {
  const i18n = useI18n();
  const shown = useAtlasStore((s) => {
    const win = s.window;
    if (!s.playback.playing || !win) return null;
    return [i18n.utcDay(win.start), i18n.utcDay(win.end - 1), selectView(s)?.visible.length ?? 0].join('\n');
  });
  if (shown === null) return null;
  const [from, to, count] = shown.split('\n') as [string, string, string];
  return (
    <p className="playback-caption">
      <span className="visually-hidden">{i18n.t('playback.caption.label')}: </span>
      {i18n.rich('playback.caption', {
        b: (chunks) => <strong key="b">{chunks}</strong>,
        date: to,
        from,
        to,
        count: Number(count),
      })}
    </p>
  );
}
