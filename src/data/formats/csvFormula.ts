// Spreadsheet formula defusing for CSV cells (OWASP's CSV-injection rules), and its inverse for our own
// exports read back. Every CSV writer calls defuseFormula on every cell, and on every item of a ";" list.

// What a spreadsheet evaluates when a cell starts with it: = + - @, tab and CR (Excel and LibreOffice
// strip them and evaluate the rest), and their full-width forms, which some spreadsheets fold to ASCII.
const TRIGGER = /^\s*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
// A plain decimal number ("-77.03", "+3", "-.5") is data, not a formula: left as it is, so coordinates
// stay numbers. "-1+1" or "-.5+cmd" are not plain numbers and are defused.
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/** True when the value needs the apostrophe: a formula, or a value that already looks defused. */
function needsApostrophe(value: string): boolean {
  if (TRIGGER.test(value)) return !PLAIN_NUMBER.test(value);
  // "'=x" typed by a user must come back as "'=x", not as "=x": it gets an apostrophe of its own.
  return value.startsWith("'") && needsApostrophe(value.slice(1));
}

/**
 * The cell as a spreadsheet shows it as text: a leading apostrophe before anything it would evaluate.
 * restoreFormula undoes it exactly, so a value survives an export and import unchanged.
 */
export function defuseFormula(value: string): string {
  return needsApostrophe(value) ? `'${value}` : value;
}

/** The value defuseFormula was given: the apostrophe it added is removed, any other is kept. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && needsApostrophe(cell.slice(1)) ? cell.slice(1) : cell;
}
