// A check derived from a schema: true when the schema would accept a value and give back one equal to it,
// so the value can be used as it is. At 100,000 contacts the schema's copy of every record (and collecting
// the originals) was about a quarter of first interactive, and nearly every record of a published file is
// already as the schema would leave it. The check only ever says "as it is" or "ask the schema": a string
// that trimming would change, a key the schema would drop, any doubt goes to the schema, which also words
// the errors. It is built from the schema's own definition, so there is still one definition of the format;
// a schema feature it has no rule for stops it being built at all rather than being guessed at.
import type * as z from 'zod/mini';

type Check = (value: unknown) => boolean;

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  tx?: (value: unknown) => unknown;
}

interface Def {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  shape?: Record<string, z.ZodMiniType>;
  catchall?: unknown;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  entries?: Record<string, unknown>;
  values?: unknown[];
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A check that is true only for values the schema takes unchanged; throws for a schema it cannot follow. */
export function asIsCheck(schema: z.ZodMiniType): Check {
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((c) => ruleFor(def.type, c._zod.def));
  const all = (value: unknown) => checks.every((check) => check(value));
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string' && all(v);
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v) && all(v);
    case 'boolean':
      return (v) => typeof v === 'boolean' && all(v);
    case 'enum':
    case 'literal': {
      const allowed = new Set(def.type === 'enum' ? Object.values(def.entries!) : def.values);
      return (v) => allowed.has(v) && all(v);
    }
    case 'array': {
      const item = asIsCheck(def.element!);
      return (v) => Array.isArray(v) && v.every(item) && all(v);
    }
    case 'object':
      if (def.catchall !== undefined) break;
      return objectCheck(def.shape!, all);
  }
  throw new Error(`asIsCheck has no rule for a schema of type "${def.type}"`);
}

function objectCheck(shape: Record<string, z.ZodMiniType>, all: Check): Check {
  const fields = Object.entries(shape).map(([key, schema]) => {
    const optional = defOf(schema).type === 'optional';
    return { key, optional, check: asIsCheck(optional ? defOf(schema).innerType! : schema) };
  });
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    const record = v as Record<string, unknown>;
    let known = 0;
    for (const { key, optional, check } of fields) {
      if (Object.hasOwn(record, key)) {
        known++;
        if (!check(record[key])) return false;
      } else if (!optional) return false;
    }
    // A key the schema does not know would be dropped from its copy.
    return Object.keys(record).length === known && all(v);
  };
}

function ruleFor(type: string, def: CheckDef): Check {
  const size = (v: unknown) => (v as { length: number }).length;
  switch (def.check) {
    case 'overwrite':
      return (v) => def.tx!(v) === v;
    case 'min_length':
      return (v) => size(v) >= def.minimum!;
    case 'max_length':
      return (v) => size(v) <= def.maximum!;
    case 'string_format':
      if (def.format === 'regex' && def.pattern) {
        const pattern = new RegExp(def.pattern.source, def.pattern.flags.replace(/[gy]/g, ''));
        return (v) => pattern.test(v as string);
      }
      break;
    case 'greater_than':
      return (v) => (def.inclusive ? (v as number) >= def.value! : (v as number) > def.value!);
    case 'less_than':
      return (v) => (def.inclusive ? (v as number) <= def.value! : (v as number) < def.value!);
  }
  throw new Error(`asIsCheck has no rule for the "${def.check}" check of a ${type}`);
}
