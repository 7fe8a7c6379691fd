// Finds a Chromium for Playwright: $CHROMIUM_PATH, else Debian's chromium, else Playwright's own download.
// `node scripts/find-browser.mjs --require` exits 1 with instructions when there is none.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SYSTEM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

/** @returns {Promise<string | undefined>} an executable path, or undefined for Playwright's own browser */
export async function findChromium() {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} does not exist`);
    return explicit;
  }
  const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
  if (system) return system;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {
    // Playwright not installed or has no browser: fall through.
  }
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = await findChromium();
  if (found === null) {
    console.error(
      [
        'No Chromium found for the end-to-end tests.',
        'Install one, then run npm test again:',
        '  Debian/Ubuntu:  sudo apt-get install -y chromium',
        '  or:             npx playwright install chromium   (needs internet access)',
        '  or point CHROMIUM_PATH at an existing Chromium or Chrome executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
  if (process.argv.includes('--print')) console.log(found ?? "(Playwright's own chromium)");
}
