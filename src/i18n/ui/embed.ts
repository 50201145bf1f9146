/**
 * The words of embedding: the card another site frames (src/layouts/Embed.astro and the
 * routes under src/pages/[...locale]/embed/), the code it pastes (src/lib/embed.ts) and the
 * share page's "Embed" disclosure (src/components/EmbedDisclosure.astro). The licence's short
 * name ("CC BY 4.0") and the site's name come in as arguments, so no edition writes them.
 */
import { defineStrings } from '../strings';

export default defineStrings(
  {
    /** The card: the link that leads out of the frame to the piece's own page, and the small print. */
    card: {
      readIncident: 'Read the full entry',
      readSection: 'Read the full section',
      /** Followed by the licence's short name, linked. */
      licence: 'Text published under',
    },
    /** The iframe's accessible name in the embed code: the piece's title, then where it comes from. */
    frameTitle: (title: string, siteName: string) => `${title}: a card from ${siteName}`,
    /** EmbedDisclosure.astro. */
    disclosure: {
      summary: 'Embed',
      intro: (licence: string) =>
        `To show this piece on your own site, paste the code below into your page: a short quotation with a link here, then the card. The text is published under ${licence}; please credit the site.`,
      /** What the Copy button copies, for its accessible name ("Copy embed code"). */
      what: 'embed code',
    },
  },
  {
    ru: {
      card: {
        readIncident: 'Читать полностью',
        readSection: 'Читать раздел полностью',
        licence: 'Текст опубликован по лицензии',
      },
      frameTitle: (title, siteName) => `${title}: карточка из материала «${siteName}»`,
      disclosure: {
        summary: 'Код для вставки',
        intro: (licence) =>
          `Чтобы показать этот материал на своем сайте, вставьте код ниже на свою страницу: появятся короткая цитата со ссылкой на материал и карточка. Текст опубликован по лицензии ${licence}; пожалуйста, указывайте источник.`,
        what: 'код для вставки',
      },
    },
    uk: {
      card: {
        readIncident: 'Читати повністю',
        readSection: 'Читати розділ повністю',
        licence: 'Текст опубліковано за ліцензією',
      },
      frameTitle: (title, siteName) => `${title}: картка з матеріалу «${siteName}»`,
      disclosure: {
        summary: 'Код для вбудовування',
        intro: (licence) =>
          `Щоб показати цей матеріал на своєму сайті, вставте код нижче на свою сторінку: з’являться коротка цитата з посиланням на матеріал і картка. Текст опубліковано за ліцензією ${licence}; будь ласка, зазначайте джерело.`,
        what: 'код для вбудовування',
      },
    },
  },
);
