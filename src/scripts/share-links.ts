/**
 * Progressive enhancement for every `a[data-share-url]` (see ShareLink.astro). The link
 * still jumps to its `#id`; this adds the copy (or the share sheet on touch screens) and
 * says so in the page's live region (src/scripts/announce.ts), in the words the link carries
 * for its edition (`data-share-copied`). One delegated listener serves every link.
 */
import { announce, liveRegion } from './announce';

/** Enhances every share link inside `root`. */
export function init(root: Document | HTMLElement): void {
  liveRegion();
  root.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-share-url]') : null;
    if (!(link instanceof HTMLAnchorElement)) return;
    const url = link.dataset['shareUrl'] ?? link.href;
    if (navigator.share && matchMedia('(hover: none)').matches) {
      // The user may cancel the sheet; that is not an error worth reporting.
      navigator.share({ title: link.dataset['shareTitle'] ?? document.title, url }).catch(() => undefined);
      return;
    }
    const copied = link.dataset['shareCopied'];
    navigator.clipboard?.writeText(url).then(
      () => copied && announce(copied),
      () => undefined,
    );
  });
}
