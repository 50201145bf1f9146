/**
 * One targeted killing (or death reported as one) in the incident list.
 * Everything a reader sees about an incident lives here, including how sure we are.
 */
import { z } from 'astro/zod';
import {
  enumOf,
  idSchema,
  laterDevelopmentSchema,
  pastDateSchema,
  sourcesSchema,
  timeSchema,
  timeZoneSchema,
  updateSchema,
} from './common';
import { statementsSchema } from './attribution';
import { casualtiesSchema } from './casualties';

/*
 * The vocabularies' codes, in the order every list, key and codebook shows them. What each code
 * is called and means in each edition is in src/i18n/ui/vocabulary.ts, typed by these codes.
 */

/** Who the person was, in the categories the explainer compares. */
export const CATEGORY_CODES = [
  'military-officer',
  'weapons-scientist',
  'propagandist',
  'collaborator-official',
  'defector-politician',
  'paramilitary-leader',
  'prison-official',
] as const;
export type Category = (typeof CATEGORY_CODES)[number];

/** Whether the place is in Russia or in Ukraine under Russian occupation. */
export const SETTING_CODES = ['russia', 'occupied-ukraine'] as const;
export type Setting = (typeof SETTING_CODES)[number];

/** How the person was killed, as reported (the official version where that is all there is). */
export const METHOD_CODES = ['car-bomb', 'bomb', 'shooting', 'car-crash'] as const;
export type Method = (typeof METHOD_CODES)[number];

/** What is known of the death itself. */
export const OUTCOME_CODES = [
  'killed-at-scene',
  'died-of-wounds',
  'death-reported-unconfirmed',
  'found-dead',
  'died-in-crash',
] as const;
export type Outcome = (typeof OUTCOME_CODES)[number];

export const personSchema = z.object({
  /** The name as this site spells it everywhere. */
  name: z.string({ error: 'is missing: give the name as the site spells it' }).min(1),
  /** Other spellings and transliterations readers will meet in other reports. */
  otherSpellings: z.array(z.string().min(1)).default([]),
  /** Age at death, when known, with any caveat (e.g. widely reported differently). */
  age: z.number().int().positive().optional(),
  /** Why the age needs a caveat, if it does. */
  ageNote: z.string().min(1).optional(),
});

export const placeSchema = z.object({
  /** Town or city (or village) as the site spells it, e.g. "Balashikha". */
  locality: z.string({ error: 'is missing: name the town or city' }).min(1),
  /** Region, e.g. "Moscow Oblast" or "Kherson Oblast". */
  region: z.string({ error: 'is missing: name the region' }).min(1),
  /** Russia proper, or Ukraine under Russian occupation. */
  setting: enumOf(SETTING_CODES, 'setting'),
  /** Street-level detail, where sources give it. */
  detail: z.string().min(1).optional(),
});

export const incidentSchema = z
  .object({
    /** Stable slug; the public anchor (#id) and share-page URL. The file name, content/incidents/<id>.yaml. */
    id: idSchema,
    /** Former ids, kept so that links shared before a rename keep working. */
    aliases: z.array(idSchema).default([]),
    /** Date of the attack (or of the death) at its honest precision. */
    date: pastDateSchema,
    /** True when sources give the date only approximately ("about 10 December"). */
    approximateDate: z.boolean().default(false),
    /** Local time, when sources give it. */
    time: timeSchema.optional(),
    /** True when sources give the time only approximately ("about 21:00"). */
    approximateTime: z.boolean().default(false),
    /** Time zone of `time`; required whenever `time` is given. */
    timeZone: timeZoneSchema.optional(),
    /** Why the date is uncertain or how sources differ on it. */
    dateNote: z.string().min(1).optional(),
    /** The person killed. */
    person: personSchema,
    /** Their role at the time, in a phrase. */
    role: z.string({ error: 'is missing: give the role at the time' }).min(1),
    /** Category, from the category vocabulary. */
    category: enumOf(CATEGORY_CODES, 'category'),
    /** Where it happened. */
    place: placeSchema,
    /** How, from the method vocabulary. */
    method: enumOf(METHOD_CODES, 'method'),
    /** The method in a sentence: device, vehicle, weapon. */
    methodDetail: z.string().min(1).optional(),
    /** What is known of the death, from the outcome vocabulary. */
    outcome: enumOf(OUTCOME_CODES, 'outcome'),
    /** Other people killed or hurt: counts with their sources, and a sentence. */
    casualties: casualtiesSchema,
    /**
     * Every statement about responsibility: who spoke, what they said, when. An empty list
     * means nobody has said anything; the overall status follows from the list by rule.
     */
    attribution: statementsSchema,
    /** Two or three sentences in the site's own words. */
    summary: z.string({ error: 'is missing: write a short summary' }).min(1),
    /** Points on which sources disagree or which could not be confirmed. */
    disputed: z.array(z.string().min(1)).default([]),
    /** At least two reports, with outlet, date and URL. */
    sources: sourcesSchema,
    /** Dated corrections and updates. */
    updates: z.array(updateSchema).default([]),
    /** What happened after the as-of date that bears on this entry, dated and sourced. */
    later: z.array(laterDevelopmentSchema).default([]),
  })
  .refine((i) => !i.time || i.timeZone, {
    error: 'needs a time zone (timeZone) because a time is given',
    path: ['timeZone'],
  })
  .refine((i) => i.time || !i.approximateTime, {
    error: 'is set, but no time is given',
    path: ['approximateTime'],
  });

export type Incident = z.output<typeof incidentSchema>;
