/**
 * One polite live region per page, shared by every control that acts without moving focus
 * (a copied link, a copied reference): it says what happened, briefly, then clears itself.
 * Each control's script creates it when it starts, since screen readers announce changes only
 * to a region that was already on the page.
 */
const SHOWN_FOR_MS = 4000;

let region: HTMLElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The page's live region, created on first call. */
export function liveRegion(): HTMLElement {
  if (!region) {
    region = document.createElement('p');
    region.className = 'status-toast';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.dataset['print'] = 'hide';
    document.body.append(region);
  }
  return region;
}

/** Says `text` to screen readers and shows it for a moment at the foot of the viewport. */
export function announce(text: string): void {
  const r = liveRegion();
  clearTimeout(timer);
  r.textContent = text;
  timer = setTimeout(() => (r.textContent = ''), SHOWN_FOR_MS);
}
