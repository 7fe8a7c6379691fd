import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, REFERRER_POLICY } from './csp.ts';
import { findInlineCode } from './inlineCode.ts';

describe('the Content-Security-Policy', () => {
  it('sets framing in the header only, where browsers honour it, open to articles that embed it', () => {
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors *`);
  });

  it('allows no inline code, no eval and no plugins', () => {
    expect(CSP_HEADER).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(CSP_HEADER).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(CSP_HEADER).toMatch(/(^|; )style-src 'self'(;|$)/);
    expect(CSP_HEADER).toMatch(/(^|; )object-src 'none'(;|$)/);
    expect(CSP_HEADER).not.toMatch(/unsafe-/);
  });

  it('is quoted in the README exactly as the end-to-end server sends it', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${CSP_HEADER}`);
    expect(readme).toContain(`Referrer-Policy: ${REFERRER_POLICY}`);
  });
});

describe('inline code in HTML', () => {
  it('finds inline scripts, style blocks and attributes, event handlers and javascript: URLs', () => {
    const html = [
      '<script>alert(1)</script>',
      '<style>p{}</style>',
      '<div style="color:red">',
      '<img src="x.png" onerror="alert(1)">',
      '<a href="javascript:void 0">',
    ].join('\n');
    expect(findInlineCode(html).map((p) => p.split(':')[0])).toEqual([
      'inline <script>',
      '<style> block',
      'style="" attribute',
      'event-handler attribute',
      'javascript',
    ]);
  });

  it('passes the page template and the policy tag itself', () => {
    const template = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
    const withPolicy = template.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" /><meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`,
    );
    expect(findInlineCode(withPolicy)).toEqual([]);
  });
});
