/**
 * The incident vocabularies as the codebook and the methodology show them: each code with its
 * label and definition in an edition's words. The codes and their order are the schemas'; the
 * words are src/i18n/ui/vocabulary.ts, where the compiler refuses a code without them.
 */
import { CATEGORY_CODES, METHOD_CODES, OUTCOME_CODES, SETTING_CODES } from '../schemas/incident';
import { ACT_CODES, SPEAKER_CODES } from '../schemas/attribution';
import { SOURCE_KIND_CODES } from '../schemas/common';
import { STATUS_CODES } from './attribution';
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

const terms = <K extends string>(codes: readonly K[], words: Record<K, { label: string; definition: string }>) =>
  codes.map((code) => ({ code, label: words[code].label, definition: words[code].definition }));

/** Every vocabulary in an edition's words, in the order the codebook lists them. */
export function vocabularies(locale: Locale = DEFAULT_LOCALE): Vocabulary[] {
  const v = ui(locale).vocabulary;
  return [
    { field: 'category', name: v.names.category, terms: terms(CATEGORY_CODES, v.categories) },
    { field: 'setting', name: v.names.setting, terms: terms(SETTING_CODES, v.settings) },
    { field: 'method', name: v.names.method, terms: terms(METHOD_CODES, v.methods) },
    { field: 'outcome', name: v.names.outcome, terms: terms(OUTCOME_CODES, v.outcomes) },
    { field: 'status', name: v.names.status, terms: terms(STATUS_CODES, v.statuses) },
    { field: 'speaker', name: v.names.speaker, terms: terms(SPEAKER_CODES, v.speakers) },
    { field: 'act', name: v.names.act, terms: terms(ACT_CODES, v.acts) },
    { field: 'source-kind', name: v.names['source-kind'], terms: terms(SOURCE_KIND_CODES, v.sourceKinds) },
  ];
}
