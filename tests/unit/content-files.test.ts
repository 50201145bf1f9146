/**
 * The published content against its schemas, without a build: an editor (or a test run)
 * learns of a bad field in a second rather than after a full `astro build`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sectionSchema } from '../../src/schemas/section';
import { readEvents, readIncidents } from '../support/content';

const frontmatter = (file: string): unknown =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '');

describe('the published content', () => {
  // Read as the loader reads them: every file in content/incidents/ and content/talks-events/.
  it('has valid incidents and talks events', () => {
    expect(readIncidents().length).toBeGreaterThan(0);
    expect(readEvents().length).toBeGreaterThan(0);
  });
  it.each(['explainer', 'peace-talks'])('has valid %s sections', (dir) => {
    const files = readdirSync(`content/${dir}`).filter((f) => f.endsWith('.mdx'));
    for (const f of files) {
      const result = sectionSchema.safeParse(frontmatter(`content/${dir}/${f}`));
      expect(result.error?.issues ?? [], f).toEqual([]);
    }
  });
});
