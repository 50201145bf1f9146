/**
 * The words around each piece of content: an incident entry and its attribution, sources and
 * casualties; a talks event; updates, corrections and later developments; sections and their
 * share pages, share links and the way on; the page left at a former address; footnotes and
 * tables in the prose. The English is word for word what the components and src/lib write today.
 */
import type { Phrase } from '../../lib/attribution';
import { defineStrings, plural } from '../strings';

export default defineStrings(
  {
    /** IncidentEntry.astro: the facts' labels and the subheadings. */
    incidentEntry: {
      category: 'Category',
      place: 'Place',
      method: 'Method',
      outcome: 'Outcome',
      othersKilledOrHurt: 'Others killed or hurt',
      age: 'Age',
      dateNote: 'Date',
      alsoSpelled: 'Also spelled',
      responsibility: 'Responsibility',
      whoSaidWhat: 'Who said what about responsibility',
      disputed: 'Disputed or unconfirmed',
      sources: 'Sources',
    },
    /** src/pages/incidents/[id].astro: an incident on its own page. */
    incidentPage: {
      kicker: 'Incident',
      fullList: 'See it in the full incident list',
    },
    /** src/lib/incidents.ts placeInWords: "Balashikha, Moscow Oblast". */
    place: {
      inRegion: (locality: string, region: string) => `${locality}, ${region}`,
    },
    /** src/lib/attribution.ts: the responsibility line after the status, each kind of statement (statuses are in vocabulary.ts). */
    attribution: {
      phrases: {
        'ukraine-official:claim': 'claimed on the record by Ukrainian officials',
        'partisan-group:claim': 'claimed by a partisan group',
        'ukraine-anonymous:claim': 'also claimed by Ukrainian sources speaking anonymously',
        'ukraine-official:hint': 'hinted at by Ukrainian officials',
        'ukraine-lawmaker-commander:endorsement': 'praised by a Ukrainian lawmaker or commander',
        'ukraine-official:denial': 'denied by Ukrainian officials',
        'ukraine-anonymous:denial': 'denied by Ukrainian sources speaking anonymously',
        'ukraine-lawmaker-commander:denial': 'denied by a Ukrainian lawmaker or commander',
        'partisan-group:denial': 'denied by a partisan group',
        'ukraine-official:no-comment': 'no official comment from Kyiv',
        'russia-authorities:accusation': 'Russian authorities blame Ukraine',
        'russia-authorities:report': 'Russian authorities give their own account',
        'russia-authorities:no-comment': 'no official comment from Moscow',
        'media:report': 'media reports on who was behind it',
      } satisfies Record<Phrase, string>,
    },
    /**
     * src/lib/casualties.ts: a count at the spread the sources give ("16 to 52", "up to 1"), and
     * the line it goes in. `ranged` says the count is a range or an "up to", which Russian and
     * Ukrainian follow with another case.
     */
    casualties: {
      range: (low: number, high: number) => `${low} to ${high}`,
      upTo: (high: number) => `up to ${high}`,
      othersKilled: (count: string, high: number, _ranged: boolean) => `${count} other${high === 1 ? '' : 's'} killed`,
      injured: (count: string, _high: number, _ranged: boolean) => `${count} injured`,
      byDifferentCounts: 'by different counts',
    },
    /** SourceList.astro and src/lib/sources.ts sourceLabel. */
    sourceList: {
      headline: (headline: string) => `“${headline}”`,
      /** `language` is the language's name in this edition (Intl.DisplayNames). */
      inLanguage: (language: string) => `(in ${language})`,
      agencyCopy: (agency: string, outlet: string) => `${agency}, carried by ${outlet}`,
      secondary: (outlet: string, via: string) => `${outlet}, reporting ${via}`,
      official: (outlet: string) => `${outlet} (official statement)`,
      reference: (outlet: string) => `${outlet} (reference work)`,
    },
    /** TalksEventEntry.astro. */
    talksEvent: {
      whoTookPart: 'Who took part:',
      sources: (count: number) => `Sources (${count})`,
    },
    /** UpdateList.astro (the kinds' labels are in vocabulary.ts). */
    updateList: {
      heading: 'Updates and corrections',
    },
    /** Correction.astro, and the feed. */
    correction: {
      was: 'We said',
      now: 'Correct',
    },
    /** LaterDevelopments.astro: the heading, followed by the as-of date. */
    laterDevelopments: {
      headingBefore: 'Later developments, after',
    },
    /** Section.astro: the lead-in to the incidents it discusses (RelatedIncidents.astro adds the colon). */
    section: {
      inIncidentList: 'In the incident list',
    },
    /** SectionSharePage.astro. */
    sectionSharePage: {
      kicker: {
        explainer: 'Explainer',
        peaceTalks: 'Peace talks',
      },
      readInFull: {
        explainer: 'Read this section in the full explainer',
        peaceTalks: 'Read this section in the full peace-talks background',
      },
    },
    /** ShareLink.astro and src/scripts/share-links.ts. */
    shareLink: {
      /** What the piece is, in the form `label` needs. */
      what: {
        section: 'section',
        incident: 'incident',
        event: 'event',
      },
      label: (what: string, title: string) => `Link to ${what}: ${title}`,
      /** The live region's message after a copy. */
      copied: 'Link copied',
    },
    /** PieceNav.astro. */
    pieceNav: {
      label: 'More of this story',
      previous: 'Previous',
      next: 'Next',
    },
    /** layouts/Redirect.astro: the page left at a former id (an alias); the link and "." follow `movedTo`. */
    redirect: {
      title: (title: string) => `Moved: ${title}`,
      movedTo: 'This page has moved to',
    },
    /**
     * src/lib/rehype-section-footnotes.ts: a section's notes; `reference` counts from 1. A later
     * citation's number is shown beside the arrow, so the name says it as a word of its own (not in
     * brackets, which a speech-input user's software and axe both read past).
     */
    footnotes: {
      heading: 'Notes',
      backLabel: (reference: number, citation: number) =>
        `Back to reference ${reference}${citation > 1 ? `, citation ${citation}` : ''}`,
    },
    /** src/lib/rehype-table-scroll.ts: the name of a table's scrolling region. */
    proseTable: {
      label: (headings: string) => `Table: ${headings}`,
      unlabelled: 'Table',
    },
  },
  {
    ru: {
      incidentEntry: {
        category: 'Категория',
        place: 'Место',
        method: 'Способ',
        outcome: 'Исход',
        othersKilledOrHurt: 'Другие погибшие и пострадавшие',
        age: 'Возраст',
        dateNote: 'Дата',
        alsoSpelled: 'Другие написания',
        responsibility: 'Ответственность',
        whoSaidWhat: 'Кто что говорил об ответственности',
        disputed: 'Спорное или неподтвержденное',
        sources: 'Источники',
      },
      incidentPage: {
        kicker: 'Инцидент',
        fullList: 'Смотреть в полном списке инцидентов',
      },
      place: {
        inRegion: (locality, region) => `${locality}, ${region}`,
      },
      attribution: {
        phrases: {
          'ukraine-official:claim': 'ответственность публично взяли на себя украинские официальные лица',
          'partisan-group:claim': 'ответственность взяла на себя партизанская группа',
          'ukraine-anonymous:claim': 'ответственность также взяли на себя украинские источники на условиях анонимности',
          'ukraine-official:hint': 'украинские официальные лица намекали на причастность',
          'ukraine-lawmaker-commander:endorsement': 'убийство одобрил украинский депутат или командир',
          'ukraine-official:denial': 'украинские официальные лица отрицают причастность',
          'ukraine-anonymous:denial': 'украинские источники на условиях анонимности отрицают причастность',
          'ukraine-lawmaker-commander:denial': 'украинский депутат или командир отрицает причастность',
          'partisan-group:denial': 'партизанская группа отрицает причастность',
          'ukraine-official:no-comment': 'Киев официально не комментирует',
          'russia-authorities:accusation': 'российские власти обвиняют Украину',
          'russia-authorities:report': 'российские власти излагают свою версию',
          'russia-authorities:no-comment': 'Москва официально не комментирует',
          'media:report': 'СМИ сообщают, кто за этим стоял',
        },
      },
      casualties: {
        range: (low, high) => `от ${low} до ${high}`,
        upTo: (high) => `до ${high}`,
        // After "до" the noun is genitive: "до 1 погибшего", "1 погибший".
        othersKilled: (count, high, ranged) =>
          `еще ${count} ${plural('ru', high, ranged ? { one: 'погибшего', other: 'погибших' } : { one: 'погибший', other: 'погибших' })}`,
        injured: (count, high, ranged) =>
          `${count} ${plural('ru', high, ranged ? { one: 'раненого', other: 'раненых' } : { one: 'раненый', other: 'раненых' })}`,
        byDifferentCounts: 'по разным данным',
      },
      sourceList: {
        headline: (headline) => `«${headline}»`,
        inLanguage: (language) => `(язык: ${language})`,
        agencyCopy: (agency, outlet) => `${agency}, публикация на сайте ${outlet}`,
        secondary: (outlet, via) => `${outlet} со ссылкой на ${via}`,
        official: (outlet) => `${outlet} (официальное заявление)`,
        reference: (outlet) => `${outlet} (справочное издание)`,
      },
      talksEvent: {
        whoTookPart: 'Кто участвовал:',
        sources: (count) => `Источники (${count})`,
      },
      updateList: {
        heading: 'Обновления и исправления',
      },
      correction: {
        was: 'Мы писали',
        now: 'Правильно',
      },
      laterDevelopments: {
        headingBefore: 'События после',
      },
      section: {
        inIncidentList: 'В списке инцидентов',
      },
      sectionSharePage: {
        kicker: {
          explainer: 'Разбор',
          peaceTalks: 'Мирные переговоры',
        },
        readInFull: {
          explainer: 'Читать этот раздел в полном тексте разбора',
          peaceTalks: 'Читать этот раздел в полном тексте о мирных переговорах',
        },
      },
      shareLink: {
        what: {
          section: 'раздел',
          incident: 'инцидент',
          event: 'событие',
        },
        label: (what, title) => `Ссылка на ${what}: ${title}`,
        copied: 'Ссылка скопирована',
      },
      pieceNav: {
        label: 'Еще по теме',
        previous: 'Назад',
        next: 'Далее',
      },
      redirect: {
        title: (title) => `Страница перенесена: ${title}`,
        movedTo: 'Эта страница перенесена по новому адресу:',
      },
      footnotes: {
        heading: 'Примечания',
        backLabel: (reference, citation) => `Назад к сноске ${reference}${citation > 1 ? `, ссылка ${citation}` : ''}`,
      },
      proseTable: {
        label: (headings) => `Таблица: ${headings}`,
        unlabelled: 'Таблица',
      },
    },
    uk: {
      incidentEntry: {
        category: 'Категорія',
        place: 'Місце',
        method: 'Спосіб',
        outcome: 'Наслідок',
        othersKilledOrHurt: 'Інші загиблі та постраждалі',
        age: 'Вік',
        dateNote: 'Дата',
        alsoSpelled: 'Інші написання',
        responsibility: 'Відповідальність',
        whoSaidWhat: 'Хто що казав про відповідальність',
        disputed: 'Спірне або непідтверджене',
        sources: 'Джерела',
      },
      incidentPage: {
        kicker: 'Інцидент',
        fullList: 'Переглянути в повному списку інцидентів',
      },
      place: {
        inRegion: (locality, region) => `${locality}, ${region}`,
      },
      attribution: {
        phrases: {
          'ukraine-official:claim': 'відповідальність публічно взяли на себе українські посадовці',
          'partisan-group:claim': 'відповідальність взяло на себе партизанське угруповання',
          'ukraine-anonymous:claim': 'відповідальність також взяли на себе українські джерела на умовах анонімності',
          'ukraine-official:hint': 'українські посадовці натякали на причетність',
          'ukraine-lawmaker-commander:endorsement': 'вбивство схвалив український депутат або командир',
          'ukraine-official:denial': 'українські посадовці заперечують причетність',
          'ukraine-anonymous:denial': 'українські джерела на умовах анонімності заперечують причетність',
          'ukraine-lawmaker-commander:denial': 'український депутат або командир заперечує причетність',
          'partisan-group:denial': 'партизанське угруповання заперечує причетність',
          'ukraine-official:no-comment': 'Київ офіційно не коментує',
          'russia-authorities:accusation': 'російська влада звинувачує Україну',
          'russia-authorities:report': 'російська влада викладає власну версію',
          'russia-authorities:no-comment': 'Москва офіційно не коментує',
          'media:report': 'ЗМІ повідомляють, хто за цим стояв',
        },
      },
      casualties: {
        range: (low, high) => `від ${low} до ${high}`,
        upTo: (high) => `до ${high}`,
        // After "до" the noun is genitive: "до 1 загиблого", "1 загиблий".
        othersKilled: (count, high, ranged) =>
          `ще ${count} ${plural('uk', high, ranged ? { one: 'загиблого', other: 'загиблих' } : { one: 'загиблий', other: 'загиблих' })}`,
        injured: (count, high, ranged) =>
          `${count} ${plural('uk', high, ranged ? { one: 'пораненого', other: 'поранених' } : { one: 'поранений', other: 'поранених' })}`,
        byDifferentCounts: 'за різними даними',
      },
      sourceList: {
        headline: (headline) => `«${headline}»`,
        inLanguage: (language) => `(мова: ${language})`,
        agencyCopy: (agency, outlet) => `${agency}, публікація на сайті ${outlet}`,
        secondary: (outlet, via) => `${outlet} з посиланням на ${via}`,
        official: (outlet) => `${outlet} (офіційна заява)`,
        reference: (outlet) => `${outlet} (довідкове видання)`,
      },
      talksEvent: {
        whoTookPart: 'Хто брав участь:',
        sources: (count) => `Джерела (${count})`,
      },
      updateList: {
        heading: 'Оновлення та виправлення',
      },
      correction: {
        was: 'Ми писали',
        now: 'Правильно',
      },
      laterDevelopments: {
        headingBefore: 'Події після',
      },
      section: {
        inIncidentList: 'У списку інцидентів',
      },
      sectionSharePage: {
        kicker: {
          explainer: 'Пояснення',
          peaceTalks: 'Мирні переговори',
        },
        readInFull: {
          explainer: 'Читати цей розділ у повному тексті пояснення',
          peaceTalks: 'Читати цей розділ у повному тексті про мирні переговори',
        },
      },
      shareLink: {
        what: {
          section: 'розділ',
          incident: 'інцидент',
          event: 'подію',
        },
        label: (what, title) => `Посилання на ${what}: ${title}`,
        copied: 'Посилання скопійовано',
      },
      pieceNav: {
        label: 'Ще на цю тему',
        previous: 'Назад',
        next: 'Далі',
      },
      redirect: {
        title: (title) => `Сторінку перенесено: ${title}`,
        movedTo: 'Ця сторінка тепер за новою адресою:',
      },
      footnotes: {
        heading: 'Примітки',
        backLabel: (reference, citation) =>
          `Назад до виноски ${reference}${citation > 1 ? `, посилання ${citation}` : ''}`,
      },
      proseTable: {
        label: (headings) => `Таблиця: ${headings}`,
        unlabelled: 'Таблиця',
      },
    },
  },
);
