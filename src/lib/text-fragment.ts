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
