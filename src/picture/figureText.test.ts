import { describe, expect, it } from 'vitest';
import { english } from '../i18n/catalogs.ts';
import { loadI18n } from '../i18n/catalogs.ts';
import { contact } from '../data/testing/fixtures.ts';
import { BUILT_IN_LABEL } from '../state/provenance.ts';
import { showContacts, state } from '../state/testing/store.ts';
import { figureText, filtersInWords, windowInWords } from './figureText.ts';
import { wrapText } from './drawFigure.ts';

const URL = 'https://atlas.example/?from=2023-01-01';

describe('figureText', () => {
  it('names the window, the count and that nothing is filtered', () => {
    showContacts([contact({ id: 'a', start: '2023-02-01' }), contact({ id: 'b', start: '2023-03-05' })], {
      window: { start: Date.UTC(2023, 0, 1), end: Date.UTC(2024, 0, 1) },
    });
    const text = figureText(english, state(), URL, false);
    expect(text.subtitle).toBe('1 Jan 2023 – 31 Dec 2023 · 2 contacts shown');
    expect(text.filters).toBe('No filters: every contact in the time window');
    expect(text.source).toBe(`Source: ${URL}`);
    expect(text.credits).toContain('Natural Earth');
    expect(text.credits).toContain('GeoNames');
    expect(text.credits).not.toContain('OpenStreetMap');
    expect(figureText(english, state(), URL, true).credits).toContain('OpenStreetMap');
  });

  it('puts every filter in words, hidden tracks included', () => {
    showContacts([contact({ id: 'a' })], {
      query: ' Geneva ',
      parties: ['UA', 'US'],
      partyMode: 'any',
      people: ['Jake Sullivan'],
      kinds: ['call'],
      confidences: ['reported'],
      secrecy: ['secret'],
      tracks: { '1': true, '1.5': false, '2': false },
    });
    expect(filtersInWords(english, state())).toEqual([
      'search “Geneva”',
      'parties (any of): Ukraine, United States',
      'people: Jake Sullivan',
      'kind: call',
      'confidence: reported',
      'secret at the time: secret',
      'hidden: Track 1.5, Track 2',
    ]);
    expect(figureText(english, state(), URL, false).filters).toMatch(/^Filters: search “Geneva”; parties/);
  });

  it('carries the release only for the built-in record, and the notice for any other data', () => {
    showContacts([contact({ id: 'a' })]);
    const base = state().dataset;
    showContacts([contact({ id: 'a' })], { dataset: { ...base, sourceLabel: BUILT_IN_LABEL } });
    const ours = figureText(english, state(), URL, false);
    expect(ours.version).toMatch(/^Data: Backchannel Atlas \d+\.\d+\.\d+ \(\d{4}-\d\d-\d\d\), licence CC-BY-4.0$/);
    expect(ours.notice).toBeNull();
    showContacts([contact({ id: 'a' })], {
      dataset: { ...base, provenance: { kind: 'origin', origin: 'https://other.example/x.json' } },
    });
    const theirs = figureText(english, state(), URL, false);
    expect(theirs.version).toBeNull();
    expect(theirs.notice).toContain('https://other.example/x.json');
  });

  it('speaks the interface language', async () => {
    const uk = await loadI18n('uk');
    showContacts([contact({ id: 'a', start: '2023-02-01' })], {
      window: { start: Date.UTC(2023, 0, 1), end: Date.UTC(2023, 0, 2) },
    });
    expect(windowInWords(uk, state().window!)).toBe('1 січ. 2023 р.');
    expect(figureText(uk, state(), URL, false).source).toBe(`Джерело: ${URL}`);
  });
});

describe('wrapText', () => {
  const measure = (s: string) => s.length;
  it('breaks between words, and inside a word longer than the line', () => {
    expect(wrapText(measure, 'one two three four', 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText(measure, 'see https://a.example/long/path', 10)).toEqual([
      'see',
      'https://a.',
      'example/lo',
      'ng/path',
    ]);
  });
});
