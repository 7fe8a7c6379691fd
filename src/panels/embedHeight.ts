// Tells the page around an embedded atlas (?embed=1) how tall it would like to be, the way Datawrapper's
// responsive iframes do: postMessage({ "datawrapper-height": { <id>: pixels } }) to the parent. A host page
// with Datawrapper's own resize script, or the one line of the Embed snippet, sets the iframe's height from it.
// The layout fits whatever height it gets (the map takes what is left), so the ask is only a preference: the
// fixed parts (bar, notice, timeline) plus a map about as tall as 60% of the width. Nothing in it depends on
// the frame's own height, so sizing the frame from the message cannot feed back into the next message.
export const EMBED_ID = 'backchannel-atlas';

export function preferredEmbedHeight(width: number, fixedParts: number): number {
  const map = Math.round(Math.min(420, Math.max(180, width * 0.6)));
  return Math.ceil(fixedParts) + map;
}

/** `app`: the embedded layout; `map`: the part of it that takes the height left over. */
export function startEmbedHeight(app: HTMLElement, map: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  let frame = 0;
  const post = () => {
    frame = 0;
    const fixed = app.getBoundingClientRect().height - map.getBoundingClientRect().height;
    const height = preferredEmbedHeight(app.clientWidth, fixed);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ 'datawrapper-height': { [EMBED_ID]: height } }, '*');
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(post);
  };
  // The bar or the notice wrapping to another line shrinks the map; a new frame width changes both.
  const observer = new ResizeObserver(schedule);
  observer.observe(app);
  observer.observe(map);
  schedule();
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}
