// Which packages (and which of our folders) make up a built chunk, from its source map: every stretch of
// generated code is credited to the source it maps to, then each package's code is gzipped on its own.
// The gzip sizes of the parts add up to a little more than the chunk's (each part compresses alone).

interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One mapping segment's numbers (base64 VLQ). */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** "react-dom", "@formatjs/intl", or "src/map" for our own code. */
export function ownerOf(source: string): string {
  const pkg = source.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  const own = source.match(/(?:^|\/)src\/([^/]+)\//);
  return own ? `src/${own[1]}` : source;
}

/** The generated code of `code`, grouped by the owner of the source each stretch maps to. */
export function codeByOwner(code: string, map: SourceMap): Map<string, string> {
  const lines = code.split('\n');
  const parts = new Map<string, string[]>();
  let source = 0;
  map.mappings.split(';').forEach((line, index) => {
    const text = lines[index] ?? '';
    const segments = line.split(',').filter(Boolean).map(decodeSegment);
    let column = 0;
    segments.forEach((segment, i) => {
      column += segment[0]!;
      if (segment.length > 1) source += segment[1]!;
      const end = i + 1 < segments.length ? column + segments[i + 1]![0]! : text.length;
      const owner = ownerOf(map.sources[source] ?? '?');
      const list = parts.get(owner) ?? [];
      list.push(text.slice(column, end));
      parts.set(owner, list);
    });
  });
  return new Map([...parts].map(([owner, list]) => [owner, list.join('')]));
}
