/**
 * The feed of an edition: every explainer section and every incident, newest change first, and
 * every logged update and correction as an item of its own, so a subscriber who read a piece
 * learns that it changed and how. All in the edition's words, each item linking to the piece
 * in the edition. A piece's change date is the newest of its own date and its dated updates
 * (src/lib/changes.ts). Sections and incidents have no publication date of their own, so "own
 * date" is the day the site published them (SITE.published).
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { explainerSections } from '../../data/collections';
import { newestChangeFirst, startOfPartialDate } from '../../lib/changes';
import { lastModified } from '../../lib/modified';
import { sharePath } from '../../lib/share';
import { formatDate, formatWhen } from '../../lib/dates';
import { incidentsIn, updatables } from '../../data/dataset';
import { mdxIn } from '../../data/editions';
import { updateLog } from '../../lib/modified';
import { SITE } from '../../site';
import { editionPaths } from '../../i18n/routes';
import { LOCALES, localeOf, localePath } from '../../i18n/locales';
import { ui } from '../../i18n/ui';
import type { GetStaticPaths } from 'astro';

export const getStaticPaths = (() => editionPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, currentLocale }) => {
  if (!site) throw new Error('The feed needs `site` in astro.config.mjs');
  const locale = localeOf(currentLocale);
  const t = ui(locale);
  const sections = await Promise.all(
    (await explainerSections()).map(async (entry) => {
      const { data: s } = await mdxIn(locale, entry);
      return {
        title: s.title,
        description: s.summary,
        link: localePath(locale, sharePath('explainer', s.id)),
        changed: lastModified(SITE.published, s.updates),
      };
    }),
  );
  // Newest incident first among equals, as readers of a news feed expect.
  const killings = [...(await incidentsIn(locale))].reverse().map((i) => ({
    title: `${i.person.name}, ${formatWhen(i, { locale })}`,
    description: `${formatWhen(i, { withTime: true, sentence: true, locale })}. ${i.summary}`,
    link: localePath(locale, sharePath('incidents', i.id)),
    changed: lastModified(SITE.published, i.updates),
  }));
  const feed = t.pages.feed;
  const changes = updateLog(await updatables(locale)).map((u) => ({
    title: feed.itemTitle(t.vocabulary.updateKinds[u.kind].label, u.item.title),
    description: [`${formatDate(u.date, locale)}: ${u.text}`, u.was && feed.was(u.was), u.now && feed.now(u.now)]
      .filter(Boolean)
      .join(' '),
    // Absolute, so the feed writer keeps the fragment as it is (it adds a slash to relative paths).
    link: new URL(localePath(locale, u.anchor), site).href,
    changed: u.date,
  }));
  return rss({
    title: t.site.name,
    description: t.site.description,
    // The channel links to the edition's home page.
    site: new URL(localePath(locale, '/'), site).href,
    trailingSlash: true,
    customData: `<language>${LOCALES[locale].lang}</language>`,
    items: newestChangeFirst([...changes, ...sections, ...killings], (p) => p.changed).map(({ changed, ...item }) => ({
      ...item,
      pubDate: startOfPartialDate(changed),
    })),
  });
};
