import { describe, expect, it } from 'vitest';
import { isHttpUrl } from './links.ts';

describe('isHttpUrl', () => {
  it('accepts only absolute http and https links', () => {
    expect(isHttpUrl('https://www.reuters.com/x')).toBe(true);
    expect(isHttpUrl('http://example.org')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,hi')).toBe(false);
    expect(isHttpUrl('/relative/path')).toBe(false);
    expect(isHttpUrl('not a link')).toBe(false);
  });
});
