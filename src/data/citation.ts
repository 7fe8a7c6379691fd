// Citations of the dataset and of one contact in it: a plain reference, BibTeX and CSL-JSON (what Zotero,
// Pandoc and citeproc read), each with the dataset version, the link and the access date.
import type { Release } from './release.ts';

export interface Citation {
  plain: string;
  bibtex: string;
  /** CSL-JSON: an array of one item, as reference managers import it. */
  csl: string;
}

/** The app's own address, without any view. */
export function datasetLink(base: string): string {
  const url = new URL(base);
  return `${url.origin}${url.pathname}`;
}

/** The contact's permalink: the app with ?contact=<id>, which opens that contact. */
export function contactPermalink(base: string, id: string): string {
  return `${datasetLink(base)}?contact=${encodeURIComponent(id)}`;
}

// BibTeX's special characters; braces keep the capitals of a title as written.
function bibtexText(value: string): string {
  return value.replace(/[\\{}&%$#_^~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' ? '\\^{}' : ch === '~' ? '\\~{}' : `\\${ch}`,
  );
}

function dateParts(isoDay: string): number[] {
  return isoDay.split('-').map(Number);
}

interface Work {
  key: string;
  title: string;
  url: string;
  note?: string;
}

function cite(release: Release, work: Work, accessed: string, containerTitle: string | null): Citation {
  const year = release.date.slice(0, 4);
  const versionText = `version ${release.version} (${release.date})`;
  const plain = [
    `${release.authors} (${year}).`,
    containerTitle ? `${work.title}. In ${containerTitle}, ${versionText}.` : `${work.title}, ${versionText}.`,
    `Dataset, ${release.dataLicence.id}.`,
    `${work.url} (accessed ${accessed}).`,
  ].join(' ');
  const fields: Array<[string, string]> = [
    ['author', `{${bibtexText(release.authors)}}`],
    ['title', `{${bibtexText(work.title)}}`],
    ...(containerTitle ? ([['booktitle', bibtexText(containerTitle)]] as Array<[string, string]>) : []),
    ['year', year],
    ['version', release.version],
    ['url', work.url],
    ['urldate', accessed],
    ['note', bibtexText(`Dataset ${versionText}, ${release.dataLicence.id}${work.note ? `; ${work.note}` : ''}`)],
  ];
  const bibtex = `@misc{${work.key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
  const csl = [
    {
      id: work.key,
      type: 'dataset',
      title: work.title,
      ...(containerTitle ? { 'container-title': containerTitle } : {}),
      author: [{ literal: release.authors }],
      version: release.version,
      issued: { 'date-parts': [dateParts(release.date)] },
      accessed: { 'date-parts': [dateParts(accessed)] },
      URL: work.url,
      license: release.dataLicence.url,
      ...(work.note ? { note: work.note } : {}),
    },
  ];
  return { plain, bibtex, csl: JSON.stringify(csl, null, 2) };
}

const keyOf = (text: string) => text.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

/** The dataset as a whole. `accessed` is YYYY-MM-DD; `base` the app's address. */
export function datasetCitation(release: Release, base: string, accessed: string): Citation {
  return cite(
    release,
    { key: keyOf(`${release.title}-${release.version}`), title: release.title, url: datasetLink(base) },
    accessed,
    null,
  );
}

/** One contact of the dataset, at its permalink. */
export function contactCitation(
  release: Release,
  contact: { id: string; title: string },
  base: string,
  accessed: string,
): Citation {
  return cite(
    release,
    {
      key: keyOf(`${release.title}-${contact.id}`),
      title: contact.title,
      url: contactPermalink(base, contact.id),
      note: `contact ${contact.id}`,
    },
    accessed,
    release.title,
  );
}
