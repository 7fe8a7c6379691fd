// Finds what a strict Content-Security-Policy would refuse in an HTML file: inline scripts, <style> blocks,
// style="" and on…="" attributes, javascript: URLs. The build fails on any, so a plugin cannot slip one in.

const CHECKS: readonly (readonly [RegExp, string])[] = [
  [/<script\b(?![^>]*\bsrc=)[^>]*>/gi, 'inline <script>'],
  [/<style\b/gi, '<style> block'],
  [/<[a-z][^>]*\sstyle\s*=/gi, 'style="" attribute'],
  [/<[a-z][^>]*\son[a-z]+\s*=/gi, 'event-handler attribute'],
  [/javascript:/gi, 'javascript: URL'],
];

export function findInlineCode(html: string): string[] {
  const found: string[] = [];
  for (const [pattern, what] of CHECKS) {
    for (const match of html.matchAll(pattern)) found.push(`${what}: ${match[0].slice(0, 80)}`);
  }
  return found;
}
