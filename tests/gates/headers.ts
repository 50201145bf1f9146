/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: a path pattern on its own line, then
 * indented "Name: value" lines, or "! Name" to detach a header an earlier rule set. The local
 * server (tests/support/serve.ts) sends these with every response, so every browser test runs
 * under the header policy the host will send, and the unit tests check it path by path.
 */

export interface HeaderRule {
  /** "/*", "/incidents/", "/_astro/*": a path, where * matches anything. */
  pattern: string;
  headers: [name: string, value: string][];
  /** Headers removed from what earlier matching rules set ("! Name"), by name. */
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detach = /^!\s*(\S+)$/.exec(line.trim());
    const colon = line.indexOf(':');
    if (!rule || (!detach && colon < 0))
      throw new Error(`_headers: "${line.trim()}" is not under a path or has no "Name: value"`);
    if (detach) rule.detach.push(detach[1]!);
    else rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
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

/**
 * The headers a host sends for `path`, by lower-case name, as Cloudflare Pages applies them:
 * every matching rule in file order, each first removing the headers it detaches, then adding
 * its own; a name that is already there gets the new value joined on with ", " (for a CSP,
 * that makes two policies, both enforced).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    if (!matches(r.pattern, path)) continue;
    for (const name of r.detach) delete out[name.toLowerCase()];
    for (const [k, v] of r.headers) {
      const name = k.toLowerCase();
      out[name] = out[name] === undefined ? v : `${out[name]}, ${v}`;
    }
  }
  return out;
}
