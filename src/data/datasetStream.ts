// Our own dataset parsed and judged record by record while its text downloads (recordSplitter.ts says
// why). The result is the one parseDataset would give for the whole text; when the stream cannot be sure of
// that (the text is another format, or JSON it does not follow, or broken) it gives nothing, and the caller
// reads the whole text the ordinary way, which also words any error.
import { datasetRecords, isOwnFormat, recordCollector, type ParseResult } from './parse.ts';
import { recordSplitter } from './recordSplitter.ts';
import { jsonMayNeedCleaning } from './text.ts';

export interface DatasetStream {
  /** The next piece of the text, in order. */
  push(text: string): void;
  /** The dataset, once the text has ended; null: parse the whole text instead. */
  end(): ParseResult | null;
}

export function datasetStream(): DatasetStream {
  const splitter = recordSplitter();
  const collector = recordCollector();
  let broken = false;
  return {
    push(text) {
      if (broken) return;
      const records = splitter.push(text);
      if (!records) return;
      // One parse for all the records a piece completed: one call per record cost a fifth more.
      let raw: unknown[];
      try {
        raw = JSON.parse(`[${records}]`) as unknown[];
      } catch {
        broken = true;
        return;
      }
      const clean = jsonMayNeedCleaning(records);
      for (const record of raw) collector.add(record, clean);
    },
    end() {
      const skeleton = broken ? null : splitter.end();
      if (skeleton === null) return null;
      let outline: unknown;
      try {
        outline = JSON.parse(skeleton);
      } catch {
        return null;
      }
      if (!isOwnFormat(outline)) return null;
      // The outline's contacts are the empty array the records were taken from.
      const dataset = datasetRecords(outline);
      return 'records' in dataset ? collector.result() : dataset;
    },
  };
}
