/**
 * Turns schema failures into messages an editor can act on: which file, which entry,
 * which field, and what is wrong, in plain words. Every problem in a file is reported at
 * once, so an editor fixes a file in one pass rather than one build per mistake.
 */
import type { z } from 'astro/zod';

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

/** Describes an entry by its id when it has a usable one, else by its position. */
export function entryLabel(raw: unknown, index?: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  if (typeof id === 'string' && id) return `entry "${id}"`;
  return index === undefined ? 'entry without an id' : `entry #${index + 1} (no id)`;
}

/** One line per zod issue: `file, entry "x", field "date": is in the future`. */
export function describeIssues(file: string, entry: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    return `${file}, ${entry}${field ? `, field "${field}"` : ''}: ${issue.message}`;
  });
}

/**
 * Validates a list of entries (a YAML data file) against a schema. Returns the parsed
 * entries, or throws one ContentError naming every bad entry and field, including
 * duplicate ids.
 */
export function validateList<S extends z.ZodType<{ id: string }>>(
  raw: unknown,
  schema: S,
  file: string,
): z.output<S>[] {
  if (!Array.isArray(raw)) {
    throw new ContentError([`${file}: must be a list of entries (each starting with "- id: …")`]);
  }
  const problems: string[] = [];
  const parsed: z.output<S>[] = [];
  const seen = new Map<string, number>();
  raw.forEach((item, index) => {
    const label = entryLabel(item, index);
    const result = schema.safeParse(item);
    if (!result.success) {
      problems.push(...describeIssues(file, label, result.error));
      return;
    }
    const { id } = result.data;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(
        `${file}, ${label}, field "id": "${id}" is used twice (entries #${first + 1} and #${index + 1}); ids must be unique`,
      );
      return;
    }
    seen.set(id, index);
    parsed.push(result.data);
  });
  if (problems.length) throw new ContentError(problems);
  return parsed;
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
