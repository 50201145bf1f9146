/**
 * The Print control's button (PrintControl.astro): hidden without JavaScript, where the link
 * to the print edition suffices; revealed here, it prints the current page.
 */
export function init(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
