/**
 * Loads a folder of MDX files (sections, pages) with Astro's glob loader, keyed by their
 * explicit frontmatter `id` (never the file name or title), and fails the build with an
 * editor's message when frontmatter is wrong. Whether the incidents and events a section
 * names exist is checked once all collections are loaded (src/data/collections.ts), not by
 * reading their files here.
 */
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { ContentError, describeFrontmatterError, describeIssues, entryLabel } from '../lib/content-errors';

export function mdxList<S extends z.ZodType<{ id: string }>>(base: string, schema: S): Loader {
  const inner = glob({
    pattern: '*.mdx',
    base,
    generateId: ({ data, entry }) => (typeof data['id'] === 'string' ? data['id'] : entry),
  });
  return {
    name: 'mdx-list',
    load: async (context) => {
      const problems: string[] = [];
      const seen = new Map<string, string>();
      // Astro types parseData as returning its input's type; what is stored is the schema's output.
      const parseData = (async (props: Parameters<typeof context.parseData>[0]) => {
        const file = props.filePath ?? `${base}/${props.id}`;
        const result = schema.safeParse(props.data);
        if (!result.success) {
          problems.push(...describeIssues(file, entryLabel(props.data), result.error));
          return props.data;
        }
        const { id } = result.data;
        const other = seen.get(id);
        if (other)
          problems.push(`${file}, entry "${id}", field "id": "${id}" is already used by ${other}; ids must be unique`);
        seen.set(id, file);
        // Already validated: Astro's parseData would only run the same schema again.
        return result.data;
      }) as typeof context.parseData;
      try {
        await inner.load({ ...context, parseData });
      } catch (e) {
        const root = fileURLToPath(context.config.root);
        const problem = describeFrontmatterError(e, (file) => relative(root, file));
        throw problem ? new ContentError([problem]) : e;
      }
      if (problems.length) throw new ContentError(problems);
    },
  };
}
