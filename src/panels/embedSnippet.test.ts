import { describe, expect, it } from 'vitest';
import { embedSnippet, RESIZE_SCRIPT } from './embedSnippet.ts';
import { preferredEmbedHeight } from './embedHeight.ts';

describe('embedSnippet', () => {
  it('embeds the same view with embed=1, escaped for an attribute', () => {
    const html = embedSnippet('https://atlas.example/?sel=c:a&q=%22x%22', false, 'Atlas "map" & <timeline>');
    const src = /src="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&');
    const url = new URL(src);
    expect(url.searchParams.get('sel')).toBe('c:a');
    expect(url.searchParams.get('q')).toBe('"x"');
    expect(url.searchParams.get('embed')).toBe('1');
    expect(html).toContain('title="Atlas &quot;map&quot; &amp; &lt;timeline>"');
    expect(html).not.toContain('<script');
  });

  it('adds the resize script on request', () => {
    expect(embedSnippet('https://atlas.example/', true, 'Atlas').endsWith(RESIZE_SCRIPT)).toBe(true);
    expect(RESIZE_SCRIPT).toContain('datawrapper-height');
  });
});

describe('preferredEmbedHeight', () => {
  it('asks for the fixed parts and a map about 60% of the width, within bounds', () => {
    expect(preferredEmbedHeight(720, 240)).toBe(240 + 432 - 12);
    expect(preferredEmbedHeight(320, 200.2)).toBe(201 + 192);
    expect(preferredEmbedHeight(200, 100)).toBe(100 + 180);
    expect(preferredEmbedHeight(1000, 250)).toBe(250 + 420);
  });
});
