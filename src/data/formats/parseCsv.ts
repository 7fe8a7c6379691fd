// CSV text to rows of cells; what the cells mean is csv.ts's business.

export type CsvSeparator = ',' | ';' | '\t';

/**
 * RFC 4180 CSV (with "," or, as European spreadsheets and TimelineJS's sheet template write it, ";" or a tab): quoted fields with "" for a quote, commas and line breaks inside quotes, CRLF, LF or CR
 * line ends, an optional UTF-8 BOM. Blank lines are skipped. Lenient where spreadsheets are sloppy: a quote
 * in the middle of an unquoted field is kept as text.
 */
export function parseCsv(
  text: string,
  separator: CsvSeparator = ',',
): { rows: string[][]; error?: string; errorLine?: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldWasQuoted = false;
  let line = 1;
  let quoteLine = 0;
  const endRow = () => {
    row.push(field);
    // A line with nothing on it is a blank line, not a row with one empty cell.
    if (row.length > 1 || row[0] !== '' || fieldWasQuoted) rows.push(row);
    row = [];
    field = '';
    fieldWasQuoted = false;
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      fieldWasQuoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      row.push(field);
      field = '';
      fieldWasQuoted = false;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRow();
    } else {
      field += ch;
    }
  }
  if (quoted)
    return { rows, error: `a quoted field opened on line ${quoteLine} is never closed`, errorLine: quoteLine };
  if (field !== '' || row.length > 0 || fieldWasQuoted) endRow();
  return { rows };
}
