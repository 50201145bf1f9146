/**
 * Loads MDX sections with Astro's glob loader, keyed by their explicit frontmatter `id`
 * (never the file name or title), and fails the build with an editor's message when
 * frontmatter is wrong or a section names an incident or event that does not exist.
 */
import { readFile } from 'node:fs/promises';
import { glob, type Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { sectionSchema } from '../schemas/section';
import { ContentError, checkReferences, describeIssues, entryLabel } from '../lib/content-errors';

async function idsIn(root: URL, path: string): Promise<Set<string>> {
  const list = parse(await readFile(new URL(path, root), 'utf8')) as { id?: string }[];
  return new Set(list.map((e) => e.id).filter((id): id is string => typeof id === 'string'));
}

export function sections(base: string, refs: { incidents: string; events: string }): Loader {
  const inner = glob({
    pattern: '*.mdx',
    base,
    generateId: ({ data, entry }) => (typeof data['id'] === 'string' ? data['id'] : entry),
  });
  return {
    name: 'sections',
    load: async (context) => {
      const problems: string[] = [];
      const seen = new Map<string, string>();
      const [incidents, events] = await Promise.all([
        idsIn(context.config.root, refs.incidents),
        idsIn(context.config.root, refs.events),
      ]);
      const parseData: typeof context.parseData = async (props) => {
        const file = props.filePath ?? `${base}/${props.id}`;
        const result = sectionSchema.safeParse(props.data);
        if (!result.success) {
          problems.push(...describeIssues(file, entryLabel(props.data), result.error));
          return props.data;
        }
        const { id } = result.data;
        const other = seen.get(id);
        if (other)
          problems.push(`${file}, entry "${id}", field "id": "${id}" is already used by ${other}; ids must be unique`);
        seen.set(id, file);
        problems.push(
          ...checkReferences(file, id, {
            incidents: { listed: result.data.incidents, known: incidents, kind: 'incident' },
            events: { listed: result.data.events, known: events, kind: 'peace-talks event' },
          }),
        );
        return context.parseData(props);
      };
      await inner.load({ ...context, parseData });
      if (problems.length) throw new ContentError(problems);
    },
  };
}
