// Code the bench runs inside the page. Written as strings so no bundler helper leaks into them.

/** From the first byte: notes when the map has markers (or the data is empty), the timeline has drawn and
 * the basemap is on screen. */
export const READY_PROBE = `(() => {
  const tick = () => {
    const root = document.documentElement;
    const timeline = document.querySelector('.tl');
    const ready = root.dataset.timeline === 'ready' && root.dataset.basemap === 'ready'
      && timeline && getComputedStyle(timeline).visibility === 'visible'
      && document.querySelector('.tl-tick')
      && (document.querySelector('.atlas-marker') || document.querySelector('.details strong')?.textContent === '0');
    if (ready) window.__firstInteractive = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** During a drag: gaps between animation frames, Long Animation Frames, and changes to the map's markers
 * (did the map follow the drag, and when did it settle after the release). */
export const DRAG_PROBE = `(() => {
  const gaps = [];
  const loafs = [];
  let blocking = 0;
  let collecting = true;
  let last = performance.now();
  let releasedAt = null;
  let mutationsDuringDrag = 0;
  let lastMutation = 0;
  const loop = (t) => { if (!collecting) return; gaps.push(t - last); last = t; requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  const started = performance.now();
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.startTime < started || (releasedAt !== null && e.startTime > releasedAt)) continue;
      loafs.push(e.duration);
      blocking += e.blockingDuration || 0;
    }
  });
  try { observer.observe({ type: 'long-animation-frame', buffered: false }); } catch (e) { /* older browser */ }
  const pane = document.querySelector('.leaflet-marker-pane');
  const mutations = new MutationObserver(() => {
    const now = performance.now();
    if (releasedAt === null) mutationsDuringDrag++;
    lastMutation = now;
  });
  if (pane) mutations.observe(pane, { subtree: true, childList: true, attributes: true, characterData: true });
  window.__bench = {
    release() { releasedAt = performance.now(); collecting = false; },
    stop() {
      observer.disconnect();
      mutations.disconnect();
      const settleMs = releasedAt !== null && lastMutation > releasedAt ? lastMutation - releasedAt : 0;
      return { gaps, loafs, blocking, mutationsDuringDrag, settleMs };
    },
  };
})();`;
