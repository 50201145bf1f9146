/**
 * The link gate: every address a page points at inside the site exists in the build, every
 * fragment names an element on its target page, and links that open a new window cannot
 * reach back into this one.
 */
import type { BuiltPage } from './site-files.ts';
import { fileForPath } from './site-files.ts';
import { parse, siteOrigin, where } from './html.ts';
import { pageUrls } from './urls.ts';

/** Only used to resolve relative addresses; never fetched. */
const BASE = 'http://site.invalid';

/** Fragments a browser handles without a matching element. */
const ALWAYS_THERE = new Set(['', 'top']);

/** The ids (and <a name>s) on each page, by file. */
function anchorsByFile(pages: readonly BuiltPage[]): Map<string, Set<string>> {
  return new Map(
    pages.map((p) => {
      const $ = parse(p.html);
      const ids = $('[id], a[name]')
        .map((_, el) => el.attribs['id'] ?? el.attribs['name'] ?? '')
        .get();
      return [p.file, new Set(ids)];
    }),
  );
}

/** Every broken internal link or fragment and every unsafe new-window link in `pages`. */
export function auditLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>): string[] {
  const anchors = anchorsByFile(pages);
  const problems: string[] = [];
  for (const page of pages) {
    const $ = parse(page.html);
    const own = siteOrigin($);
    const at = (text: string) => problems.push(`${page.path}: ${text}`);
    for (const u of pageUrls($)) {
      let url: URL;
      try {
        url = new URL(u.url, BASE + page.path);
      } catch {
        at(`${where(u.el)} has a malformed address ${u.url}`);
        continue;
      }
      if (url.origin !== BASE && url.origin !== own) continue;
      const file = fileForPath(url.pathname, files);
      if (!file) {
        at(`${where(u.el)} ${u.attr}="${u.url}" points to ${url.pathname}, which the build does not have`);
        continue;
      }
      let fragment: string;
      try {
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        at(`${where(u.el)} ${u.attr}="${u.url}" has a malformed fragment`);
        continue;
      }
      const targets = anchors.get(file);
      if (targets && !ALWAYS_THERE.has(fragment) && !targets.has(fragment))
        at(`${where(u.el)} ${u.attr}="${u.url}" points to #${fragment}, but no element on ${url.pathname} has that id`);
    }
    $('a[target], area[target], form[target]').each((_, el) => {
      const target = (el.attribs['target'] ?? '').toLowerCase();
      const rel = (el.attribs['rel'] ?? '').toLowerCase().split(/\s+/);
      if (target !== '_self' && target !== '_top' && !rel.includes('noopener') && !rel.includes('noreferrer'))
        at(`${where(el)} opens ${el.attribs['href'] ?? 'a window'} in target="${target}" without rel="noopener"`);
    });
  }
  return problems;
}
