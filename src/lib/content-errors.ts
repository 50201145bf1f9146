/**
 * Turns schema failures into messages an editor can act on: which file, which entry,
 * which field, and what is wrong, in plain words. Every problem in every file is reported at
 * once, so an editor fixes a file in one pass rather than one build per mistake.
 */
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { KEBAB } from '../schemas/common';

/** A build-stopping problem in the content, already phrased for an editor. */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `The content has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  • ${p}`).join('\n')}`,
    );
    this.name = 'ContentError';
    // The message says where the problem is in the content; a stack trace into the loaders
    // would only send an editor looking in the wrong place, so the build prints none.
    this.stack = '';
  }
}

/**
 * A YAML syntax error (from the `yaml` package) as an editor's message: the file, the line
 * and column, what is wrong and the offending line with a caret. Recognised by shape rather
 * than by class, because the build may load its own copy of the package.
 */
export function describeYamlError(file: string, error: unknown): string | undefined {
  if (!error || typeof error !== 'object' || (error as { name?: unknown }).name !== 'YAMLParseError') return undefined;
  const { message, linePos } = error as { message: string; linePos?: [{ line: number; col: number }] };
  const [first = '', ...frame] = message.split('\n');
  const what = first.replace(/ at line \d+, column \d+:?$/, '');
  const where = linePos?.[0] ? `, line ${linePos[0].line}, column ${linePos[0].col}` : '';
  const excerpt = frame.filter((l) => l.trim()).join('\n');
  return `${file}${where}: is not valid YAML: ${what}${excerpt ? `\n${excerpt}` : ''}`;
}

/**
 * A frontmatter syntax error in an MDX section, as Astro's glob loader reports it (js-yaml's
 * YAMLException, with the file and line in `loc` and an excerpt in `mark.snippet`), turned into
 * an editor's message; `nameOf` turns the absolute file path into the one editors know.
 */
export function describeFrontmatterError(error: unknown, nameOf: (file: string) => string): string | undefined {
  if (!error || typeof error !== 'object' || (error as { name?: unknown }).name !== 'YAMLException') return undefined;
  const e = error as { reason?: string; loc?: { file?: string; line?: number }; mark?: { snippet?: string } };
  const file = e.loc?.file ? nameOf(e.loc.file) : 'a section';
  const where = e.loc?.line ? `, line ${e.loc.line}` : '';
  const excerpt = e.mark?.snippet ? `\n${e.mark.snippet}` : '';
  return `${file}${where}: the frontmatter is not valid YAML: ${e.reason ?? 'syntax error'}${excerpt}`;
}

/** "sources[1].url" from a zod path. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** Describes an entry by its id when it has a usable one. */
export function entryLabel(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? `entry "${id}"` : 'entry without an id';
}

/** One line per zod issue: `file, entry "x", field "date": is in the future`. */
export function describeIssues(file: string, entry: string, error: Pick<z.ZodError, 'issues'>): string[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    return `${file}, ${entry}${field ? `, field "${field}"` : ''}: ${issue.message}`;
  });
}

/** An entry's file as read from disk: its path as editors know it, and its text. */
export interface EntryFile {
  readonly file: string;
  readonly text: string;
}

/** An entry that passed its schema, with the file it came from. */
export interface Entry<T> {
  readonly id: string;
  readonly file: string;
  readonly data: T;
}

/**
 * Which files in an entries folder are entries. `.yml` is included so that such a file is
 * refused with a message rather than skipped in silence; a README or a dotfile is not read.
 */
export const ENTRY_FILE = /^[^.].*\.ya?ml$/;

/**
 * Validates a folder of entries: one YAML mapping per file, the file name (without `.yaml`)
 * being the entry's id, as in Astro's glob() convention. Returns every entry as its schema
 * outputs it, or throws one ContentError naming every problem in every file: a name that is
 * not an id, YAML that does not parse, a file that is not one mapping, and each bad field.
 */
export function validateEntries<S extends z.ZodType<{ id: string }>>(
  files: readonly EntryFile[],
  schema: S,
): Entry<z.output<S>>[] {
  const problems: string[] = [];
  const entries: Entry<z.output<S>>[] = [];
  for (const { file, text } of files) {
    const checked = checkEntry(file, text, schema);
    if ('problems' in checked) problems.push(...checked.problems);
    else entries.push(checked);
  }
  if (problems.length) throw new ContentError(problems);
  return entries;
}

function checkEntry<S extends z.ZodType<{ id: string }>>(
  file: string,
  text: string,
  schema: S,
): Entry<z.output<S>> | { problems: string[] } {
  const name = file.split(/[\\/]/).at(-1) ?? file;
  const id = name.replace(/\.ya?ml$/, '');
  const problems: string[] = [];
  if (!KEBAB.test(id)) {
    problems.push(
      `${file}: the file name is the entry's id, so it must be kebab-case (lower-case letters, digits and single hyphens), for example "yaroslav-moskalik.yaml"`,
    );
  } else if (name.endsWith('.yml')) {
    problems.push(`${file}: name it ${id}.yaml; entries are read from .yaml files`);
  }
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    const problem = describeYamlError(file, e);
    if (!problem) throw e;
    return { problems: [...problems, problem] };
  }
  if (raw === null || raw === undefined) {
    return { problems: [...problems, `${file}: is empty: write the entry's fields, one \`name: value\` per line`] };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    const what = Array.isArray(raw) ? 'a list ("- …")' : 'a single value';
    return {
      problems: [...problems, `${file}: must be one entry written as fields (\`name: value\`), not ${what}`],
    };
  }
  const entry = `entry "${id}"`;
  if ('id' in raw) problems.push(`${file}, ${entry}, field "id": remove it; the file name is the id`);
  const result = schema.safeParse({ ...raw, id });
  // The id comes from the file name: a name that is not kebab-case is worded above; any other
  // refusal of the id (a figure the site does not have) is the schema's to word.
  const nameReported = !KEBAB.test(id);
  if (!result.success)
    problems.push(
      ...describeIssues(file, entry, {
        issues: result.error.issues.filter((i) => !(nameReported && i.path[0] === 'id')),
      }),
    );
  return problems.length ? { problems } : { id, file, data: result.data as z.output<S> };
}

/**
 * Checks that every id a section refers to exists. `refs` maps a field name
 * ("incidents", "events") to the ids it lists and the ids that exist.
 */
export function checkReferences(
  file: string,
  entryId: string,
  refs: Record<string, { listed: readonly string[]; known: ReadonlySet<string>; kind: string }>,
): string[] {
  const problems: string[] = [];
  for (const [field, { listed, known, kind }] of Object.entries(refs)) {
    listed.forEach((id, i) => {
      if (!known.has(id)) {
        problems.push(`${file}, entry "${entryId}", field "${field}[${i}]": no ${kind} has the id "${id}"`);
      }
    });
  }
  return problems;
}
