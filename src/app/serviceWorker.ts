/// <reference types="vite-plugin-pwa/vanillajs" />
// Registers the service worker of the built site (loaded by main.tsx once the first view is shown, never
// in dev) and turns "a new release is installed and waiting" into an offer the update banner shows.
import { registerSW } from 'virtual:pwa-register';
import { offerUpdate } from './updateOffer.ts';

// A tab left open for days still hears of a release: the browser itself checks only on navigation.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function startServiceWorker(): void {
  const activateWaiting = registerSW({
    onNeedRefresh: () => offerUpdate(reloadIntoNewRelease),
    // The plugin reloads only pages that were controlled when they loaded, not the first visit's page that
    // the worker claimed later; reloadIntoNewRelease covers both.
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        void registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    // Offline, or in browsers that refuse service workers: the app works without a (new) one.
    onRegisterError: (error: unknown) => console.warn('Could not register or update the service worker:', error),
  });

  function reloadIntoNewRelease(): void {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void activateWaiting(false);
  }
}
