/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: a path pattern on its own line, then
 * indented "Name: value" lines. The browser test applies these to every response, so the
 * header policy and each page's <meta> policy are proven to work together.
 */

export interface HeaderRule {
  /** "/*", "/incidents/", "/_astro/*": a path, where * matches anything. */
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not under a path or has no "Name: value"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = pattern
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${re}$`).test(path);
}

/** The headers a host sends for `path`: every matching rule, in file order. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) if (matches(r.pattern, path)) for (const [k, v] of r.headers) out[k.toLowerCase()] = v;
  return out;
}
