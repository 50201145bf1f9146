/**
 * The 1200×630 preview image that chats and social posts show for a shared link: kicker,
 * title, date and the site's name, in the calm style of the pages. Satori lays the card out
 * as SVG and resvg turns it into a PNG, both at build time. The font ships in an npm package
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
  /** Already formatted (by src/lib/dates.ts), e.g. "25 April 2025". */
  date: string;
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

/** The card as satori's element tree: its text with every colour, size and position. */
export function previewDrawing({ kicker, title, date, siteName }: PreviewCard): PreviewDrawing {
  return el(
    'div',
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px',
      background: INK.bg,
      color: INK.text,
      borderTop: `16px solid ${INK.accent}`,
      fontFamily: FONT_FAMILY,
    },
    [
      el('div', { display: 'flex', flexDirection: 'column', gap: 28, width: '100%' }, [
        el(
          'div',
          { fontSize: 30, fontWeight: 700, color: INK.accent, letterSpacing: 3, textTransform: 'uppercase' },
          kicker,
        ),
        el('div', { fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15 }, title),
      ]),
      el(
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
          paddingTop: 24,
          fontSize: 30,
          color: INK.muted,
        },
        [el('div', {}, date), el('div', { fontWeight: 700, color: INK.text }, siteName)],
      ),
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

/** What the image shows, in words, for `og:image:alt`. */
export const previewAlt = ({ kicker, title, date, siteName }: PreviewCard): string =>
  `${kicker}: ${title}. ${date}. ${siteName}`;
