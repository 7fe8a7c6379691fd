import { describe, expect, it } from 'vitest';
import { embedSnippet, RESIZE_SCRIPT } from './embedSnippet.ts';

describe('embedSnippet', () => {
  it('embeds the same view with embed=1, escaped for an attribute', () => {
    const html = embedSnippet('https://atlas.example/?sel=c:a&q=%22x%22', false);
    const src = /src="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&');
    const url = new URL(src);
    expect(url.searchParams.get('sel')).toBe('c:a');
    expect(url.searchParams.get('q')).toBe('"x"');
    expect(url.searchParams.get('embed')).toBe('1');
    expect(html).not.toContain('<script');
  });

  it('adds the resize script on request', () => {
    expect(embedSnippet('https://atlas.example/', true).endsWith(RESIZE_SCRIPT)).toBe(true);
    expect(RESIZE_SCRIPT).toContain('datawrapper-height');
  });
});
