import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStoryFiles } from './storyCheck.ts';
import { contact } from '../src/data/testing/fixtures.ts';

describe('data:check on data/stories/', () => {
  it('names the file, the step and the field of each problem, and reads every .json file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stories-'));
    const step = { text: 'A meeting.', contacts: ['known'], window: { from: '2025-02', to: '2025-02' }, map: 'fit' };
    writeFileSync(join(dir, 'good.json'), JSON.stringify({ title: 'T', summary: 'S', steps: [step] }));
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ title: 'T', summary: 'S', steps: [step, { ...step, contacts: ['unknown'] }] }),
    );
    writeFileSync(join(dir, 'broken.json'), '{ "title": ');
    writeFileSync(join(dir, 'notes.txt'), 'not a story');
    const { count, errors } = checkStoryFiles([contact({ id: 'known', start: '2025-02-18' })], dir);
    expect(count).toBe(3);
    expect(errors.map((e) => `${e.id}: ${e.field}`)).toEqual([
      `${dir}/bad.json: steps[1].contacts[0]`,
      `${dir}/broken.json: (file)`,
    ]);
  });
});
