import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openAtlas } from './helpers.ts';

// Every step of the US–Russia channels story, opened by its own link, shows its text and the contact it
// starts from: a step that points at the wrong contact, or a window that hides it, fails here.
const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const SLUG = 'us-russia-channels-2022-to-riyadh';
const record = read('../data/contacts.json') as { contacts: Array<{ id: string; title: string }> };
const story = read(`../data/stories/${SLUG}.json`) as {
  title: string;
  steps: Array<{ text: string; contacts: string[] }>;
};
const titleOf = (id: string) => record.contacts.find((c) => c.id === id)!.title;

story.steps.forEach((step, i) => {
  test(`step ${i + 1} of the US–Russia channels story opens by its link and shows its first contact`, async ({
    page,
  }) => {
    const problems = await openAtlas(page, `?story=${SLUG}&step=${i + 1}`);
    const stepper = page.getByRole('region', { name: `Story: ${story.title}` });
    await expect(stepper.getByText(`Step ${i + 1} of ${story.steps.length}`)).toBeVisible();
    await expect(stepper.getByText(step.text)).toBeVisible();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 3 })).toHaveText(titleOf(step.contacts[0]!));
    expect(problems).toEqual([]);
  });
});
