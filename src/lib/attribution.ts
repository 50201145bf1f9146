/**
 * What is known about responsibility for an incident, derived by rule from its statements.
 * The status answers one question, how far the Ukrainian side has gone in owning the
 * killing; the summary line adds, in a fixed order, everything else that was said.
 * Pure functions: the methodology and codebook state these same rules (the words are in
 * src/i18n/ui/vocabulary.ts).
 */
import { ACTS_BY_SPEAKER, type Speaker, type Statement } from '../schemas/attribution';

/** The overall status, strongest first. */
export const STATUSES = {
  claimed: 'Claimed on the record',
  'claimed-anonymously': 'Claimed only anonymously',
  hinted: 'Not claimed, but hinted at',
  'not-claimed': 'Not claimed',
} as const;
export type Status = keyof typeof STATUSES;

type Pair = { [S in Speaker]: `${S}:${(typeof ACTS_BY_SPEAKER)[S][number]}` }[Speaker];

/** The statements that give each status, checked strongest first. */
const STATUS_PAIRS: readonly (readonly [Status, readonly Pair[]])[] = [
  ['claimed', ['ukraine-official:claim', 'partisan-group:claim']],
  ['claimed-anonymously', ['ukraine-anonymous:claim']],
  ['hinted', ['ukraine-official:hint']],
];

const pairsOf = (statements: readonly Statement[]) => new Set(statements.map((s) => `${s.speaker}:${s.act}` as Pair));

/** The status that follows from the statements. */
export function statusOf(statements: readonly Statement[]): Status {
  const present = pairsOf(statements);
  return STATUS_PAIRS.find(([, pairs]) => pairs.some((p) => present.has(p)))?.[0] ?? 'not-claimed';
}

/**
 * How each kind of statement reads in the summary line, in the order the line gives them.
 * The statements that gave the status are not repeated after it; `satisfies` makes the
 * compiler refuse a speaker–act pair with no wording.
 */
export const PHRASES = {
  'ukraine-official:claim': 'claimed on the record by Ukrainian officials',
  'partisan-group:claim': 'claimed by a partisan group',
  'ukraine-anonymous:claim': 'also claimed by Ukrainian sources speaking anonymously',
  'ukraine-official:hint': 'hinted at by Ukrainian officials',
  'ukraine-lawmaker-commander:endorsement': 'praised by a Ukrainian lawmaker or commander',
  'ukraine-official:denial': 'denied by Ukrainian officials',
  'ukraine-anonymous:denial': 'denied by Ukrainian sources speaking anonymously',
  'ukraine-lawmaker-commander:denial': 'denied by a Ukrainian lawmaker or commander',
  'partisan-group:denial': 'denied by a partisan group',
  'ukraine-official:no-comment': 'no official comment from Kyiv',
  'russia-authorities:accusation': 'Russian authorities blame Ukraine',
  'russia-authorities:report': 'Russian authorities give their own account',
  'russia-authorities:no-comment': 'no official comment from Moscow',
  'media:report': 'media reports on who was behind it',
} as const satisfies Record<Pair, string>;

/** The phrases present for these statements, in the fixed order. */
export function phrasesOf(statements: readonly Statement[]): string[] {
  const present = pairsOf(statements);
  const status = statusOf(statements);
  const said = new Set(STATUS_PAIRS.find(([s]) => s === status)?.[1]);
  return (Object.entries(PHRASES) as [Pair, string][])
    .filter(([pair]) => present.has(pair) && !said.has(pair))
    .map(([, phrase]) => phrase);
}

/** "Not claimed, but hinted at; praised by a Ukrainian lawmaker or commander; Russian authorities blame Ukraine". */
export function responsibilityInWords(statements: readonly Statement[]): string {
  return [STATUSES[statusOf(statements)], ...phrasesOf(statements)].join('; ');
}
