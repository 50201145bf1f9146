/**
 * What is known about responsibility for an incident, derived by rule from its statements.
 * The status answers one question, how far the Ukrainian side has gone in owning the
 * killing; the summary line adds, in a fixed order, everything else that was said.
 * Pure functions: the methodology and codebook print these same rules. The words of the
 * statuses and of the line are each edition's (src/i18n/ui/vocabulary.ts, entries.ts).
 */
import { ACTS_BY_SPEAKER, type Speaker, type Statement } from '../schemas/attribution';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';

/** The overall statuses, strongest first. */
export const STATUS_CODES = ['claimed', 'claimed-anonymously', 'hinted', 'not-claimed'] as const;
export type Status = (typeof STATUS_CODES)[number];

/** A kind of statement: who spoke and what they said, e.g. "russia-authorities:accusation". */
export type Phrase = { [S in Speaker]: `${S}:${(typeof ACTS_BY_SPEAKER)[S][number]}` }[Speaker];

/** The statements that give each status, checked strongest first. */
const STATUS_PAIRS: readonly (readonly [Status, readonly Phrase[]])[] = [
  ['claimed', ['ukraine-official:claim', 'partisan-group:claim']],
  ['claimed-anonymously', ['ukraine-anonymous:claim']],
  ['hinted', ['ukraine-official:hint']],
];

/** The order, given back when it names every kind of statement; a type error naming any it leaves out. */
const complete = <const T extends readonly Phrase[]>(
  order: T & ([Exclude<Phrase, T[number]>] extends [never] ? unknown : { missing: Exclude<Phrase, T[number]> }),
): T => order;

/**
 * The order in which the summary line gives each kind of statement. The statements that gave
 * the status are not repeated after it.
 */
export const PHRASE_ORDER = complete([
  'ukraine-official:claim',
  'partisan-group:claim',
  'ukraine-anonymous:claim',
  'ukraine-official:hint',
  'ukraine-lawmaker-commander:endorsement',
  'ukraine-official:denial',
  'ukraine-anonymous:denial',
  'ukraine-lawmaker-commander:denial',
  'partisan-group:denial',
  'ukraine-official:no-comment',
  'russia-authorities:accusation',
  'russia-authorities:report',
  'russia-authorities:no-comment',
  'media:report',
]);

const pairsOf = (statements: readonly Statement[]) => new Set(statements.map((s) => `${s.speaker}:${s.act}` as Phrase));

/** The status that follows from the statements. */
export function statusOf(statements: readonly Statement[]): Status {
  const present = pairsOf(statements);
  return STATUS_PAIRS.find(([, pairs]) => pairs.some((p) => present.has(p)))?.[0] ?? 'not-claimed';
}

/** The kinds of statement the line names after the status, in the fixed order. */
export function phrasesOf(statements: readonly Statement[]): Phrase[] {
  const present = pairsOf(statements);
  const status = statusOf(statements);
  const said = new Set(STATUS_PAIRS.find(([s]) => s === status)?.[1]);
  return PHRASE_ORDER.filter((pair) => present.has(pair) && !said.has(pair));
}

/** "Not claimed, but hinted at; praised by a Ukrainian lawmaker or commander; Russian authorities blame Ukraine". */
export function responsibilityInWords(statements: readonly Statement[], locale: Locale = DEFAULT_LOCALE): string {
  const t = ui(locale);
  const status = t.vocabulary.statuses[statusOf(statements)].label;
  return [status, ...phrasesOf(statements).map((p) => t.entries.attribution.phrases[p])].join('; ');
}
