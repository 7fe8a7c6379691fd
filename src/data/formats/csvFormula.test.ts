import { describe, expect, it } from 'vitest';
import { defuseFormula, restoreFormula } from './csvFormula.ts';

// The payloads of issue 14, and OWASP's list: each would be evaluated by Excel, LibreOffice or Sheets.
const FORMULAS = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  "-2+3+cmd|' /C calc'!A0",
  '-.5+cmd',
  '＝1+1',
  '＋1',
  '－1+1',
  '＠SUM(A1)',
  '=HYPERLINK("https://evil.example","click")',
  ' =1+1',
  '-',
  '+',
];

describe('defuseFormula', () => {
  it.each(FORMULAS)('defuses %j', (payload) => {
    expect(defuseFormula(payload)).toBe(`'${payload}`);
  });

  it.each(['-77.0364', '38.8951', '+3', '-.5', '0', 'US', 'Geneva', "O'Brien", '', 'a=b', '1-1'])(
    'leaves %j alone',
    (value) => {
      expect(defuseFormula(value)).toBe(value);
    },
  );

  it('gives an apostrophe of its own to a value that already starts with one before a formula', () => {
    expect(defuseFormula("'=1+1")).toBe("''=1+1");
  });

  it.each([...FORMULAS, "'=1+1", "''=x", "'plain", 'plain', '-77.03'])('restoreFormula undoes it for %j', (value) => {
    expect(restoreFormula(defuseFormula(value))).toBe(value);
  });

  it('keeps an apostrophe it did not add', () => {
    expect(restoreFormula("'plain")).toBe("'plain");
    expect(restoreFormula("O'Brien")).toBe("O'Brien");
  });
});
