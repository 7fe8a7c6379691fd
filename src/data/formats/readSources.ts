// A row's sources: a `sources` array, or one link with an optional headline and publisher.
import { say } from '../dataSaid.ts';
import { warn, type Row } from './importRow.ts';
import { describe, isBlank, textOf, type Json } from './values.ts';

/** The one source a row can name; the publisher defaults to the link's host, the headline to the link. */
export function readSource(row: Row, field: string, url: unknown, title: unknown, publisher: unknown): unknown[] {
  if (isBlank(url)) return [];
  const link = textOf(url);
  const host = hostOf(link);
  if (!host) {
    warn(
      row,
      field,
      `${describe(url)} is not an http(s) link; the source was left out`,
      say('record.notHttp', { value: describe(url) }),
    );
    return [];
  }
  const headline = textOf(title);
  return [
    {
      publisher: textOf(publisher) || host,
      title: headline || link,
      url: link,
      // The schema's own flag for a headline that was read off the address.
      ...(headline ? {} : { titleFromUrl: true }),
    },
  ];
}

/** A `sources` array (as our GeoJSON export writes it) or a single url/link/source field. */
export function readSourceList(row: Row, record: Json): unknown[] {
  if (Array.isArray(record.sources)) {
    return record.sources.flatMap((s, i) =>
      typeof s === 'string' ? readSource(row, `sources[${i}]`, s, '', '') : [s],
    );
  }
  for (const key of ['url', 'link', 'source_url', 'source']) {
    if (!isBlank(record[key])) return readSource(row, key, record[key], record.source_title, record.source_publisher);
  }
  return [];
}

function hostOf(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url.hostname.replace(/^www\./, '') || null;
}
