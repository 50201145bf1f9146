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
import { validateList } from '../../src/lib/content-errors';

const yaml = (file: string): unknown => parse(readFileSync(file, 'utf8'));
const frontmatter = (file: string): unknown =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '');

describe('the published content', () => {
  it('has valid incidents and talks events', () => {
    expect(
      validateList(yaml('content/incidents.yaml'), incidentSchema, 'content/incidents.yaml').length,
    ).toBeGreaterThan(0);
    expect(
      validateList(yaml('content/talks-events.yaml'), talksEventSchema, 'content/talks-events.yaml').length,
    ).toBeGreaterThan(0);
  });
  it.each(['explainer', 'peace-talks'])('has valid %s sections', (dir) => {
    const files = readdirSync(`content/${dir}`).filter((f) => f.endsWith('.mdx'));
    for (const f of files) {
      const result = sectionSchema.safeParse(frontmatter(`content/${dir}/${f}`));
      expect(result.error?.issues ?? [], f).toEqual([]);
    }
  });
});
