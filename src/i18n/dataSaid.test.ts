// What the importers and the validator say about a file: every problem and every fatal reason carries its
// sentence as data, which reads in English exactly as the data code's own English message (the downloaded
// list and the tests quote those), and in Ukrainian and Russian in those languages.
import { describe, expect, it } from 'vitest';
import { convertToDataset } from '../data/formats/importers.ts';
import { parseDataset, type RecordError } from '../data/parse.ts';
import { english, loadI18n } from './catalogs.ts';
import { saidText } from './saidText.ts';
import type { I18n } from './translate.ts';

const CSV = [
  'id,title,start,end,lat,lon,track,kind,confidence,source_url,place,colour,title',
  'a,Talks,2025-02-18,soon,46.2,6.1,4,dance,sure,ftp://x,Geneva,red,Again',
  'b,,2025-02-18,,,,,,,,,,',
  'c,Call,someday,,x,6.1,,,,,,,',
  'd,Call,2025-03-01,,,,,,,,Atlantis,,',
  'e,Call,,,46,,,,,,,,,extra',
].join('\n');

const GEOJSON = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    1,
    { type: 'Feature', properties: { title: 'A', start: '2025-01-01' } },
    { type: 'Feature', geometry: { type: 'LineString' }, properties: { title: 'B', start: '2025-01-01' } },
    { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [] }, properties: { title: 'C', start: '2025' } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: ['x'] }, properties: { title: 'D', start: '2025' } },
  ],
});

const TIMELINE = JSON.stringify({ events: ['not an event', { text: {}, start_date: { year: 2025 } }] });

const good = {
  id: 'ok',
  title: 'Talks',
  summary: 'Talks.',
  start: '2025-02-18',
  track: '1',
  kind: 'meeting',
  confidence: 'confirmed',
  places: [{ name: 'Geneva', lat: 46.2, lon: 6.1, precision: 'city' }],
  participants: [{ name: 'A', party: 'US' }],
  sources: [{ url: 'https://example.org/a', title: 'A', publisher: 'P' }],
};
const DATASET = {
  version: 1,
  contacts: [
    good,
    good,
    { ...good, id: 'Bad Id', start: '2025-02-30', track: 3, places: [{ ...good.places[0], lat: 95 }] },
    { ...good, id: 'b', start: '2025-03', end: '2025-02', title: '  ', kind: ['meeting'] },
    { ...good, id: 'c', start: '1850', sources: [{ url: 'ftp://x', title: 'A', publisher: 'P' }], summary: null },
    { ...good, id: 'd', confidence: 'maybe', participants: 'A', places: [{ ...good.places[0], lon: Infinity }] },
    { ...good, id: 'e', partOf: 'Not An Id', disclosed: '2025-13' },
    7,
  ],
};

function problemsOf(): RecordError[] {
  const imported = [CSV, GEOJSON, TIMELINE].flatMap((text, i) => {
    const result = convertToDataset(text, ['x.csv', 'x.geojson', 'x.json'][i]!);
    return [...result.problems, ...parseDataset(result.dataset).errors];
  });
  return [...imported, ...parseDataset(DATASET).errors];
}

/** Without the isolation marks quoted values carry (data/text.ts), for comparing with plain text. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

const FATAL_FILES: Array<[string, string]> = [
  ['', 'x.json'],
  ['{"version": 1, "contacts": [', 'x.json'],
  ['<xml/>', 'x.geojson'],
  ['hello', 'x.txt'],
  ['{"version": 2, "contacts": []}', 'x.json'],
  ['{"version": 1}', 'x.json'],
  ['{"type": "FeatureCollection"}', 'x.geojson'],
  ['id,title\n"a,b', 'x.csv'],
  ['name;date;where\nx;y;z', 'x.csv'],
  ['[]', 'x.json'],
];

describe('problems with records, as data', () => {
  const problems = problemsOf();

  it('cover every kind of problem the fixtures raise, each with its sentence', () => {
    expect(problems.length).toBeGreaterThan(25);
    expect(problems.filter((p) => !p.said).map((p) => p.message)).toEqual([]);
  });

  it('read in English exactly as the data code says them', () => {
    for (const p of problems) expect(saidText(english, p.said!), `${p.id} ${p.field}`).toBe(p.message);
  });

  it('read in Ukrainian and Russian with no English words left but the values', async () => {
    for (const i18n of [await loadI18n('uk'), await loadI18n('ru')]) {
      for (const p of problems) expect(saidText(i18n, p.said!)).not.toBe(p.message);
      expect(plain(saidText(i18n, problems.find((p) => p.field === 'track')!.said!))).toMatch(/^"4" не /);
    }
  });
});

describe('a file that cannot be read at all', () => {
  const fatals = FATAL_FILES.map(([text, name]) => {
    const result = convertToDataset(text, name);
    if (result.fatal) return result;
    return parseDataset(result.dataset);
  });

  it('says why as data, in English as before', () => {
    for (const f of fatals) {
      expect(f.fatal).toBeTruthy();
      expect(saidText(english, f.fatalSaid!)).toBe(f.fatal);
    }
  });

  it('says it in Ukrainian and Russian', async () => {
    const say = (i18n: I18n, i: number) => plain(saidText(i18n, fatals[i]!.fatalSaid!));
    const uk = await loadI18n('uk');
    const ru = await loadI18n('ru');
    expect(say(uk, 0)).toBe('Файл порожній.');
    expect(say(ru, 2)).toBe('Файл не является корректным JSON: он не начинается с "{" или "[".');
    expect(say(uk, 8)).toMatch(/^У CSV-файлі немає стовпців "title", "start"/);
    expect(say(uk, 8)).toContain('(з розділювачем: крапка з комою) має 3 стовпці: "name", "date", "where"');
    expect(say(ru, 7)).toBe('CSV-файл не удаётся прочитать: поле в кавычках, открытое в строке 2, нигде не закрыто.');
  });
});
