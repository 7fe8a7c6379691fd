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
      // Any failure here (a syntax error, a record too deep to walk) leaves the text to be read whole,
      // which reports it as it always did.
      try {
        const records = splitter.push(text);
        if (!records) return;
        // One parse for all the records a piece completed: one call per record cost a fifth more.
        const raw = JSON.parse(`[${records}]`) as unknown[];
        const clean = jsonMayNeedCleaning(records);
        for (const record of raw) collector.add(record, clean);
      } catch {
        broken = true;
      }
    },
    end() {
      const skeleton = broken ? null : splitter.end();
      if (skeleton === null) return null;
      let file: unknown;
      try {
        file = JSON.parse(skeleton);
      } catch {
        return null;
      }
      if (!isOwnFormat(file)) return null;
      // Its contacts are the empty array the records were taken from.
      const dataset = datasetRecords(file);
      return 'records' in dataset ? collector.result() : dataset;
    },
  };
}
