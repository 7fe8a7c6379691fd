import { describe, expect, it } from 'vitest';
import { parseDataset } from '../parse.ts';
import { contact } from '../testing/fixtures.ts';
import { CSV_COLUMNS } from './csvColumns.ts';
import { htmlToText } from './htmlToText.ts';
import { convertToDataset } from './importers.ts';
import { parseCsv } from './parseCsv.ts';
import { toPartialDate } from './readDates.ts';
import { normalizeId } from './values.ts';

/** Converts, then validates the way the app does, failing loudly if the file was refused. */
function importValid(text: string, fileName: string) {
  const result = convertToDataset(text, fileName);
  expect(result.fatal).toBeUndefined();
  return { ...result, parsed: parseDataset(result.dataset) };
}

function fieldsById(problems: Array<{ id: string; field: string }>): Array<[string, string]> {
  return problems.map((p) => [p.id, p.field]);
}

describe('parseCsv', () => {
  it('reads quoted commas, escaped quotes, line breaks in quotes, CRLF, a BOM and skips blank lines', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n\r\n1,,3\n"",last,\n';
    expect(parseCsv(text)).toEqual({
      rows: [
        ['a', 'b', 'c'],
        ['x, y', 'say "hi"', 'two\r\nlines'],
        ['1', '', '3'],
        ['', 'last', ''],
      ],
    });
  });

  it('keeps a last row without a line end and accepts CR-only line ends', () => {
    expect(parseCsv('a,b\rc,d').rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps a stray quote inside an unquoted field as text', () => {
    expect(parseCsv('5" screen,x').rows).toEqual([['5" screen', 'x']]);
  });

  it('says where an unclosed quote starts', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').error).toMatch(/line 2/);
  });
});

describe('convertToDataset: CSV', () => {
  const header = CSV_COLUMNS.join(',');

  it('converts a valid file into contacts parseDataset accepts', () => {
    const text = [
      header,
      'us-ru-riyadh,US–Russia talks,2025-02-18,,1,meeting,Diriyah Palace,Riyadh,SA,24.7336,46.5753,venue,US;RU,"Marco Rubio; Sergei Lavrov","Talks on Ukraine, embassies and ""normalisation"".",confirmed,https://www.reuters.com/world/x,US and Russia meet,Reuters',
      ',"Track 2 dialogue",2024-05,2024-06,Track 2,conference,,Geneva,CH,46.2022,6.1457,,US;RU,,"First line\nsecond line",,https://example.org/a,,',
    ].join('\r\n');
    const { parsed, problems, format } = importValid(text, 'contacts.csv');

    expect(format).toBe('csv');
    expect(problems).toEqual([]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.contacts).toEqual([
      {
        id: 'us-ru-riyadh',
        title: 'US–Russia talks',
        start: '2025-02-18',
        track: '1',
        kind: 'meeting',
        places: [
          { name: 'Diriyah Palace', city: 'Riyadh', country: 'SA', lat: 24.7336, lon: 46.5753, precision: 'venue' },
        ],
        parties: ['US', 'RU'],
        participants: [{ name: 'Marco Rubio' }, { name: 'Sergei Lavrov' }],
        summary: 'Talks on Ukraine, embassies and "normalisation".',
        confidence: 'confirmed',
        sources: [{ publisher: 'Reuters', title: 'US and Russia meet', url: 'https://www.reuters.com/world/x' }],
      },
      {
        id: 'row-2',
        title: 'Track 2 dialogue',
        start: '2024-05',
        end: '2024-06',
        track: '2',
        kind: 'conference',
        places: [{ name: 'Geneva', city: 'Geneva', country: 'CH', lat: 46.2022, lon: 6.1457, precision: 'city' }],
        parties: ['US', 'RU'],
        participants: [],
        summary: 'First line\nsecond line',
        confidence: 'reported',
        sources: [
          {
            publisher: 'example.org',
            title: 'https://example.org/a',
            url: 'https://example.org/a',
            titleFromUrl: true,
          },
        ],
      },
    ]);
  });

  it('matches header names case-insensitively and in any order, and is recognised without a .csv name', () => {
    const text =
      'LAT,Lon,Title,START,Country,Summary,Source_URL\n55.75,37.61,Moscow visit,2023-09-13T10:00:00+03:00,RU,A visit.,https://tass.com/p\n';
    const { parsed, format } = importValid(text, 'pasted.txt');
    expect(format).toBe('csv');
    expect(parsed.errors).toEqual([]);
    expect(parsed.contacts[0]).toMatchObject({
      id: 'row-1',
      title: 'Moscow visit',
      start: '2023-09-13',
      places: [{ name: 'Unnamed place', country: 'RU', lat: 55.75, lon: 37.61, precision: 'city' }],
      sources: [{ publisher: 'tass.com' }],
    });
  });

  it('leaves out rows that cannot become contacts and names the row and field of each', () => {
    const text = [
      'id,title,start,lat,lon',
      ',Good,2025-02-18,46.2,6.1',
      ',No start,,46.2,6.1',
      'Bad Date,Bad date,next week,46.2,6.1',
      ',,2025,46.2,6.1',
      ',No place,2025,,',
      ',Bad latitude,2025,north,6.1',
      ',Half a place,2025,46.2,',
    ].join('\n');
    const result = convertToDataset(text, 'x.csv');

    // A row with no coordinates at all is a contact that is not on the map; a bad or half coordinate is refused.
    expect(result.dataset?.contacts.map((c) => (c as { id: string }).id)).toEqual(['row-1', 'row-5']);
    expect(fieldsById(result.problems)).toEqual([
      ['#2', 'start'],
      ['bad-date', 'start'],
      ['#4', 'title'],
      ['#6', 'lat'],
      ['#7', 'lon'],
    ]);
    expect(result.problems[0]?.message).toMatch(/no start date; the row was not imported/);
    expect(result.problems[1]?.message).toMatch(/\u2068"next week"\u2069 is not a usable date/);
    expect(result.problems[3]?.message).toMatch(/\u2068"north"\u2069 is not a decimal number/);
  });

  it('fills defaults and reports values it had to replace', () => {
    const text = [
      'id,title,start,end,lat,lon,track,kind,confidence,precision,source_url',
      'Riyadh Talks (2025),A,2025,,1,2,TRACK 1.5,,,,',
      'Genève, B,2025,soon,1,2,3,dinner,rumoured,street,ftp://x.org/file',
    ].join('\n');
    const result = convertToDataset(text, 'x.csv');
    const [first, second] = result.dataset?.contacts ?? [];

    expect(first).toMatchObject({
      id: 'riyadh-talks-2025',
      track: '1.5',
      kind: 'meeting',
      confidence: 'reported',
      parties: [],
      participants: [],
      summary: '',
      sources: [],
    });
    expect(second).toMatchObject({
      id: 'geneve',
      track: '1',
      kind: 'meeting',
      confidence: 'reported',
      places: [{ precision: 'city' }],
      sources: [],
    });
    expect(second).not.toHaveProperty('end');
    expect(fieldsById(result.problems)).toEqual([
      ['geneve', 'end'],
      ['geneve', 'precision'],
      ['geneve', 'track'],
      ['geneve', 'kind'],
      ['geneve', 'confidence'],
      ['geneve', 'source_url'],
    ]);
    expect(result.problems.every((p) => !/not imported/.test(p.message))).toBe(true);
  });

  it('reports unknown columns and cells beyond the header instead of dropping them silently', () => {
    const result = convertToDataset('title,start,lat,lon,colour\nA,2025,1,2,red,extra\n', 'x.csv');
    expect(result.dataset?.contacts).toHaveLength(1);
    expect(fieldsById(result.problems)).toEqual([
      ['(header)', 'colour'],
      ['#1', '(row)'],
    ]);
  });

  it('refuses a CSV file without the required columns or with an unclosed quote', () => {
    expect(convertToDataset('title,place\nA,Geneva\n', 'x.csv').fatal).toMatch(/no "start" column\./);
    const unclosed = convertToDataset('title,start,lat,lon\n"A,2025,1,2\n', 'x.csv');
    expect(unclosed).toMatchObject({ dataset: null, format: 'csv' });
    expect(unclosed.fatal).toMatch(/never closed/);
  });

  it('accepts a file with only a header as an empty dataset', () => {
    expect(convertToDataset(`${CSV_COLUMNS.join(',')}\r\n`, 'x.csv')).toEqual({
      dataset: { version: 1, contacts: [] },
      problems: [],
      format: 'csv',
    });
  });
});

describe('convertToDataset: CSV coordinates and warnings', () => {
  it.each(['0x1A', '0b101', '0o7', '1e3', 'Infinity', '12abc', '1.2.3', '--5'])(
    'accepts decimal numbers only: %s is refused',
    (lat) => {
      const result = convertToDataset(`title,start,lat,lon\nT,2025,${lat},6.1\n`, 'x.csv');
      expect(fieldsById(result.problems)).toEqual([['#1', 'lat']]);
      expect(result.problems[0]?.message).toMatch(/is not a decimal number/);
    },
  );

  it('reads decimal points, decimal commas, signs and leading dots', () => {
    const { parsed } = importValid('title;start;lat;lon\nT;2025;46,2;-6.5\nU;2025;+.5;-.25\n', 'x.csv');
    expect(parsed.contacts.map((c) => [c.places[0]?.lat, c.places[0]?.lon])).toEqual([
      [46.2, -6.5],
      [0.5, -0.25],
    ]);
  });

  it('marks a value replaced by a default as a warning, and the record is still used', () => {
    const result = importValid('title,start,lat,lon,track,kind\nT,2025,1,1,9,meeting\nU,,1,1,1,meeting\n', 'x.csv');
    expect(result.parsed.contacts).toHaveLength(1);
    expect(result.problems.map((p) => [p.id, p.field, p.warning ?? false])).toEqual([
      ['#1', 'track', true],
      ['#2', 'start', false],
    ]);
  });
});

describe('convertToDataset: CSV separators and blank rows', () => {
  it('reads semicolon- and tab-separated files, as European spreadsheets write them', () => {
    for (const sep of [';', '\t']) {
      const text = [
        'title,start,lat,lon'.replaceAll(',', sep),
        ['Talks, round 2', '2025-02', '46.2', '6.1'].join(sep),
      ].join('\r\n');
      const { parsed, problems } = importValid(text, 'x.csv');
      expect(problems).toEqual([]);
      expect(parsed.contacts.map((c) => [c.title, c.start, c.places[0]?.lat])).toEqual([
        ['Talks, round 2', '2025-02', 46.2],
      ]);
    }
  });

  it('names the columns it found when required ones are missing', () => {
    const result = convertToDataset('Headline;Text;Year\nA;B;2025\n', 'sheet.csv');
    expect(result.fatal?.replace(/[\u2068\u2069]/g, '')).toContain('has 3 columns: "Headline", "Text", "Year"');
    const ours = convertToDataset('title;Text;Year\nA;B;2025\n', 'sheet.csv');
    expect(ours.fatal?.replace(/[\u2068\u2069]/g, '')).toMatch(
      /^The CSV file has no "start" column\. Its header \(read as separated by semicolons\) has 3 columns: "title", "Text", "Year"\. Required: title, start;/,
    );
  });

  it('places a row without coordinates by its city when the built-in record has it', () => {
    const { parsed, problems } = importValid(
      'title,start,city\nA,2025,Riyadh\nB,2025,istanbul\nC,2025,Nowhere\n',
      'x.csv',
    );
    expect(parsed.contacts.map((c) => c.places.map((p) => [p.city, p.country]))).toEqual([
      [['Riyadh', 'SA']],
      [['istanbul', 'TR']],
      [],
    ]);
    expect(fieldsById(problems)).toEqual([['#3', 'city']]);
  });

  it('skips rows whose cells are all empty, without a word', () => {
    const text = 'title,start,lat,lon\nT,2025,1,1\n,,,\n , ,,\n,,,\n';
    const { parsed, problems } = importValid(text, 'x.csv');
    expect(problems).toEqual([]);
    expect(parsed.contacts).toHaveLength(1);
  });
});

describe('convertToDataset: GeoJSON', () => {
  const geneva = { type: 'Point', coordinates: [6.1457, 46.2022] };

  it('makes a meeting of a Point and a call of a two-point MultiPoint', () => {
    const json = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'Geneva-1',
          geometry: geneva,
          properties: {
            name: 'Geneva talks',
            start: '2025-03-01',
            place: 'Palais des Nations',
            city: 'Geneva',
            country: 'CH',
            description: 'Talks.',
            url: 'https://www.un.org/x',
            track: 'Track 1.5',
          },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'MultiPoint',
            coordinates: [
              [-77.0364, 38.8951],
              [37.6156, 55.7522],
            ],
          },
          properties: {
            headline: 'Leaders call',
            start: '2025-02-12',
            place: 'Washington / Moscow',
            summary: 'A call.',
            source: 'https://kremlin.ru/y',
            parties: ['US', 'RU'],
          },
        },
      ],
    };
    const result = convertToDataset(JSON.stringify(json), 'map.geojson');

    expect(result).toMatchObject({ format: 'geojson', problems: [] });
    expect(result.dataset?.contacts).toEqual([
      {
        id: 'geneva-1',
        title: 'Geneva talks',
        start: '2025-03-01',
        track: '1.5',
        kind: 'meeting',
        places: [
          { name: 'Palais des Nations', city: 'Geneva', country: 'CH', lat: 46.2022, lon: 6.1457, precision: 'city' },
        ],
        parties: [],
        participants: [],
        summary: 'Talks.',
        confidence: 'reported',
        sources: [
          { publisher: 'un.org', title: 'https://www.un.org/x', url: 'https://www.un.org/x', titleFromUrl: true },
        ],
      },
      {
        id: 'row-2',
        title: 'Leaders call',
        start: '2025-02-12',
        track: '1',
        kind: 'call',
        places: [
          { name: 'Washington', country: 'XX', lat: 38.8951, lon: -77.0364, precision: 'city' },
          { name: 'Moscow', country: 'XX', lat: 55.7522, lon: 37.6156, precision: 'city' },
        ],
        parties: ['US', 'RU'],
        participants: [],
        summary: 'A call.',
        confidence: 'reported',
        sources: [
          { publisher: 'kremlin.ru', title: 'https://kremlin.ru/y', url: 'https://kremlin.ru/y', titleFromUrl: true },
        ],
      },
    ]);
    // Without a country the places get the user-assigned code XX and stay valid.
    expect(parseDataset(result.dataset).errors).toEqual([]);
  });

  it('reports features without a usable geometry, start or title', () => {
    const feature = (geometry: unknown, properties: object) => ({ type: 'Feature', geometry, properties });
    const json = {
      type: 'FeatureCollection',
      features: [
        feature({ type: 'Polygon', coordinates: [] }, { title: 'Area', start: '2025' }),
        feature(null, { id: 'nowhere', title: 'No geometry', start: '2025' }),
        feature(geneva, { title: 'No date' }),
        feature(geneva, { start: '2025' }),
        feature({ type: 'Point', coordinates: ['x', 1] }, { title: 'Bad point', start: '2025' }),
        'not a feature',
      ],
    };
    const result = convertToDataset(JSON.stringify(json), 'x.json');
    expect(result.dataset?.contacts).toEqual([]);
    expect(fieldsById(result.problems)).toEqual([
      ['#1', 'geometry'],
      ['nowhere', 'geometry'],
      ['#3', 'start'],
      ['#4', 'title'],
      ['#5', 'geometry.coordinates'],
      ['#6', '(feature)'],
    ]);
    expect(result.problems[0]?.message).toMatch(/\u2068"Polygon"\u2069 geometry is not supported/);
  });

  it('refuses a FeatureCollection without features', () => {
    expect(convertToDataset('{"type":"FeatureCollection"}', 'x.geojson')).toMatchObject({
      dataset: null,
      format: 'geojson',
      fatal: expect.stringMatching(/features/),
    });
  });
});

describe('convertToDataset: TimelineJS', () => {
  it('converts events, keeping the precision of their dates and stripping HTML from their text', () => {
    const json = {
      title: { text: { headline: 'Backchannels' } },
      events: [
        {
          unique_id: 'oman-1',
          start_date: { year: '2025', month: '4', day: '12' },
          end_date: { year: 2025, month: 4, day: 13 },
          text: {
            headline: '<b>US&ndash;Iran</b> talks',
            text: '<p>Talks in <a href="https://x.org?a=1&amp;b=2" title="a>b">Muscat</a> &amp; Rome.</p><p>Oman &lt;mediated&gt;, &quot;quietly&quot; &#39;so&#39;.</p><script>alert(1)</script>',
          },
          group: 'track 1',
          location: { lat: 23.588, lng: 58.3829, name: 'Muscat', country: 'OM' },
          url: 'https://www.bbc.com/news/z',
        },
        {
          start_date: { year: 2024, month: 10 },
          text: { headline: 'Secret channel' },
          group: 'Gulf',
          lat: '24.47',
          lon: '54.37',
        },
        { start_date: { year: 1990 }, text: { headline: 'Old' }, group: 'Track 2', lat: 0, lon: 0 },
      ],
    };
    const result = convertToDataset(JSON.stringify(json), 'timeline.json');

    expect(result).toMatchObject({ format: 'timelinejs', problems: [] });
    const [oman, secret, old] = result.dataset?.contacts ?? [];
    expect(oman).toEqual({
      id: 'oman-1',
      title: 'US–Iran talks',
      start: '2025-04-12',
      end: '2025-04-13',
      track: '1',
      kind: 'meeting',
      places: [{ name: 'Muscat', country: 'OM', lat: 23.588, lon: 58.3829, precision: 'city' }],
      parties: [],
      participants: [],
      summary: 'Talks in Muscat & Rome.\nOman <mediated>, "quietly" \'so\'.',
      confidence: 'reported',
      sources: [
        {
          publisher: 'bbc.com',
          title: 'https://www.bbc.com/news/z',
          url: 'https://www.bbc.com/news/z',
          titleFromUrl: true,
        },
      ],
    });
    expect(secret).toMatchObject({
      id: 'row-2',
      start: '2024-10',
      track: '1',
      places: [{ name: 'Unnamed place', lat: 24.47, lon: 54.37 }],
    });
    expect(old).toMatchObject({ start: '1990', track: '2' });
  });

  it('reports events without a location, start date or headline', () => {
    const json = {
      events: [
        { start_date: { year: 2025 }, text: { headline: 'Somewhere' } },
        { unique_id: 'undated', start_date: { month: 3 }, text: { headline: 'Undated' }, lat: 1, lon: 2 },
        { start_date: { year: 2025 }, text: { headline: '<p> </p>' }, lat: 1, lon: 2 },
        { start_date: { year: 2025, day: 3 }, text: { headline: 'Day without month' }, location: { lat: 1 } },
      ],
    };
    const result = convertToDataset(JSON.stringify(json), 'timeline.json');
    // No location is no reason to leave an event out: it is a contact that is not on the map.
    expect(result.dataset?.contacts).toMatchObject([{ id: 'row-1', title: 'Somewhere', places: [] }]);
    expect(fieldsById(result.problems)).toEqual([
      ['undated', 'start_date'],
      ['#3', 'text.headline'],
      ['#4', 'start_date'],
      ['#4', 'location.lon'],
    ]);
  });

  it('loads a standard TimelineJS file (no locations), placing events whose place the record knows', () => {
    const json = {
      events: [
        { start_date: { year: 2025, month: 2 }, text: { headline: 'Talks' } },
        { start_date: { year: 2025 }, text: { headline: 'In Geneva' }, location: { name: 'GENEVA ' } },
        { start_date: { year: 2025 }, text: { headline: 'In Atlantis' }, location: { name: 'Atlantis' } },
      ],
    };
    const { parsed, problems } = importValid(JSON.stringify(json), 'timeline.json');
    expect(parsed.errors).toEqual([]);
    expect(parsed.contacts.map((c) => [c.title, c.places.map((p) => [p.name, p.country, p.precision])])).toEqual([
      ['Talks', []],
      ['In Geneva', [['GENEVA', 'CH', 'city']]],
      ['In Atlantis', []],
    ]);
    expect(parsed.contacts[1]?.places[0]).toMatchObject({ lat: 46.2022, lon: 6.1457 });
    expect(problems.map((p) => [p.id, p.field, p.warning])).toEqual([['#3', 'location.name', true]]);
    expect(problems[0]?.message).toMatch(
      /is not one of the cities of the built-in record; the contact is not on the map/,
    );
  });
});

describe('convertToDataset: our own format and garbage', () => {
  it('passes an Atlas dataset through untouched', () => {
    const dataset = { version: 1, contacts: [contact({ id: 'a' }), { not: 'validated here' }] };
    const result = convertToDataset(JSON.stringify(dataset), 'contacts.json');
    expect(result).toEqual({ dataset, problems: [], format: 'atlas' });
  });

  it('refuses garbage, saying why', () => {
    expect(convertToDataset('{"version": 1, "contacts": [', 'x.json').fatal).toMatch(/not valid JSON/);
    expect(convertToDataset('[1, 2, 3]', 'x.json').fatal).toMatch(/no format Backchannel Atlas can import/);
    expect(convertToDataset('{"hello": "world"}', 'x.json').fatal).toMatch(/no format/);
    expect(convertToDataset('{"version": 2, "contacts": []}', 'x.json').fatal).toMatch(/version 2/);
    expect(convertToDataset('{"version": 1, "contacts": {}}', 'x.json').fatal).toMatch(/"contacts" array/);
    expect(convertToDataset('just some words, nothing more', 'notes.txt')).toMatchObject({
      dataset: null,
      fatal: expect.stringMatching(/no format/),
    });
    expect(convertToDataset('not json', 'x.json').fatal).toMatch(/not valid JSON/);
    expect(convertToDataset(' \n ', 'x.csv')).toMatchObject({ format: 'csv', fatal: 'The file is empty.' });
  });
});

describe('helpers', () => {
  it('reads partial dates, ISO date-times and TimelineJS date objects', () => {
    expect(toPartialDate('2025')).toBe('2025');
    expect(toPartialDate(2025)).toBe('2025');
    expect(toPartialDate(' 2025-02 ')).toBe('2025-02');
    expect(toPartialDate('2025-02-18T23:30:00-05:00')).toBe('2025-02-18');
    expect(toPartialDate('2025-02-18T10:00Z')).toBe('2025-02-18');
    expect(toPartialDate({ year: 25, month: 1 })).toBe('0025-01');
    expect(toPartialDate({ year: '2025', month: '', day: '' })).toBe('2025');
    expect(toPartialDate('18/02/2025')).toBeNull();
    expect(toPartialDate({ year: 'MMXXV' })).toBeNull();
    expect(toPartialDate('')).toBeNull();
  });

  it('makes ids the schema accepts and leaves valid ones alone', () => {
    expect(normalizeId('US-RU Talks, Riyadh')).toBe('us-ru-talks-riyadh');
    expect(normalizeId('--Zürich_1.a')).toBe('zurich_1.a');
    expect(normalizeId('us-ru--x.1_')).toBe('us-ru--x.1_');
    expect(normalizeId('!!!')).toBeNull();
    expect(normalizeId(42)).toBe('42');
  });

  it('turns HTML into plain text', () => {
    expect(htmlToText('a < b &amp;&amp; c &gt; d')).toBe('a < b && c > d');
    expect(htmlToText('&amp;lt;b&amp;gt; stays &lt;b&gt;')).toBe('&lt;b&gt; stays <b>');
    expect(htmlToText('one<br>two<br/>  three <!-- <p>hidden</p> --><STYLE>p{}</STYLE>')).toBe('one\ntwo\nthree');
    expect(htmlToText('<img src="a.png" alt="x > y">caption&#x41;&#66;&nbsp;&unknown;')).toBe('captionAB &unknown;');
  });

  it('decodes every named entity, and none through the prototype', () => {
    expect(htmlToText('Talks &mdash; Gen&egrave;ve&hellip; &laquo;x&raquo; &Ccedil;&eacute;')).toBe(
      'Talks — Genève… «x» Çé',
    );
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(htmlToText(`a &${name}; b`)).toBe(`a &${name}; b`);
    }
  });

  it('never makes a lone surrogate or a NUL from a numeric entity', () => {
    expect(htmlToText('x&#xD800;y&#xDFFF;z')).toBe('x\uFFFDy\uFFFDz');
    expect(htmlToText('&#0;&#x110000;&#55296;')).toBe('\uFFFD\uFFFD\uFFFD');
    expect(htmlToText('&#x1F600;')).toBe('😀');
  });
});
