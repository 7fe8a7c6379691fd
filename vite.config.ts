import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspMeta } from './scripts/vitePluginCsp.ts';
import { pwaOptions } from './scripts/pwa.ts';
import { dataPackagePlugin } from './scripts/vitePluginDataPackage.ts';
import { siteUrlMeta } from './scripts/vitePluginSiteUrl.ts';
import { icuMessages } from './scripts/vitePluginIcuMessages.ts';

export default defineConfig({
  plugins: [react(), VitePWA(pwaOptions), cspMeta(), dataPackagePlugin(), siteUrlMeta(), icuMessages()],
  // Relative base so the built folder works from any path on any static host.
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Files that need a DOM say so with `// @vitest-environment jsdom`.
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: ['src/**/*.test.ts', 'src/**/testing/**', 'src/**/*.d.ts'],
      reporter: ['text'],
      // The pure layers carry the app's rules, so they are held to a floor; views are covered end to end.
      thresholds: {
        'src/data/**': { lines: 90 },
        'src/state/**': { lines: 80 },
      },
    },
  },
});
