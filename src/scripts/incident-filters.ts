/**
 * Filters the incident list in place. Progressive enhancement: without this script the whole
 * list is there and the form is not shown (see IncidentFilters.astro). Within a facet the
 * ticked options are alternatives (OR); across facets they combine (AND). The state lives in
 * the URL query, so a filtered view is a link, and back/forward step through it.
 */
type Item = { li: HTMLElement; values: Record<string, string[]> };

const form = document.querySelector<HTMLFormElement>('form#incident-filters');
const list = document.querySelector<HTMLElement>('ol.by-year');
if (form && list) enhance(form, list);

function enhance(form: HTMLFormElement, list: HTMLElement) {
  const status = form.querySelector<HTMLElement>('[data-status]');
  const facets = [...form.querySelectorAll<HTMLElement>('fieldset[data-facet]')].map((f) => f.dataset['facet'] ?? '');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const sort = form.elements.namedItem('sort') as RadioNodeList | null;
  const items: Item[] = [...list.querySelectorAll<HTMLElement>('article.incident')].map((el) => ({
    li: el.parentElement ?? el,
    values: Object.fromEntries(facets.map((f) => [f, (el.dataset[f] ?? '').split(' ')])),
  }));

  const selected = () => {
    const sel = new Map<string, string[]>();
    for (const b of boxes) if (b.checked) sel.set(b.name, [...(sel.get(b.name) ?? []), b.value]);
    return sel;
  };
  const matches = (it: Item, sel: Map<string, string[]>, skip?: string) =>
    [...sel].every(([f, vs]) => f === skip || vs.some((v) => it.values[f]?.includes(v)));
  const reverse = (el: Element) => {
    for (const c of [...el.children].reverse()) el.append(c);
  };

  function render() {
    const sel = selected();
    let shown = 0;
    for (const it of items) {
      it.li.hidden = !matches(it, sel);
      if (!it.li.hidden) shown++;
    }
    // Each option's count: what ticking it would show, given the other facets' choices.
    for (const b of boxes) {
      const n = items.filter((it) => matches(it, sel, b.name) && it.values[b.name]?.includes(b.value)).length;
      const count = b.parentElement?.querySelector('[data-count]');
      if (count) count.textContent = `(${n})`;
    }
    for (const year of list.children as HTMLCollectionOf<HTMLElement>)
      year.hidden = !year.querySelector('li:not([hidden]) > article');
    const order = sort?.value === 'newest' ? 'newest' : 'oldest';
    if ((list.dataset['order'] ?? 'oldest') !== order) {
      reverse(list);
      for (const ol of list.querySelectorAll('ol')) reverse(ol);
      list.dataset['order'] = order;
    }
    if (status) status.textContent = `${shown} of ${items.length} incidents shown`;
  }

  function toUrl() {
    const q = new URLSearchParams();
    for (const [f, vs] of selected()) for (const v of vs) q.append(f, v);
    if (sort?.value === 'newest') q.set('sort', 'newest');
    const url = `${location.pathname}${q.size ? `?${q}` : ''}`;
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
  }

  function fromUrl() {
    const q = new URLSearchParams(location.search);
    for (const b of boxes) b.checked = q.getAll(b.name).includes(b.value);
    if (sort) sort.value = q.get('sort') === 'newest' ? 'newest' : 'oldest';
    const details = form.querySelector('details');
    if (details && [...q.keys()].length) details.open = true;
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
