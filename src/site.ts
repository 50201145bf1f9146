import { AS_OF } from './schemas/common';
import { parsePartialDate } from './lib/partial-date';

/**
 * Facts about the publication itself. Dates here are the site's own: when it was published
 * and last changed, and the day up to which the story is told ("as of").
 */
export const SITE = {
  // The site's name, headline, standfirst and description are words, in each edition's:
  // src/i18n/ui/site.ts.
  /** The story is told as things stood on this day. */
  asOf: AS_OF,
  /** First published (ISO date). */
  published: parsePartialDate('2026-11-25'),
  /** Last substantive change (ISO date). */
  updated: parsePartialDate('2026-12-02'),
  /**
   * The news report this explainer retells and checks. The site was compiled from published
   * reports, not reported from the scene, so it carries no place dateline.
   */
  explains: {
    outlet: 'Firstpost',
    what: 'the Firstpost explainer of 25–26 April 2025',
    url: 'https://www.firstpost.com/explainers/russian-general-assassinations-moscow-car-bomb-russia-ukraine-war-13883083.html',
  },
  /** Language of every page. */
  lang: 'en-GB',
} as const;

/** The three pages readers move between. */
export const NAV = [
  { href: '/', key: 'explainer' },
  { href: '/incidents/', key: 'incidents' },
  { href: '/peace-talks/', key: 'peaceTalks' },
] as const;

/** Where the print edition lives: the whole story as one document (src/pages/print.astro). */
export const PRINT_EDITION_PATH = '/print/';

/**
 * The routes, named as Astro names them (`Astro.routePattern`), whose pages ask search
 * engines not to index them: the 404 page, the print edition (the online pages are the
 * canonical copies), the redirects left at former ids and the cards other sites frame (the share
 * pages are the canonical copies). The layouts write each page's robots
 * meta from this list and the sitemap leaves out every page these routes build
 * (src/integrations/sitemap.ts), so the two cannot disagree.
 */
export const UNINDEXED_ROUTES: readonly string[] = [
  '/404',
  '/[locale]/404',
  '/[...locale]/print',
  '/[...former]',
  '/[...locale]/embed/incidents/[id]',
  '/[...locale]/embed/[kind]/[id]',
];

/** Whether the pages of a route are offered to search engines. */
export const isIndexedRoute = (route: string): boolean => !UNINDEXED_ROUTES.includes(route);

/** The licences the site is published under; README, "Licence", says the same. */
export const LICENCE = {
  /** The words: text, data and pictures made for this site. */
  text: {
    name: 'Creative Commons Attribution 4.0 International',
    short: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
  /** The code that builds the site. */
  code: { name: 'MIT', url: 'https://opensource.org/license/mit' },
} as const;

/**
 * The incident list as a dataset: the licence of the downloads, the incident the
 * timeline marks, and the size beyond which the list is split into one page per year.
 */
export const DATA = {
  licence: LICENCE.text,
  /** The killing the explainer is about; the timeline marks it. */
  keyIncident: 'yaroslav-moskalik',
  /** Up to this many incidents the list is one page; beyond it, an index and a page per year (per month for a crowded year). */
  listPageLimit: 200,
} as const;
