// One person, one spelling: finds participant names in the record that are probably the same person spelled
// two ways (Sergey/Sergei Lavrov, Erdoğan/Erdogan, "Cardinal Matteo Zuppi"/Matteo Zuppi), because each
// spelling becomes its own entry in the "took part" facet and its own node in the network view.

/** Words that are a title or office, not part of the name (the role field says them). */
const TITLES = new Set([
  'archbishop',
  'bishop',
  'cardinal',
  'dr',
  'ecumenical',
  'general',
  'metropolitan',
  'mr',
  'mrs',
  'ms',
  'patriarch',
  'pope',
  'president',
  'prime',
  'minister',
  'prince',
  'sheikh',
  'sir',
]);

/** Particles that transliterations write joined, hyphenated or apart (Al-Khater, Al Khater, al-Aiban). */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'von', 'van', 'der', 'de', 'da', 'of']);

/**
 * A name's words with the differences transliteration makes taken out: accents (Erdoğan), the Turkish
 * dotless ı (Kalın), y and i (Sergey, Sergei; Tatyana, Tatiana; Davyd, David), x and ks (Alexey, Aleksei),
 * Ukrainian h for Russian g (Serhii, Sergiy), doubled letters (Andrii); apostrophes and hyphens; titles.
 */
export function nameWords(name: string): string[] {
  const plain = name
    .replace(/\([^)]*\)/g, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/['’ʼ`.]/g, '');
  return plain
    .split(/[^a-z]+/)
    .filter((w) => w && !TITLES.has(w))
    .map((w) =>
      w
        .replace(/x/g, 'ks')
        .replace(/y/g, 'i')
        .replace(/h/g, 'g')
        .replace(/(.)\1+/g, '$1'),
    );
}

const compatibleWord = (a: string, b: string) =>
  a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));

/** Is `short` the words of `long` with some left out, in order (a middle name, a family name after "bin")? */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const w of long) if (i < short.length && compatibleWord(short[i]!, w)) i++;
  return i === short.length;
}

/**
 * Probably one person: the same first name (or its initial) and the same words otherwise, where one name may
 * leave out words of the other (Rafael [Mariano] Grossi, Faisal bin Farhan [Al Saud]). One-word names
 * ("Patriarch Kirill") only match the same one word, so they never swallow a "Kirill Dmitriev".
 */
export function samePerson(a: string, b: string): boolean {
  const wa = nameWords(a).filter((w) => !PARTICLES.has(w));
  const wb = nameWords(b).filter((w) => !PARTICLES.has(w));
  if (!wa.length || !wb.length) return false;
  if (wa.length === 1 || wb.length === 1) return wa.join(' ') === wb.join(' ');
  if (!compatibleWord(wa[0]!, wb[0]!)) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return isSubsequence(short, long);
}

export interface NameGroup {
  /** Each spelling and how many times the record uses it, most used first. */
  spellings: { name: string; count: number }[];
}

/** The names that are probably one person spelled more than one way. */
export function findNameVariants(names: Iterable<string>): NameGroup[] {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const distinct = [...counts.keys()].sort();
  const groupOf = new Map<string, string[]>();
  for (const name of distinct) {
    const match = [...groupOf.values()].find((g) => g.some((other) => samePerson(name, other)));
    if (match) match.push(name);
    else groupOf.set(name, [name]);
  }
  return [...groupOf.values()]
    .filter((g) => g.length > 1)
    .map((g) => ({
      spellings: g.map((name) => ({ name, count: counts.get(name)! })).sort((x, y) => y.count - x.count),
    }));
}
