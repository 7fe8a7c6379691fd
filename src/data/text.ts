// The one rule for text that comes from data, applied once where data enters (parseDataset, and the values
// quoted in messages), so every view and every export shows the same thing:
// - control characters other than tab, line feed and carriage return are shown as visible escapes
//   ("[U+0007]"), never passed on invisibly;
// - a lone surrogate becomes U+FFFD;
// - a bidi embedding, override or isolate left open is closed at the end of the text, so a right-to-left
//   override in a title cannot reverse the app's own words after it (in a tooltip, a label, a message).
// The views add the other half: data text sits in an element with `unicode-bidi: isolate` (styles.css).

// Unicode's control characters (C0, DEL, C1), less the three that are ordinary whitespace.
const CONTROL = /(?![\t\n\r])\p{Cc}/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_CLEANING = /(?![\t\n\r])\p{Cc}|[\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/u;

// The characters NEEDS_CLEANING finds, as one plain class: scanning a whole file for them with the
// lookahead and the property escape took longer than the walk it spares. Then, in JSON text, the escapes
// that can stand for such a character: \b, \f and \uXXXX.
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const NEEDS_CLEANING_RAW = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/;
const CONTROL_ESCAPE = /\\[bfu]/;

const PDF = '\u202C';
const PDI = '\u2069';

export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  const visible = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROL, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
  return visible + bidiClosers(visible);
}

/** What closes the embeddings (LRE, RLE, LRO, RLO) and isolates (LRI, RLI, FSI) the text leaves open. */
function bidiClosers(text: string): string {
  const open: string[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code === 0x202a || code === 0x202b || code === 0x202d || code === 0x202e) open.push(PDF);
    else if (code === 0x202c && open.at(-1) === PDF) open.pop();
    else if (code >= 0x2066 && code <= 0x2068) open.push(PDI);
    // A PDI closes its isolate and every embedding opened inside it (UAX #9).
    else if (code === 0x2069 && open.includes(PDI)) open.length = open.lastIndexOf(PDI);
  }
  return open.reverse().join('');
}

/** Whether any string JSON.parse makes of this text could need cleanText: false lets a load of a large
 * file skip walking every string of every record (a quarter of a second at 100,000 contacts). A text
 * with an escaped backslash before b, f or u, or an emoji (a surrogate pair), answers true too, which only
 * costs the walk. */
export function jsonMayNeedCleaning(json: string): boolean {
  return NEEDS_CLEANING_RAW.test(json) || CONTROL_ESCAPE.test(json);
}

/** Every string in a parsed value cleaned; objects are copied only when something changed. */
export function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) {
    const items = value.map(cleanStrings);
    return (items.some((item, i) => item !== value[i]) ? items : value) as T;
  }
  if (typeof value === 'object' && value !== null) {
    let copy: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const cleaned = cleanStrings(item);
      if (cleaned !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = cleaned;
    }
    return (copy ?? value) as T;
  }
  return value;
}

/** A found value quoted inside one of our messages: cleaned, cut short, and isolated (FSI … PDI) so its
 * direction cannot run into the words around it. */
export function quoteValue(value: unknown, max = 60): string {
  // NaN and Infinity as such, not as JSON's null; anything JSON cannot write (a cycle, a BigInt) as String.
  let text: string;
  try {
    text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  const cut = text.length > max ? `${text.slice(0, max - 3)}...` : text;
  return `\u2068${cleanText(cut)}\u2069`;
}
