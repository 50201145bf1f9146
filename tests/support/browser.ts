/**
 * Which Chromium to drive. Playwright's own build is used when it is installed; otherwise
 * Debian's `chromium` package (Playwright cannot download browsers on this network).
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from 'playwright';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that keep a headless Chromium from phoning home on a closed network. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {
    // Playwright has no browser of its own here; fall through to the system one.
  }
  return SYSTEM_CHROMIUM.find((p) => existsSync(p));
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = chromiumExecutable();
  return { ...(executablePath ? { executablePath } : {}), args: QUIET_FLAGS };
}
