import { describe, expect, it } from 'vitest';
import {
  FONT_FILES,
  previewDrawing,
  previewRenderer,
  type PreviewCard,
  type PreviewRenderer,
} from '../../src/lib/preview-image';
import { previewKey } from '../../src/lib/preview-key';

const card: PreviewCard = {
  kicker: 'Incident',
  title: 'Yaroslav Moskalik',
  date: '25 April 2025, 10:45 Moscow time, Balashikha',
  siteName: 'Balashikha explainer',
};
const renderer: PreviewRenderer = {
  satori: '0.63.2',
  resvg: '2.6.2',
  fonts: [{ name: 'Serif', weight: 400, sha256: 'a'.repeat(64) }],
  options: { satori: { width: 1200, height: 630 }, resvg: { fitTo: { mode: 'width', value: 1200 } } },
};
const keyOf = (c: PreviewCard, r: PreviewRenderer = renderer) => previewKey(previewDrawing(c), r);

describe('previewKey', () => {
  it('changes when any text the card shows changes', () => {
    for (const field of ['kicker', 'title', 'date', 'siteName'] as const) {
      expect(keyOf({ ...card, [field]: `${card[field]}.` }), field).not.toBe(keyOf(card));
    }
    expect(keyOf({ ...card, title: 'Yaroslav Moskalík' })).not.toBe(keyOf(card));
    const incident = { ...card, role: 'Lieutenant general', responsibility: 'Responsibility: Not claimed' };
    for (const field of ['role', 'responsibility'] as const)
      expect(keyOf({ ...incident, [field]: `${incident[field]}.` }), field).not.toBe(keyOf(incident));
  });

  it('differs between the editions of one card, whose words differ', () => {
    const ru: PreviewCard = {
      kicker: 'Инцидент',
      title: 'Ярослав Москалик',
      date: '25 апреля 2025, Балашиха',
      siteName: 'Убийство Москалика: что известно',
    };
    expect(keyOf(ru)).not.toBe(keyOf(card));
  });

  it('is the same for the same text and renderer, in whatever order their fields are listed', () => {
    const sameText: PreviewCard = { siteName: card.siteName, date: card.date, title: card.title, kicker: card.kicker };
    const sameRenderer: PreviewRenderer = {
      options: { resvg: { fitTo: { value: 1200, mode: 'width' } }, satori: { height: 630, width: 1200 } },
      fonts: [{ sha256: 'a'.repeat(64), weight: 400, name: 'Serif' }],
      resvg: '2.6.2',
      satori: '0.63.2',
    };
    expect(keyOf(sameText, sameRenderer)).toBe(keyOf(card));
    expect(keyOf(card)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when the template draws differently: a colour, a size', () => {
    const drawing = previewDrawing(card);
    const recoloured = {
      ...drawing,
      props: { ...drawing.props, style: { ...drawing.props.style, background: '#ffffff' } },
    };
    expect(previewKey(recoloured, renderer)).not.toBe(previewKey(drawing, renderer));
  });

  it('changes with the fonts’ bytes and with either renderer’s version or options', () => {
    const changed: PreviewRenderer[] = [
      { ...renderer, fonts: [{ name: 'Serif', weight: 400, sha256: 'b'.repeat(64) }] },
      { ...renderer, satori: '0.64.0' },
      { ...renderer, resvg: '2.7.0' },
      { ...renderer, options: { ...renderer.options, satori: { width: 1200, height: 600 } } },
    ];
    for (const r of changed) expect(keyOf(card, r)).not.toBe(keyOf(card));
  });

  it('names the installed renderers and every font file by its content', async () => {
    const real = await previewRenderer();
    expect(real.satori).toMatch(/^\d+\.\d+\.\d+/);
    expect(real.resvg).toMatch(/^\d+\.\d+\.\d+/);
    // Latin, Latin Extended, Cyrillic and Cyrillic Extended, each in two weights.
    expect(real.fonts).toHaveLength(8);
    expect(real.fonts).toHaveLength(FONT_FILES.length);
    expect(new Set(real.fonts.map((f) => f.sha256)).size).toBe(8);
  });
});
