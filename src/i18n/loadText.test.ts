import { describe, expect, it } from 'vitest';
import { english, loadI18n } from './catalogs.ts';
import { loadProblemText, sizeText } from './loadText.ts';

describe('load problems in words', () => {
  it('writes sizes and reasons for people, in their language', async () => {
    const sizes = [1, 900, 2048, 50_000, 3 * 1024 * 1024];
    expect(sizes.map((n) => sizeText(english, n))).toEqual(['1 byte', '900 bytes', '2.0 KB', '49 KB', '3.0 MB']);
    const uk = await loadI18n('uk');
    expect(sizes.map((n) => sizeText(uk, n))).toEqual(['1 байт', '900 байтів', '2,0 КБ', '49 КБ', '3,0 МБ']);
    const stalled = { kind: 'stalled', received: 1229, ms: 1500 } as const;
    expect(loadProblemText(english, stalled)).toBe('the server sent 1.2 KB and then nothing more for 1.5 seconds');
    expect(loadProblemText(uk, stalled)).toBe('сервер надіслав 1,2 КБ, а потім нічого 1,5 секунди');
    const ru = await loadI18n('ru');
    expect(loadProblemText(ru, { kind: 'silent', ms: 30_000 })).toBe('сервер не отвечает 30 секунд');
    expect(loadProblemText(english, { kind: 'status', status: 404, statusText: '' })).toBe('the server answered 404');
  });

  it('names the other site for CORS and for one that cannot be reached', () => {
    expect(loadProblemText(english, { kind: 'cors', origin: 'https://d.example' })).toMatch(
      /^https:\/\/d\.example answered, but .*"Access-Control-Allow-Origin: \*"/,
    );
    expect(loadProblemText(english, { kind: 'unreachable', origin: 'https://d.example' })).toMatch(
      /^https:\/\/d\.example could not be reached/,
    );
    expect(loadProblemText(english, { kind: 'stalled', received: 1024, ms: 1000 })).toBe(
      'the server sent 1.0 KB and then nothing more for 1 second',
    );
  });

  it('names the policy that refused an address, and a part of the app that did not arrive', async () => {
    const csp = { kind: 'csp', origin: 'http://d.example' } as const;
    expect(loadProblemText(english, csp)).toBe(
      "this site's Content-Security-Policy does not allow loading data from http://d.example",
    );
    const ru = await loadI18n('ru');
    expect(loadProblemText(ru, csp)).toMatch(/^политика безопасности .* с http:\/\/d\.example$/);
    expect(loadProblemText(ru, { kind: 'chunk', detail: 'Failed to fetch' })).toMatch(/^не загрузилась часть/);
  });
});
