/**
 * Runs each phase of `npm test` in order and prints how long each took, so the README's
 * timing table can be kept honest. A script that prints figures, not a test: it fails only
 * if a phase fails. Each phase's report is kept in .timing/<n>.log. Usage: npm run test:timing
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
// The phases are the test script's own steps, so this never drifts from `npm test`.
const phases = (pkg.scripts['test'] ?? '').split('&&').map((s) => s.trim());
const rows: [string, number][] = [];
const start = performance.now();
// Each phase's report is kept, so a failure (or a slow test) can be read afterwards.
const LOGS = '.timing';
mkdirSync(LOGS, { recursive: true });
for (const [n, phase] of phases.entries()) {
  const t = performance.now();
  const log = `${LOGS}/${n + 1}.log`;
  const out = openSync(log, 'w');
  const r = spawnSync(phase, { shell: true, stdio: ['ignore', out, 'inherit'] });
  closeSync(out);
  rows.push([phase, (performance.now() - t) / 1000]);
  if (r.status !== 0) {
    console.error(`failed: ${phase} (its report: ${log})`);
    process.exitCode = 1;
    break;
  }
}
rows.push(['total', (performance.now() - start) / 1000]);
const width = Math.max(...rows.map(([p]) => p.length));
for (const [phase, s] of rows) console.log(`${phase.padEnd(width)}  ${s.toFixed(0).padStart(4)} s`);
