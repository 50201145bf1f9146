/**
 * The 1200×630 preview image that chats and social posts show for a shared link: kicker,
 * title, date and the site's name, in the calm style of the pages; an incident's card adds
 * the person's role and what is known about responsibility. Satori lays the card out as SVG
 * and resvg turns it into a PNG, both at build time. The font ships in an npm package
 * (Latin and Cyrillic subsets, as .woff), so the build needs no network.
 *
 * Everything that decides the pixels is either in the card's drawing (text, colours, sizes)
 * or in `previewRenderer()` (fonts, renderer versions, options): the preview cache keys
 * images by those two (src/lib/preview-key.ts), so keep it that way.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { PALETTE } from '../styles/palette';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PreviewCard {
  /** Small capitals above the title: "Explainer", "Incident". */
  kicker: string;
  title: string;
  /** An incident's: the person's role at the time, under the name. */
  role?: string | undefined;
  /** Already formatted (by src/lib/dates.ts), e.g. "25 April 2025". */
  date: string;
  /** An incident's: what is known about responsibility, under the date. */
  responsibility?: string | undefined;
  siteName: string;
}

/** The site's light colours (a preview has no dark mode). */
const INK = {
  bg: PALETTE.light['--color-bg'],
  text: PALETTE.light['--color-text'],
  muted: PALETTE.light['--color-muted'],
  accent: PALETTE.light['--color-accent'],
  rule: PALETTE.light['--color-rule'],
};

/** Everything handed to the two renderers besides the drawing and the fonts. */
const SATORI_OPTIONS = { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT } as const;
const RESVG_OPTIONS = { fitTo: { mode: 'width', value: PREVIEW_WIDTH } } as const;

const require = createRequire(import.meta.url);
/**
 * Source Serif 4 comes split by script, each subset a file: Latin, Latin Extended (Š, ł, ă…),
 * Cyrillic (the Russian and Ukrainian editions) and Cyrillic Extended, each under its own
 * name as a fallback family, in both weights the card uses.
 */
export const FONT_FILES = [
  { name: 'Serif', file: 'latin-400', weight: 400 },
  { name: 'Serif', file: 'latin-700', weight: 700 },
  { name: 'Serif Ext', file: 'latin-ext-400', weight: 400 },
  { name: 'Serif Ext', file: 'latin-ext-700', weight: 700 },
  { name: 'Serif Cyrillic', file: 'cyrillic-400', weight: 400 },
  { name: 'Serif Cyrillic', file: 'cyrillic-700', weight: 700 },
  { name: 'Serif Cyrillic Ext', file: 'cyrillic-ext-400', weight: 400 },
  { name: 'Serif Cyrillic Ext', file: 'cyrillic-ext-700', weight: 700 },
] as const;
const FONT_FAMILY = FONT_FILES.map((f) => `"${f.name}"`)
  .filter((name, i, all) => all.indexOf(name) === i)
  .join(', ');

/** Where a font file lives on disk (also for the test that every drawn character has a glyph). */
export const fontPath = (file: (typeof FONT_FILES)[number]['file']): string =>
  require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${file}-normal.woff`);

let fonts: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;
function loadFonts() {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ name, file, weight }) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await readFile(fontPath(file)),
    })),
  );
  return fonts;
}

/** An element for satori: a tag, its style and its children, as plain data. */
export type PreviewDrawing = {
  type: string;
  props: { style?: Record<string, string | number>; children?: (PreviewDrawing | string)[] | string };
};
const el = (
  type: string,
  style: Record<string, string | number>,
  children: (PreviewDrawing | string)[] | string,
): PreviewDrawing => ({
  type,
  props: { style, children },
});

/** Long titles get a smaller size so that they never run off the card. */
const titleSize = (title: string) => (title.length > 90 ? 52 : title.length > 50 ? 62 : 74);
/** Roles run from a few words to a few lines; the longest get a smaller size, kept readable. */
const roleSize = (role: string) => (role.length > 300 ? 24 : role.length > 200 ? 25 : role.length > 120 ? 28 : 32);

/**
 * The card as satori's element tree: its text with every colour, size and position. The
 * kicker and title at the top; under a rule at the foot, the date and the site's name. An
 * incident's card reads down from the name: role, then date and responsibility above the
 * rule, the site's name alone below it.
 */
export function previewDrawing(card: PreviewCard): PreviewDrawing {
  const { kicker, title, role, date, responsibility, siteName } = card;
  const incident = role !== undefined || responsibility !== undefined;
  const head = [
    el(
      'div',
      { fontSize: 30, fontWeight: 700, color: INK.accent, letterSpacing: 3, textTransform: 'uppercase' },
      kicker,
    ),
    el('div', { fontSize: incident ? 64 : titleSize(title), fontWeight: 700, lineHeight: 1.15 }, title),
    ...(role === undefined
      ? []
      : [el('div', { marginTop: -8, fontSize: roleSize(role), lineHeight: 1.3, color: INK.muted }, role)]),
  ];
  const foot = el(
    'div',
    {
      display: 'flex',
      justifyContent: 'space-between',
      // A date and a site name too long to share the line (the Russian and Ukrainian ones can
      // be) each keep theirs, the name going under the date, rather than both breaking.
      flexWrap: 'wrap',
      columnGap: 40,
      rowGap: 8,
      width: '100%',
      borderTop: `2px solid ${INK.rule}`,
      paddingTop: incident ? 20 : 24,
      fontSize: incident ? 26 : 30,
      color: INK.muted,
    },
    incident
      ? [el('div', { fontWeight: 700, color: INK.text }, siteName)]
      : [el('div', {}, date), el('div', { fontWeight: 700, color: INK.text }, siteName)],
  );
  const facts = el('div', { display: 'flex', flexDirection: 'column', gap: 8, width: '100%', fontSize: 28 }, [
    el('div', { color: INK.muted }, date),
    ...(responsibility === undefined ? [] : [el('div', { fontWeight: 700, color: INK.text }, responsibility)]),
  ]);
  return el(
    'div',
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      gap: 28,
      padding: incident ? '52px 80px 44px' : '64px 80px',
      background: INK.bg,
      color: INK.text,
      borderTop: `16px solid ${INK.accent}`,
      fontFamily: FONT_FAMILY,
    },
    [
      el('div', { display: 'flex', flexDirection: 'column', gap: incident ? 20 : 28, width: '100%' }, head),
      ...(incident
        ? [el('div', { display: 'flex', flexDirection: 'column', gap: 24, width: '100%' }, [facts, foot])]
        : [foot]),
    ],
  );
}

/** Renders one preview card to PNG bytes. */
export async function renderPreview(input: PreviewCard): Promise<Uint8Array> {
  const svg = await satori(previewDrawing(input) as Parameters<typeof satori>[0], {
    ...SATORI_OPTIONS,
    fonts: await loadFonts(),
  });
  return new Resvg(svg, RESVG_OPTIONS).render().asPng();
}

/** What draws every card besides its drawing: the fonts by content, the renderers by version, their options. */
export interface PreviewRenderer {
  satori: string;
  resvg: string;
  fonts: { name: string; weight: number; sha256: string }[];
  options: { satori: Readonly<Record<string, unknown>>; resvg: Readonly<Record<string, unknown>> };
}

let renderer: Promise<PreviewRenderer> | undefined;
/** The renderer's identity, worked out once per build. */
export function previewRenderer(): Promise<PreviewRenderer> {
  renderer ??= loadFonts().then((loaded) => ({
    satori: (require('satori/package.json') as { version: string }).version,
    resvg: (require('@resvg/resvg-js/package.json') as { version: string }).version,
    fonts: loaded.map(({ name, weight, data }) => ({
      name,
      weight: Number(weight),
      sha256: createHash('sha256').update(new Uint8Array(data)).digest('hex'),
    })),
    options: { satori: SATORI_OPTIONS, resvg: RESVG_OPTIONS },
  }));
  return renderer;
}

/**
 * How tall the card's content is when nothing stretches it: at most PREVIEW_HEIGHT for a card
 * whose every line stays on it (the gaps between its blocks included). Satori draws whatever
 * overflows off the image without a word, so the tests lay out every real card with this.
 */
export async function previewContentHeight(input: PreviewCard): Promise<number> {
  const drawing = previewDrawing(input);
  const { height: _height, ...style } = drawing.props.style ?? {};
  const svg = await satori({ ...drawing, props: { ...drawing.props, style } } as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    fonts: await loadFonts(),
  });
  return Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
}

/** What the image shows, in words and in the order it shows them, for `og:image:alt`. */
export const previewAlt = ({ kicker, title, role, date, responsibility, siteName }: PreviewCard): string =>
  [`${kicker}: ${title}`, role, date, responsibility, siteName].filter((x) => x !== undefined).join('. ');
