/**
 * The published content against its schemas, without a build: an editor (or a test run)
 * learns of a bad field in a second rather than after a full `astro build`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sectionSchema } from '../../src/schemas/section';
import { pageSchema } from '../../src/schemas/page';
import { snippetSchema } from '../../src/schemas/snippet';
import { readFigureCaptions, readIncidents, readTalksEvents } from '../support/content';

const frontmatter = (file: string): unknown =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '');

describe('the published content', () => {
  // Read as the loader reads them: every file in content/incidents/, talks-events/ and figures/.
  it('has valid incidents, talks events and figure captions', () => {
    expect(readIncidents().length).toBeGreaterThan(0);
    expect(readTalksEvents().length).toBeGreaterThan(0);
    expect(readFigureCaptions().size).toBeGreaterThan(0);
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
