/**
 * The feed: every explainer section and every incident, newest change first. A piece's
 * change date is the newest of its own date and its dated updates (src/lib/changes.ts).
 * Sections and incidents have no publication date of their own, so "own date" is the day
 * the site published them (SITE.published); updates move a piece up.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { explainerSections, incidents } from '../data/collections';
import { newestChangeFirst, startOfPartialDate } from '../lib/changes';
import { lastModified } from '../lib/modified';
import { sharePath } from '../lib/share';
import { formatDate } from '../lib/dates';
import { SITE } from '../site';

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
    title: `${i.person.name}, ${formatDate(i.date)}`,
    description: i.summary,
    link: sharePath('incidents', i.id),
    changed: lastModified(SITE.published, i.updates),
  }));
  return rss({
    title: SITE.name,
    description: SITE.description,
    site,
    trailingSlash: true,
    customData: `<language>${SITE.lang}</language>`,
    items: newestChangeFirst([...sections, ...killings], (p) => p.changed).map(({ changed, ...item }) => ({
      ...item,
      pubDate: startOfPartialDate(changed),
    })),
  });
};
