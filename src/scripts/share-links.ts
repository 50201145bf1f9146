/**
 * Progressive enhancement for every `a[data-share-url]` (see ShareLink.astro). The link
 * still jumps to its `#id`; this adds the copy (or the share sheet on touch screens) and
 * one polite live region that announces it, in the words the link carries for its edition
 * (`data-share-copied`). One delegated listener serves every link.
 */
const SHOWN_FOR_MS = 4000;

/** Enhances every share link inside `root`, with one live region for all of them. */
export function init(root: Document | HTMLElement): void {
  const status = document.createElement('p');
  status.className = 'share-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  document.body.append(status);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const announce = (text: string) => {
    clearTimeout(timer);
    status.textContent = text;
    timer = setTimeout(() => (status.textContent = ''), SHOWN_FOR_MS);
  };

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
