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
  type Category,
  type Method,
  type Outcome,
  type Setting,
} from '../schemas/incident';
import { ACTS, SPEAKERS, type Act, type Speaker } from '../schemas/attribution';
import { SOURCE_KINDS, type SourceKind } from '../schemas/common';
import { STATUSES, STATUS_RULES } from './attribution';

export const CATEGORY_DEFINITIONS = {
  'military-officer':
    'A serving officer of the Russian armed forces, or a former officer whose killing was linked by Ukraine to his service (one, Rzhitsky, was a city mobilisation official at his death).',
  'weapons-scientist': 'An engineer or scientist working on Russian weapons.',
  propagandist: 'A writer, blogger or commentator who publicly promoted the war.',
  'collaborator-official': 'A Ukrainian citizen serving in a Russian-installed administration in occupied Ukraine.',
  'defector-politician': 'A former Ukrainian politician who sided with Russia and left Ukraine.',
  'paramilitary-leader': 'The founder or leader of an armed group fighting for Russia outside the regular army.',
  'prison-official': 'An official of a prison or penal colony where prisoners of war were held.',
} as const satisfies Record<Category, string>;

export const SETTING_DEFINITIONS = {
  russia: 'Inside Russia’s internationally recognised borders.',
  'occupied-ukraine': 'In Ukraine, in an area under Russian occupation at the time of the killing.',
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

/** Who spoke about responsibility. */
export const SPEAKER_DEFINITIONS = {
  'ukraine-official':
    'A Ukrainian official, agency or spokesperson speaking on the record, by name or for the institution.',
  'ukraine-anonymous': 'Ukrainian officials or agency sources who spoke to the media without being named.',
  'ukraine-lawmaker-commander':
    'A Ukrainian member of parliament or military commander speaking for themselves, not for an agency.',
  'russia-authorities':
    'Russian officials or bodies: the Kremlin, the FSB, investigators, the National Anti-Terrorism Committee.',
  'partisan-group': 'An armed underground group in Russia or occupied Ukraine speaking for itself.',
  media: 'A news outlet reporting from its own sources or documents, or relaying a line of inquiry.',
} as const satisfies Record<Speaker, string>;

/** What they said about responsibility. */
export const ACT_DEFINITIONS = {
  claim: 'Said that their own side carried out the killing.',
  hint: 'Spoke of the killing approvingly or suggestively, or published details of it, without saying their side did it.',
  endorsement: 'Praised or welcomed the killing without speaking for any agency and without claiming it.',
  denial: 'Said that their side was not involved, or described the killing in terms that rule their side out.',
  accusation: 'Blamed Ukraine or people said to act for it, often naming or detaining suspects.',
  report: 'Reported who was, or may have been, behind the killing, or what investigators suspected.',
  'no-comment': 'Made no official comment on the killing, or declined to comment.',
} as const satisfies Record<Act, string>;

/** What kind of source a report is. */
export const SOURCE_KIND_DEFINITIONS = {
  original: 'The outlet’s own report.',
  'agency-copy':
    'A news agency’s story (Reuters, AP, AFP) carried word for word by another outlet; listed as “Agency, carried by Outlet”.',
  secondary: 'An outlet reporting what another outlet reported; listed as “Outlet, reporting Other outlet”.',
  official: 'A government’s or official body’s own statement or page.',
  reference: 'An encyclopedia entry, cited only for dates of birth and similar background.',
} as const satisfies Record<SourceKind, string>;

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

const terms = <K extends string>(labels: Record<K, string>, definitions: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((code) => ({ code, label: labels[code], definition: definitions[code] }));

/** Every vocabulary, in the order the codebook lists them. */
export const VOCABULARIES: Vocabulary[] = [
  { field: 'category', name: 'Categories', terms: terms(CATEGORIES, CATEGORY_DEFINITIONS) },
  { field: 'setting', name: 'Settings', terms: terms(SETTINGS, SETTING_DEFINITIONS) },
  { field: 'method', name: 'Methods', terms: terms(METHODS, METHOD_DEFINITIONS) },
  { field: 'outcome', name: 'Outcomes', terms: terms(OUTCOMES, OUTCOME_DEFINITIONS) },
  { field: 'status', name: 'Responsibility status', terms: terms(STATUSES, STATUS_RULES) },
  { field: 'speaker', name: 'Who spoke', terms: terms(SPEAKERS, SPEAKER_DEFINITIONS) },
  { field: 'act', name: 'What they said', terms: terms(ACTS, ACT_DEFINITIONS) },
  { field: 'source-kind', name: 'Kinds of source', terms: terms(SOURCE_KINDS, SOURCE_KIND_DEFINITIONS) },
];
