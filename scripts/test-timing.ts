/**
 * Runs each phase of `npm test` in order and prints how long each took, so the README's
 * timing table can be kept honest. A script that prints figures, not a test: it fails only
 * if a phase fails. Usage: npm run test:timing
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
// The phases are the test script's own steps, so this never drifts from `npm test`.
const phases = (pkg.scripts['test'] ?? '').split('&&').map((s) => s.trim());
const rows: [string, number][] = [];
const start = performance.now();
for (const phase of phases) {
  const t = performance.now();
  const r = spawnSync(phase, { shell: true, stdio: ['ignore', 'ignore', 'inherit'] });
  rows.push([phase, (performance.now() - t) / 1000]);
  if (r.status !== 0) {
    console.error(`failed: ${phase}`);
    process.exitCode = 1;
    break;
  }
}
rows.push(['total', (performance.now() - start) / 1000]);
const width = Math.max(...rows.map(([p]) => p.length));
for (const [phase, s] of rows) console.log(`${phase.padEnd(width)}  ${s.toFixed(0).padStart(4)} s`);
