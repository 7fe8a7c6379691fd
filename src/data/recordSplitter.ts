// Our dataset's text cut, as it arrives, at the ends of the records of its "contacts" array, and the rest
// of the file (the "skeleton": the file with that array left empty). A 100,000-contact file is 44 MB, three
// and a half seconds at 100 Mbit/s, during which the page has little else to do: the records can be parsed
// and judged as they come rather than all after the last byte.
//
// The splitter only finds where records begin and end; JSON.parse still reads the records (those a piece
// completed, at once) and the skeleton, so no text is taken that JSON.parse would refuse. Anything it does
// not follow (a byte-order mark, an escaped key, "contacts" twice, an element that is not an object, a
// stray character between records) makes it give up, and the caller parses the whole text as before:
// giving up costs time, never correctness.

const QUOTE = 34; // "
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125; // }
const OPEN_ARRAY = 91; // [
const CLOSE_ARRAY = 93; // ]

/** Longer than any record: see push. */
const MAX_PENDING = 1 << 20;

const WAIT = -1;
const GAVE_UP = -2;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** The index just past the string starting at `start`, or -1 if the text ends inside it. */
function stringEnd(text: string, start: number): number {
  for (let from = start + 1; ;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The index just past the object or array starting at `start`, or -1 if the text ends inside it. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && --depth === 0) return i + 1;
  }
  return -1;
}

/** The index just past a number, true, false or null starting at `start`, or -1 if it may go on. */
function scalarEnd(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isSpace(c)) return i;
  }
  return -1;
}

export interface RecordSplitter {
  /** The next piece of the text; returns the records it completed, as they are written in the file with
   * the commas between them (put it in [] to parse them at once), or '' if it completed none. */
  push(text: string): string;
  /** The skeleton once the text has ended, or null if the splitter gave up (or the text never ended). */
  end(): string | null;
}

export function recordSplitter(): RecordSplitter {
  // Where the scan is: before the file's object, in it (outside the contacts), in the contacts, after it.
  let state: 'before' | 'object' | 'contacts' | 'after' | 'gave up' = 'before';
  // In the contacts: what may come next.
  let expect: 'first' | 'afterComma' | 'comma' = 'first';
  // The last string in the file's own object: a key, when a value follows.
  let lastString = '';
  let sawContacts = false;
  let pending = '';
  const skeleton: string[] = [];

  const giveUp = () => {
    state = 'gave up';
    pending = '';
    skeleton.length = 0;
    return GAVE_UP;
  };

  // The records completed by the piece being read: where the first begins, where the last ends.
  let first = -1;
  let last = -1;

  /** One step at `i` (not a space): the index after it, WAIT for more text, or GAVE_UP. */
  function step(text: string, i: number): number {
    const c = text.charCodeAt(i);
    if (state === 'before') {
      if (c !== OPEN_OBJECT) return giveUp();
      skeleton.push('{');
      state = 'object';
      return i + 1;
    }
    if (state === 'after') return giveUp();
    if (state === 'contacts') {
      if (c === CLOSE_ARRAY && expect !== 'afterComma') {
        skeleton.push(']');
        state = 'object';
        return i + 1;
      }
      if (c === COMMA && expect === 'comma') {
        expect = 'afterComma';
        return i + 1;
      }
      if (c !== OPEN_OBJECT || expect === 'comma') return giveUp();
      const end = valueEnd(text, i);
      if (end < 0) return WAIT;
      if (first < 0) first = i;
      last = end;
      expect = 'comma';
      return end;
    }
    // In the file's own object: keys, colons, commas and the values other than the contacts.
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return WAIT;
      lastString = text.slice(i, end);
      // An escaped key could spell "contacts" in a way this comparison would miss (an escaped value gives
      // up too, which costs only time).
      if (lastString.includes('\\')) return giveUp();
      skeleton.push(lastString);
      return end;
    }
    if (c === COLON || c === COMMA) {
      skeleton.push(text[i]!);
      return i + 1;
    }
    if (c === CLOSE_OBJECT) {
      skeleton.push('}');
      state = 'after';
      return i + 1;
    }
    if (c === OPEN_ARRAY && lastString === '"contacts"') {
      // JSON.parse keeps the last of two "contacts": the records already given out would be the wrong ones.
      if (sawContacts) return giveUp();
      sawContacts = true;
      skeleton.push('[');
      state = 'contacts';
      expect = 'first';
      return i + 1;
    }
    const end = c === OPEN_ARRAY || c === OPEN_OBJECT ? valueEnd(text, i) : scalarEnd(text, i);
    if (end < 0) return WAIT;
    // A delimiter where a value should start: JSON.parse would refuse it, and the scan would not advance.
    if (end === i) return giveUp();
    skeleton.push(text.slice(i, end));
    return end;
  }

  return {
    push(piece) {
      if (state === 'gave up') return '';
      const text = pending + piece;
      first = last = -1;
      let i = 0;
      while (i < text.length) {
        if (isSpace(text.charCodeAt(i))) {
          // Kept in the file's own object, where "1 2" must not become "12" when the pieces are joined.
          if (state === 'object') skeleton.push(text[i]!);
          i++;
          continue;
        }
        const next = step(text, i);
        if (next === GAVE_UP) return '';
        if (next === WAIT) break;
        i = next;
      }
      pending = text.slice(i);
      // What waits is scanned again from its start with each piece: a value this long (GeoJSON's
      // features, say) is not one of our records, and scanning it so would take time to the square.
      if (pending.length > MAX_PENDING) return (giveUp(), '');
      return first < 0 ? '' : text.slice(first, last);
    },
    end() {
      if (state !== 'after') return null;
      return skeleton.join('');
    },
  };
}
