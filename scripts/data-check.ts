// npm run data:check — validates data/contacts.json: the schema, unique ids, real and ordered dates, http(s)
// links only, and the record's own rules (scripts/recordRules.ts: summaries, dated sources with origins,
// two independent origins for "confirmed", venues and regions at sourced coordinates, call ends that say
// where the sources put them, partOf links, ids that agree with tracks), city coordinates within 25 km of
// the named city, that data/contacts.schema.json is current, and that data/CHANGELOG.md accounts for every id
// and names the release in data/release.json (scripts/changelog.ts), and the stories in data/stories/ (every contact
// they name exists and lies in its step's window: scripts/storyCheck.ts). Every error names the record and the field.
// Usage: tsx scripts/data-check.ts [file] [--format-only]   (--format-only: schema and dates, as for users' files)
import { readFileSync } from 'node:fs';
import { parseDataset, formatRecordError, type RecordError } from '../src/data/parse.ts';
import { Gazetteer } from './gazetteer.ts';
import { checkPublished, loadSourceClasses } from './dataCheck.ts';
import { datasetJsonSchema, SCHEMA_PATH } from './schemaFile.ts';
import { CHANGELOG_PATH, checkChangelog, parseChangelog } from './changelog.ts';
import { RELEASE } from '../src/data/release.ts';
import { checkStoryFiles } from './storyCheck.ts';

const args = process.argv.slice(2);
const formatOnly = args.includes('--format-only');
const DATA_PATH = args.find((a) => !a.startsWith('--')) ?? 'data/contacts.json';

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
const errors: RecordError[] = [...parsed.errors];
if (!formatOnly) errors.push(...checkPublished(parsed.contacts, Gazetteer.load(), loadSourceClasses()));

if (DATA_PATH === 'data/contacts.json' && readFileSync(SCHEMA_PATH, 'utf8') !== datasetJsonSchema()) {
  errors.push({ id: '(schema)', field: SCHEMA_PATH, message: 'out of date: run npm run data:schema' });
}
if (DATA_PATH === 'data/contacts.json') {
  const releases = parseChangelog(readFileSync(CHANGELOG_PATH, 'utf8'));
  errors.push(
    ...checkChangelog(
      releases,
      parsed.contacts.map((c) => c.id),
      RELEASE,
    ),
  );
}

let stories = 0;
if (DATA_PATH === 'data/contacts.json') {
  const checked = checkStoryFiles(parsed.contacts);
  stories = checked.count;
  errors.push(...checked.errors);
}

if (errors.length) {
  for (const e of errors) console.error(formatRecordError(e));
  fail(
    `${errors.length} problem${errors.length === 1 ? '' : 's'} in ${DATA_PATH}${stories ? ' and data/stories/' : ''}`,
  );
}
console.log(
  `data:check: ${parsed.contacts.length} contacts in ${DATA_PATH} are valid${formatOnly ? ' (format only)' : ''}` +
    (stories ? `, and so are the ${stories} ${stories === 1 ? 'story' : 'stories'} in data/stories/` : ''),
);
