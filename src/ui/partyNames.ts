// Names for the party codes of the record: states by their ISO 3166-1 alpha-2 code (named by the browser's
// Intl.DisplayNames), organisations by their own names. Plain functions; no React.

type Language = 'en' | 'uk' | 'ru';

/** Codes the record uses for organisations, and VA, which it uses for the Holy See rather than the city state;
 * in each interface language (states are named by Intl). */
const OWN_NAMES: Record<Language, Record<string, string>> = {
  en: {
    VA: 'Holy See',
    UN: 'United Nations',
    EU: 'European Union',
    IAEA: 'International Atomic Energy Agency',
    ICRC: 'International Committee of the Red Cross',
    NATO: 'NATO',
    OSCE: 'Organization for Security and Co-operation in Europe',
    WCC: 'World Council of Churches',
  },
  uk: {
    VA: 'Святий Престол',
    UN: 'Організація Об’єднаних Націй',
    EU: 'Європейський Союз',
    IAEA: 'Міжнародне агентство з атомної енергії',
    ICRC: 'Міжнародний комітет Червоного Хреста',
    NATO: 'НАТО',
    OSCE: 'Організація з безпеки та співробітництва в Європі',
    WCC: 'Всесвітня рада церков',
  },
  ru: {
    VA: 'Святейший Престол',
    UN: 'Организация Объединённых Наций',
    EU: 'Европейский союз',
    IAEA: 'Международное агентство по атомной энергии',
    ICRC: 'Международный комитет Красного Креста',
    NATO: 'НАТО',
    OSCE: 'Организация по безопасности и сотрудничеству в Европе',
    WCC: 'Всемирный совет церквей',
  },
};

const regions = new Map<Language, Intl.DisplayNames | null>();

function regionNames(language: Language): Intl.DisplayNames | null {
  if (!regions.has(language)) {
    try {
      // fallback 'none': an unknown code gives undefined rather than the code back.
      regions.set(language, new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }));
    } catch {
      regions.set(language, null);
    }
  }
  return regions.get(language)!;
}

/** "Russia" for RU, "Holy See" for VA, "International Atomic Energy Agency" for IAEA (in `language`); null
 * when the code is itself the name ("Ecumenical Patriarchate") or unknown. */
export function partyName(code: string, language: Language = 'en'): string | null {
  // Own keys only: a link's party "__proto__" or "constructor" must not find the object's prototype.
  const own = OWN_NAMES[language];
  if (Object.hasOwn(own, code)) return own[code]!;
  if (!/^[A-Z]{2}$/.test(code)) return null;
  const name = regionNames(language)?.of(code);
  return name && name !== code ? name : null;
}

/** "Russia (RU)", or the code alone when it has no other name. */
export function partyLabel(code: string, language: Language = 'en'): string {
  const name = partyName(code, language);
  return name && name !== code ? `${name} (${code})` : code;
}
