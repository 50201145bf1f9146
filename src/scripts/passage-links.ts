/**
 * "Link to this passage": select words inside a piece (an element with `data-passage-url`,
 * a section or an incident, which also carries the control's words: src/lib/text-fragment.ts) and a small control appears beside them; it copies the piece's
 * share address with a text fragment that picks out those words (src/lib/text-fragment.ts),
 * made unique on the page by the text-fragments generator, which is loaded on first use. If no
 * fragment can be made, the piece's own address is copied, and the live region says which.
 *
 * It never touches ordinary copying: no copy listener, and the control is hidden and
 * unselectable while words are being selected. Keyboard users who select text (caret browsing)
 * reach it with Tab, or at once with the menu key or Shift+F10, as a menu on the selection.
 */
import { announce, liveRegion } from './announce';
import { passageUrl } from '../lib/text-fragment';
// The generator as a file of its own, imported when first needed: a plain dynamic import()
// would bring in the bundler's preloading helper, which weighs more than this whole script.
import generatorUrl from 'text-fragments-polyfill/dist/fragment-generation-utils.js?url';

const PIECE = '[data-passage-url]';
/** The blocks a selection ends in; the control is placed after one, so it comes next in Tab order. */
const BLOCK = 'p, li, blockquote, dd, dt, h1, h2, h3, h4, td, th, figcaption, pre';

/** Whether two ranges select the same words. */
const sameRange = (a: Range, b: Range) =>
  a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;

export function init(doc: Document): void {
  liveRegion();
  const menu = doc.createElement('div');
  menu.className = 'passage-menu';
  menu.hidden = true;
  menu.dataset['print'] = 'hide';
  const button = doc.createElement('button');
  button.type = 'button';
  menu.append(button);

  let piece: HTMLElement | null = null;
  let range: Range | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The words the reader sent the control away from (Escape): it stays away until they select others. */
  let dismissed: Range | null = null;
  /** Where focus was before the menu key brought it to the control, to give it back on Escape. */
  let returnTo: HTMLElement | null = null;
  const hide = () => {
    // A selection still settling must not bring the control back.
    clearTimeout(timer);
    menu.hidden = true;
    piece = range = null;
  };

  /** The piece a selection lies wholly inside, if it selects any words. */
  const pieceOf = (sel: Selection | null): HTMLElement | null => {
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !sel.toString().trim()) return null;
    const r = sel.getRangeAt(0);
    const at = (n: Node) => (n instanceof Element ? n : n.parentElement)?.closest<HTMLElement>(PIECE) ?? null;
    const start = at(r.startContainer);
    return start && start === at(r.endContainer) ? start : null;
  };

  const place = () => {
    if (menu.contains(doc.activeElement)) return;
    const sel = doc.getSelection();
    piece = pieceOf(sel);
    if (!piece || !sel) {
      dismissed = null;
      return hide();
    }
    const current = sel.getRangeAt(0);
    if (dismissed && sameRange(current, dismissed)) return hide();
    dismissed = null;
    range = current.cloneRange();
    const end = range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement;
    const block = end?.closest(BLOCK);
    (block && piece.contains(block) ? block : (piece.lastElementChild ?? piece)).after(menu);
    button.textContent = piece.dataset['passageLink'] ?? '';
    menu.hidden = false;
    const box = range.getBoundingClientRect();
    const origin = (menu.offsetParent ?? doc.body).getBoundingClientRect();
    menu.style.insetBlockStart = `${box.bottom - origin.top + 6}px`;
    menu.style.insetInlineStart = `${Math.max(0, box.left - origin.left)}px`;
  };

  doc.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    // While words are being selected the control stays out of the way (and out of the selection).
    if (!menu.contains(doc.activeElement)) menu.hidden = true;
    timer = setTimeout(place, 250);
  });

  doc.addEventListener('keydown', (e) => {
    if (menu.hidden) return;
    if (e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
      e.preventDefault();
      const active = doc.activeElement;
      returnTo = active instanceof HTMLElement && active !== doc.body && !menu.contains(active) ? active : null;
      button.focus();
    } else if (e.key === 'Escape' && menu.contains(doc.activeElement)) {
      dismissed = range;
      hide();
      if (returnTo) returnTo.focus();
      else button.blur();
    }
  });

  button.addEventListener('click', async () => {
    if (!piece || !range) return;
    const {
      passageUrl: page = '',
      passageId: id = '',
      passageCopied: copied,
      passageFallback: fallback,
    } = piece.dataset;
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    const { generateFragment, GenerateFragmentStatus } = (await import(
      /* @vite-ignore */ generatorUrl
    )) as typeof import('text-fragments-polyfill/dist/fragment-generation-utils.js');
    const made = sel ? generateFragment(sel) : undefined;
    const found = made?.status === GenerateFragmentStatus.SUCCESS && made.fragment;
    const url = found ? passageUrl(page, id, found) : new URL(`#${id}`, page).href;
    navigator.clipboard?.writeText(url).then(
      () => announce((found ? copied : fallback) ?? ''),
      () => undefined,
    );
  });
}
