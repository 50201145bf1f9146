/**
 * The address of a passage: a piece's share page, its id, and a text directive
 * (https://wicg.github.io/scroll-to-text-fragment/): `/explainer/x/#x:~:text=prefix-,start,end,-suffix`.
 * The id comes first, so a browser that finds the words no more (they were edited) still
 * lands on the piece, and one that does not know text fragments at all does too.
 */

/** A text fragment as the text-fragments generator returns it. */
export interface TextFragment {
  textStart: string;
  textEnd?: string | undefined;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

/** A term of the directive: percent-encoded, with the directive's own "-", "," and "&" encoded too. */
const term = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D');

/** The text directive: "text=prefix-,start,end,-suffix", the optional parts left out. */
export function textDirective(f: TextFragment): string {
  const parts = [
    ...(f.prefix ? [`${term(f.prefix)}-`] : []),
    term(f.textStart),
    ...(f.textEnd ? [term(f.textEnd)] : []),
    ...(f.suffix ? [`-${term(f.suffix)}`] : []),
  ];
  return `text=${parts.join(',')}`;
}

/** The passage's address: the piece's page (absolute, without a fragment), its id, the directive. */
export function passageUrl(page: string, id: string, f: TextFragment): string {
  const url = new URL(page);
  url.hash = '';
  return `${url.href}#${id}:~:${textDirective(f)}`;
}

/** What the passage control says, in the page's edition: its label, and after copying. */
export interface PassageWords {
  link: string;
  copied: string;
  fallback: string;
}

/**
 * The attributes that make an element a piece whose passages can be linked
 * (src/scripts/passage-links.ts): its share address, its id and the control's words, carried
 * by the page so the script has no dictionary to ship.
 */
export function passageAttributes(page: string, id: string, words: PassageWords): Record<string, string> {
  return {
    'data-passage-url': page,
    'data-passage-id': id,
    'data-passage-link': words.link,
    'data-passage-copied': words.copied,
    'data-passage-fallback': words.fallback,
  };
}
