import { describe, expect, it } from 'vitest';
import { routeName, routePattern, routes } from '../support/templates';
import { UNINDEXED_ROUTES } from '../../src/site';

describe('templates are found from the routes', () => {
  it('turns route files into address patterns', () => {
    expect(routePattern('[...locale]/index.astro').test('/')).toBe(true);
    expect(routePattern('[...locale]/index.astro').test('/ru/')).toBe(true);
    expect(routePattern('[...locale]/index.astro').test('/incidents/')).toBe(false);
    expect(routePattern('404.astro').test('/404.html')).toBe(true);
    expect(routePattern('[locale]/404.astro').test('/uk/404/')).toBe(true);
    expect(routePattern('[...locale]/peace-talks/index.astro').test('/uk/peace-talks/')).toBe(true);
    expect(routePattern('[...locale]/[page].astro').test('/methodology/')).toBe(true);
    expect(routePattern('[...locale]/incidents/[id].astro').test('/ru/incidents/igor-kirillov/')).toBe(true);
    expect(routePattern('[...locale]/incidents/[id].astro').test('/incidents/')).toBe(false);
    expect(routePattern('[...locale]/incidents/[...period].astro').test('/incidents/2024/01/')).toBe(true);
  });
  it('lists static routes before dynamic ones, so /incidents/ is not taken for a period page', () => {
    const all = routes();
    const at = (r: string) => all.indexOf(`[...locale]/${r}`);
    expect(at('incidents/index.astro')).toBeLessThan(at('incidents/[...period].astro'));
    expect(at('incidents/[id].astro')).toBeLessThan(at('incidents/[...period].astro'));
  });
  it('lists named pages before the prose pages, so /updates/ is not taken for a page of content/pages', () => {
    const all = routes();
    for (const route of ['updates.astro', 'print.astro', 'incidents/index.astro'])
      expect(all.indexOf(`[...locale]/${route}`), route).toBeLessThan(all.indexOf('[...locale]/[page].astro'));
  });
});

describe('the routes kept out of search engines', () => {
  it('are named as Astro names them, so the robots meta and the sitemap find them', () => {
    expect(routeName('[...locale]/index.astro')).toBe('/[...locale]');
    expect(routeName('[...locale]/incidents/index.astro')).toBe('/[...locale]/incidents');
    expect(routeName('[...locale]/incidents/[id].astro')).toBe('/[...locale]/incidents/[id]');
    const names = routes().map(routeName);
    for (const route of UNINDEXED_ROUTES) expect(names, `${route} is a route in src/pages`).toContain(route);
  });
});
