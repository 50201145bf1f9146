/**
 * What each term of the incident vocabularies means, for the codebook and the methodology.
 * The labels live in the schema; the definitions live here, and `satisfies` makes the
 * compiler refuse a vocabulary term that has no definition.
 */
import {
  CATEGORIES,
  METHODS,
  OUTCOMES,
  SETTINGS,
  STANCES,
  type Category,
  type Method,
  type Outcome,
  type Setting,
  type Stance,
} from '../schemas/incident';

export const CATEGORY_DEFINITIONS = {
  'military-officer': 'A serving (or recently serving) officer of the Russian armed forces.',
  'weapons-scientist': 'An engineer or scientist working on Russian weapons.',
  propagandist: 'A writer, blogger or commentator who publicly promoted the war.',
  'collaborator-official': 'A Ukrainian citizen serving in a Russian-installed administration in occupied Ukraine.',
  'defector-politician': 'A former Ukrainian politician who sided with Russia and left Ukraine.',
  'paramilitary-leader': 'The founder or leader of an armed group fighting for Russia outside the regular army.',
  'prison-official': 'An official of a prison or penal colony where prisoners of war were held.',
} as const satisfies Record<Category, string>;

export const SETTING_DEFINITIONS = {
  russia: 'Inside Russia’s internationally recognised borders.',
  'occupied-ukraine':
    'In Ukraine, in an area under Russian occupation at the time (Crimea and the occupied parts of Donetsk, Luhansk, Zaporizhzhia and Kherson regions).',
} as const satisfies Record<Setting, string>;

export const METHOD_DEFINITIONS = {
  'car-bomb': 'An explosive device in or under a vehicle, or in a parked vehicle beside the person.',
  bomb: 'An explosive device not in a vehicle: in a building, a parcel, a scooter or an object handed over.',
  shooting: 'Killed with a firearm.',
  'car-crash':
    'Died in a road crash according to the official account; listed because others reported or suspected a targeted killing.',
} as const satisfies Record<Method, string>;

export const OUTCOME_DEFINITIONS = {
  'killed-at-scene': 'Died at the place of the attack.',
  'died-of-wounds': 'Died later, in hospital or on the way there.',
  'death-reported-unconfirmed': 'Reported dead by media or channels; not confirmed by the authorities.',
  'found-dead': 'Found dead; how and when the person died was established afterwards.',
  'died-in-crash': 'Died in a road crash, by the official account.',
} as const satisfies Record<Outcome, string>;

/**
 * The attribution vocabulary. Each stance records who said what; none of them is the site's
 * own finding about who is responsible.
 */
export const STANCE_DEFINITIONS = {
  'claimed-on-record':
    'Claimed: an official or body of the side said to be responsible said on the record, by name, that it carried out the killing.',
  'claimed-anonymously':
    'Claimed through anonymous officials: sources in that side’s security or intelligence services told the media it carried out the killing, without being named.',
  hinted:
    'Hinted at: an official spoke approvingly or suggestively of the killing without saying that their side did it.',
  'alleged-by-russia':
    'Alleged: Russian officials (investigators, the FSB, the foreign ministry) accused Ukraine or others of the killing.',
  'reported-by-media':
    'Reported: media reported, from their own sources or documents, who was behind the killing; no side has said so.',
  denied: 'Denied: the side accused said it was not involved.',
  unclaimed: 'Unclaimed: nobody has claimed the killing and no one has been publicly accused.',
} as const satisfies Record<Stance, string>;

/** A vocabulary as the codebook shows it: code, label, definition. */
export interface Vocabulary {
  /** The field it belongs to, e.g. "category". */
  field: string;
  /** A heading for the codebook. */
  name: string;
  terms: { code: string; label: string; definition: string }[];
}

const terms = <K extends string>(labels: Record<K, string>, definitions: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((code) => ({ code, label: labels[code], definition: definitions[code] }));

/** Every vocabulary, in the order the codebook lists them. */
export const VOCABULARIES: Vocabulary[] = [
  { field: 'category', name: 'Categories', terms: terms(CATEGORIES, CATEGORY_DEFINITIONS) },
  { field: 'setting', name: 'Settings', terms: terms(SETTINGS, SETTING_DEFINITIONS) },
  { field: 'method', name: 'Methods', terms: terms(METHODS, METHOD_DEFINITIONS) },
  { field: 'outcome', name: 'Outcomes', terms: terms(OUTCOMES, OUTCOME_DEFINITIONS) },
  { field: 'stance', name: 'Attribution stances', terms: terms(STANCES, STANCE_DEFINITIONS) },
];
