import { describe, expect, it } from 'vitest';
import { contactCitation, contactPermalink, datasetCitation } from './citation.ts';
import { RELEASE, type Release } from './release.ts';

const release: Release = { ...RELEASE, version: '1.2.3', date: '2026-12-20' };
const contact = { id: 'us-ru-riyadh-talks-2025-02-18', title: 'US & Russian delegations meet in Riyadh {50%}' };
const BASE = 'https://atlas.example/app/?sel=c:x&from=2025-01-01#top';

describe('citations', () => {
  it('give a contact a permalink that keeps the app path and drops the rest of the view', () => {
    expect(contactPermalink(BASE, contact.id)).toBe('https://atlas.example/app/?contact=us-ru-riyadh-talks-2025-02-18');
  });

  it('cite a contact with version, permalink and access date in plain text, BibTeX and CSL-JSON', () => {
    const c = contactCitation(release, contact, BASE, '2026-12-24');
    const link = 'https://atlas.example/app/?contact=us-ru-riyadh-talks-2025-02-18';
    expect(c.plain).toBe(
      `Backchannel Atlas contributors (2026). US & Russian delegations meet in Riyadh {50%}. In Backchannel Atlas, version 1.2.3 (2026-12-20). Dataset, CC-BY-4.0. ${link} (accessed 2026-12-24).`,
    );
    expect(c.bibtex).toContain('@misc{backchannel-atlas-us-ru-riyadh-talks-2025-02-18,');
    expect(c.bibtex).toContain('title = {{US \\& Russian delegations meet in Riyadh \\{50\\%\\}}}');
    expect(c.bibtex).toContain('version = {1.2.3}');
    expect(c.bibtex).toContain(`url = {${link}}`);
    expect(c.bibtex).toContain('urldate = {2026-12-24}');
    const [item] = JSON.parse(c.csl) as Array<Record<string, unknown>>;
    expect(item).toMatchObject({
      type: 'dataset',
      title: contact.title,
      'container-title': 'Backchannel Atlas',
      version: '1.2.3',
      URL: link,
      issued: { 'date-parts': [[2026, 12, 20]] },
      accessed: { 'date-parts': [[2026, 12, 24]] },
    });
  });

  it('cite the dataset as a whole at the app address', () => {
    const c = datasetCitation(release, BASE, '2026-12-24');
    expect(c.plain).toBe(
      'Backchannel Atlas contributors (2026). Backchannel Atlas, version 1.2.3 (2026-12-20). Dataset, CC-BY-4.0. https://atlas.example/app/ (accessed 2026-12-24).',
    );
    expect(c.bibtex).toMatch(/^@misc\{backchannel-atlas-1-2-3,/);
    expect(JSON.parse(c.csl)[0]).not.toHaveProperty('container-title');
  });
});
