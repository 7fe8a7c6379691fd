// Printing starts in two ways: the browser's print (beforeprint/afterprint) and print media emulated by a
// tool or a PDF export (the media query changes, with no print events). Both reach one callback, once.
export function onPrintChange(callback: (printing: boolean) => void): () => void {
  const media = window.matchMedia('print');
  let printing = false;
  const set = (next: boolean) => {
    if (next === printing) return;
    printing = next;
    callback(next);
  };
  const before = () => set(true);
  const after = () => set(false);
  const change = (e: MediaQueryListEvent) => set(e.matches);
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media.addEventListener('change', change);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media.removeEventListener('change', change);
  };
}
