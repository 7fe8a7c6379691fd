// HTML to plain text, for TimelineJS headlines and texts.
// Entities are decoded by the `entities` package (decode only): all of HTML's named entities, looked up in
// its own table, never through an object's prototype, and numeric ones as the HTML standard says (a
// surrogate, zero or a code past U+10FFFF becomes U+FFFD).
import { decodeHTML } from 'entities/decode';

// Tags after which the text continues on a new line, so "<p>a</p><p>b</p>" does not read "ab".
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
// Tags whose content is code, not text.
const SKIPPED_TAGS = new Set(['script', 'style', 'template']);

/**
 * Plain text from an HTML fragment: tags and comments removed, script and style content dropped, the
 * every entity decoded, whitespace collapsed, block elements on their own lines. Entities are decoded
 * after the tags are gone, so "&lt;b&gt;" stays the text "<b>".
 */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const lines: string[] = [];
  let current = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      current += html.slice(i);
      break;
    }
    current += html.slice(i, lt);
    const tag = readTag(html, lower, lt);
    if (!tag) {
      current += '<';
      i = lt + 1;
      continue;
    }
    if (tag.block) {
      lines.push(current);
      current = '';
    }
    i = tag.end;
  }
  lines.push(current);
  return lines
    .map((line) => decodeHTML(line).replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The tag at `start` (a "<"): where it ends and whether it breaks the line; null when the "<" is text ("a < b"). */
function readTag(html: string, lower: string, start: number): { end: number; block: boolean } | null {
  if (html.startsWith('<!--', start)) {
    const close = html.indexOf('-->', start + 4);
    return { end: close === -1 ? html.length : close + 3, block: false };
  }
  const next = html[start + 1] ?? '';
  if (next === '!' || next === '?') return { end: findTagEnd(html, start + 2), block: false };
  const match = /^<(\/?)([a-z][a-z0-9-]*)/.exec(lower.slice(start, start + 64));
  if (!match) return null;
  const closing = match[1] === '/';
  const name = match[2] ?? '';
  const end = findTagEnd(html, start + match[0].length);
  if (!closing && SKIPPED_TAGS.has(name)) {
    const close = lower.indexOf(`</${name}`, end);
    return { end: close === -1 ? html.length : findTagEnd(html, close + 2 + name.length), block: false };
  }
  return { end, block: BLOCK_TAGS.has(name) };
}

/** Index after the ">" closing a tag, skipping any ">" inside quoted attribute values. */
function findTagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  return html.length;
}
