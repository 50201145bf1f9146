/**
 * The edition a content file is written for, read from its path. A translation lives at
 * <content>/<lang>/<kind>/<id>.<ext> (content/ru/explainer/who-was-moskalik.mdx); every other
 * file is the English master. The Markdown plugins need this: they see a file, not the page
 * it will be shown on.
 */
import { DEFAULT_LOCALE, TRANSLATED_LOCALES, type Locale } from '../i18n/locales';

export function localeOfFile(path: string | undefined): Locale {
  // The folder two above the file: "ru" in content/ru/explainer/x.mdx, "content" in content/explainer/x.mdx.
  const lang = path?.split(/[\\/]/).at(-3);
  return TRANSLATED_LOCALES.find((l) => l === lang) ?? DEFAULT_LOCALE;
}
