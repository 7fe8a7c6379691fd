// The service worker and web app manifest (vite-plugin-pwa with workbox): after one visit the app, its
// dataset and its basemap load with no network; a new release waits until the user accepts it.
import type { VitePWAOptions } from 'vite-plugin-pwa';

const MiB = 1024 * 1024;

export const pwaOptions: Partial<VitePWAOptions> = {
  // The page asks before switching to a new release (src/app/serviceWorker.ts); no registration script is
  // injected into index.html, so the Content-Security-Policy needs no exception for it.
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: 'Backchannel Atlas',
    short_name: 'Backchannel',
    description:
      'Map and timeline of official, semi-official and unofficial talks about the war in Ukraine, with sources.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#1d232b',
    icons: [
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // The defaults (js, css, html) miss the dataset and the basemap, which the app fetches as files. The
    // manifest's icons are added by the plugin.
    globPatterns: [
      '**/*.{js,css,html}',
      'favicon.svg',
      'apple-touch-icon.png',
      'assets/contacts-*.json',
      'assets/countries-110m-*.json',
      'assets/countries-50m-*.json',
      'assets/basemapExtras-*.json',
    ],
    // Not dist/data/ (the data package, 3.2 MB): it is for scripts and other tools reading the site, which
    // a service worker never serves; in the app, the exports are made from the loaded record, offline too.
    // The default 2 MiB limit would silently leave a grown dataset out of the offline copy.
    maximumFileSizeToCacheInBytes: 8 * MiB,
    // Only the app's own page is answered from the cache: any query (?data=, the view) gets index.html, and
    // a navigation to any other file (a dataset, a document) goes to the network as before.
    navigateFallback: null,
    ignoreURLParametersMatching: [/.*/],
    // The first visit's page is controlled at once, so it works offline without a reload.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
  showMaximumFileSizeToCacheInBytesWarning: true,
};
