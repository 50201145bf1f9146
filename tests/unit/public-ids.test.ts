/**
 * The public ids: every `#id` and share-page address readers may have shared. Changing one
 * is a deliberate act: a new id must be added here, and an id that leaves the content must
 * stay reachable as an `aliases` entry of the piece that took its place (see README,
 * "Sharing: anchors, share pages, previews").
 */
import { describe, expect, it } from 'vitest';
import { readTalksEvents, readExplainerSections, readIncidents, readPeaceTalksSections } from '../support/content';

/** Ids ever published, per content set (the fixtures are a content set of their own). */
const PINNED: Record<string, Record<'explainer' | 'peace-talks' | 'incidents' | 'talks-events', string[]>> = {
  content: {
    explainer: [
      'what-happened-in-balashikha',
      'who-was-moskalik',
      'is-there-a-pattern',
      'where-the-talks-stood',
      'why-it-matters',
    ],
    'peace-talks': ['where-things-stood', 'spring-2025-sequence', 'earlier-rounds', 'venues-and-legitimacy'],
    incidents: [
      'darya-dugina',
      'oleksiy-kovalyov',
      'kirill-stremousov',
      'vladlen-tatarsky',
      'stanislav-rzhitsky',
      'illia-kyva',
      'sergei-yevsyukov',
      'mikhail-shatsky',
      'igor-kirillov',
      'armen-sarkisyan',
      'yaroslav-moskalik',
    ],
    'talks-events': [
      'minsk-ii-normandy-summit-2015',
      'normandy-summit-paris-2015',
      'normandy-summit-paris-2019',
      'istanbul-talks-2022',
      'putin-legitimacy-remark',
      'reuters-saudi-uae-venues',
      'witkoff-visit-1',
      'riyadh-us-russia-talks',
      'jeddah-us-ukraine-talks',
      'witkoff-visit-2',
      'trump-putin-call-energy-pause',
      'black-sea-deal',
      'witkoff-visit-3',
      'easter-truce',
      'putin-proposes-bilateral-talks',
      'trump-getting-very-close',
      'reuters-documents',
      'witkoff-visit-4',
      'trump-100th-day',
    ],
  },
  'tests/fixtures/content': {
    explainer: ['fixture-section', 'fixture-second', 'fixture-old-section'],
    'peace-talks': ['fixture-background'],
    incidents: ['fixture-person', 'fixture-old-person', 'yaroslav-moskalik', 'fixture-official', 'fixture-approximate'],
    'talks-events': ['fixture-talks', 'fixture-old-talks', 'fixture-envoy-meeting'],
  },
};

for (const DIR of Object.keys(PINNED)) {
  const current = {
    explainer: readExplainerSections(DIR),
    'peace-talks': readPeaceTalksSections(DIR),
    incidents: readIncidents(DIR),
    'talks-events': readTalksEvents(DIR),
  };

  describe(`public ids of ${DIR}`, () => {
    const pinned = PINNED[DIR];
    it('are pinned for this content set', () => expect(pinned, `add ${DIR} to PINNED`).toBeDefined());
    for (const kind of Object.keys(current) as (keyof typeof current)[]) {
      const items = current[kind];
      const ids = items.map((i) => i.id);
      const answered = new Set([...ids, ...items.flatMap((i) => i.aliases ?? [])]);
      it(`${kind}: every current id is pinned, so a new or renamed id is a deliberate change`, () => {
        expect(ids.filter((id) => !pinned?.[kind].includes(id))).toEqual([]);
      });
      it(`${kind}: every pinned id still answers, as an id or as an alias`, () => {
        expect(pinned?.[kind].filter((id) => !answered.has(id))).toEqual([]);
      });
      it(`${kind}: no id or alias is used twice`, () => {
        const all = [...ids, ...items.flatMap((i) => i.aliases ?? [])];
        expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
      });
    }
  });
}
