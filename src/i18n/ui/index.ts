/**
 * Every interface string of one edition, by area: `ui('ru').entries.incidentEntry.dateNote`.
 * The areas are typed dictionaries (src/i18n/strings.ts), so an edition that lacks a string,
 * or gives a function other arguments, does not compile. Article text is not here: it is
 * translated as content.
 */
import type { Locale } from '../locales';
import site from './site';
import entries from './entries';
import lists from './lists';
import print from './print';
import pages from './pages';
import vocabulary from './vocabulary';
import cite from './cite';
import passage from './passage';
import embed from './embed';

/** Each area's dictionaries, by edition; for going through every string (tests, tooling). */
export const AREAS = { site, entries, lists, print, pages, vocabulary, cite, passage, embed } as const;

/** The interface strings of one edition. */
export function ui(locale: Locale) {
  return {
    site: site[locale],
    entries: entries[locale],
    lists: lists[locale],
    print: print[locale],
    pages: pages[locale],
    vocabulary: vocabulary[locale],
    cite: cite[locale],
    passage: passage[locale],
    embed: embed[locale],
  };
}

/** The shape of one edition's strings. */
export type Ui = ReturnType<typeof ui>;
