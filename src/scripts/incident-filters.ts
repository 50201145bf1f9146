/**
 * Filters the incident list in place. Progressive enhancement: without this script the whole
 * list is there and the form is not shown (see IncidentFilters.astro). The state lives in the
 * URL query, so a filtered view is a link, and back/forward step through it. The logic is in
 * src/lib/filter-state.ts; this file only reads and writes the page, through the data-
 * attributes the filters own.
 */
import {
  matches,
  optionCount,
  queryFromSelection,
  selectionFromQuery,
  SHOWN,
  type Selection,
} from '../lib/filter-state';

/** Wires up the filter form inside `root` to the list inside it. */
export function init(root: ParentNode): void {
  const form = root.querySelector<HTMLFormElement>('form[data-incident-filters]');
  const list = root.querySelector<HTMLElement>('[data-filter-list]');
  if (form && list) enhance(form, list);
}

function enhance(form: HTMLFormElement, list: HTMLElement): void {
  const status = form.querySelector<HTMLElement>('[data-status]');
  // The message in the page's language, with SHOWN where the count goes (IncidentFilters.astro).
  const message = status?.dataset['template'];
  const facets = [...form.querySelectorAll<HTMLElement>('fieldset[data-facet]')].map((f) => f.dataset['facet'] ?? '');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const sort = form.elements.namedItem('sort') as RadioNodeList | null;
  const items = [...list.querySelectorAll<HTMLElement>('[data-filter-item]')].map((el) => ({
    li: el.parentElement ?? el,
    values: Object.fromEntries(facets.map((f) => [f, (el.dataset[f] ?? '').split(' ')])),
  }));

  const selected = (): Selection => {
    const sel: Selection = new Map();
    for (const b of boxes) if (b.checked) sel.set(b.name, [...(sel.get(b.name) ?? []), b.value]);
    return sel;
  };
  const reverse = (el: Element) => {
    for (const c of [...el.children].reverse()) el.append(c);
  };

  function render() {
    const sel = selected();
    let shown = 0;
    for (const it of items) {
      it.li.hidden = !matches(it.values, sel);
      if (!it.li.hidden) shown++;
    }
    const all = items.map((it) => it.values);
    for (const b of boxes) {
      const count = b.parentElement?.querySelector('[data-count]');
      if (count) count.textContent = `(${optionCount(all, sel, b.name, b.value)})`;
    }
    for (const group of list.children as HTMLCollectionOf<HTMLElement>)
      group.hidden = !group.querySelector('li:not([hidden]) > [data-filter-item]');
    const order = sort?.value === 'newest' ? 'newest' : 'oldest';
    if ((list.dataset['order'] ?? 'oldest') !== order) {
      reverse(list);
      for (const ol of list.querySelectorAll('ol')) reverse(ol);
      list.dataset['order'] = order;
    }
    if (status && message) status.textContent = message.replace(SHOWN, String(shown));
  }

  function toUrl() {
    const url = location.pathname + queryFromSelection(selected(), sort?.value === 'newest');
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
  }

  function fromUrl() {
    const q = new URLSearchParams(location.search);
    const sel = selectionFromQuery(q, facets);
    for (const b of boxes) b.checked = sel.get(b.name)?.includes(b.value) ?? false;
    if (sort) sort.value = q.get('sort') === 'newest' ? 'newest' : 'oldest';
    const details = form.querySelector('details');
    if (details && q.size) details.open = true;
  }

  form.addEventListener('change', () => {
    render();
    toUrl();
  });
  // The reset event fires before the inputs are reset; read them on the next task.
  form.addEventListener('reset', () =>
    setTimeout(() => {
      render();
      toUrl();
    }),
  );
  addEventListener('popstate', () => {
    fromUrl();
    render();
  });
  fromUrl();
  render();
}
