// Notes a link gets, and the notice over other data, in words: in English exactly as the app always said
// them (other tests and users' bug reports quote them), and in Ukrainian and Russian in those languages.
import { describe, expect, it } from 'vitest';
import { decodeView } from '../state/urlState.ts';
import { dataRequest } from '../state/dataPolicy.ts';
import { dataNotice } from '../state/provenance.ts';
import { said } from '../data/said.ts';
import { english, loadI18n } from './catalogs.ts';
import { saidText } from './saidText.ts';

const notesOf = (search: string) => (decodeView(search).notes ?? []).map((note) => saidText(english, note));

describe('saidText in English', () => {
  it('says the link notes as before', () => {
    expect(notesOf('?tracks=1,9,x&kind=dance&view=grid&sel=zz&map=91,0,3&lang=fr')).toEqual([
      'tracks: "9", "x" ignored (tracks are 1, 1.5 and 2)',
      'kind: "dance" ignored (kinds are meeting, call, exchange, conference)',
      'sel: "zz" ignored (it starts with c: for a contact or p: for a place)',
      'map: "91,0,3" ignored (it is latitude,longitude,zoom)',
      'view: "grid" ignored (it is map, list or network)',
      'lang: "fr" ignored (it is en, uk or ru)',
    ]);
    expect(notesOf('?from=%2B275730-01-01T00:00:00.000Z&to=%2B275760-09-13T00:00:00.000Z')).toEqual([
      'dates outside 1900–2100 were brought within them',
    ]);
    expect(notesOf('?from=0001-01-01&to=9999-12-31')).toContain(
      'the time window was narrowed to 40 years, the most the timeline shows',
    );
    expect(notesOf('?from=2025-03-01&to=2025-01-01')).toEqual([
      'the time window was ignored: it ends before it starts',
    ]);
    expect(notesOf('?from=soon&to=2025-01-01')).toEqual([
      'the time window was ignored: from "soon" is not a date (or the other end is missing)',
    ]);
    expect(notesOf(`?q=${'x'.repeat(300)}`)).toEqual(['the search was cut to its first 200 characters']);
    const parties = Array.from({ length: 52 }, (_, i) => `P${i}`).join(',');
    expect(notesOf(`?party=${parties}`)).toEqual(['party: 2 values too many or too long were ignored']);
    expect(notesOf('?story=Bad%20Name&pick=' + 'n'.repeat(300))).toEqual([
      'pick: a name longer than any party or person was ignored',
      'story: "Bad Name" ignored (a story is named with lowercase words and "-")',
    ]);
    expect(notesOf('?story=two&step=zero')).toEqual([
      'step: "zero" ignored (steps count from 1); the story opens at its first step',
    ]);
  });

  it('says a refused ?data= and the data notice as before', () => {
    const refused = dataRequest('javascript:alert(1)', 'https://atlas.example/');
    expect(refused.kind).toBe('refused');
    if (refused.kind !== 'refused') return;
    expect(saidText(english, said('note.data.refused', { reason: refused.reason }))).toBe(
      '?data= only opens http(s) addresses, not "javascript:" links; the Backchannel Atlas record is shown instead',
    );
    expect(saidText(english, dataNotice({ kind: 'path', path: '/fixtures/mixed.json' }))).toBe(
      'Data from /fixtures/mixed.json on this site, not the Backchannel Atlas record',
    );
    expect(saidText(english, dataNotice({ kind: 'file', name: 'own.csv' }))).toBe(
      'Data from your file own.csv, not the Backchannel Atlas record',
    );
  });
});

describe('saidText in Ukrainian and Russian', () => {
  it('translates the words and keeps the values and the address keys as they are', async () => {
    const uk = await loadI18n('uk');
    const ru = await loadI18n('ru');
    const [note] = decodeView('?view=grid').notes!;
    expect(saidText(uk, note!)).toBe('view: "grid" не застосовано (можливі map, list або network)');
    expect(saidText(ru, note!)).toBe('view: "grid" не применено (возможны map, list или network)');
    const notice = dataNotice({ kind: 'origin', origin: 'https://other.example' });
    expect(saidText(uk, notice)).toBe('Дані з https://other.example, а не дані Backchannel Atlas');
    const [capped] = decodeView(`?party=${Array.from({ length: 55 }, (_, i) => `P${i}`).join(',')}`).notes!;
    expect(saidText(ru, capped!)).toBe('party: 5 значений, лишних или слишком длинных, пропущено');
  });
});
