// npm run data:names — lists participant names that are probably one person spelled more than one way
// (scripts/personNames.ts), each spelling with how often the record uses it, for review by hand. data:check
// fails on the same groups; this prints them all at once. Usage: tsx scripts/person-names.ts [file]
import { readFileSync } from 'node:fs';
import { parseDataset } from '../src/data/parse.ts';
import { findNameVariants } from './personNames.ts';

const DATA_PATH = process.argv[2] ?? 'data/contacts.json';
const parsed = parseDataset(JSON.parse(readFileSync(DATA_PATH, 'utf8')));
if (parsed.fatal) throw new Error(parsed.fatal);
const names = parsed.contacts.flatMap((c) => c.participants.map((p) => p.name));
const groups = findNameVariants(names);
console.log(
  `${new Set(names).size} people (distinct names) in ${DATA_PATH}; ${groups.length} spelled more than one way`,
);
for (const g of groups) console.log(`  ${g.spellings.map((s) => `${s.name} (${s.count})`).join('  |  ')}`);
