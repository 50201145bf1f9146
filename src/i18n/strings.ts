/**
 * Typed UI strings. Each area of the interface defines its English strings once and gives the
 * same shape in every other edition; a missing key, or a function with other arguments, is a
 * type error (`astro check` fails), never an English word on a Russian page.
 */
import { LOCALES, type Locale } from './locales';

/** The shape every edition must give: the same keys, strings for strings, the same functions. */
export type Shape<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Shape<T[K]>;
};

/** One area's strings in every edition, checked against the English. */
export function defineStrings<const T extends object>(en: T, others: Record<Exclude<Locale, 'en'>, Shape<T>>) {
  return { en: en as Shape<T>, ...others } satisfies Record<Locale, Shape<T>>;
}

/** The grammatical forms a count takes (CLDR plural categories); English uses one and other. */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * A count with its noun in the right form: "1 incident", "3 инцидента", "5 інцидентів".
 * Each form is a template in which `#` stands for the number.
 */
export function plural(locale: Locale, n: number, forms: PluralForms): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(LOCALES[locale].lang)));
  const form = forms[r.select(n) as keyof PluralForms] ?? forms.other;
  return form.replace('#', new Intl.NumberFormat(LOCALES[locale].lang).format(n));
}
