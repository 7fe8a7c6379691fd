import { describe, expect, it } from 'vitest';
import { checkStoryContacts, parseStory, stepWindow, type Story } from './story.ts';
import { contact } from './testing/fixtures.ts';

const FILE = 'data/stories/riyadh.json';
const step = (over: Record<string, unknown> = {}) => ({
  text: 'Rubio and Lavrov meet in Riyadh.',
  contacts: ['riyadh'],
  window: { from: '2025-02-17', to: '2025-02-19' },
  map: 'fit',
  ...over,
});
const raw = (steps: unknown[] = [step()], over: Record<string, unknown> = {}) => ({
  title: 'The 2025 track',
  summary: 'From Riyadh to Alaska.',
  steps,
  ...over,
});
const problems = (json: unknown, slug = 'riyadh') =>
  parseStory(slug, json, FILE).errors.map((e) => `${e.id}: ${e.field}: ${e.message}`);

const record = new Map(
  [
    contact({ id: 'riyadh', start: '2025-02-18' }),
    contact({ id: 'experts', start: '2025-03-23', end: '2025-03-25' }),
    contact({ id: 'month-only', start: '2025-03' }),
  ].map((c) => [c.id, c]),
);
const story = (steps: unknown[]): Story => parseStory('riyadh', raw(steps), FILE).story!;
const contactProblems = (steps: unknown[]) =>
  checkStoryContacts(story(steps), record, FILE).map((e) => `${e.field}: ${e.message}`);

describe('a story file: its own form', () => {
  it('passes a story whose steps have text, contacts, a window and a map view', () => {
    const parsed = parseStory('riyadh', raw([step(), step({ map: { center: [24.7, 46.7], zoom: 6 } })]), FILE);
    expect(parsed.errors).toEqual([]);
    expect(parsed.story).toMatchObject({ slug: 'riyadh', title: 'The 2025 track' });
    expect(checkStoryContacts(parsed.story!, record, FILE)).toEqual([]);
  });

  it('refuses a step with empty text, naming the file, the step and the field', () => {
    expect(problems(raw([step(), step({ text: '   ' })]))).toEqual([
      `${FILE}: steps[1].text: expected text in our own words; found an empty text`,
    ]);
  });

  it('refuses a story without title, summary or steps, and a step that shows no contact', () => {
    expect(problems({ title: '', steps: [] })).toEqual([
      `${FILE}: title: expected text in our own words; found an empty text`,
      `${FILE}: summary: expected text, found nothing (the field is missing)`,
      `${FILE}: steps: a story has at least one step; found an empty list`,
    ]);
    expect(problems(raw([step({ contacts: [] })]))).toEqual([
      `${FILE}: steps[0].contacts: a step shows at least one contact; found an empty list`,
    ]);
  });

  it('refuses a window that is not dates, is not real, or ends before it starts', () => {
    expect(problems(raw([step({ window: { from: 'Feb 2025', to: '2025-02-19' } })]))).toEqual([
      `${FILE}: steps[0].window.from: expected YYYY, YYYY-MM or YYYY-MM-DD; found the text \u2068"Feb 2025"\u2069`,
    ]);
    expect(problems(raw([step({ window: { from: '2025-02-30', to: '2025-03' } })]))).toEqual([
      `${FILE}: steps[0].window.from: "2025-02-30" is not a real date`,
    ]);
    expect(problems(raw([step({ window: { from: '2025-03', to: '2025-02' } })]))).toEqual([
      `${FILE}: steps[0].window: the window ends (2025-02) before it starts (2025-03)`,
    ]);
  });

  it('refuses a map view off the globe or beyond the zoom range, and any other word than "fit"', () => {
    expect(problems(raw([step({ map: { center: [95, 46.7], zoom: 20 } })]))).toEqual([
      `${FILE}: steps[0].map.center[0]: latitude must be from -90 to 90; found the number 95`,
      `${FILE}: steps[0].map.zoom: zoom must be from 1 to 16; found the number 20`,
    ]);
    expect(problems(raw([step({ map: 'world' })]))[0]).toMatch(/^data\/stories\/riyadh\.json: steps\[0\]\.map: /);
  });

  it('wants the file named as the link names it: lowercase words and "-"', () => {
    expect(problems(raw(), 'Riyadh Talks')).toEqual([
      `${FILE}: (file name): a story file is named with lowercase words and "-"`,
    ]);
  });
});

describe('a story against the record', () => {
  it('refuses a contact id the record does not hold', () => {
    expect(contactProblems([step(), step({ contacts: ['riyadh', 'riyadh-typo'] })])).toEqual([
      'steps[1].contacts[1]: no contact in the record has the id "riyadh-typo"',
    ]);
  });

  it('refuses a window that does not contain each of its contacts, whole', () => {
    const early = step({ contacts: ['experts'], window: { from: '2025-03-20', to: '2025-03-24' } });
    const month = step({ contacts: ['month-only'], window: { from: '2025-03-01', to: '2025-03-30' } });
    expect(contactProblems([early, month])).toEqual([
      `steps[0].contacts[0]: "experts" (2025-03-23 to 2025-03-25) is outside the step's window 2025-03-20 to 2025-03-24`,
      `steps[1].contacts[0]: "month-only" (2025-03) is outside the step's window 2025-03-01 to 2025-03-30`,
    ]);
    expect(contactProblems([step({ contacts: ['month-only'], window: { from: '2025-03', to: '2025-03' } })])).toEqual(
      [],
    );
  });

  it("gives the step's window with both ends included", () => {
    expect(stepWindow(step({ window: { from: '2025-02', to: '2025-03' } }) as never)).toEqual({
      start: Date.UTC(2025, 1, 1),
      end: Date.UTC(2025, 3, 1),
    });
  });
});
