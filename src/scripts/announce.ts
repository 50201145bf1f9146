/**
 * One polite live region per page, shared by every control that acts without moving focus
 * (a copied link, a copied reference): it says what happened, briefly, then clears itself.
 * Created on first use, so a page without such a control has none.
 */
const SHOWN_FOR_MS = 4000;

let region: HTMLElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Says `text` to screen readers and shows it for a moment at the foot of the viewport. */
export function announce(text: string): void {
  if (!region) {
    region = document.createElement('p');
    region.className = 'status-toast';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.dataset['print'] = 'hide';
    document.body.append(region);
  }
  clearTimeout(timer);
  region.textContent = text;
  timer = setTimeout(() => region && (region.textContent = ''), SHOWN_FOR_MS);
}
