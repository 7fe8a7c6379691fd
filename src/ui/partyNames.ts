// Names for the party codes of the record: states by their ISO 3166-1 alpha-2 code (named by the browser's
// Intl.DisplayNames), organisations by their own names. Plain functions; no React.

/** Codes the record uses for organisations, and VA, which it uses for the Holy See rather than the city state. */
const OWN_NAMES: Record<string, string> = {
  VA: 'Holy See',
  UN: 'United Nations',
  EU: 'European Union',
  IAEA: 'International Atomic Energy Agency',
  ICRC: 'International Committee of the Red Cross',
  NATO: 'NATO',
  OSCE: 'Organization for Security and Co-operation in Europe',
  WCC: 'World Council of Churches',
};

let regions: Intl.DisplayNames | null | undefined;

function regionNames(): Intl.DisplayNames | null {
  if (regions === undefined) {
    try {
      // fallback 'none': an unknown code gives undefined rather than the code back.
      regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    } catch {
      regions = null;
    }
  }
  return regions;
}

/** "Russia" for RU, "Holy See" for VA, "International Atomic Energy Agency" for IAEA; null when the code is
 * itself the name ("Ecumenical Patriarchate") or unknown. */
export function partyName(code: string): string | null {
  // Own keys only: a link's party "__proto__" or "constructor" must not find the object's prototype.
  if (Object.hasOwn(OWN_NAMES, code)) return OWN_NAMES[code]!;
  if (!/^[A-Z]{2}$/.test(code)) return null;
  const name = regionNames()?.of(code);
  return name && name !== code ? name : null;
}

/** "Russia (RU)", or the code alone when it has no other name. */
export function partyLabel(code: string): string {
  const name = partyName(code);
  return name && name !== code ? `${name} (${code})` : code;
}
