/**
 * Every screen colour of the site, light and dark, keyed by its custom property name.
 *
 * This module is the one source of the palette. global.css declares the same properties with
 * the same values in its tokens layer (CSS cannot import TypeScript), and
 * tests/unit/palette.test.ts fails when the two differ, so change a colour here and there
 * together. Code that cannot read CSS takes its colours from here: the theme-color in
 * Base.astro and the preview images (src/lib/preview-image.ts). print.css sets its own
 * black-on-white values for paper.
 */

/** The site's colours. One accent; every text pair meets WCAG AA contrast. */
const LIGHT = {
  '--color-bg': '#fffdf9',
  '--color-surface': '#f4f1ea',
  '--color-text': '#1a1a1a',
  '--color-muted': '#575757',
  '--color-rule': '#d6d0c4',
  '--color-accent': '#9b1c1c',
  '--color-accent-text': '#ffffff',
  '--color-focus': '#0b57d0',
  '--color-target': '#fff1c2',
} as const;

const DARK = {
  '--color-bg': '#151514',
  '--color-surface': '#1f1f1d',
  '--color-text': '#ebe8e2',
  '--color-muted': '#b0aca4',
  '--color-rule': '#3d3b37',
  '--color-accent': '#f08c84',
  '--color-accent-text': '#151514',
  '--color-focus': '#8ab4f8',
  '--color-target': '#3a3320',
} as const satisfies Record<keyof typeof LIGHT, string>;

export type ColourScheme = 'light' | 'dark';

/**
 * The timeline's category colours: each meets 3:1 against the page in its scheme, and the
 * marks' shapes carry the same information. Military officers take the accent colour.
 */
const CATEGORY = {
  light: {
    '--cat-military-officer': LIGHT['--color-accent'],
    '--cat-weapons-scientist': '#1f5fa8',
    '--cat-propagandist': '#2e6b30',
    '--cat-collaborator-official': '#8a5300',
    '--cat-defector-politician': '#6a3d9a',
    '--cat-paramilitary-leader': '#006b73',
    '--cat-prison-official': '#5c5c5c',
  },
  dark: {
    '--cat-military-officer': DARK['--color-accent'],
    '--cat-weapons-scientist': '#8ab4f8',
    '--cat-propagandist': '#81c784',
    '--cat-collaborator-official': '#e0b050',
    '--cat-defector-politician': '#c5a3e8',
    '--cat-paramilitary-leader': '#5fc9c9',
    '--cat-prison-official': '#bdbdbd',
  },
} as const;

/** The map's land and borders. Its marks use --color-text (Russia) and --color-accent (occupied Ukraine). */
const MAP = {
  light: {
    '--map-land': '#ebe6dc',
    '--map-ukraine': '#f3e7c9',
    '--map-russia': '#e2ddd3',
    '--map-border': '#8c857a',
  },
  dark: {
    '--map-land': '#262523',
    '--map-ukraine': '#3a3523',
    '--map-russia': '#2e2d2a',
    '--map-border': '#77726a',
  },
} as const;

/** Every colour custom property of a scheme, as global.css declares it. */
export const PALETTE = {
  light: { ...LIGHT, ...CATEGORY.light, ...MAP.light },
  dark: { ...DARK, ...CATEGORY.dark, ...MAP.dark },
} as const satisfies Record<ColourScheme, Record<string, string>>;
