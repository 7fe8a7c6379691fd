// npm run data:stats — what the dataset holds: counts by year, track, kind and confidence, how precise its
// dates and places are, and the records that most need work (a single source, a placeholder place).
import { readFileSync } from 'node:fs';
import { parseDataset, formatRecordError } from '../src/data/parse.ts';
import { datePrecision } from '../src/data/dates.ts';
import { CATEGORIES } from './recordCategories.ts';
import { independentOrigins } from './recordRules.ts';

const DATA_PATH = process.argv[2] ?? 'data/contacts.json';
const parsed = parseDataset(JSON.parse(readFileSync(DATA_PATH, 'utf8')));
if (parsed.fatal) throw new Error(parsed.fatal);
const contacts = parsed.contacts;

function table(title: string, key: (c: (typeof contacts)[number]) => string | string[]) {
  const counts = new Map<string, number>();
  for (const c of contacts) for (const k of [key(c)].flat()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const rows = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  console.log(`\n${title}`);
  for (const [k, n] of rows) console.log(`  ${k.padEnd(14)} ${String(n).padStart(4)}`);
}

console.log(
  `${contacts.length} contacts in ${DATA_PATH}${parsed.errors.length ? `, ${parsed.errors.length} problems` : ''}`,
);
for (const e of parsed.errors) console.log(`  invalid: ${formatRecordError(e)}`);
table('By year (of start)', (c) => c.start.slice(0, 4));
table('By track', (c) => `track ${c.track}`);
table('By kind', (c) => c.kind);
table('By confidence', (c) => c.confidence);
table('By date precision', (c) =>
  c.end && c.end !== c.start ? `${datePrecision(c.start)} range` : datePrecision(c.start),
);
table('By place precision (places)', (c) => c.places.map((p) => (p.assumed ? 'assumed' : p.precision)));

console.log('\nBy category (a contact can be in several)');
for (const [name, test] of Object.entries(CATEGORIES)) {
  console.log(`  ${name.padEnd(40)} ${String(contacts.filter(test).length).padStart(4)}`);
}
const pct = (n: number, of: number) => `${of ? ((100 * n) / of).toFixed(0) : 0}%`;
const allSources = contacts.flatMap((c) => c.sources);
const twoOrigins = contacts.filter((c) => independentOrigins(c.sources) >= 2).length;
console.log(`\nSources per record: ${(allSources.length / (contacts.length || 1)).toFixed(2)}`);
console.log(`Records with two or more independent origins: ${twoOrigins} (${pct(twoOrigins, contacts.length)})`);
const dated = allSources.filter((s) => s.published).length;
console.log(`Sources with a publication date: ${dated} of ${allSources.length} (${pct(dated, allSources.length)})`);
const people = new Set(contacts.flatMap((c) => c.participants.map((p) => p.name)));
console.log(`People who took part (distinct names): ${people.size}`);
const sessions = contacts.filter((c) => c.partOf).length;
console.log(`Sessions of a channel (partOf): ${sessions}`);

const secret = contacts.filter((c) => c.disclosed);
const sources = contacts.reduce((n, c) => n + c.sources.length, 0);
const unverified = contacts.reduce(
  (n, c) => n + c.sources.filter((s) => s.titleFromUrl || s.title.startsWith('[')).length,
  0,
);
console.log(`\nSecret when they happened (with a disclosure date): ${secret.length}`);
console.log(
  `Sources: ${sources} (${(sources / contacts.length).toFixed(1)} per contact); headlines not verified: ${unverified}`,
);

const single = contacts.filter((c) => c.sources.length === 1);
console.log(`\nSingle-source records (${single.length}):`);
for (const c of single) console.log(`  ${c.id}  [${c.confidence}]  ${c.sources[0]!.publisher}`);
const placeholders = contacts.filter((c) => c.places.some((p) => p.precision === 'country'));
console.log(`\nRecords with a placeholder place (${placeholders.length}):`);
for (const c of placeholders) {
  console.log(
    `  ${c.id}  ${c.places
      .filter((p) => p.precision === 'country')
      .map((p) => p.name)
      .join('; ')}`,
  );
}
