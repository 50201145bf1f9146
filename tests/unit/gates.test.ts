/**
 * Proves each quality gate on a tiny site: the sound page passes, and a page broken in one
 * way fails that gate with a message that says what is wrong and where. The real run
 * (tests/e2e/gates.spec.ts, tests/e2e/privacy.spec.ts) calls the same functions on dist/.
 */
import { describe, expect, it } from 'vitest';
import { auditCsp, parsePolicy } from '../gates/csp';
import { auditLinks } from '../gates/links';
import { auditThirdParty, browserFindings } from '../gates/privacy';
import { auditValidity } from '../gates/validity';
import { fileForPath, pathOfFile } from '../gates/site-files';
import { FILES, broken, other, page, sound, SOUND_BODY } from '../fixtures/gates/pages';

const DIR = 'tests/fixtures/gates';

describe('the sound fixture passes every gate', () => {
  it('CSP, third parties, links and validity', async () => {
    expect(auditCsp(sound)).toEqual([]);
    expect(auditThirdParty(sound)).toEqual([]);
    expect(auditLinks([sound, other], FILES)).toEqual([]);
    expect(await auditValidity(sound, DIR)).toEqual([]);
  });
});

describe('a deliberately broken page fails its gate, saying what and where', () => {
  it('an inline script without a hash in the policy fails the CSP gate', () => {
    const problems = auditCsp(broken.inlineScript);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^\/broken\/: line \d+, column \d+, <script> \(inline: "fetch\("\/track"\)", 'sha256-[\w+/=]+'\) is not allowed by script-src$/,
    );
  });

  it('a third-party image fails the privacy gate', () => {
    expect(auditThirdParty(broken.thirdPartyImage)).toEqual([
      expect.stringMatching(
        /^\/broken\/: line \d+, column \d+, <img> loads https:\/\/tracker\.example\.net\/pixel\.gif from another origin \(https:\/\/tracker\.example\.net\)$/,
      ),
    ]);
  });

  it('an invalid nesting fails the validity gate', async () => {
    const problems = await auditValidity(broken.invalidNesting, DIR);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^\/broken\/ \(tests\/fixtures\/gates\/broken\/index\.html \d+:\d+\) element-permitted-content: .*<div>.*<ul>/,
      ),
    );
  });

  it('a dead fragment fails the link gate', () => {
    expect(auditLinks([broken.deadFragment, other], FILES)).toEqual([
      expect.stringMatching(
        /^\/broken\/: line \d+, column \d+, <a> href="\/other\/#no-such-part" points to #no-such-part, but no element on \/other\/ has that id$/,
      ),
    ]);
  });
});

describe('the CSP gate', () => {
  it('rejects a policy that allows unsafe-inline', () => {
    const loose = { ...sound, html: sound.html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'") };
    expect(auditCsp(loose)).toContain("/: the CSP directive style-src allows 'unsafe-inline'");
  });
  it('rejects a page without the policy', () => {
    const bare = { ...sound, html: sound.html.replace(/<meta http-equiv[^>]*>/, '') };
    expect(auditCsp(bare)).toEqual(['/: has 0 Content-Security-Policy <meta> elements; expected exactly one']);
  });
  it('rejects inline event handlers and style attributes, which hashes cannot allow', () => {
    const p = page('/x/', '<button type="button" onclick="go()">Go</button><p style="color:red">Red</p>');
    expect(auditCsp(p)).toEqual([
      expect.stringMatching(/^\/x\/: line \d+, column \d+, <button> has an inline event handler onclick=/),
      expect.stringMatching(/^\/x\/: line \d+, column \d+, <p> has a style="" attribute/),
    ]);
  });
  it('reads directives by name', () => {
    expect(parsePolicy("default-src 'self'; script-src 'sha256-x'").get('script-src')).toEqual(["'sha256-x'"]);
  });
});

describe('the link gate', () => {
  it('reports a link to a page the build does not have', () => {
    const p = page('/broken/', '<p><a href="/gone/">Gone</a></p>');
    expect(auditLinks([p], FILES)).toEqual([
      expect.stringMatching(
        /^\/broken\/: line \d+, column \d+, <a> href="\/gone\/" points to \/gone\/, which the build does not have$/,
      ),
    ]);
  });
  it('reports a new-window link that can reach back into this page', () => {
    const p = page('/broken/', '<p><a href="https://example.com/" target="_blank">Out</a></p>');
    expect(auditLinks([p], FILES)).toEqual([
      expect.stringMatching(
        /^\/broken\/: .*<a> opens https:\/\/example\.com\/ in target="_blank" without rel="noopener"$/,
      ),
    ]);
  });
  it('treats absolute links to the site’s own origin as internal', () => {
    const p = page('/broken/', '<p><a href="https://example.org/nowhere/">Own</a></p>');
    expect(auditLinks([p], FILES)).toHaveLength(1);
  });
});

describe('the privacy gate on what the browser saw', () => {
  it('names each request, cookie, storage use and CSP violation', () => {
    expect(
      browserFindings('/', {
        foreignRequests: ['https://fonts.example.com/a.woff2'],
        cookies: ['_ga'],
        storage: ['localStorage', 'localStorage'],
        cspViolations: ['script-src blocked inline at http://127.0.0.1/:1'],
      }),
    ).toEqual([
      '/: requested https://fonts.example.com/a.woff2, which is on another origin',
      '/: set the cookie "_ga"',
      '/: used localStorage',
      '/: Content Security Policy violation: script-src blocked inline at http://127.0.0.1/:1',
    ]);
  });
  it('finds third-party loads in CSS, srcset and icons too', () => {
    const p = page(
      '/x/',
      `${SOUND_BODY}<img src="/a.png" srcset="//cdn.example.net/a@2x.png 2x" alt="">`,
      '<link rel="icon" href="https://icons.example.net/i.svg"><style>@import "https://fonts.example.net/f.css";</style>',
    );
    expect(auditThirdParty(p).map((m) => m.replace(/line \d+, column \d+, /, ''))).toEqual([
      '/x/: <link> loads https://icons.example.net/i.svg from another origin (https://icons.example.net)',
      '/x/: <style> loads https://fonts.example.net/f.css from another origin (https://fonts.example.net)',
      '/x/: <img> loads //cdn.example.net/a@2x.png from another origin (//cdn.example.net/a@2x.png)',
    ]);
  });
});

describe('finding the pages of a build', () => {
  it('maps files to the addresses a static host serves them at, and back', () => {
    expect(['index.html', 'incidents/index.html', '404.html'].map(pathOfFile)).toEqual([
      '/',
      '/incidents/',
      '/404.html',
    ]);
    const files = new Set(['index.html', 'incidents/index.html', 'feed.xml']);
    expect(fileForPath('/incidents/', files)).toBe('incidents/index.html');
    expect(fileForPath('/incidents', files)).toBe('incidents/index.html');
    expect(fileForPath('/feed.xml', files)).toBe('feed.xml');
    expect(fileForPath('/nowhere/', files)).toBeUndefined();
  });
});
