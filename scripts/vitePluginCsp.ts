// Ships the Content-Security-Policy and Referrer-Policy as <meta> tags in the built index.html, and fails the
// build if the final page holds anything the policy would refuse. Build only: Vite's dev server relies on
// inline scripts for hot reload.
import type { Plugin } from 'vite';
import { CSP_META, REFERRER_POLICY } from './csp.ts';
import { findInlineCode } from './inlineCode.ts';

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

export function cspMeta(): Plugin {
  return {
    name: 'atlas:csp-meta',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!CHARSET.test(html)) throw new Error('index.html: no <meta charset> to put the policy after');
        // Right after the charset, before any script or stylesheet: a <meta> policy covers only what follows it.
        const tags =
          `\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />` +
          `\n    <meta name="referrer" content="${REFERRER_POLICY}" />`;
        return html.replace(CHARSET, (charset) => charset + tags);
      },
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        const html = String(file.source);
        const problems = findInlineCode(html);
        if (!html.includes(CSP_META)) problems.push('the Content-Security-Policy <meta> tag is missing');
        if (problems.length) this.error(`${file.fileName}: ${problems.join('; ')}`);
      }
    },
  };
}
