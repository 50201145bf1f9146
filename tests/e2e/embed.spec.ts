/**
 * Embedding, in a real browser under the headers the host sends (tests/support/serve.ts):
 * a page on another origin frames an embed card and the card shows, while the same page
 * framing the front page or a share page gets nothing; the share page's embed code, pasted
 * into another site, shows the quotation and the card; and every card fits the frame its
 * embed code asks for.
 */
import { createServer, type Server } from 'node:http';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { readPages } from '../gates/site-files';
import { EMBED_FRAME } from '../../src/lib/embed';

const frameNamed = (page: Page, name: string): Frame => {
  const frame = page.frame({ name });
  if (!frame) throw new Error(`no frame named ${name}`);
  return frame;
};

// One worker runs these, so the other site is served once.
test.describe.serial('on another site', () => {
  /**
   * A blog on another origin that frames pages of this one. A real server on the loopback
   * address, as the site's is: Chromium does not let a page it counts as public (one made up
   * with page.route) frame a local address, whatever the headers say.
   */
  let blog: Server;
  let origin = '';
  let body = '';

  test.beforeAll(async ({ baseURL }) => {
    // Beside the site's two servers (playwright.config.ts): the site's port plus three.
    const port = Number(new URL(baseURL!).port) + 3;
    blog = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><title>A blog</title>${body}</html>`);
    });
    await new Promise<void>((resolve) => blog.listen(port, '127.0.0.1', resolve));
    origin = `http://localhost:${port}`;
  });

  test.afterAll(() => new Promise<void>((resolve) => blog.close(() => resolve())));

  /** Opens a blog post whose body is `html`, once every frame has loaded or been refused. */
  async function post(page: Page, html: string): Promise<void> {
    body = html;
    await page.goto(`${origin}/post/`, { waitUntil: 'load' });
  }

  const cases = [
    { name: 'card', path: '/embed/incidents/yaroslav-moskalik/', title: 'Yaroslav Moskalik', framed: true },
    { name: 'ru-card', path: '/ru/embed/incidents/yaroslav-moskalik/', title: 'Ярослав Москалик', framed: true },
    { name: 'section', path: '/uk/embed/explainer/who-was-moskalik/', title: 'Москалик', framed: true },
    { name: 'front', path: '/', title: 'The Moskalik Killing, Explained', framed: false },
    { name: 'share', path: '/incidents/yaroslav-moskalik/', title: 'Yaroslav Moskalik', framed: false },
    { name: 'ru-share', path: '/ru/incidents/yaroslav-moskalik/', title: 'Ярослав Москалик', framed: false },
  ];

  test('may frame the embed cards, and nothing else', async ({ page, baseURL }) => {
    const { width, height } = EMBED_FRAME;
    const frames = cases.map(
      (c) => `<iframe name="${c.name}" src="${baseURL}${c.path}" width="${width}" height="${height}"></iframe>`,
    );
    await post(page, frames.join(''));
    for (const c of cases) {
      const frame = frameNamed(page, c.name);
      if (c.framed) {
        expect(frame.url(), c.name).toBe(`${baseURL}${c.path}`);
        await expect(frame.locator('h1'), c.name).toContainText(c.title);
      } else {
        // Refused (frame-ancestors 'none', X-Frame-Options: DENY): the frame holds Chromium's error page, not ours.
        expect(frame.url(), c.name).not.toBe(`${baseURL}${c.path}`);
        expect(await frame.content(), c.name).not.toContain(c.title);
      }
    }
  });

  test('shows the quotation and the card when it pastes a share page’s embed code', async ({ page, baseURL }) => {
    await page.goto('/incidents/yaroslav-moskalik/');
    // The code names the site's public address; here the site is the test server.
    const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
    const code = (await page.locator('#embed-code').textContent())!.replaceAll(site, baseURL!);
    await post(page, code);
    await expect(page.locator('blockquote a')).toHaveText('Yaroslav Moskalik');
    const card = page.frameLocator('iframe');
    await expect(card.locator('h1')).toHaveText('Yaroslav Moskalik');
    await expect(card.getByRole('link', { name: 'Read the full entry' })).toHaveAttribute('target', '_top');
  });
});

test('the server sends the host’s headers: anyone may frame a card, no one any other page', async ({ request }) => {
  const card = await request.get('/embed/incidents/yaroslav-moskalik/');
  expect(card.headers()['content-security-policy']).toMatch(/^frame-ancestors \*;/);
  expect(card.headers()['x-frame-options']).toBeUndefined();
  const share = await request.get('/incidents/yaroslav-moskalik/');
  expect(share.headers()['content-security-policy']).toMatch(/^frame-ancestors 'none';/);
  expect(share.headers()['x-frame-options']).toBe('DENY');
});

test('every card fits the frame its embed code asks for', async ({ page }) => {
  const cards = readPages('dist')
    .map((p) => p.path)
    .filter((p) => /^\/((ru|uk)\/)?embed\//.test(p));
  test.setTimeout(30_000 + cards.length * 500);
  expect(cards.length).toBeGreaterThan(3);
  await page.setViewportSize(EMBED_FRAME);
  const overflowing: string[] = [];
  for (const path of cards) {
    await page.goto(path);
    const { width, height } = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
    if (width > EMBED_FRAME.width || height > EMBED_FRAME.height) overflowing.push(`${path}: ${width}×${height}`);
  }
  expect(overflowing).toEqual([]);
});
