/**
 * Every page is built once per edition from the same route file under src/pages/[...locale]/:
 * the `locale` parameter is empty for English (no prefix) and "ru" or "uk" otherwise.
 */
import { LOCALE_CODES, localeParam, type Locale } from './locales';

/** The paths of a page with no other parameters, one per edition. */
export function editionPaths() {
  return LOCALE_CODES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}

/** A route's own paths, repeated for each edition; each path's props gain the edition. */
export function inEditions<P extends { params: Record<string, string | undefined>; props?: object }>(
  paths: readonly P[],
) {
  return LOCALE_CODES.flatMap((locale: Locale) =>
    paths.map((p) => ({
      ...p,
      params: { ...p.params, locale: localeParam(locale) },
      props: { ...(p.props ?? {}), locale },
    })),
  );
}
