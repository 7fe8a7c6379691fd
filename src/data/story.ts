// Stories: guided walks through the record, defined as data (data/stories/<slug>.json). Each step says in
// our own words what happened, shows the contacts that back it (by id: the contacts carry the sources),
// and sets the time window and the map view. npm run data:check and the app both read them through here.
import * as z from 'zod/mini';
import { parsePartialDate, periodEnd, periodStart } from './dates.ts';
import { issueErrors, type RecordError } from './parse.ts';
import { PARTIAL_DATE, type Contact } from './schema.ts';
import type { TimeWindow } from './query.ts';
import type { ContactIndex } from './contactIndex.ts';

/** A story's slug is its file name: lowercase words joined by "-", as it appears in the link (story=…). */
export const STORY_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const text = z.string().check(z.trim(), z.minLength(1, 'expected text in our own words'));
const partialDate = z.string().check(z.regex(PARTIAL_DATE, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));
const contactId = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'expected the id of a contact in the record'));

const centerView = z.object({
  center: z.tuple([
    z.number().check(z.gte(-90, 'latitude must be from -90 to 90'), z.lte(90, 'latitude must be from -90 to 90')),
    z
      .number()
      .check(z.gte(-180, 'longitude must be from -180 to 180'), z.lte(180, 'longitude must be from -180 to 180')),
  ]),
  zoom: z.number().check(z.gte(1, 'zoom must be from 1 to 16'), z.lte(16, 'zoom must be from 1 to 16')),
});

export const storyStepSchema = z.object({
  text,
  contacts: z.array(contactId).check(z.minLength(1, 'a step shows at least one contact')),
  /** Both ends included: "2022-03" to "2022-04" is 1 March to 30 April. */
  window: z.object({ from: partialDate, to: partialDate }),
  /** "fit": the map fits the step's contacts; otherwise a centre ([lat, lon]) and a zoom. */
  map: z.union([z.literal('fit'), centerView]),
});

export const storySchema = z.object({
  title: text,
  summary: text,
  steps: z.array(storyStepSchema).check(z.minLength(1, 'a story has at least one step')),
});

export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema> & { slug: string };

/** The step's window as the app's time window: from the first instant of `from` to the end of `to`. */
export function stepWindow(step: Pick<StoryStep, 'window'>): TimeWindow {
  return { start: periodStart(step.window.from), end: periodEnd(step.window.to) };
}

/** The record's positions of a step's contacts; ids the data does not hold are left out. */
export function stepContacts(story: Story, step: number, index: ContactIndex | null): number[] {
  const ids = story.steps[step]?.contacts ?? [];
  return index ? ids.flatMap((id) => index.byId.get(id) ?? []) : [];
}

/** A story file's JSON, validated; `label` (the file) names it in every error. */
export function parseStory(slug: string, raw: unknown, label = slug): { story?: Story; errors: RecordError[] } {
  if (!STORY_SLUG.test(slug)) {
    return {
      errors: [{ id: label, field: '(file name)', message: 'a story file is named with lowercase words and "-"' }],
    };
  }
  const result = storySchema.safeParse(raw);
  if (!result.success) return { errors: issueErrors(label, raw, result.error.issues) };
  const errors = result.data.steps.flatMap((step, i) => windowErrors(label, step, i));
  return errors.length ? { errors } : { story: { slug, ...result.data }, errors };
}

function windowErrors(label: string, step: StoryStep, i: number): RecordError[] {
  const errors: RecordError[] = [];
  for (const end of ['from', 'to'] as const) {
    if (!parsePartialDate(step.window[end])) {
      errors.push({
        id: label,
        field: `steps[${i}].window.${end}`,
        message: `"${step.window[end]}" is not a real date`,
      });
    }
  }
  if (!errors.length && periodEnd(step.window.to) <= periodStart(step.window.from)) {
    errors.push({
      id: label,
      field: `steps[${i}].window`,
      message: `the window ends (${step.window.to}) before it starts (${step.window.from})`,
    });
  }
  return errors;
}

/** What the record must hold for a story: every contact it names, each inside its step's window. */
export function checkStoryContacts(
  story: Story,
  contacts: ReadonlyMap<string, Pick<Contact, 'start' | 'end'>>,
  label = story.slug,
): RecordError[] {
  return story.steps.flatMap((step, i) => {
    const win = stepWindow(step);
    return step.contacts.flatMap((id, j): RecordError[] => {
      const field = `steps[${i}].contacts[${j}]`;
      const contact = contacts.get(id);
      if (!contact) return [{ id: label, field, message: `no contact in the record has the id "${id}"` }];
      const end = contact.end ?? contact.start;
      if (periodStart(contact.start) < win.start || periodEnd(end) > win.end) {
        const when = contact.end ? `${contact.start} to ${contact.end}` : contact.start;
        return [
          {
            id: label,
            field,
            message: `"${id}" (${when}) is outside the step's window ${step.window.from} to ${step.window.to}`,
          },
        ];
      }
      return [];
    });
  });
}
