// The stories in data/stories/ against the record: each file's schema, then every contact it names.
import { readdirSync, readFileSync } from 'node:fs';
import type { Contact } from '../src/data/schema.ts';
import type { RecordError } from '../src/data/parse.ts';
import { checkStoryContacts, parseStory } from '../src/data/story.ts';

export const STORIES_DIR = 'data/stories';

export function checkStoryFiles(
  contacts: readonly Contact[],
  dir = STORIES_DIR,
): { count: number; errors: RecordError[] } {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const errors = files.flatMap((file) => {
    const label = `${dir}/${file}`;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(label, 'utf8'));
    } catch (err) {
      return [{ id: label, field: '(file)', message: `not readable JSON: ${(err as Error).message}` }];
    }
    const parsed = parseStory(file.slice(0, -'.json'.length), raw, label);
    return parsed.story ? checkStoryContacts(parsed.story, byId, label) : parsed.errors;
  });
  return { count: files.length, errors };
}
