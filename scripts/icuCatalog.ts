// A catalog module with each ICU message replaced by its AST, as intl-messageformat would parse it in the
// browser (the same parser and options), so the build can ship ASTs and leave the parser out (issue 12).
import { IntlMessageFormat } from 'intl-messageformat';

export type MessageAst = ReturnType<IntlMessageFormat['getAst']>;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The message parsed; one that does not parse throws an error naming the file and the id. */
export function parseMessage(file: string, locale: string, id: string, text: string): MessageAst {
  try {
    return new IntlMessageFormat(text, locale).getAst();
  } catch (e) {
    throw new Error(`${file}: message '${id}' is not valid ICU MessageFormat: ${(e as Error).message}`, { cause: e });
  }
}

/** The properties of the one object literal the module declares: `const uk = { 'id': 'message', … }`. */
function catalogProperties(program: { body: unknown[] }, file: string): Node[] {
  const objects: Node[] = [];
  for (const statement of program.body as Node[]) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const { init } of statement.declarations as { init: Node | null }[]) {
      if (init?.type === 'ObjectExpression') objects.push(init);
    }
  }
  if (objects.length !== 1) throw new Error(`${file}: a catalog declares exactly one object of messages`);
  return objects[0]!.properties as Node[];
}

/** `code` (a catalog as JavaScript, `program` its ESTree) with every message string replaced by its AST.
 * The locale is the file's name: `uk.ts` holds Ukrainian. */
export function parsedCatalogModule(code: string, program: { body: unknown[] }, file: string): string {
  const locale = file.replace(/\.[jt]s$/, '');
  let out = code;
  // From the last message back, so the offsets of the earlier ones still hold; each AST stays on its line.
  for (const property of catalogProperties(program, file).reverse()) {
    const key = property.key as Node & { value?: unknown };
    const value = property.value as Node & { value?: unknown };
    const id = typeof key.value === 'string' ? key.value : code.slice(key.start, key.end);
    if (property.type !== 'Property' || value.type !== 'Literal' || typeof value.value !== 'string') {
      throw new Error(`${file}: message '${id}' is not a plain string`);
    }
    const ast = parseMessage(file, locale, id, value.value);
    out = out.slice(0, value.start) + JSON.stringify(ast) + out.slice(value.end);
  }
  return out;
}
