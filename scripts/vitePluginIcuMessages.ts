// The interface messages reach the browser already parsed: `import en from './catalogs/en.ts?ast'` gives
// the catalog with each ICU message replaced by its AST, made from the catalog as written at every build
// (so it cannot go stale), and the app then gets FormatJS's parser-less build, as FormatJS advises for
// precompiled messages. A message that does not parse fails the build, naming the file and the id.
// Unit tests (mode 'test') keep the full parser: they check the catalogs as written and build broken ones.
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { parsedCatalogModule } from './icuCatalog.ts';

const QUERY = '?ast';

export function icuMessages(): Plugin {
  return {
    name: 'atlas:icu-messages',
    // After TypeScript is stripped, so the catalog is plain JavaScript to parse.
    enforce: 'post',
    config: (_, { mode }) =>
      mode === 'test'
        ? undefined
        : {
            resolve: {
              alias: [
                {
                  find: /^@formatjs\/icu-messageformat-parser$/,
                  replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
                },
              ],
            },
          },
    transform(code, id) {
      if (!id.endsWith(QUERY)) return;
      const file = basename(id.slice(0, -QUERY.length));
      return { code: parsedCatalogModule(code, this.parse(code), file), map: null };
    },
  };
}
