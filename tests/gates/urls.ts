/**
 * Every URL a page refers to, sorted into what the browser fetches by itself (subresources)
 * and what a reader may follow (links). Both the privacy and the link gates read this list.
 */
import { allElements, type CheerioAPI, type Element } from './html.ts';

export interface PageUrl {
  el: Element;
  /** The attribute the URL came from: "src", "href", "srcset", "content", "style". */
  attr: string;
  url: string;
  /** True when the browser loads it while showing the page, without the reader asking. */
  loads: boolean;
}

/** <link rel> values that make the browser fetch something on its own. */
const LOADING_RELS =
  /\b(stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|manifest|apple-touch-icon)\b/i;

function srcset(value: string): string[] {
  return value
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** url(...) and @import in inline CSS. */
function cssUrls(css: string): string[] {
  const found = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gi)].map((m) => m[2] ?? '');
  found.push(...[...css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)].map((m) => m[2] ?? ''));
  return found;
}

export function pageUrls($: CheerioAPI): PageUrl[] {
  const out: PageUrl[] = [];
  const add = (el: Element, attr: string, url: string | undefined, loads: boolean) => {
    if (url !== undefined && url.trim() !== '') out.push({ el, attr, url: url.trim(), loads });
  };
  for (const el of allElements($)) {
    const a = el.attribs;
    const tag = el.tagName.toLowerCase();
    if (tag === 'a' || tag === 'area') add(el, 'href', a['href'], false);
    else if (tag === 'link') add(el, 'href', a['href'], LOADING_RELS.test(a['rel'] ?? ''));
    else if (tag === 'form') add(el, 'action', a['action'], false);
    else if (tag === 'meta') {
      const key = (a['property'] ?? a['name'] ?? '').toLowerCase();
      if (/^(og:(url|image|image:url|image:secure_url)|twitter:image)$/.test(key))
        add(el, 'content', a['content'], false);
    } else {
      for (const attr of ['src', 'poster', 'data'] as const) add(el, attr, a[attr], true);
      if ((tag === 'use' || tag === 'image') && (a['href'] ?? a['xlink:href']))
        add(el, 'href', a['href'] ?? a['xlink:href'], true);
      for (const u of srcset(a['srcset'] ?? '')) add(el, 'srcset', u, true);
    }
    for (const u of cssUrls(a['style'] ?? '')) add(el, 'style', u, true);
    if (tag === 'style') for (const u of cssUrls($(el).text())) add(el, 'style', u, true);
  }
  return out;
}

/** True for addresses with a scheme or host of their own ("https://…", "//…", "data:…"). */
export function isAbsolute(url: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}
