/**
 * Renders a component on its own with Astro's Container API and parses the result, so a
 * component's branches can be tested with props the published content never has.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load, type CheerioAPI } from 'cheerio';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

const container = await AstroContainer.create({ astroConfig: { site: 'https://example.org' } });

/** Renders `component` with `props`, as if on the page at `path`. */
export async function render(
  component: AstroComponentFactory,
  props: Record<string, unknown>,
  path = '/',
): Promise<CheerioAPI> {
  const request = new Request(new URL(path, 'https://example.org'));
  return load(await container.renderToString(component, { props, request }), null, false);
}
