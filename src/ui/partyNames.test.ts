import { describe, expect, it } from 'vitest';
import { partyLabel, partyName } from './partyNames.ts';

describe('party names', () => {
  it('finds no name through the prototype for codes such as __proto__ and constructor', () => {
    for (const code of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(partyName(code)).toBeNull();
      expect(partyLabel(code)).toBe(code);
    }
  });

  it('names states by their ISO code, including the rarer ones of the record', () => {
    expect(partyName('RU')).toBe('Russia');
    expect(partyName('KM')).toBe('Comoros');
    expect(partyName('SN')).toBe('Senegal');
    expect(partyName('IS')).toBe('Iceland');
    expect(partyName('SI')).toBe('Slovenia');
    expect(partyName('MT')).toBe('Malta');
  });

  it('names organisations by their own names, and VA as the Holy See', () => {
    expect(partyName('IAEA')).toBe('International Atomic Energy Agency');
    expect(partyName('ICRC')).toBe('International Committee of the Red Cross');
    expect(partyName('VA')).toBe('Holy See');
  });

  it('leaves codes that are already names, or unknown, as they are', () => {
    expect(partyName('Ecumenical Patriarchate')).toBeNull();
    expect(partyName('QQ')).toBeNull();
    expect(partyLabel('Ecumenical Patriarchate')).toBe('Ecumenical Patriarchate');
    expect(partyLabel('UA')).toBe('Ukraine (UA)');
  });

  it('names parties in Ukrainian and Russian', () => {
    expect(partyLabel('UA', 'uk')).toBe('Україна (UA)');
    expect(partyName('RU', 'ru')).toBe('Россия');
    expect(partyName('VA', 'uk')).toBe('Святий Престол');
    expect(partyName('ICRC', 'ru')).toBe('Международный комитет Красного Креста');
    expect(partyName('Ecumenical Patriarchate', 'uk')).toBeNull();
  });
});
