// Printing starts in two ways: the browser's print (beforeprint/afterprint) and print media emulated by a
// tool or a PDF export (the media query changes, with no print events). Both reach one callback, once.
// The page has the `printing` class (print.css) before any callback runs, whichever subscriber is called
// first: at beforeprint the print media rules do not apply yet, and callbacks read the paper's styles.
export function onPrintChange(callback: (printing: boolean) => void): () => void {
  const media = window.matchMedia('print');
  let printing = false;
  const set = (next: boolean) => {
    if (next === printing) return;
    printing = next;
    document.documentElement.classList.toggle('printing', next);
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
