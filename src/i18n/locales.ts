/**
 * The editions. English is the master and stays at the root (every link already shared keeps
 * working); Russian and Ukrainian live under /ru/ and /uk/. Ids are never translated, so
 * `/#who-was-moskalik`, `/ru/#who-was-moskalik` and `/uk/#who-was-moskalik` open the same piece.
 */
export const LOCALES = {
  en: {
    /** BCP 47 tag for `<html lang>`, `hreflang` and `inLanguage`. */
    lang: 'en-GB',
    /** The edition's name in its own language, for the language switcher. */
    label: 'English',
    /** Open Graph locale. */
    og: 'en_GB',
  },
  ru: { lang: 'ru', label: 'Русский', og: 'ru_RU' },
  uk: { lang: 'uk', label: 'Українська', og: 'uk_UA' },
} as const;

export type Locale = keyof typeof LOCALES;

/** The master edition: its text is what every translation is made from. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;

/** Every edition, master first. */
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];

/** The translated editions. */
export const TRANSLATED_LOCALES = LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE);

/** Whether a string names an edition (route parameters, `Astro.currentLocale`). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in LOCALES;
}

/** The edition a page belongs to, from `Astro.currentLocale` (undefined on the master's pages). */
export function localeOf(current: string | undefined): Locale {
  return isLocale(current) ? current : DEFAULT_LOCALE;
}

/**
 * A site path in an edition: "/incidents/#x" stays as it is in English and becomes
 * "/ru/incidents/#x" in Russian. Paths that are not the site's pages (downloads, feeds of
 * another edition, outside links) are not passed through here.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath needs a site path starting with "/", got "${path}"`);
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** The master's path of an edition's path: "/ru/incidents/" → "/incidents/". */
export function masterPath(path: string): string {
  const m = /^\/([a-z]{2})(\/.*)$/.exec(path);
  return m && isLocale(m[1]) && m[1] !== DEFAULT_LOCALE ? (m[2] ?? '/') : path;
}

/** Route parameter for the `[...locale]` segment: undefined for the master (no prefix). */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}
