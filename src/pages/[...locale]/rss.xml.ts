/**
 * The feed: every explainer section and every incident, newest change first, and every
 * logged update and correction as an item of its own, so a subscriber who read a piece
 * learns that it changed and how. A piece's change date is the newest of its own date and
 * its dated updates (src/lib/changes.ts). Sections and incidents have no publication date of
 * their own, so "own date" is the day the site published them (SITE.published).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { explainerSections, incidents } from '../../data/collections';
import { newestChangeFirst, startOfPartialDate } from '../../lib/changes';
import { lastModified } from '../../lib/modified';
import { sharePath } from '../../lib/share';
import { formatDate, formatWhen } from '../../lib/dates';
import { updatables } from '../../data/dataset';
import { updateLog } from '../../lib/modified';
import { SITE } from '../../site';
import { editionPaths } from '../../i18n/routes';
import type { GetStaticPaths } from 'astro';

export const getStaticPaths = (() => editionPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The feed needs `site` in astro.config.mjs');
  const sections = (await explainerSections()).map(({ data: s }) => ({
    title: s.title,
    description: s.summary,
    link: sharePath('explainer', s.id),
    changed: lastModified(SITE.published, s.updates),
  }));
  // Newest incident first among equals, as readers of a news feed expect.
  const killings = [...(await incidents())].reverse().map((i) => ({
    title: `${i.person.name}, ${formatWhen(i)}`,
    description: `${formatWhen(i, { withTime: true, sentence: true })}. ${i.summary}`,
    link: sharePath('incidents', i.id),
    changed: lastModified(SITE.published, i.updates),
  }));
  const changes = updateLog(await updatables()).map((u) => ({
    title: `${u.kind === 'correction' ? 'Correction' : 'Update'}: ${u.item.title}`,
    description: [`${formatDate(u.date)}: ${u.text}`, u.was && `We said: ${u.was}`, u.now && `Correct: ${u.now}`]
      .filter(Boolean)
      .join(' '),
    // Absolute, so the feed writer keeps the fragment as it is (it adds a slash to relative paths).
    link: new URL(u.anchor, site).href,
    changed: u.date,
  }));
  return rss({
    title: SITE.name,
    description: SITE.description,
    site,
    trailingSlash: true,
    customData: `<language>${SITE.lang}</language>`,
    items: newestChangeFirst([...changes, ...sections, ...killings], (p) => p.changed).map(({ changed, ...item }) => ({
      ...item,
      pubDate: startOfPartialDate(changed),
    })),
  });
};
