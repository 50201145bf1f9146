/**
 * Serves the production build (`astro preview`) for the scripts that look at it, and stops
 * it again. The server runs in its own process group so that stopping it also stops the
 * server process npx started.
 */
import { spawn } from 'node:child_process';

export interface PreviewServer {
  /** e.g. http://127.0.0.1:4399 */
  base: string;
  stop: () => void;
}

export async function startPreview(port: number): Promise<PreviewServer> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    if (server.pid) process.kill(-server.pid);
  };
  for (let i = 0; i < 60; i++) {
    const up = await fetch(base).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { base, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`astro preview did not answer on ${base} within 30 s (did you run npm run build?)`);
}
