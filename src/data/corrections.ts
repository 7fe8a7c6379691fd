// Where corrections to the record go. The project names no repository or contact address (package.json,
// CITATION.cff and the README have none), so it is a build-time setting, VITE_CORRECTIONS_URL: an https
// address (an issue tracker, a form) or a mailto: address. Anything else is not shown as a link.

export interface CorrectionAddress {
  href: string;
  /** The address as a reader would write it down: the e-mail address, or the host and path. */
  label: string;
}

export function correctionAddress(raw: string | undefined): CorrectionAddress | null {
  const value = raw?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:' && url.pathname.includes('@'))
    return { href: value, label: decodeURIComponent(url.pathname) };
  if (url.protocol === 'https:') return { href: value, label: value.replace(/^https:\/\//, '').replace(/\/$/, '') };
  return null;
}
