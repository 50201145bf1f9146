/**
 * The privacy gate. A reader in Russia or Ukraine must not be exposed to anyone but this
 * site: no request to another origin, no cookie, no storage. The built HTML is read for
 * anything the browser would fetch elsewhere; the browser test's log is judged here too.
 */
import type { BuiltPage } from './site-files.ts';
import { parse, siteOrigin, where } from './html.ts';
import { isAbsolute, pageUrls } from './urls.ts';

/** Every element of `page` that makes the browser fetch from another origin (or inline data: URLs). */
export function auditThirdParty(page: BuiltPage): string[] {
  const $ = parse(page.html);
  const own = siteOrigin($);
  const problems: string[] = [];
  for (const u of pageUrls($)) {
    if (!u.loads || !isAbsolute(u.url)) continue;
    let origin: string;
    try {
      origin = new URL(u.url).origin;
    } catch {
      origin = u.url;
    }
    if (origin !== own) problems.push(`${page.path}: ${where(u.el)} loads ${u.url} from another origin (${origin})`);
  }
  return problems;
}

/** What the browser test records while a page is open. */
export interface BrowserLog {
  /** URLs of requests to any origin but the site's. */
  foreignRequests: string[];
  /** Cookies in the browser context after the visit, by name. */
  cookies: string[];
  /** Storage APIs touched by the page's scripts: "localStorage", "document.cookie=" … */
  storage: string[];
  /** Content-Security-Policy violations reported by the browser. */
  cspViolations: string[];
}

export function browserFindings(path: string, log: BrowserLog): string[] {
  return [
    ...log.foreignRequests.map((u) => `${path}: requested ${u}, which is on another origin`),
    ...log.cookies.map((c) => `${path}: set the cookie "${c}"`),
    ...[...new Set(log.storage)].map((s) => `${path}: used ${s}`),
    ...[...new Set(log.cspViolations)].map((v) => `${path}: Content Security Policy violation: ${v}`),
  ];
}
