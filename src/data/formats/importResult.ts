// What an importer hands back: a dataset for parseDataset to validate, or the reason the whole file failed,
// plus the problems found row by row.
import type { DataSaid } from '../dataSaid.ts';
import type { RecordError } from '../parse.ts';
import type { ContactDraft } from './drafts.ts';

export type ImportFormat = 'atlas' | 'geojson' | 'csv' | 'timelinejs';

export interface ImportedDataset {
  version: 1;
  /** Unvalidated: pass the dataset to parseDataset. */
  contacts: unknown[];
}

export interface ImportResult {
  dataset: ImportedDataset | null;
  /** Rows left out and values replaced by defaults, each naming the row ("#3" or its id) and the field. */
  problems: RecordError[];
  /** The detected format; when fatal is set, the best guess. */
  format: ImportFormat;
  /** Set when the file as a whole cannot be read; dataset is then null. */
  fatal?: string;
  /** The fatal reason as data, for the interface language. */
  fatalSaid?: DataSaid;
}

/** One row's outcome: a contact unless the row was unusable, and what was said about it either way. */
export interface Converted {
  contact?: ContactDraft;
  problems: RecordError[];
}

export function failure(format: ImportFormat, fatal: string, fatalSaid: DataSaid): ImportResult {
  return { dataset: null, problems: [], format, fatal, fatalSaid };
}

export function collect(format: ImportFormat, results: Converted[], problems: RecordError[] = []): ImportResult {
  const contacts: unknown[] = [];
  for (const result of results) {
    if (result.contact) contacts.push(result.contact);
    problems.push(...result.problems);
  }
  return { dataset: { version: 1, contacts }, problems, format };
}
