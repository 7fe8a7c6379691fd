// Shared by the bench and the screenshot script: serve dist/ and launch the Chromium find-browser picks.
import { preview, type Plugin, type PreviewServer } from 'vite';
import { chromium, type Browser } from '@playwright/test';
// @ts-expect-error plain JS module shared with playwright.config.ts
import { findChromium } from './find-browser.mjs';

export async function serveDist(port = 4174, plugins: Plugin[] = []): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    preview: { port, strictPort: false, host: '127.0.0.1' },
    logLevel: 'silent',
    plugins,
  });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('vite preview did not report a URL');
  return { server, url: address };
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = (await findChromium()) as string | undefined | null;
  if (executablePath === null)
    throw new Error('No Chromium found: run `node scripts/find-browser.mjs --require` for help.');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** The sizes we look at the app in: name, viewport, and whether it is a touch phone. */
export const LOOK_SIZES = [
  ['desktop', { width: 1440, height: 900 }, false],
  ['laptop', { width: 1280, height: 720 }, false],
  ['phone', { width: 390, height: 844 }, true],
] as const;
