import { describe, expect, it } from 'vitest';
import { parseAst } from 'vite';
import { IntlMessageFormat } from 'intl-messageformat';
import { parsedCatalogModule } from './icuCatalog.ts';

const rewrite = (code: string, file = 'uk.ts') => parsedCatalogModule(code, parseAst(code), file);

/** The messages of a rewritten module, read back from its object literal. */
function messagesOf(code: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const statement of parseAst(code).body) {
    if (statement.type !== 'VariableDeclaration') continue;
    const init = statement.declarations[0]!.init!;
    if (init.type !== 'ObjectExpression') continue;
    for (const p of init.properties) {
      if (p.type !== 'Property' || p.key.type !== 'Literal') continue;
      out[String(p.key.value)] = JSON.parse(code.slice(p.value.start, p.value.end));
    }
  }
  return out;
}

describe('a catalog parsed at build time', () => {
  it('has each message as the AST the browser would have parsed, each on its own line', () => {
    const code = [
      'const uk = {',
      "  'a.plain': 'Мова',",
      "  'a.plural': '{count, plural, one {# контакт} few {# контакти} many {# контактів} other {# контакту}}',",
      "  'a.tag': 'Джерело: <link>{name}</link> \\'в лапках\\'',",
      '};',
      'export default uk;',
      '',
    ].join('\n');
    const out = rewrite(code);
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
    expect(out).toContain('export default uk;');
    expect(messagesOf(out)).toEqual({
      'a.plain': new IntlMessageFormat('Мова', 'uk').getAst(),
      'a.plural': new IntlMessageFormat(
        '{count, plural, one {# контакт} few {# контакти} many {# контактів} other {# контакту}}',
        'uk',
      ).getAst(),
      'a.tag': new IntlMessageFormat("Джерело: <link>{name}</link> 'в лапках'", 'uk').getAst(),
    });
  });

  it('fails on a message that does not parse, naming the file and the message', () => {
    const code = "const ru = {\n  'ok': 'Да',\n  'details.count': '{count, plural, one {# контакт}',\n};\n";
    expect(() => rewrite(code, 'ru.ts')).toThrow(
      "ru.ts: message 'details.count' is not valid ICU MessageFormat: MISSING_OTHER_CLAUSE",
    );
  });

  it('fails on a message that is not a plain string, naming it', () => {
    const code = "const en = {\n  'a': 'one',\n  'b': 'two ' + 'parts',\n};\n";
    expect(() => rewrite(code, 'en.ts')).toThrow("en.ts: message 'b' is not a plain string");
  });
});
