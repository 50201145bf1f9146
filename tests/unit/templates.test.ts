import { describe, expect, it } from 'vitest';
import { routeName, routePattern, routes } from '../support/templates';
import { UNINDEXED_ROUTES } from '../../src/site';

describe('templates are found from the routes', () => {
  it('turns route files into address patterns', () => {
    expect(routePattern('index.astro').test('/')).toBe(true);
    expect(routePattern('404.astro').test('/404.html')).toBe(true);
    expect(routePattern('peace-talks/index.astro').test('/peace-talks/')).toBe(true);
    expect(routePattern('[page].astro').test('/methodology/')).toBe(true);
    expect(routePattern('incidents/[id].astro').test('/incidents/igor-kirillov/')).toBe(true);
    expect(routePattern('incidents/[id].astro').test('/incidents/')).toBe(false);
    expect(routePattern('incidents/[...period].astro').test('/incidents/2024/01/')).toBe(true);
  });
  it('lists static routes before dynamic ones, so /incidents/ is not taken for a period page', () => {
    const all = routes();
    expect(all.indexOf('incidents/index.astro')).toBeLessThan(all.indexOf('incidents/[...period].astro'));
    expect(all.indexOf('incidents/[id].astro')).toBeLessThan(all.indexOf('incidents/[...period].astro'));
  });
  it('lists named pages before the prose pages, so /updates/ is not taken for a page of content/pages', () => {
    const all = routes();
    for (const route of ['updates.astro', 'print.astro', 'incidents/index.astro'])
      expect(all.indexOf(route), route).toBeLessThan(all.indexOf('[page].astro'));
  });
});

describe('the routes kept out of search engines', () => {
  it('are named as Astro names them, so the robots meta and the sitemap find them', () => {
    expect(routeName('index.astro')).toBe('/');
    expect(routeName('incidents/index.astro')).toBe('/incidents');
    expect(routeName('incidents/[id].astro')).toBe('/incidents/[id]');
    const names = routes().map(routeName);
    for (const route of UNINDEXED_ROUTES) expect(names, `${route} is a route in src/pages`).toContain(route);
  });
});
