/**
 * Editors' text with values the site fills in: a name in braces, `{count}`. The text stays
 * free of logic, so a translation only moves the braces where its grammar wants them.
 */
import { ContentError } from './content-errors';

const PLACEHOLDER = /\{(\w+)\}/g;

/** Where a text comes from, for an editor: `content/figures/map.yaml, entry "map", field "text"`. */
export interface TextSource {
  file: string;
  entry: string;
}

/**
 * Each field of `texts` with its `{name}`s replaced by `values`. A name with no value fails
 * the build with the file, entry and field, and the names the text may use.
 */
export function fillTexts<K extends string>(
  texts: Readonly<Record<K, string>>,
  values: Readonly<Record<string, string | number>>,
  source: TextSource,
): Record<K, string> {
  const problems: string[] = [];
  const names = Object.keys(values);
  const may = names.length ? `it may use ${names.map((n) => `{${n}}`).join(', ')}` : 'it may use none';
  const filled = Object.fromEntries(
    (Object.entries(texts) as [K, string][]).map(([field, text]) => [
      field,
      text.replace(PLACEHOLDER, (whole, name: string) => {
        if (Object.hasOwn(values, name)) return String(values[name]);
        problems.push(
          `${source.file}, entry "${source.entry}", field "${field}": {${name}} is not a value the site fills in; ${may}`,
        );
        return whole;
      }),
    ]),
  ) as Record<K, string>;
  if (problems.length) throw new ContentError(problems);
  return filled;
}
