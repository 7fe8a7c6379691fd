import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Layering: data/ knows neither React nor the store; only map/ touches Leaflet;
// only the timeline adapter touches vis-timeline.
const noReactOrStore = {
  patterns: [
    { group: ['react', 'react-dom', 'zustand', 'zustand/*'], message: 'src/data is pure: no React, no store.' },
    {
      group: ['leaflet', 'react-leaflet', 'vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
      message: 'src/data is pure.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'scripts/tmp', 'test-results', 'playwright-report', 'bench-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**', 'src/timeline/timelineAdapter.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['leaflet', 'react-leaflet', 'vis-timeline', 'vis-timeline/*'],
              message: 'Only map/ uses Leaflet; only timeline/timelineAdapter.ts uses vis-timeline.',
            },
          ],
        },
      ],
    },
  },
  { files: ['src/data/**/*.ts'], rules: { 'no-restricted-imports': ['error', noReactOrStore] } },
);
