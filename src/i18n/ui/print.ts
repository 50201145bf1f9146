/**
 * The print edition's words (its outline, endnotes and colophon), the Print control at the
 * foot of every page, and the page number in every printed page's margin. The running header
 * is the site's name (site.ts) and the footer the page's address, beside the page number.
 */
import { defineStrings } from '../strings';
import { incidents } from './counts';

export default defineStrings(
  {
    /** src/pages/print.astro (its title and description are in site.ts pageMeta). */
    printEdition: {
      kicker: 'Print edition',
      parts: {
        explainer: 'The explainer',
        incidents: 'The incidents',
        peaceTalks: 'The peace talks',
      },
      incidentListTitle: 'Targeted killings since 2022',
      talksTimelineTitle: 'Timeline of the talks',
      /** `span` is `incidentSpan`. */
      incidentListIntro: (span: string) =>
        `Every killing the explainer discusses, oldest first: ${span}. Each entry says who has claimed, denied or alleged responsibility, and how sure the sources are. Dates are as precise as the sources allow.`,
      /** src/lib/print-edition.ts: "6 incidents from 2022 to 2025", or "1 incident in 2024". */
      incidentSpan: (count: number, firstYear: number, lastYear: number) => {
        const what = `${count} ${count === 1 ? 'incident' : 'incidents'}`;
        return firstYear === lastYear ? `${what} in ${firstYear}` : `${what} from ${firstYear} to ${lastYear}`;
      },
    },
    /** EditionContents.astro: the heading, and the unnumbered matter after the last part. */
    editionContents: {
      label: 'Contents',
      notes: 'Notes and sources',
      colophon: 'Colophon',
    },
    /** EditionSection.astro. */
    editionSection: {
      inIncidentList: (section: number) => `In the incident list (section ${section}):`,
    },
    /** Endnoted.astro and src/lib/endnotes.ts. */
    endnotes: {
      title: 'Notes and sources',
      explanation:
        'Numbers in square brackets, like [1], cite a report; raised numbers mark a note. Each report is listed once, at its first citation.',
      /** Before the numbers of a collapsed source list. */
      sources: 'Sources:',
    },
    /** Colophon.astro (the licence's name is in site.ts). */
    colophon: {
      heading: 'Colophon',
      online: 'Online edition',
      thisEdition: 'This print edition',
      asOf: 'The story as of',
      firstPublished: 'First published',
      lastUpdated: 'Last updated',
      version: 'Version',
      licence: 'Licence',
      /** "Text: <licence>. Code: <licence>." */
      text: 'Text:',
      code: 'Code:',
      qrLabel: (url: string) => `QR code for ${url}`,
      qrCaption: 'Scan for the online edition, with working links and any later updates.',
    },
    /** PrintControl.astro. */
    printControl: {
      label: 'Print',
      printEdition: 'Print this edition',
      printPage: 'Print this page',
      saveCopy: 'To keep a copy, print this page or save it as a PDF from your browser’s Print command.',
      editionLink: 'Print edition: the whole story in one document',
      /** Printed at the end of every page. */
      pageOnline: (url: string) => `This page online: ${url}`,
    },
    /** src/lib/print-margins.ts: the printer fills in both numbers (CSS counters), wherever the words put them. */
    pageMargins: {
      pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
    },
  },
  {
    ru: {
      printEdition: {
        kicker: 'Версия для печати',
        parts: {
          explainer: 'Разбор',
          incidents: 'Инциденты',
          peaceTalks: 'Мирные переговоры',
        },
        incidentListTitle: 'Адресные убийства с 2022 года',
        talksTimelineTitle: 'Хронология переговоров',
        incidentListIntro: (span) =>
          `Все убийства, о которых идет речь в разборе, от ранних к поздним: ${span}. В каждой записи указано, кто заявлял об ответственности, отрицал ее или выдвигал обвинения, и насколько уверены источники. Даты указаны с той точностью, которую позволяют источники.`,
        incidentSpan: (count, firstYear, lastYear) =>
          firstYear === lastYear
            ? `${incidents('ru', count)} в ${firstYear} году`
            : `${incidents('ru', count)} с ${firstYear} по ${lastYear} год`,
      },
      editionContents: {
        label: 'Содержание',
        notes: 'Примечания и источники',
        colophon: 'Выходные данные',
      },
      editionSection: {
        inIncidentList: (section) => `В списке инцидентов (раздел ${section}):`,
      },
      endnotes: {
        title: 'Примечания и источники',
        explanation:
          'Числа в квадратных скобках, например [1], — ссылки на публикации; надстрочные цифры отмечают примечания. Каждая публикация указана один раз — там, где на нее сослались впервые.',
        sources: 'Источники:',
      },
      colophon: {
        heading: 'Выходные данные',
        online: 'Онлайн-версия',
        thisEdition: 'Эта версия для печати',
        asOf: 'По состоянию на',
        firstPublished: 'Впервые опубликовано',
        lastUpdated: 'Последнее обновление',
        version: 'Версия',
        licence: 'Лицензия',
        text: 'Текст:',
        code: 'Код:',
        qrLabel: (url) => `QR-код для ${url}`,
        qrCaption:
          'Отсканируйте, чтобы открыть онлайн-версию с работающими ссылками и всеми последующими обновлениями.',
      },
      printControl: {
        label: 'Печать',
        printEdition: 'Распечатать эту версию',
        printPage: 'Распечатать эту страницу',
        saveCopy:
          'Чтобы сохранить копию, распечатайте эту страницу или сохраните ее в PDF с помощью команды «Печать» в браузере.',
        editionLink: 'Версия для печати: вся история в одном документе',
        pageOnline: (url) => `Эта страница онлайн: ${url}`,
      },
      pageMargins: {
        pageOf: (page, pages) => `Страница ${page} из ${pages}`,
      },
    },
    uk: {
      printEdition: {
        kicker: 'Версія для друку',
        parts: {
          explainer: 'Пояснення',
          incidents: 'Інциденти',
          peaceTalks: 'Мирні переговори',
        },
        incidentListTitle: 'Цілеспрямовані вбивства з 2022 року',
        talksTimelineTitle: 'Хронологія переговорів',
        incidentListIntro: (span) =>
          `Усі вбивства, про які йдеться в поясненні, від ранніх до пізніх: ${span}. У кожному записі зазначено, хто заявляв про відповідальність, заперечував її чи висував звинувачення, і наскільки впевнені джерела. Дати вказано з тією точністю, яку дозволяють джерела.`,
        incidentSpan: (count, firstYear, lastYear) =>
          firstYear === lastYear
            ? `${incidents('uk', count)} у ${firstYear} році`
            : `${incidents('uk', count)} з ${firstYear} по ${lastYear} рік`,
      },
      editionContents: {
        label: 'Зміст',
        notes: 'Примітки та джерела',
        colophon: 'Вихідні дані',
      },
      editionSection: {
        inIncidentList: (section) => `У списку інцидентів (розділ ${section}):`,
      },
      endnotes: {
        title: 'Примітки та джерела',
        explanation:
          'Числа у квадратних дужках, наприклад [1], — посилання на публікації; надрядкові цифри позначають примітки. Кожну публікацію наведено один раз — там, де на неї послалися вперше.',
        sources: 'Джерела:',
      },
      colophon: {
        heading: 'Вихідні дані',
        online: 'Онлайн-версія',
        thisEdition: 'Ця версія для друку',
        asOf: 'Станом на',
        firstPublished: 'Уперше опубліковано',
        lastUpdated: 'Останнє оновлення',
        version: 'Версія',
        licence: 'Ліцензія',
        text: 'Текст:',
        code: 'Код:',
        qrLabel: (url) => `QR-код для ${url}`,
        qrCaption: 'Відскануйте, щоб відкрити онлайн-версію з робочими посиланнями та всіма подальшими оновленнями.',
      },
      printControl: {
        label: 'Друк',
        printEdition: 'Надрукувати цю версію',
        printPage: 'Надрукувати цю сторінку',
        saveCopy:
          'Щоб зберегти копію, надрукуйте цю сторінку або збережіть її як PDF за допомогою команди «Друк» у браузері.',
        editionLink: 'Версія для друку: уся історія в одному документі',
        pageOnline: (url) => `Ця сторінка онлайн: ${url}`,
      },
      pageMargins: {
        pageOf: (page, pages) => `Сторінка ${page} з ${pages}`,
      },
    },
  },
);
