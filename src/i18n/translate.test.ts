import { describe, expect, it } from 'vitest';
import en from './catalogs/en.ts';
import uk from './catalogs/uk.ts';
import ru from './catalogs/ru.ts';
import { createI18n } from './translate.ts';
import { chooseLocale } from './chooseLocale.ts';

const EN = createI18n('en', en);
const UK = createI18n('uk', uk);
const RU = createI18n('ru', ru);

describe('messages', () => {
  it('chooses the plural form each language needs', () => {
    const count = (i18n: typeof UK, n: number) => i18n.t('details.place.count', { count: n });
    expect(count(EN, 1)).toBe('1 contact in the current window and tracks');
    expect(count(EN, 5)).toBe('5 contacts in the current window and tracks');
    expect([1, 3, 5, 21, 1.5].map((n) => count(UK, n).split(' у ')[0])).toEqual([
      '1 контакт',
      '3 контакти',
      '5 контактів',
      '21 контакт',
      '1,5 контакту',
    ]);
    expect([1, 2, 11, 22].map((n) => count(RU, n).split(' в ')[0])).toEqual([
      '1 контакт',
      '2 контакта',
      '11 контактов',
      '22 контакта',
    ]);
  });

  it('builds rich text from tags without HTML', () => {
    const parts = UK.rich('details.overview.count', {
      b: (chunks) => ({ strong: chunks.join('') }),
      visible: 3,
      total: 10,
      from: 'a',
      to: 'b',
    });
    expect(parts).toEqual(['Від a до b — контактів: ', { strong: '3' }, ' з 10.']);
  });

  it('ends the overview sentence once, not after the year abbreviation ("г.."), with numbers of the language', () => {
    for (const i18n of [UK, RU]) {
      const text = i18n
        .rich('details.overview.count', {
          b: (chunks) => chunks.join(''),
          visible: 1234,
          total: 12345,
          from: i18n.utcDay(Date.UTC(2023, 0, 1)),
          to: i18n.utcDay(Date.UTC(2024, 11, 31)),
        })
        .join('');
      expect(text).not.toMatch(/\.\.$/);
      expect(text).toMatch(/12\s345\.$/);
    }
    expect(RU.t('period.showing', { period: 'x' })).toBe('Показано: x');
  });

  it('says how long a secret stayed secret', () => {
    expect(EN.lag({ days: 6, months: 0, approximate: false })).toBe('6 days');
    expect(EN.lag({ days: 250, months: 8, approximate: true })).toBe('about 8 months');
    expect(UK.lag({ days: 2, months: 0, approximate: false })).toBe('2 дні');
    expect(RU.lag({ days: 1100, months: 36, approximate: true })).toBe('примерно 36 месяцев');
    expect(UK.t('details.madePublic.after', { lag: UK.lag({ days: 40, months: 1, approximate: false }) })).toBe(
      ', через 1 місяць',
    );
    expect(RU.t('details.madePublic.lag', { approx: 'yes', months: 3 })).toBe('(задержка ≈ 3 месяца)');
  });

  it('names countries in the language and leaves organisations as written', () => {
    expect(UK.region('CH')).toBe('Швейцарія');
    expect(RU.region('us')).toBe('Соединенные Штаты');
    expect(RU.region('IAEA')).toBe('IAEA');
    expect(EN.region('TR')).toBe('Türkiye');
  });
});

describe('dates', () => {
  it('keeps the English forms of the record', () => {
    expect(EN.dateSpan('2025-02-14', '2025-02-16', '(approx.)')).toBe('14–16 Feb 2025');
    expect(EN.dateSpan('2022-03', '2023-09', '(approx.)')).toBe('Mar 2022 – Sep 2023 (approx.)');
    expect(EN.dateSpan('2022-03', undefined, '(≈)')).toBe('Mar 2022 (≈)');
    expect(EN.utcDay(Date.UTC(2025, 1, 12))).toBe('12 Feb 2025');
  });

  // Intl puts no-break spaces before "р." and "г."; compared as plain spaces.
  const sp = (s: string) => s.replace(/\s/g, ' ');
  it('writes Ukrainian and Russian month names and ranges with Intl', () => {
    expect(sp(UK.partialDate('2025-02'))).toBe('лют. 2025 р.');
    expect(sp(UK.partialDate('2025'))).toBe('2025');
    expect(sp(RU.partialDate('2025-02-12'))).toBe('12 февр. 2025 г.');
    expect(sp(UK.dateSpan('2025-02-14', '2025-02-16', '(приблизно)'))).toBe('14–16 лют. 2025 р.');
    expect(sp(RU.dateSpan('2022-03', '2023-09', '(примерно)'))).toBe('март 2022 г. – сент. 2023 г. (примерно)');
    expect(sp(RU.partialDate('not a date'))).toBe('not a date');
  });
});

describe('chooseLocale', () => {
  it('takes the link, then the saved choice, then the browser, then English', () => {
    expect(chooseLocale('ru', 'uk', ['uk-UA'])).toBe('ru');
    expect(chooseLocale('xx', 'uk', ['ru'])).toBe('uk');
    expect(chooseLocale(null, null, ['de-DE', 'ru-RU', 'uk'])).toBe('ru');
    expect(chooseLocale(undefined, 'fr', ['de'])).toBe('en');
  });
});
