/**
 * Who has said what about responsibility for an incident. Each statement records *who*
 * spoke (the speaker) apart from *what* they said (the act); the incident's overall status
 * follows from its statements by rule (src/lib/attribution.ts), so no editor sets it by hand
 * and no status can contradict the statements it sums up.
 */
import { z } from 'astro/zod';
import { enumOf, partialDateSchema } from './common';
import vocabulary from '../i18n/ui/vocabulary';

/**
 * Who spoke, by the kind of voice: the same words weigh differently from each. (Labels and
 * definitions of these and of the acts: src/i18n/ui/vocabulary.ts.)
 */
export const SPEAKER_CODES = [
  'ukraine-official',
  'ukraine-anonymous',
  'ukraine-lawmaker-commander',
  'russia-authorities',
  'partisan-group',
  'media',
] as const;
export type Speaker = (typeof SPEAKER_CODES)[number];

/** What they said about responsibility. */
export const ACT_CODES = ['claim', 'hint', 'endorsement', 'denial', 'accusation', 'report', 'no-comment'] as const;
export type Act = (typeof ACT_CODES)[number];

// The editor reads refusals in English: a speaker is named there as the English edition names it.
const speakerName = (s: Speaker) => vocabulary.en.speakers[s].label;

/**
 * Which acts each kind of speaker can make. A Russian authority cannot "claim" a killing
 * on Ukraine's behalf; a lawmaker who praises an attack endorses it, he does not speak for
 * an agency; the media report, they do not claim.
 */
export const ACTS_BY_SPEAKER = {
  'ukraine-official': ['claim', 'hint', 'denial', 'no-comment'],
  'ukraine-anonymous': ['claim', 'denial'],
  'ukraine-lawmaker-commander': ['endorsement', 'denial'],
  'russia-authorities': ['accusation', 'report', 'no-comment'],
  'partisan-group': ['claim', 'denial'],
  media: ['report'],
} as const satisfies Record<Speaker, readonly Act[]>;

/**
 * Pairs of acts that one kind of speaker cannot both have made about the same incident:
 * officials cannot have claimed and denied it, nor claimed or denied it and also said
 * nothing. (A hint beside a denial is allowed: Ukraine's military intelligence published
 * details of one shooting while its chief denied any role.)
 */
export const CONTRADICTIONS: readonly (readonly [Act, Act])[] = [
  ['claim', 'denial'],
  ['claim', 'no-comment'],
  ['denial', 'no-comment'],
];

export const statementSchema = z
  .object({
    /** Who spoke, from the speaker vocabulary. */
    speaker: enumOf(SPEAKER_CODES, 'speaker'),
    /** What they said about responsibility, from the act vocabulary. */
    act: enumOf(ACT_CODES, 'act'),
    /** Who exactly: a named person or body, or "a source in the SBU, to Reuters". */
    who: z.string({ error: 'is missing: say who made the statement' }).min(1),
    /** When it was said, at the precision known. */
    date: partialDateSchema.optional(),
    /** What was said, in the site's words; short quotations in quotation marks. */
    text: z.string({ error: 'is missing: say what was said' }).min(1),
  })
  .superRefine((s, ctx) => {
    const allowed: readonly Act[] = ACTS_BY_SPEAKER[s.speaker];
    if (!allowed.includes(s.act)) {
      ctx.addIssue({
        code: 'custom',
        path: ['act'],
        message: `"${s.act}" cannot come from ${speakerName(s.speaker)} (speaker "${s.speaker}" can make: ${allowed.join(', ')})`,
      });
    }
  });
export type Statement = z.output<typeof statementSchema>;

/** Every statement about responsibility for one incident, checked against each other. */
export const statementsSchema = z
  .array(statementSchema, { error: 'must be a list of statements (an empty list means nobody has said anything)' })
  .default([])
  .superRefine((list, ctx) => {
    for (const [a, b] of CONTRADICTIONS) {
      for (const speaker of SPEAKER_CODES) {
        const one = list.findIndex((s) => s.speaker === speaker && s.act === a);
        const other = list.findIndex((s) => s.speaker === speaker && s.act === b);
        if (one < 0 || other < 0) continue;
        // Point at the later statement, which is most likely the one just added.
        const [earlier, later] = one < other ? [one, other] : [other, one];
        ctx.addIssue({
          code: 'custom',
          path: [later, 'act'],
          message: `contradicts statement ${earlier + 1}: ${speakerName(speaker)} cannot both "${a}" and "${b}" about the same incident`,
        });
      }
    }
  });
