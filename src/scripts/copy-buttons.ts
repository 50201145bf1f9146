/**
 * Progressive enhancement for every `button[data-copy]` (see CopyButton.astro): reveals the
 * buttons, which are useless without a script, and copies the text of the element each one
 * names, or of the site's file it names (`data-copy-url`). A formatted reference is copied as HTML too, so its italics survive a paste into a
 * word processor; the plain text is what a plain editor gets. Says so in the live region.
 */
import { announce, liveRegion } from './announce';

/** Reveals and enhances every copy button inside `root`. */
export function init(root: Document | HTMLElement): void {
  liveRegion();
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
    if (!(button instanceof HTMLButtonElement) || !navigator.clipboard) return;
    const copied = () => announce(button.dataset['copied'] ?? '');
    const url = button.dataset['copyUrl'];
    if (url) {
      // The item is given the file's text as a promise, so the copy keeps the click's permission
      // while the file is fetched (Safari requires this; Chromium allows it).
      const text = fetch(url)
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: ${r.status}`))))
        .then((t) => new Blob([t.trim()], { type: 'text/plain' }));
      navigator.clipboard.write([new ClipboardItem({ 'text/plain': text })]).then(copied, () => undefined);
      return;
    }
    const source = document.getElementById(button.dataset['copy'] ?? '');
    if (!source) return;
    const text = (source.textContent ?? '').trim();
    const rich =
      'richCopy' in button.dataset && typeof ClipboardItem !== 'undefined'
        ? navigator.clipboard.write([
            new ClipboardItem({
              'text/plain': new Blob([text], { type: 'text/plain' }),
              'text/html': new Blob([source.innerHTML.trim()], { type: 'text/html' }),
            }),
          ])
        : navigator.clipboard.writeText(text);
    rich.then(copied, () => undefined);
  });
}
