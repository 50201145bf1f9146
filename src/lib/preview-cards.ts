/**
 * The words on an incident's preview card, in one edition: what a person who sees the shared
 * link most needs beside the name and the date, namely who the person was and what is known
 * about responsibility. Pure, so the tests can lay out every real card in every language.
 */
import type { PreviewCard } from './preview-image';
import { statusOf } from './attribution';
import { formatWhen, type When } from './dates';
import type { Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import type { Incident } from '../schemas/incident';

/** An incident's text as its edition has it (src/data/editions.ts incidentIn). */
export type IncidentText = When & Pick<Incident, 'person' | 'role' | 'place' | 'attribution'>;

export function incidentCard(locale: Locale, i: IncidentText): PreviewCard {
  const t = ui(locale);
  return {
    kicker: t.site.previews.kicker.incident,
    title: i.person.name,
    role: i.role,
    date: `${formatWhen(i, { withTime: true, sentence: true, locale })}, ${i.place.locality}`,
    responsibility: t.site.previews.responsibility(t.vocabulary.statuses[statusOf(i.attribution)].label),
    siteName: t.site.name,
  };
}
