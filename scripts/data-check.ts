// npm run data:check — validates data/contacts.json: the schema, unique ids, real and ordered dates,
// coordinates in range, http(s) links only, a summary and a source on every record, city coordinates within 25 km of the named city, and that
// data/contacts.schema.json is current. Every error names the record id and the field.
import { readFileSync } from 'node:fs';
import { parseDataset, formatRecordError, type RecordError } from '../src/data/parse.ts';
import { Gazetteer } from './gazetteer.ts';
import { checkPlaceDistances } from './placeDistance.ts';
import { checkPublishedRules } from './publishedRules.ts';
import { datasetJsonSchema, SCHEMA_PATH } from './schemaFile.ts';

const DATA_PATH = process.argv[2] ?? 'data/contacts.json';

function fail(message: string): never {
  console.error(`data:check: ${message}`);
  process.exit(1);
}

let json: unknown;
try {
  json = JSON.parse(readFileSync(DATA_PATH, 'utf8'));
} catch (err) {
  fail(`${DATA_PATH} is not readable JSON: ${(err as Error).message}`);
}

const parsed = parseDataset(json);
if (parsed.fatal) fail(`${DATA_PATH}: ${parsed.fatal}`);
const errors: RecordError[] = [
  ...parsed.errors,
  ...checkPublishedRules(parsed.contacts),
  ...checkPlaceDistances(parsed.contacts, Gazetteer.load()),
];

if (DATA_PATH === 'data/contacts.json' && readFileSync(SCHEMA_PATH, 'utf8') !== datasetJsonSchema()) {
  errors.push({ id: '(schema)', field: SCHEMA_PATH, message: 'out of date: run npm run data:schema' });
}

if (errors.length) {
  for (const e of errors) console.error(formatRecordError(e));
  fail(`${errors.length} problem${errors.length === 1 ? '' : 's'} in ${DATA_PATH}`);
}
console.log(`data:check: ${parsed.contacts.length} contacts in ${DATA_PATH} are valid`);
