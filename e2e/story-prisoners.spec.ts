import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openAtlas } from './helpers.ts';

// The prisoner-exchange mediators story, walked from its first step's link with Next: each step shows its
// text, lists every contact it names (a wrong id or a window that hides one fails here) and opens the
// first in the details.
const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const SLUG = 'prisoner-exchange-mediators';
const record = read('../data/contacts.json') as { contacts: Array<{ id: string; title: string }> };
const story = read(`../data/stories/${SLUG}.json`) as {
  title: string;
  steps: Array<{ text: string; contacts: string[] }>;
};
const titleOf = (id: string) => record.contacts.find((c) => c.id === id)!.title;

test('the prisoner-exchange mediators story: every step shows its text and all its contacts', async ({ page }) => {
  const problems = await openAtlas(page, `?story=${SLUG}&step=1`);
  const stepper = page.getByRole('region', { name: `Story: ${story.title}` });
  const details = page.getByRole('region', { name: 'Details' });
  for (const [i, step] of story.steps.entries()) {
    await expect(stepper.getByText(`Step ${i + 1} of ${story.steps.length}`)).toBeVisible();
    await expect(stepper.getByText(step.text)).toBeVisible();
    await expect(stepper.locator('.story-contacts').getByRole('button')).toHaveText(step.contacts.map(titleOf));
    await expect(details.getByRole('heading', { level: 3 })).toHaveText(titleOf(step.contacts[0]!));
    if (i < story.steps.length - 1) await stepper.getByRole('button', { name: /Next/ }).click();
  }
  expect(problems).toEqual([]);
});
