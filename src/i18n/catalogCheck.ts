// Compares a translation with the English catalog: same message ids, same placeholders and tags, and
// plurals with every form the language's plural rules can select. Used by the unit tests.
import { IntlMessageFormat } from 'intl-messageformat';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];
// The parser's element types (its TYPE enum, which intl-messageformat does not re-export).
const LITERAL = 0;
const PLURAL = 6;

/** Placeholder and tag names, and the plural forms of each plural, anywhere in the message. */
function shape(elements: Element[], names = new Set<string>(), plurals = new Map<string, Set<string>>()) {
  for (const el of elements) {
    if ('value' in el && typeof el.value === 'string' && el.type !== LITERAL) {
      names.add(el.value);
    }
    if ('options' in el) {
      if (el.type === PLURAL) {
        const forms = plurals.get(el.value) ?? new Set<string>();
        Object.keys(el.options).forEach((f) => forms.add(f));
        plurals.set(el.value, forms);
      }
      for (const option of Object.values(el.options)) shape(option.value, names, plurals);
    }
    if ('children' in el) shape(el.children, names, plurals);
  }
  return { names, plurals };
}

const sorted = (s: Set<string>) => [...s].sort().join(', ');

export function catalogProblems(
  english: Record<string, string>,
  translation: Record<string, string | undefined>,
  locale: string,
): string[] {
  const problems: string[] = [];
  const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  for (const [id, text] of Object.entries(english)) {
    const translated = translation[id];
    if (translated === undefined) {
      problems.push(`${id}: missing in ${locale}`);
      continue;
    }
    const a = shape(new IntlMessageFormat(text, 'en').getAst());
    let b: ReturnType<typeof shape>;
    try {
      b = shape(new IntlMessageFormat(translated, locale).getAst());
    } catch (e) {
      problems.push(`${id}: does not parse in ${locale}: ${(e as Error).message}`);
      continue;
    }
    if (sorted(a.names) !== sorted(b.names)) {
      problems.push(`${id}: placeholders {${sorted(a.names)}} in English, {${sorted(b.names)}} in ${locale}`);
    }
    for (const [name, forms] of b.plurals) {
      const lacking = needed.filter((f) => !forms.has(f));
      if (lacking.length) problems.push(`${id}: plural {${name}} in ${locale} lacks ${lacking.join(', ')}`);
    }
  }
  for (const id of Object.keys(translation)) {
    if (!(id in english)) problems.push(`${id}: in ${locale} but not in English`);
  }
  return problems;
}
