// Makes the share preview's addresses absolute when the site's address is known at build time (SITE_URL;
// see siteUrl.ts).
import type { Plugin } from 'vite';
import { withSiteUrl } from './siteUrl.ts';

export function siteUrlMeta(): Plugin {
  return {
    name: 'atlas:site-url',
    apply: 'build',
    transformIndexHtml: (html) => withSiteUrl(html, process.env.SITE_URL || undefined),
  };
}
