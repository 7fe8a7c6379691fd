// Tells the page around an embedded atlas (?embed=1) how tall it would like to be, the way Datawrapper's
// responsive iframes do: postMessage({ "datawrapper-height": { <id>: pixels } }) to the parent. A host page
// with Datawrapper's own resize script, or the one line in the README, sets the iframe's height from it.
// The layout fits whatever height it gets (the map takes what is left), so the ask is only a preference:
// the fixed parts plus a map about as tall as ~60% of the width.
export const EMBED_ID = 'backchannel-atlas';

export function preferredEmbedHeight(width: number, fixedParts: number): number {
  const map = Math.round(Math.min(420, Math.max(180, width * 0.6)));
  return fixedParts + map;
}

/** Embedded layout only: the bar above the map is the part that changes height (the selection line wraps);
 * the timeline has a fixed height in embed.css. */
export function startEmbedHeight(bar: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  let frame = 0;
  const post = () => {
    frame = 0;
    const timeline = document.querySelector('.timeline')?.getBoundingClientRect().height ?? 0;
    const height = preferredEmbedHeight(window.innerWidth, Math.ceil(bar.getBoundingClientRect().height + timeline));
    if (height === last) return;
    last = height;
    window.parent.postMessage({ 'datawrapper-height': { [EMBED_ID]: height } }, '*');
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(post);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(bar);
  window.addEventListener('resize', schedule);
  schedule();
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
    window.removeEventListener('resize', schedule);
  };
}
