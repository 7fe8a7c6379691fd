// Loading a dataset, from a URL (the built-in file or ?data=) or from a file the user opened: one
// sequence for both. Read the text; parse it (our own format directly, record by record as a link's text
// arrives, other formats through the importers, a chunk loaded only then); validate; index; apply it to
// the store in one change. A newer load aborts an older one. Every load ends with its data shown or with a
// message saying why not, and a failure leaves the data already on screen as it was.
import type { DataSaid } from '../data/dataSaid.ts';
import { buildIndex, type ContactIndex } from '../data/contactIndex.ts';
import type { ImportResult } from '../data/formats/importResult.ts';
import { isOwnFormat, parseDataset, type ParseResult, type RecordError } from '../data/parse.ts';
import { datasetStream } from '../data/datasetStream.ts';
import { jsonMayNeedCleaning } from '../data/text.ts';
import { fullWindow } from '../data/query.ts';
import { BUILT_IN_LABEL, type Provenance } from './provenance.ts';
import { said } from '../data/said.ts';
import { LoadFailure } from './loadProblem.ts';
import { readBody, type Progress } from './readBody.ts';
import { useAtlasStore, type DatasetState } from './store.ts';
import { quoted, viewPlacement, type UrlView } from './urlState.ts';

const { setState, getState } = useAtlasStore;

interface Source {
  /** What the user is told the data is: "the built-in dataset", the ?data= value or the file's name. */
  label: string;
  origin: DatasetState['origin'];
  /** A file name or URL path: its extension helps tell CSV from the rest. */
  name: string;
  /** Where data other than the built-in record came from, for the notice that says so; null for the record. */
  provenance: Provenance | null;
  /** The view a link asked for; its window, map view and selection apply together with the data. */
  linkedView?: UrlView;
}

let current: AbortController | null = null;
/** The last link load, for "Retry", and the built-in record's address, for falling back to it. */
let lastLink: (() => Promise<void>) | null = null;
let builtInUrl: string | null = null;

export function loadFromUrl(
  url: string,
  label: string,
  options: { linkedView?: UrlView; provenance?: Provenance | null; builtIn?: string } = {},
): Promise<void> {
  if (options.builtIn) builtInUrl = options.builtIn;
  const source = { label, origin: 'link' as const, name: pathOf(url), provenance: options.provenance ?? null };
  const run = () =>
    load({ ...source, linkedView: options.linkedView }, (signal, text) =>
      readBody(url, signal, {
        text,
        progress: source.provenance === null ? undefined : (progress) => showProgress(signal, label, progress),
      }),
    );
  lastLink = run;
  return run();
}

/** "Retry" after a failed link: the same address, the same view. */
export function retryLoad(): Promise<void> {
  return lastLink ? lastLink() : Promise.resolve();
}

/** "Cancel" while a link loads, or "Show the Backchannel Atlas record" after it failed: the built-in record. */
export function showBuiltIn(): Promise<void> {
  current?.abort();
  if (!builtInUrl) return Promise.resolve();
  const url = builtInUrl;
  const source = { label: BUILT_IN_LABEL, origin: 'link' as const, name: pathOf(url), provenance: null };
  return load(source, (signal, text) => readBody(url, signal, { text }));
}

function showProgress(signal: AbortSignal, label: string, { received, total }: Progress): void {
  if (signal.aborted) return;
  const { dataset } = getState();
  setState({ dataset: { ...dataset, pending: { label, received, total } } });
}

export function loadFromFile(file: Pick<File, 'name' | 'text'>): Promise<void> {
  const source = {
    label: file.name,
    origin: 'file' as const,
    name: file.name,
    provenance: { kind: 'file' as const, name: file.name },
  };
  return load(source, () => file.text());
}

/** `read` gives the text, and may hand its pieces to `onText` as they arrive. */
type Read = (signal: AbortSignal, onText: (text: string) => void) => Promise<string>;

async function load(source: Source, read: Read): Promise<void> {
  const signal = begin();
  // Our own format is judged record by record while it downloads (data/datasetStream.ts).
  const stream = datasetStream();
  try {
    const text = await read(signal, (piece) => stream.push(piece));
    signal.throwIfAborted();
    const parsed = stream.end() ?? (await readWhole(text, source.name));
    signal.throwIfAborted();
    if (parsed.fatal) return fail(source, `${source.label}: ${parsed.fatal}`, unreadable(source, parsed));
    apply(source, buildIndex(parsed.contacts), parsed.errors);
  } catch (err) {
    // A superseded load says nothing: the load that replaced it reports for itself.
    if (signal.aborted) return;
    const problem = err instanceof LoadFailure ? { source: source.label, problem: err.problem } : null;
    fail(source, `Could not load ${source.label}: ${reasonOf(err)}.`, problem);
  }
}

/** Takes over from any load still running. Data already shown stays, and so stays "ready". */
function begin(): AbortSignal {
  current?.abort();
  current = new AbortController();
  const { dataset } = getState();
  setState({
    dataset: {
      ...dataset,
      status: dataset.index ? 'ready' : 'loading',
      failure: null,
      failureProblem: null,
      pending: null,
      retryable: false,
    },
  });
  return current.signal;
}

/** An importer's result, or our own format as it came: parseDataset judges either. */
type Imported = Pick<ImportResult, 'problems' | 'fatal' | 'fatalSaid'> & {
  dataset: unknown;
  /** False when the text shows that no string in it can need cleaning (our own JSON only). */
  clean?: boolean;
};

/** Why the file is unusable, for the views to say in the interface language. */
function unreadable(source: Source, result: { fatalSaid?: DataSaid }): DatasetState['failureProblem'] {
  return result.fatalSaid ? { source: source.label, problem: { kind: 'file', said: result.fatalSaid } } : null;
}

/** A text the stream did not take: our own format parsed whole (which words any error), or another format
 * through the importers, whose problems come first. */
async function readWhole(text: string, name: string): Promise<ParseResult> {
  const imported = await importText(text, name);
  if (!imported.dataset)
    return {
      contacts: [],
      errors: [],
      fatal: imported.fatal || 'not a format we can read.',
      fatalSaid: imported.fatalSaid,
    };
  const parsed = parseDataset(imported.dataset, { clean: imported.clean ?? true });
  return { ...parsed, errors: [...imported.problems, ...parsed.errors] };
}

/** Our own format needs no importer; anything else loads the importers chunk, only now that it is needed. */
async function importText(text: string, name: string): Promise<Imported> {
  const ours = parseOwnFormat(text);
  if (ours !== undefined) return { dataset: ours, problems: [], clean: jsonMayNeedCleaning(text) };
  let importers: typeof import('../data/formats/importers.ts');
  try {
    importers = await import('../data/formats/importers.ts');
  } catch (err) {
    throw new LoadFailure({ kind: 'chunk', detail: reasonOf(err) }, { cause: err });
  }
  return importers.convertToDataset(text, name);
}

/** Our own JSON format parsed, or undefined when the text is something else (another format, or broken). */
function parseOwnFormat(text: string): unknown {
  try {
    const json: unknown = JSON.parse(text);
    return isOwnFormat(json) ? json : undefined;
  } catch {
    return undefined;
  }
}

function apply(source: Source, index: ContactIndex, errors: RecordError[]): void {
  const view = source.linkedView;
  const linked = view ? viewPlacement(view, index) : { selection: null };
  const { origin, label, provenance } = source;
  const missing = view?.selection && !linked.selection;
  setState({
    dataset: {
      status: 'ready',
      origin,
      sourceLabel: label,
      provenance,
      index,
      errors,
      failure: null,
      failureProblem: null,
      pending: null,
    },
    ...(missing
      ? {
          linkNotes: [...getState().linkNotes, said('note.sel.missing', { value: quoted(missingId(view.selection!)) })],
        }
      : {}),
    window: linked.window ?? fullWindow(index),
    selection: linked.selection,
    hover: null,
    // No map view: the map shows the new data whole.
    mapView: linked.mapView ?? null,
  });
}

/** Says why a load failed. Data already on screen stays there: a bad file should not wipe it. */
function fail(source: Source, failure: string, failureProblem: DatasetState['failureProblem'] = null): void {
  const { dataset } = getState();
  const said = { failure, failureProblem, pending: null, retryable: source.origin === 'link' };
  if (dataset.index) setState({ dataset: { ...dataset, status: 'ready', ...said } });
  else setState({ dataset: { ...dataset, status: 'failed', sourceLabel: source.label, ...said } });
}

const missingId = (selection: NonNullable<UrlView['selection']>) =>
  selection.type === 'contact' ? selection.id : selection.key;

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
