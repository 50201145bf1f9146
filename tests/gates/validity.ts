/**
 * The HTML validity gate: html-validate, with the repository's .htmlvalidate.mjs (found
 * from the file's own folder upward, as the html-validate CLI would), over a built page.
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { BuiltPage } from './site-files.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

/**
 * Every error html-validate finds in `page`, e.g.
 * "/incidents/ (dist/incidents/index.html 1:2345) element-permitted-content: <div> ...".
 * `dir` is the folder the page's file lives under; it decides which config applies.
 */
export async function auditValidity(page: BuiltPage, dir: string): Promise<string[]> {
  const filename = `${dir}/${page.file}`;
  const report = await validator.validateString(page.html, filename);
  return report.results.flatMap((r) =>
    r.messages.map((m) => `${page.path} (${filename} ${m.line}:${m.column}) ${m.ruleId}: ${m.message}`),
  );
}
