/**
 * The Content Security Policy gate, read from a built page: the page must carry a strict
 * policy (no 'unsafe-inline', no 'unsafe-eval', nothing from other origins), and everything
 * inline on it must be allowed by that policy's hashes. The browser test catches the rest.
 */
import { createHash } from 'node:crypto';
import type { BuiltPage } from './site-files.ts';
import { allElements, excerpt, parse, where } from './html.ts';

export type Policy = Map<string, string[]>;

/** "default-src 'self'; script-src 'sha256-…'" → directive name → sources. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources that govern an inline element of a kind, per CSP's fallback order. */
function sourcesFor(policy: Policy, kind: 'script' | 'style'): string[] {
  return policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? [];
}

function hashes(text: string): string[] {
  return (['sha256', 'sha384', 'sha512'] as const).map(
    (alg) => `'${alg}-${createHash(alg).update(text, 'utf8').digest('base64')}'`,
  );
}

/** Script types a browser executes; JSON data blocks are not scripts to CSP. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Sources that defeat the point of the policy, in any directive. */
const FORBIDDEN = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:', 'data:'];

/** Every way `page` breaks the CSP gate, each message naming the page and the spot. */
export function auditCsp(page: BuiltPage): string[] {
  const $ = parse(page.html);
  const at = (text: string) => `${page.path}: ${text}`;
  const metas = $('meta[http-equiv]').filter(
    (_, m) => $(m).attr('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (metas.length !== 1)
    return [at(`has ${metas.length} Content-Security-Policy <meta> elements; expected exactly one`)];
  const meta = metas.get(0)!;
  const problems: string[] = [];
  const first = $(
    'head script, head style, head link[rel~="stylesheet"], head link[rel~="preload"], head link[rel~="modulepreload"]',
  ).get(0);
  if (!meta.parent || (meta.parent as { tagName?: string }).tagName !== 'head')
    problems.push(at('the CSP <meta> is not in <head>'));
  else if (first && (first.sourceCodeLocation?.startOffset ?? 0) < (meta.sourceCodeLocation?.startOffset ?? 0))
    problems.push(at(`${where(first)} comes before the CSP <meta>, so the policy does not cover it`));

  const policy = parsePolicy($(meta).attr('content') ?? '');
  for (const name of ['default-src', 'script-src', 'style-src', 'object-src', 'base-uri'])
    if (!policy.has(name)) problems.push(at(`the CSP has no ${name} directive`));
  for (const [name, sources] of policy)
    for (const s of sources)
      if (FORBIDDEN.includes(s.toLowerCase()) || /^(https?:)?\/\//i.test(s))
        problems.push(at(`the CSP directive ${name} allows ${s}`));

  for (const kind of ['script', 'style'] as const) {
    const allowed = new Set(sourcesFor(policy, kind));
    $(kind).each((_, el) => {
      if (
        kind === 'script' &&
        ($(el).attr('src') !== undefined || !EXECUTABLE.has(($(el).attr('type') ?? '').toLowerCase()))
      )
        return;
      const text = $(el).text();
      const hash = hashes(text);
      if (!hash.some((h) => allowed.has(h)))
        problems.push(at(`${where(el)} (inline: "${excerpt(text)}", ${hash[0]}) is not allowed by ${kind}-src`));
    });
  }
  for (const el of allElements($)) {
    for (const name of Object.keys(el.attribs)) {
      if (/^on/i.test(name))
        problems.push(at(`${where(el)} has an inline event handler ${name}=, which the CSP blocks`));
      if (name.toLowerCase() === 'style')
        problems.push(at(`${where(el)} has a style="" attribute, which the CSP blocks; use a class`));
    }
    const href = el.attribs['href'] ?? el.attribs['src'];
    if (href && /^\s*javascript:/i.test(href)) problems.push(at(`${where(el)} uses a javascript: URL`));
  }
  return problems;
}
