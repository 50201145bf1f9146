/**
 * Privacy and CSP in a real browser: every English page and one page per template in the other
 * editions (tests/support/templates.ts, pagesToVisit) is opened, in one test and one tab, with the headers of
 * public/_headers (the test server sends them, tests/support/serve.ts), and fails on any request to another
 * origin, any cookie, any use of storage, and any Content-Security-Policy violation.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { browserFindings, type BrowserLog } from '../gates/privacy';
import { pagesToVisit } from '../support/templates';

interface SpyLog {
  storage: string[];
  violations: string[];
}

/** Runs in the page before its own scripts: records storage use and CSP violations. */
function installSpy() {
  const log: SpyLog = { storage: [], violations: [] };
  Object.defineProperty(window, '__gates', { value: log });
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches'] as const) {
    const d = Object.getOwnPropertyDescriptor(window, name) ?? Object.getOwnPropertyDescriptor(Window.prototype, name);
    const get = d?.get;
    if (!get) continue;
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        log.storage.push(name);
        return get.call(window);
      },
    });
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => (log.storage.push('document.cookie'), cookie?.get?.call(document)),
    set: (v: string) => (log.storage.push('document.cookie'), cookie?.set?.call(document, v)),
  });
  document.addEventListener('securitypolicyviolation', (e) =>
    log.violations.push(
      `${e.effectiveDirective} blocked ${!e.blockedURI || e.blockedURI === 'inline' ? 'inline code' : e.blockedURI} (${e.sourceFile || document.URL}:${e.lineNumber})`,
    ),
  );
}

/** Blocks (and records) any request to another origin; the site's own go to the server as they are. */
async function watch(context: BrowserContext, page: Page, origin: string): Promise<BrowserLog> {
  const log: BrowserLog = { foreignRequests: [], cookies: [], storage: [], cspViolations: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      log.foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  // Violations arrive as events (see installSpy); the console adds policy mistakes, such as a
  // directive a <meta> policy cannot carry.
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text()) && !/violates/.test(m.text())) log.cspViolations.push(m.text());
  });
  await page.addInitScript(installSpy);
  return log;
}

/** What one page did, once it has loaded and been scrolled to the end (lazy content loads then). */
async function finish(context: BrowserContext, page: Page, log: BrowserLog, path: string): Promise<string[]> {
  await page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    // Two frames: whatever the scroll starts has been requested by then.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  const spy = await page.evaluate(() => (window as unknown as { __gates: SpyLog }).__gates);
  log.storage.push(...spy.storage);
  log.cspViolations.push(...spy.violations);
  log.cookies.push(...(await context.cookies()).map((c) => c.name));
  const findings = browserFindings(path, log);
  // Each page is judged on its own record.
  Object.assign(log, { foreignRequests: [], cookies: [], storage: [], cspViolations: [] });
  return findings;
}

test('every page talks only to this site, stores nothing, and breaks no CSP rule', async ({
  context,
  page,
  baseURL,
}) => {
  const log = await watch(context, page, new URL(baseURL!).origin);
  const findings: string[] = [];
  // Every English page and one page per template in the other editions (see pagesToVisit).
  const pages = pagesToVisit('dist');
  test.setTimeout(30_000 + pages.length * 1_000);
  expect(pages.length).toBeGreaterThan(3);
  for (const path of pages) {
    await page.goto(path);
    findings.push(...(await finish(context, page, log, path)));
  }
  expect(findings).toEqual([]);
});

test('the watch itself notices a tracker, a cookie, storage and an inline script', async ({
  context,
  page,
  baseURL,
}) => {
  const log = await watch(context, page, new URL(baseURL!).origin);
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('seen', '1');
    document.cookie = 'id=1; path=/';
    const img = document.createElement('img');
    img.src = 'https://tracker.example.net/pixel.gif';
    document.body.append(img);
    const s = document.createElement('script');
    s.textContent = 'void 0';
    document.body.append(s);
  });
  const findings = await finish(context, page, log, '/');
  expect(findings).toContain('/: used localStorage');
  expect(findings).toContain('/: used document.cookie');
  expect(findings).toContain('/: set the cookie "id"');
  expect(findings.filter((f) => /violation: img-src blocked https:\/\/tracker\.example\.net/.test(f))).not.toEqual([]);
  expect(findings.filter((f) => /violation: script-src-elem blocked inline code/.test(f))).not.toEqual([]);
});
