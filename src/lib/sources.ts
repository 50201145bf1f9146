/** How a source is named wherever it is listed: its kind is part of its name. Pure functions. */
import type { Source } from '../schemas/common';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** A piece of a source's label: the edition's own words, or what the data gives as it is (an outlet, an agency, a headline). */
export interface LabelPart {
  text: string;
  /** A name or headline from the data, in the language the data gives it, not the edition's. */
  name: boolean;
}

// The names stand in the edition's sentence as numbered slots (marked by a private-use character,
// which no text holds), so each edition keeps its own word order.
const SLOT = /\uE000(\d)\uE000/;
const slot = (n: number) => `\uE000${n}\uE000`;

/** An edition's sentence with its slots filled: the words around, the names in their place. */
function filled(sentence: string, names: readonly string[]): LabelPart[] {
  // split() with a capturing group alternates text and slot numbers: words, name, words, …
  return sentence
    .split(SLOT)
    .map((text, i) => (i % 2 ? { text: names[Number(text)] ?? '', name: true } : { text, name: false }))
    .filter((p) => p.text !== '');
}

/**
 * "Reuters, carried by The Japan News"; "UNN, reporting Reuters"; "Kremlin (official
 * statement)"; "Wikipedia (reference work)"; or the outlet alone for an original report: in
 * pieces, so that a page in another language can mark the names as English.
 */
export function sourceLabelParts(
  s: Pick<Source, 'outlet' | 'kind' | 'via'>,
  locale: Locale = DEFAULT_LOCALE,
): LabelPart[] {
  const t = ui(locale).entries.sourceList;
  const sentence =
    s.kind === 'agency-copy'
      ? t.agencyCopy(slot(1), slot(0))
      : s.kind === 'secondary'
        ? t.secondary(slot(0), slot(1))
        : s.kind === 'official'
          ? t.official(slot(0))
          : s.kind === 'reference'
            ? t.reference(slot(0))
            : slot(0);
  return filled(sentence, [s.outlet, s.via ?? '']);
}

/** The label as plain text: "Reuters, carried by The Japan News". */
export function sourceLabel(s: Pick<Source, 'outlet' | 'kind' | 'via'>, locale: Locale = DEFAULT_LOCALE): string {
  return sourceLabelParts(s, locale)
    .map((p) => p.text)
    .join('');
}

/** A report's headline in the edition's quotation marks: “…” in English, «…» in Russian and Ukrainian. */
export function headlineParts(headline: string, locale: Locale = DEFAULT_LOCALE): LabelPart[] {
  return filled(ui(locale).entries.sourceList.headline(slot(0)), [headline]);
}
