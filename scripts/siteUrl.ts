// The share preview's address. Open Graph wants og:image as an absolute URL, and a static build does not know
// where it will be hosted: SITE_URL at build time (the site's address, e.g. https://example.org/atlas/) makes the
// image address absolute and adds og:url; without it the image stays relative to the page, which some sites'
// link previews resolve and others do not (README, "Link previews").

const RELATIVE_IMAGE = './og-image.png';

/** `site` as the base of the built site's files: an absolute http(s) URL ending in "/". */
export function siteBase(site: string): string {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(
      `SITE_URL: expected an absolute http(s) address such as https://example.org/atlas/, found "${site}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL: expected an http(s) address, found "${site}"`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** index.html with absolute preview-image addresses and og:url, when the site's address is known. */
export function withSiteUrl(html: string, site: string | undefined): string {
  if (!site) return html;
  const base = siteBase(site);
  const image = new URL(RELATIVE_IMAGE, base).href;
  if (!html.includes(`content="${RELATIVE_IMAGE}"`))
    throw new Error(`index.html: no ${RELATIVE_IMAGE} meta to make absolute`);
  return html
    .replaceAll(`content="${RELATIVE_IMAGE}"`, `content="${attr(image)}"`)
    .replace(
      /(\s*)<meta property="og:type"/,
      `$1<meta property="og:url" content="${attr(base)}" />$1<meta property="og:type"`,
    );
}
