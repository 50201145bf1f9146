/**
 * The words around the Cite disclosure on every piece and main page (the references themselves
 * are Citation.js's, in the styles' own language).
 */
import { defineStrings } from '../strings';

export default defineStrings(
  {
    /** Cite.astro. */
    cite: {
      /** The disclosure's visible word; its accessible name goes on with the piece's title. */
      summary: 'Cite this',
      /** The dates the references are made from: `modified` is undefined when it never changed. */
      dates: (published: string, modified: string | undefined) =>
        modified ? `First published ${published}; last changed ${modified}.` : `Published ${published}.`,
      /** The dataset's version: the day it last changed. */
      version: (date: string) => `This version of the data: ${date}.`,
      /** Above the formatted references. */
      styles: 'Formatted references',
      /** Shown in the translated editions only: why the references' words and dates are English. */
      stylesNote:
        'The references follow English-language style guides, so their words and dates are in English; the title and address are this edition’s.',
      /** Above BibTeX, RIS and CSL-JSON. */
      data: 'For reference managers',
      /** The copy button goes on to say what it copies: "Copy APA reference". */
      reference: (style: string) => `${style} reference`,
      /** The download link of a data format: "Download BibTeX (.bib)". */
      download: (format: string, extension: string) => `Download ${format} (.${extension})`,
    },
  },
  {
    ru: {
      cite: {
        summary: 'Как сослаться',
        dates: (published, modified) =>
          modified
            ? `Впервые опубликовано ${published}; последнее изменение ${modified}.`
            : `Опубликовано ${published}.`,
        version: (date) => `Эта версия данных: ${date}.`,
        styles: 'Готовые ссылки',
        stylesNote:
          'Ссылки оформлены по правилам англоязычных стилей, поэтому служебные слова и даты в них английские; название и адрес — русской версии.',
        data: 'Для библиографических менеджеров',
        reference: (style) => `ссылку в стиле ${style}`,
        download: (format, extension) => `Скачать ${format} (.${extension})`,
      },
    },
    uk: {
      cite: {
        summary: 'Як послатися',
        dates: (published, modified) =>
          modified ? `Уперше опубліковано ${published}; остання зміна ${modified}.` : `Опубліковано ${published}.`,
        version: (date) => `Ця версія даних: ${date}.`,
        styles: 'Готові посилання',
        stylesNote:
          'Посилання оформлено за правилами англомовних стилів, тому службові слова й дати в них англійські; назва й адреса — української версії.',
        data: 'Для бібліографічних менеджерів',
        reference: (style) => `посилання у стилі ${style}`,
        download: (format, extension) => `Завантажити ${format} (.${extension})`,
      },
    },
  },
);
