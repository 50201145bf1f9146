/**
 * public/_headers, as a static host will send it: every page gets the security headers,
 * the header CSP leaves script-src and style-src to each page's hashed <meta> policy, and
 * only the embed cards may be framed, by anyone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../gates/headers';
import { parsePolicy } from '../gates/csp';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
const policyOf = (path: string) => parsePolicy(headersFor(rules, path)['content-security-policy'] ?? '');

/** Pages that must not be framed: every edition's pages, the share pages, what sits beside the cards. */
const NOT_FRAMED = [
  '/',
  '/incidents/',
  '/incidents/yaroslav-moskalik/',
  '/ru/incidents/yaroslav-moskalik/',
  '/uk/explainer/who-was-moskalik/',
  '/404.html',
  '/_astro/x.css',
  '/oembed/incidents/yaroslav-moskalik.json',
  '/embedded/',
  '/ru/',
];
const CARDS = [
  '/embed/incidents/yaroslav-moskalik/',
  '/ru/embed/incidents/yaroslav-moskalik/',
  '/uk/embed/explainer/who-was-moskalik/',
  '/embed/peace-talks/earlier-rounds/',
];

describe('public/_headers', () => {
  for (const path of [...NOT_FRAMED, ...CARDS]) {
    it(`sends the security headers for ${path}`, () => {
      const h = headersFor(rules, path);
      expect(h['referrer-policy']).toBe('no-referrer');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      expect(h['strict-transport-security']).toMatch(/^max-age=(\d+)/);
      expect(Number(/max-age=(\d+)/.exec(h['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31536000);
      // One policy, not two joined with ", ": a second would be enforced as well.
      expect(h['content-security-policy']).not.toContain(',');
      expect(policyOf(path).get('object-src')).toEqual(["'none'"]);
    });
  }

  it.each(NOT_FRAMED)('lets no site frame %s', (path) => {
    expect(policyOf(path).get('frame-ancestors')).toEqual(["'none'"]);
    expect(headersFor(rules, path)['x-frame-options']).toBe('DENY');
  });

  it.each(CARDS)('lets any site frame the card %s, and changes nothing else', (path) => {
    const h = headersFor(rules, path);
    expect(policyOf(path).get('frame-ancestors')).toEqual(['*']);
    // X-Frame-Options has no "anyone" value: DENY would block the frame whatever the CSP says.
    expect(h['x-frame-options']).toBeUndefined();
    const rest = (p: string) => [...policyOf(p)].filter(([name]) => name !== 'frame-ancestors');
    expect(rest(path)).toEqual(rest('/'));
    const { 'content-security-policy': _csp, 'x-frame-options': _xfo, ...others } = headersFor(rules, '/');
    expect(h).toEqual({ ...others, 'content-security-policy': h['content-security-policy'] });
  });

  it('lets tools on other sites read the oEmbed documents', () => {
    for (const path of ['/oembed/incidents/x.json', '/ru/oembed/explainer/x.json', '/uk/oembed/peace-talks/x.json'])
      expect(headersFor(rules, path)['access-control-allow-origin'], path).toBe('*');
    expect(headersFor(rules, '/incidents/x/')['access-control-allow-origin']).toBeUndefined();
  });

  it('leaves script-src, style-src and default-src to the page, or hashed inline code would be blocked', () => {
    for (const path of ['/', CARDS[0]!]) {
      const csp = policyOf(path);
      for (const d of ['default-src', 'script-src', 'style-src', 'script-src-elem', 'style-src-elem'])
        expect(csp.has(d), d).toBe(false);
      for (const [name, sources] of csp)
        if (name !== 'frame-ancestors') expect(sources.join(' '), name).not.toMatch(/unsafe|\*|https?:/);
    }
  });
});

describe('how a static host applies _headers', () => {
  it('matches path patterns with a splat, and sends every matching rule', () => {
    const r = parseHeadersFile('/a/*\n  X-A: 1\n/*\n  X-B: 2\n');
    expect(headersFor(r, '/a/b')).toEqual({ 'x-a': '1', 'x-b': '2' });
    expect(headersFor(r, '/c')).toEqual({ 'x-b': '2' });
    expect(() => parseHeadersFile('  X-A: 1')).toThrow(/not under a path/);
    expect(() => parseHeadersFile('/a\n  X-A 1')).toThrow(/no "Name: value"/);
  });

  it('joins a name sent by two matching rules with ", ", in file order', () => {
    const r = parseHeadersFile("/*\n  CSP: frame-ancestors 'none'\n/e/*\n  csp: frame-ancestors *\n");
    expect(headersFor(r, '/e/x')).toEqual({ csp: "frame-ancestors 'none', frame-ancestors *" });
  });

  it('detaches with "! Name" what earlier rules sent, before adding the rule’s own', () => {
    const r = parseHeadersFile('/*\n  X-A: 1\n  X-B: 2\n/e/*\n  ! x-a\n  ! X-B\n  X-A: 3\n');
    expect(headersFor(r, '/e/x')).toEqual({ 'x-a': '3' });
    expect(headersFor(r, '/f')).toEqual({ 'x-a': '1', 'x-b': '2' });
    // A detach reaches back only: a later rule's header is added after it.
    const later = parseHeadersFile('/e/*\n  ! X-A\n/*\n  X-A: 1\n');
    expect(headersFor(later, '/e/x')).toEqual({ 'x-a': '1' });
  });
});
