/**
 * The published content against its schemas, without a build: an editor (or a test run)
 * learns of a bad field in a second rather than after a full `astro build`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { incidentSchema } from '../../src/schemas/incident';
import { talksEventSchema } from '../../src/schemas/talks-event';
import { sectionSchema } from '../../src/schemas/section';
import { pageSchema } from '../../src/schemas/page';
import { snippetSchema } from '../../src/schemas/snippet';
import { figureSchema } from '../../src/schemas/figure';
import { validateList } from '../../src/lib/content-errors';

const yaml = (file: string): unknown => parse(readFileSync(file, 'utf8'));
const frontmatter = (file: string): unknown =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '');

describe('the published content', () => {
  it('has valid incidents, talks events and figure captions', () => {
    expect(
      validateList(yaml('content/incidents.yaml'), incidentSchema, 'content/incidents.yaml').length,
    ).toBeGreaterThan(0);
    expect(
      validateList(yaml('content/talks-events.yaml'), talksEventSchema, 'content/talks-events.yaml').length,
    ).toBeGreaterThan(0);
    expect(validateList(yaml('content/figures.yaml'), figureSchema, 'content/figures.yaml').length).toBeGreaterThan(0);
  });
  it.each([
    ['explainer', sectionSchema],
    ['peace-talks', sectionSchema],
    ['pages', pageSchema],
    ['snippets', snippetSchema],
  ] as const)('has valid %s', (dir, schema) => {
    const files = readdirSync(`content/${dir}`).filter((f) => f.endsWith('.mdx'));
    expect(files.length, dir).toBeGreaterThan(0);
    for (const f of files) {
      const result = schema.safeParse(frontmatter(`content/${dir}/${f}`));
      expect(result.error?.issues ?? [], f).toEqual([]);
    }
  });
});
