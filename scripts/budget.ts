/**
 * `npm run budget [dist]`: what each built page costs a reader on a first visit, raw and
 * gzipped, and how many times its own words it weighs. The budget test holds the limits;
 * this prints the numbers behind them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBudget, weighPage, type Size } from '../tests/gates/budget.ts';
import { listFiles, readPages } from '../tests/gates/site-files.ts';

const dir = process.argv[2] ?? 'dist';
const files = new Set(listFiles(dir));
const weights = readPages(dir).map((p) => weighPage(p, files, (f) => readFileSync(join(dir, f))));

const kb = (n: number) => (n / 1024).toFixed(1);
const cell = (s: Size) => `${kb(s.raw)} / ${kb(s.gzip)}`;
const rows = [
  ['page', 'HTML', 'CSS', 'JS', 'images', 'total', 'text', 'total÷text'],
  ...weights.map((w) => [
    w.path,
    cell(w.html),
    cell(w.css),
    cell(w.js),
    cell(w.other),
    cell(w.total),
    cell(w.text),
    `${w.ratio.toFixed(2)}×`,
  ]),
];
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log('KB raw / KB gzip; total÷text compares gzipped sizes\n');
console.log(line(rows[0]!));
for (const r of rows.slice(1)) console.log(line(r));

const problems = weights.flatMap((w) => checkBudget(w, w.path === '/'));
if (problems.length) {
  console.log(`\nOver budget:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exitCode = 1;
}
