/**
 * The incident preview cards, laid out for real from the published content in every edition:
 * each says who the person was and what is known about responsibility, in its own language,
 * stays inside its 1200×630 frame at the longest real role, and has a glyph for every
 * character it draws.
 */
import { describe, expect, it } from 'vitest';
import { incidentCard } from '../../src/lib/preview-cards';
import {
  FONT_FILES,
  PREVIEW_HEIGHT,
  fontPath,
  previewAlt,
  previewContentHeight,
  type PreviewCard,
} from '../../src/lib/preview-image';
import { LOCALE_CODES, LOCALES } from '../../src/i18n/locales';
import { ui } from '../../src/i18n/ui';
import { readIncidentsIn } from '../support/incident-editions';
import { fontCharacters } from '../support/font-cmap';

const cards = LOCALE_CODES.flatMap((locale) =>
  readIncidentsIn(locale).map((i) => ({ locale, id: i.id, card: incidentCard(locale, i) })),
);
const drawn = (c: PreviewCard) => Object.values(c).join(' ');

describe('incident preview cards', () => {
  it('are made for every incident in every edition', () => {
    expect(cards.length).toBeGreaterThanOrEqual(3 * 11);
  });

  it('say, in each edition’s words, the role and what is known about responsibility', () => {
    const moskalik = (l: string) => cards.find((c) => c.locale === l && c.id === 'yaroslav-moskalik')?.card;
    expect(moskalik('en')).toMatchObject({
      kicker: 'Incident',
      title: 'Yaroslav Moskalik',
      role: expect.stringMatching(/^Lieutenant general/),
      date: expect.stringMatching(/^25 April 2025, .*, Balashikha$/),
      responsibility: 'Responsibility: Not claimed, but hinted at',
      siteName: 'The Moskalik Killing, Explained',
    });
    expect(moskalik('ru')).toMatchObject({
      kicker: 'Инцидент',
      title: 'Ярослав Москалик',
      role: expect.stringMatching(/^Генерал-лейтенант/),
      date: expect.stringMatching(/^25 апреля 2025.*, Балашиха$/),
      responsibility: ui('ru').vocabulary.statuses.hinted.label,
      siteName: ui('ru').site.name,
    });
    expect(moskalik('uk')).toMatchObject({
      title: 'Ярослав Москалик',
      date: expect.stringMatching(/^25 квітня 2025.*, Балашиха$/),
      responsibility: ui('uk').vocabulary.statuses.hinted.label,
    });
    // The alt text says what the card shows, in the same order.
    const alt = previewAlt(moskalik('ru')!);
    expect(alt.startsWith('Инцидент: Ярослав Москалик. Генерал-лейтенант')).toBe(true);
    expect(alt.endsWith(`${ui('ru').vocabulary.statuses.hinted.label}. ${ui('ru').site.name}`)).toBe(true);
  });

  it('keep every line inside the card, the longest roles included', { timeout: 60_000 }, async () => {
    const longest = Math.max(...cards.map((c) => c.card.role?.length ?? 0));
    // Not vacuous: the longest real role is several lines long.
    expect(longest).toBeGreaterThan(250);
    for (const { locale, id, card } of cards)
      expect(await previewContentHeight(card), `${locale} ${id}`).toBeLessThanOrEqual(PREVIEW_HEIGHT);
  });

  it('a card with more text than fits is measured as taller than the card', async () => {
    const card = cards[0]!.card;
    expect(await previewContentHeight({ ...card, role: `${card.role} `.repeat(6) })).toBeGreaterThan(PREVIEW_HEIGHT);
  });

  it('have a glyph in the loaded fonts for every character they draw, capitals of the kicker included', () => {
    const covered = new Set(FONT_FILES.flatMap((f) => [...fontCharacters(fontPath(f.file))]));
    const missing = cards.flatMap(({ locale, id, card }) => {
      const text = drawn(card) + card.kicker.toLocaleUpperCase(LOCALES[locale].lang);
      return [...new Set(text)].filter((ch) => !covered.has(ch.codePointAt(0)!)).map((ch) => `${locale} ${id}: ${ch}`);
    });
    expect(missing).toEqual([]);
  });
});
