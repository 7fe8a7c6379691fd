// Message lookup and formatting for one language: ICU messages (plurals, numbers) through
// intl-messageformat, and the Intl formatters the views need (numbers, country names, dates).
// Pure: no React, no store, no DOM.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from '../state/store.ts';
import type { Catalog, MessageId } from './catalogs/en.ts';
import type { DisclosureLag } from '../data/disclosure.ts';
import { localDates, type LocalDates } from './dates.ts';

export type MessageValues = Record<string, string | number>;

export interface I18n extends LocalDates {
  locale: Locale;
  /** The message `id` in this language, with `values` filled in. */
  t(id: MessageId, values?: MessageValues): string;
  /** A message with tags (`<b>…</b>`): `values` gives each tag a function that wraps its text, so the
   * caller builds elements without any HTML. Returns the pieces in order. */
  rich<T>(id: MessageId, values: Record<string, string | number | T | ((chunks: (string | T)[]) => T)>): (string | T)[];
  /** How long a contact stayed secret, in words: "about 8 months", "приблизно 8 місяців", "12 днів". */
  lag(lag: DisclosureLag): string;
  number(value: number): string;
  /** "Switzerland", "Швейцарія": a country's name from its ISO code; other codes (UN, IAEA) as written. */
  region(code: string): string;
}

type Element = ReturnType<IntlMessageFormat['getAst']>[number];
/** A catalog as the app loads it: each message already parsed by the build. */
export type ParsedCatalog = Record<MessageId, Element[]>;
const ARGUMENT = 1; // the parser's TYPE.argument: a plain {name}
const FORMATTED_LIMIT = 5000;

/** Names used only as plain {name} arguments (not also as a plural's or a select's value). */
function plainArguments(elements: Element[]): Set<string> {
  const plain = new Set<string>();
  const other = new Set<string>();
  const walk = (els: Element[]) => {
    for (const el of els) {
      if (el.type === ARGUMENT) plain.add(el.value);
      else if ('options' in el) {
        other.add(el.value);
        for (const option of Object.values(el.options)) walk(option.value);
      }
      if ('children' in el) walk(el.children);
    }
  };
  walk(elements);
  for (const name of other) plain.delete(name);
  return plain;
}

/** Messages as written (the unit tests) or as parsed by the build (the app). */
export function createI18n(locale: Locale, messages: Catalog | ParsedCatalog): I18n {
  // Each message's formatter is made once, the first time it is shown.
  const formats = new Map<MessageId, IntlMessageFormat>();
  const numbers = new Intl.NumberFormat(locale);
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  // intl-messageformat writes a number in a plain {count} with String() ("12345"); the language's
  // digits and grouping ("12 345") come from formatting such values here. Plurals keep the number.
  const plainNumbers = new Map<MessageId, Set<string>>();
  const formatOf = (id: MessageId) => {
    let format = formats.get(id);
    if (!format) {
      format = new IntlMessageFormat(messages[id], locale);
      formats.set(id, format);
      plainNumbers.set(id, plainArguments(format.getAst()));
    }
    return format;
  };
  const localised = <V>(id: MessageId, values: Record<string, V> | undefined) => {
    const format = formatOf(id);
    if (!values) return { format, values };
    const plain = plainNumbers.get(id)!;
    const out: Record<string, V | string> = { ...values };
    for (const [name, value] of Object.entries(values)) {
      if (typeof value === 'number' && plain.has(name)) out[name] = numbers.format(value);
    }
    return { format, values: out };
  };
  // Marker and cluster labels ask for the same few thousand strings on every redraw; formatting each
  // again was 0.3 s of a fast drag at 10,000 contacts (npm run bench:profile). Bounded: cleared when full.
  const formatted = new Map<string, string>();
  const t = (id: MessageId, values?: MessageValues) => {
    const key = values ? id + JSON.stringify(values) : id;
    let text = formatted.get(key);
    if (text === undefined) {
      const { format, values: v } = localised(id, values);
      text = String(format.format(v));
      if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
      formatted.set(key, text);
    }
    return text;
  };
  return {
    locale,
    ...localDates(locale),
    t,
    rich<T>(id: MessageId, values: Record<string, string | number | T | ((chunks: (string | T)[]) => T)>) {
      const { format, values: v } = localised(id, values);
      const out = format.format<T>(v as never);
      return Array.isArray(out) ? out : [out];
    },
    lag({ days, months, approximate }) {
      const approx = approximate ? 'yes' : 'no';
      return months < 1 ? t('lag.days', { approx, count: days }) : t('lag.months', { approx, count: months });
    },
    number: (value) => numbers.format(value),
    region(code) {
      // DisplayNames knows two-letter region codes only; it throws on longer ones ("IAEA").
      if (!/^[A-Za-z]{2}$/.test(code)) return code;
      try {
        return regions.of(code.toUpperCase()) ?? code;
      } catch {
        return code;
      }
    },
  };
}
