/**
 * The counted nouns the interface uses in more than one area, in each edition's forms, so
 * "3 инцидента" is spelled once. `#` stands for the number (see `plural`).
 */
import { plural, type PluralForms } from '../strings';
import type { Locale } from '../locales';

const INCIDENTS = {
  en: { one: '# incident', other: '# incidents' },
  ru: { one: '# инцидент', few: '# инцидента', many: '# инцидентов', other: '# инцидента' },
  uk: { one: '# інцидент', few: '# інциденти', many: '# інцидентів', other: '# інциденту' },
} as const satisfies Record<Locale, PluralForms>;

/** "1 incident", "3 инцидента", "5 інцидентів". */
export const incidents = (locale: Locale, n: number): string => plural(locale, n, INCIDENTS[locale]);
