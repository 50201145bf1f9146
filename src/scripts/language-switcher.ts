/**
 * The language switcher (LanguageSwitcher.astro) links each edition's copy of the page. With
 * JavaScript, following one keeps the piece the reader is at: the current `#id` is the same in
 * every edition, so it is carried over. Nothing is stored and nothing is guessed.
 */

/** The address to follow: the edition's page with the fragment the reader is at. */
export function withFragment(href: string, hash: string): string {
  if (!hash || hash === '#') return href;
  return `${href.replace(/#.*$/, '')}${hash}`;
}

export function init(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-edition-link]')) {
    link.addEventListener('click', () => {
      link.href = withFragment(link.getAttribute('href') ?? '', window.location.hash);
    });
  }
}
