/**
 * public/_headers, as a static host will send it: every page gets the security headers,
 * and the header CSP leaves script-src and style-src to each page's hashed <meta> policy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../gates/headers';
import { parsePolicy } from '../gates/csp';

const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));

describe('public/_headers', () => {
  for (const path of ['/', '/incidents/', '/404.html', '/_astro/x.css']) {
    it(`sends the security headers for ${path}`, () => {
      const h = headersFor(rules, path);
      expect(h['referrer-policy']).toBe('no-referrer');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      expect(h['strict-transport-security']).toMatch(/^max-age=(\d+)/);
      expect(Number(/max-age=(\d+)/.exec(h['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31536000);
      const csp = parsePolicy(h['content-security-policy'] ?? '');
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
    });
  }

  it('leaves script-src, style-src and default-src to the page, or hashed inline code would be blocked', () => {
    const csp = parsePolicy(headersFor(rules, '/')['content-security-policy'] ?? '');
    for (const d of ['default-src', 'script-src', 'style-src', 'script-src-elem', 'style-src-elem'])
      expect(csp.has(d), d).toBe(false);
    for (const [name, sources] of csp) expect(sources.join(' '), name).not.toMatch(/unsafe|\*|https?:/);
  });

  it('matches path patterns with a splat', () => {
    const r = parseHeadersFile('/a/*\n  X-A: 1\n/*\n  X-B: 2\n');
    expect(headersFor(r, '/a/b')).toEqual({ 'x-a': '1', 'x-b': '2' });
    expect(headersFor(r, '/c')).toEqual({ 'x-b': '2' });
    expect(() => parseHeadersFile('  X-A: 1')).toThrow(/not under a path/);
  });
});
