import { describe, expect, it } from 'vitest';
import { dataRequest } from './dataPolicy.ts';

const PAGE = 'https://atlas.example/app/?data=x';

describe('which ?data= links are opened', () => {
  it('no ?data=, or an empty one, is the built-in record', () => {
    expect(dataRequest(null, PAGE)).toEqual({ kind: 'builtin' });
    expect(dataRequest('  ', PAGE)).toEqual({ kind: 'builtin' });
  });

  it('a path on this site opens, named by its path; another site opens, named by its origin', () => {
    expect(dataRequest('mine/contacts.json', PAGE)).toEqual({
      kind: 'link',
      url: 'https://atlas.example/app/mine/contacts.json',
      label: 'mine/contacts.json',
      provenance: { kind: 'path', path: '/app/mine/contacts.json' },
    });
    expect(dataRequest('https://other.example:8443/x.csv?a=1', PAGE)).toMatchObject({
      kind: 'link',
      url: 'https://other.example:8443/x.csv?a=1',
      provenance: { kind: 'origin', origin: 'https://other.example:8443' },
    });
    // The user part of an address cannot pose as the site: the origin is what is named.
    expect(dataRequest('https://atlas.example@evil.example/x.json', PAGE)).toMatchObject({
      provenance: { kind: 'origin', origin: 'https://evil.example' },
    });
  });

  it('refuses data:, blob:, javascript: and file: links, and says which', () => {
    for (const link of [
      'data:application/json,{}',
      'blob:https://atlas.example/1',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ]) {
      const request = dataRequest(link, PAGE);
      expect(request.kind).toBe('refused');
      expect(request.kind === 'refused' && request.reason).toEqual({
        id: 'note.data.protocol',
        values: { protocol: `"${link.slice(0, link.indexOf(':') + 1)}"` },
      });
    }
  });

  it('refuses what is not an address at all, and an address too long for a link, without throwing', () => {
    expect(dataRequest('http://', PAGE)).toEqual({
      kind: 'refused',
      reason: { id: 'note.data.notAddress', values: { value: '"http://"' } },
    });
    expect(dataRequest('https://[', PAGE).kind).toBe('refused');
    expect(dataRequest(`https://x.example/${'a'.repeat(3000)}`, PAGE)).toEqual({
      kind: 'refused',
      reason: { id: 'note.data.tooLong', values: { limit: '2000' } },
    });
  });
});
