import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Layers. Imports point one way: app → views (map, timeline, panels) → state → data; ui/ holds constants
// the views share, components/ the React pieces they share (a view may use them; they use no view). Views never import each other. Only map/ touches Leaflet; only the timeline adapter
// touches vis-timeline. Each folder below lists what it must not reach, and the same list is checked for
// static imports (no-restricted-imports) and for import() (no-restricted-syntax), so a lazy import cannot
// slip past. Patterns are regular expressions without "/" (esquery cannot read one), hence \x2F.
const SLASH = '\\x2F';
/** A relative import that passes through one of `folders` ("../state/store.ts", "../../map/x.ts"). */
const intoFolders = (folders, message) => ({
  regex: `^\\.\\.?${SLASH}(.*${SLASH})?(${folders.join('|')})${SLASH}`,
  message,
});
const library = (names, message) => ({ regex: `^(${names.join('|')})(${SLASH}|$)`, message });

const REACT = library(['react', 'react-dom'], 'This layer knows no React.');
const STORE = library(['zustand'], 'src/data is pure: no store.');
const LEAFLET = library(['leaflet', 'react-leaflet'], 'Only map/ uses Leaflet.');
const VIS = library(['vis-timeline', 'vis-data'], 'Only timeline/timelineAdapter.ts uses vis-timeline.');
const D3 = library(['d3-force'], 'Only network/forceLayout.ts uses d3-force.');

const FOLDERS = {
  data: [
    intoFolders(
      ['app', 'map', 'timeline', 'panels', 'network', 'state', 'ui', 'i18n'],
      'src/data imports nothing above it.',
    ),
    D3,
    REACT,
    STORE,
    LEAFLET,
    VIS,
  ],
  ui: [
    intoFolders(
      ['app', 'map', 'timeline', 'panels', 'network', 'state', 'i18n'],
      'ui/ holds plain constants over data/.',
    ),
    REACT,
  ],
  state: [
    intoFolders(['app', 'map', 'timeline', 'panels', 'network', 'ui', 'i18n'], 'state/ imports only data/.'),
    REACT,
    D3,
  ],
  // Messages and formats in the interface language, between the views and the state they read.
  i18n: [
    intoFolders(
      ['app', 'map', 'timeline', 'panels', 'network', 'ui'],
      'i18n/ serves the views; it imports only state/ and data/.',
    ),
    LEAFLET,
    VIS,
    D3,
  ],
  components: [
    intoFolders(
      ['app', 'map', 'timeline', 'panels', 'network'],
      'components/ are shared by the views: no view, no app.',
    ),
    LEAFLET,
    VIS,
    D3,
  ],
  map: [intoFolders(['app', 'timeline', 'panels', 'network'], 'Views do not import each other or the app.'), VIS, D3],
  timeline: [
    intoFolders(['app', 'map', 'panels', 'network'], 'Views do not import each other or the app.'),
    LEAFLET,
    VIS,
    D3,
  ],
  panels: [
    intoFolders(['app', 'map', 'timeline', 'network'], 'Views do not import each other or the app.'),
    LEAFLET,
    VIS,
    D3,
  ],
  network: [
    intoFolders(['app', 'map', 'timeline', 'panels'], 'Views do not import each other or the app.'),
    LEAFLET,
    VIS,
    D3,
  ],
  app: [LEAFLET, VIS, D3],
};
// Files held to other rules than their folder's: the one file allowed vis-timeline, and the map's
// "what to show" modules, which stay plain data so they are unit-tested without a map.
const PLAIN_DATA = library(['leaflet', 'react-leaflet', 'react'], 'The map model is plain data: no Leaflet, no React.');
const EXCEPTIONS = {
  'src/timeline/timelineAdapter.ts': FOLDERS.timeline.filter((r) => r !== VIS),
  'src/network/forceLayout.ts': FOLDERS.network.filter((r) => r !== D3),
  'src/map/markerModel.ts': [...FOLDERS.map, PLAIN_DATA],
  'src/map/callLines.ts': [...FOLDERS.map, PLAIN_DATA],
};

// One writer: only the action files call setState; everything else reads and calls actions.
const WRITERS = ['src/state/actions.ts', 'src/state/*Actions.ts', 'src/state/loading.ts'];
const WRITES_STORE = [
  "MemberExpression[property.name='setState']",
  "ObjectPattern > Property[key.name='setState']",
].map((selector) => ({
  selector,
  message: 'Only the actions (state/actions.ts, state/*Actions.ts, state/loading.ts) call setState: call an action.',
}));

function layerRules(restrictions, { mayWrite }) {
  return {
    'no-restricted-imports': ['error', { patterns: restrictions.map(({ regex, message }) => ({ regex, message })) }],
    'no-restricted-syntax': [
      'error',
      ...restrictions.map(({ regex, message }) => ({
        selector: `ImportExpression[source.value=/${regex}/]`,
        message,
      })),
      ...(mayWrite ? [] : WRITES_STORE),
    ],
  };
}

const layers = Object.entries(FOLDERS).flatMap(([folder, restrictions]) => {
  const inFolder = (file) => file.startsWith(`src/${folder}/`);
  const writers = WRITERS.filter(inFolder);
  // Tests and their set-up helpers may arrange the store directly.
  const tests = [`src/${folder}/**/*.test.ts`, `src/${folder}/**/testing/**`];
  return [
    {
      files: [`src/${folder}/**/*.{ts,tsx}`],
      ignores: [...writers, ...tests, ...Object.keys(EXCEPTIONS)],
      rules: layerRules(restrictions, { mayWrite: false }),
    },
    { files: [...writers, ...tests], rules: layerRules(restrictions, { mayWrite: true }) },
  ];
});

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'coverage', 'scripts/tmp', 'test-results', 'playwright-report', 'bench-results'],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      // Type information for the promise rules below.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A promise nobody awaits fails silently; one passed where a callback's result is ignored too.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  ...layers,
  ...Object.entries(EXCEPTIONS).map(([file, restrictions]) => ({
    files: [file],
    rules: layerRules(restrictions, { mayWrite: false }),
  })),
);
