// Which dataset to load: the built-in file, or another one named by ?data=URL (same format).
import builtInUrl from '../../data/contacts.json?url';
import { dataParam } from '../state/urlState.ts';

export function datasetSource(search: string, base: string): { url: string; label: string } {
  const requested = dataParam(search);
  if (!requested) return { url: builtInUrl, label: 'the built-in dataset' };
  const url = new URL(requested, base);
  return { url: url.href, label: requested };
}
