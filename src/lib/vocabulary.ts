/**
 * The incident vocabularies as the codebook and the methodology show them: each field's codes,
 * in the schema's order, with the label and definition an edition gives them. The codes live
 * in the schemas; the words in src/i18n/ui/vocabulary.ts, where `satisfies` makes the compiler
 * refuse a code that has no label or definition in some edition.
 */
import { CATEGORIES, METHODS, OUTCOMES, SETTINGS } from '../schemas/incident';
import { ACTS, SPEAKERS } from '../schemas/attribution';
import { SOURCE_KINDS } from '../schemas/common';
import { STATUSES } from './attribution';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** The fields whose values come from a vocabulary, as the codebook names them. */
export type VocabularyField =
  'category' | 'setting' | 'method' | 'outcome' | 'status' | 'speaker' | 'act' | 'source-kind';

/** A vocabulary as the codebook shows it: code, label, definition. */
export interface Vocabulary {
  /** The field it belongs to, e.g. "category". */
  field: VocabularyField;
  /** A heading for the codebook. */
  name: string;
  terms: { code: string; label: string; definition: string }[];
}

type Terms<K extends string> = Record<K, { label: string; definition: string }>;

const terms = <K extends string>(codes: Record<K, unknown>, words: Terms<K>) =>
  (Object.keys(codes) as K[]).map((code) => ({ code, label: words[code].label, definition: words[code].definition }));

/** Every vocabulary in an edition's words, in the order the codebook lists them. */
export function vocabularies(locale: Locale = DEFAULT_LOCALE): Vocabulary[] {
  const v = ui(locale).vocabulary;
  const vocabulary = <K extends string>(field: VocabularyField, codes: Record<K, unknown>, words: Terms<K>) => ({
    field,
    name: v.names[field],
    terms: terms(codes, words),
  });
  return [
    vocabulary('category', CATEGORIES, v.categories),
    vocabulary('setting', SETTINGS, v.settings),
    vocabulary('method', METHODS, v.methods),
    vocabulary('outcome', OUTCOMES, v.outcomes),
    vocabulary('status', STATUSES, v.statuses),
    vocabulary('speaker', SPEAKERS, v.speakers),
    vocabulary('act', ACTS, v.acts),
    vocabulary('source-kind', SOURCE_KINDS, v.sourceKinds),
  ];
}
