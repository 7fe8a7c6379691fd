import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteBase, withSiteUrl } from './siteUrl.ts';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');

describe('the share preview in index.html', () => {
  it('has Open Graph and Twitter card tags with the shipped image, relative without SITE_URL', () => {
    expect(withSiteUrl(html, undefined)).toBe(html);
    for (const tag of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:type'])
      expect(html).toContain(`property="${tag}"`);
    for (const tag of ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image'])
      expect(html).toContain(`name="${tag}"`);
    expect(html).toContain('<meta property="og:image" content="./og-image.png" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(readFileSync(new URL('../public/og-image.png', import.meta.url)).subarray(16, 24)).toEqual(
      Buffer.from([0, 0, 4, 0xb0, 0, 0, 2, 0x76]), // PNG IHDR: 1200 × 630
    );
  });

  it('makes the image absolute and adds og:url with SITE_URL', () => {
    const built = withSiteUrl(html, 'https://example.org/atlas?x=1#top');
    expect(built).toContain('<meta property="og:image" content="https://example.org/atlas/og-image.png" />');
    expect(built).toContain('<meta name="twitter:image" content="https://example.org/atlas/og-image.png" />');
    expect(built).toContain('<meta property="og:url" content="https://example.org/atlas/" />');
    expect(built).not.toContain('./og-image.png');
  });

  it('refuses a SITE_URL that is not an absolute http(s) address', () => {
    expect(() => siteBase('example.org/atlas')).toThrow('SITE_URL: expected an absolute http(s) address');
    expect(() => siteBase('ftp://example.org/')).toThrow('SITE_URL: expected an http(s) address');
    expect(siteBase('https://example.org')).toBe('https://example.org/');
  });
});
