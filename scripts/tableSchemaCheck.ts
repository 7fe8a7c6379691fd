// A small Table Schema validator (https://specs.frictionlessdata.io/table-schema/) for the types and
// constraints our data package uses, so the package is checked against its own descriptor offline: header,
// field types, required/enum/pattern, primary keys and foreign keys.
import { parsePartialDate } from '../src/data/dates.ts';
import type { TableSchema, TableSchemaField } from '../src/data/formats/dataPackage.ts';

const MATCHERS: Record<TableSchemaField['type'], (value: string, field: TableSchemaField) => boolean> = {
  string: () => true,
  integer: (v) => /^[-+]?\d+$/.test(v),
  number: (v) => /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(v),
  boolean: (v, f) => [...(f.trueValues ?? ['true']), ...(f.falseValues ?? ['false'])].includes(v),
  year: (v) => /^\d{4}$/.test(v),
  yearmonth: (v) => /^\d{4}-\d{2}$/.test(v) && parsePartialDate(v) !== null,
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && parsePartialDate(v) !== null,
  geopoint: (v, f) => {
    if (f.format !== 'array') return false;
    let point: unknown;
    try {
      point = JSON.parse(v);
    } catch {
      return false;
    }
    if (!Array.isArray(point) || point.length !== 2 || !point.every((n) => typeof n === 'number')) return false;
    const [lon, lat] = point as [number, number];
    return Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  },
};

export interface TableRows {
  header: string[];
  rows: string[][];
}

/** Problems of one table, as "table row N field: message"; rows are numbered as lines of the file. */
export function checkTable(name: string, table: TableRows, schema: TableSchema): string[] {
  const problems: string[] = [];
  const names = schema.fields.map((f) => f.name);
  if (table.header.join(',') !== names.join(',')) {
    problems.push(`${name}: header ${table.header.join(',')} is not ${names.join(',')}`);
    return problems;
  }
  const missing = new Set(schema.missingValues);
  const keys = new Set<string>();
  table.rows.forEach((cells, i) => {
    const at = `${name} row ${i + 2}`;
    if (cells.length !== names.length) problems.push(`${at}: ${cells.length} cells, expected ${names.length}`);
    schema.fields.forEach((field, j) => {
      const value = cells[j] ?? '';
      const c = field.constraints ?? {};
      if (missing.has(value)) {
        if (c.required) problems.push(`${at} ${field.name}: required`);
        return;
      }
      if (!MATCHERS[field.type](value, field)) problems.push(`${at} ${field.name}: "${value}" is not a ${field.type}`);
      if (c.enum && !c.enum.includes(value))
        problems.push(`${at} ${field.name}: "${value}" is not one of ${c.enum.join(', ')}`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(value)) {
        problems.push(`${at} ${field.name}: "${value}" does not match ${c.pattern}`);
      }
    });
    const key = schema.primaryKey.map((k) => cells[names.indexOf(k)]).join('\u0000');
    if (keys.has(key)) problems.push(`${at}: primary key ${schema.primaryKey.join('+')} repeated`);
    keys.add(key);
  });
  return problems;
}

/** Rows whose foreign key names no row of the referenced table. */
export function checkForeignKeys(
  name: string,
  table: TableRows,
  schema: TableSchema,
  tables: Record<string, TableRows>,
): string[] {
  const problems: string[] = [];
  for (const fk of schema.foreignKeys ?? []) {
    const target = tables[fk.reference.resource];
    if (!target) {
      problems.push(`${name}: foreign key to unknown resource ${fk.reference.resource}`);
      continue;
    }
    const targetCols = fk.reference.fields.map((f) => target.header.indexOf(f));
    const known = new Set(target.rows.map((r) => targetCols.map((c) => r[c]).join('\u0000')));
    const cols = fk.fields.map((f) => table.header.indexOf(f));
    table.rows.forEach((r, i) => {
      const key = cols.map((c) => r[c]).join('\u0000');
      if (!known.has(key))
        problems.push(`${name} row ${i + 2}: ${fk.fields.join('+')} "${key}" not in ${fk.reference.resource}`);
    });
  }
  return problems;
}
