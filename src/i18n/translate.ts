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

export function createI18n(locale: Locale, messages: Catalog): I18n {
  // Each message is parsed once, the first time it is shown.
  const formats = new Map<MessageId, IntlMessageFormat>();
  const numbers = new Intl.NumberFormat(locale);
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const formatOf = (id: MessageId) => {
    let format = formats.get(id);
    if (!format) {
      format = new IntlMessageFormat(messages[id], locale);
      formats.set(id, format);
    }
    return format;
  };
  const t = (id: MessageId, values?: MessageValues) => String(formatOf(id).format(values));
  return {
    locale,
    ...localDates(locale),
    t,
    rich<T>(id: MessageId, values: Record<string, string | number | T | ((chunks: (string | T)[]) => T)>) {
      const out = formatOf(id).format<T>(values as never);
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
