// The checks behind npm run data:check, as one function the command and its tests share.
import { readFileSync } from 'node:fs';
import type { Contact } from '../src/data/schema.ts';
import type { RecordError } from '../src/data/parse.ts';
import type { Gazetteer } from './gazetteer.ts';
import { checkPlaceDistances } from './placeDistance.ts';
import { checkRecordRules, type SourceClasses } from './recordRules.ts';

export const SOURCE_CLASSES_PATH = 'data/source-classes.json';

export function loadSourceClasses(path = SOURCE_CLASSES_PATH): SourceClasses {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as SourceClasses;
  return { stateMedia: raw.stateMedia, aggregators: raw.aggregators };
}

export function checkPublished(
  contacts: readonly Contact[],
  gazetteer: Gazetteer,
  classes: SourceClasses,
): RecordError[] {
  return [...checkRecordRules(contacts, gazetteer, classes), ...checkPlaceDistances(contacts, gazetteer)];
}
