/**
 * The site's own words: its name and headline, the header, navigation and footer, the
 * dateline, the title and description of every page, the preview cards' words, and the
 * notices a translated page carries. The English is word for word what src/site.ts, the
 * layouts, the header, footer and dateline, the pages and src/data/previews.ts write today.
 */
import { defineStrings } from '../strings';
import { incidents } from './counts';

export default defineStrings(
  {
    /** src/site.ts SITE: the name in the header, titles, previews, feed and print margins. */
    name: 'The Moskalik Killing, Explained',
    headline: 'A general killed outside Moscow, and the killings before it',
    standfirst:
      'Lt Gen Yaroslav Moskalik was killed by a bomb hidden in a parked car in Balashikha on 25 April 2025, hours before Donald Trump’s envoy sat down with Vladimir Putin. Here is what happened, who he was, how his death compares with a run of killings since 2022, and where the peace talks stood.',
    description:
      'An explainer on the car-bomb killing of Russian Lt Gen Yaroslav Moskalik in April 2025, the targeted killings since 2022, and the state of the peace talks.',
    /** SITE.explains.what, the link text after `dateline.retells`. */
    explainsWhat: 'the Firstpost explainer of 25–26 April 2025',
    /** Base.astro. */
    skipLink: 'Skip to content',
    /** CopyButton.astro: the button's word (its name goes on to say what it copies), and what it says after copying. */
    copy: {
      copy: 'Copy',
      copied: 'Copied to the clipboard',
    },
    /** SiteHeader.astro and LanguageSwitcher.astro. */
    header: {
      /** aria-label of the main navigation. */
      mainNav: 'Main',
      /** aria-label of the language switcher. */
      editions: 'Editions',
    },
    /** src/site.ts NAV: the three pages readers move between (header, 404 page). */
    nav: {
      explainer: 'Explainer',
      incidents: 'Incidents',
      peaceTalks: 'Peace talks',
    },
    /** SiteFooter.astro. */
    footer: {
      downloadData: 'Download the data',
      methodology: 'Methodology',
      updates: 'Updates and corrections',
      privacy: (siteName: string) => `${siteName}. No trackers, no cookies, no third-party requests.`,
    },
    /** Dateline.astro: each label is followed by a link or a date. */
    dateline: {
      retells: 'Retells and checks',
      asOf: 'The story as of',
      published: 'Published',
      updated: 'Updated',
    },
    /** Contents.astro. */
    contents: {
      label: 'Contents',
    },
    /** src/site.ts LICENCE: the text's licence by name (colophon, /data/); "MIT" and "CC BY 4.0" stay as they are. */
    licence: {
      text: 'Creative Commons Attribution 4.0 International',
    },
    /** The notices on a translated page; the English edition never shows them. */
    translation: {
      staleNotice: (date: string) => `This translation has not yet been updated for the English version of ${date}.`,
      readEnglish: 'Read the English',
      missingNotice: 'This piece has not been translated yet; it is shown in English.',
      quotationsTranslated: 'Quotations said in other languages are our translation from the English.',
    },
    /** Each page's `<title>` (before " | " and the site's name) and its description. */
    pageMeta: {
      incidents: {
        title: 'Targeted killings since 2022: the incident list',
        description: (count: number, fromYear: number, untilYear: number) =>
          `Every killing discussed in the explainer, oldest first: ${count} incidents from ${fromYear} to ${untilYear}, with dates, places, methods, attribution and sources.`,
      },
      /** A part of the list when it is split (src/pages/incidents/[...period].astro). */
      incidentPeriod: {
        title: (period: string) => `Targeted killings, ${period}: the incident list`,
        description: (count: number, period: string) =>
          `The ${count} incidents of ${period}, with dates, places, methods, attribution and sources.`,
      },
      peaceTalks: {
        title: 'Where the peace talks stood: background',
        description:
          'The US-brokered peace talks on Russia’s war in Ukraine as they stood in late April 2025, and the earlier rounds from Minsk to Istanbul, dated and sourced.',
      },
      updates: {
        title: 'Updates and corrections',
        description:
          'Every update and correction made to the explainer, the incident list and the peace-talks background, newest first.',
      },
      print: {
        title: 'Print edition',
        description: (siteDescription: string) => `The whole story in one printable document: ${siteDescription}`,
      },
    },
    /** src/data/previews.ts: the words on each preview card (and in its alt text). */
    previews: {
      kicker: {
        explainer: 'Explainer',
        incidentList: 'Incident list',
        background: 'Background',
        peaceTalks: 'Peace talks',
        incident: 'Incident',
      },
      incidentsTitle: 'Targeted killings since 2022',
      peaceTalksTitle: 'Where the peace talks stood',
      asOf: (date: string) => `As of ${date}`,
      span: (from: string, until: string) => `${from} to ${until}`,
      /**
       * An incident card's line under the date: the status label (vocabulary.ts statuses),
       * named as responsibility where the label alone does not say so.
       */
      responsibility: (status: string) => `Responsibility: ${status}`,
    },
  },
  {
    ru: {
      name: 'Убийство Москалика: что известно',
      headline: 'Генерал, убитый в Подмосковье, и убийства, которые были до него',
      standfirst:
        'Генерал-лейтенант Ярослав Москалик был убит 25 апреля 2025 года в Балашихе взрывом бомбы, спрятанной в припаркованном автомобиле, — за несколько часов до того, как спецпосланник Дональда Трампа сел за стол переговоров с Владимиром Путиным. Рассказываем, что произошло, кем он был, как его гибель соотносится с чередой убийств с 2022 года и на каком этапе находились мирные переговоры.',
      description:
        'Разбор: убийство российского генерал-лейтенанта Ярослава Москалика взрывом заминированного автомобиля в апреле 2025 года, адресные убийства с 2022 года и состояние мирных переговоров.',
      explainsWhat: 'разбора Firstpost от 25–26 апреля 2025 года',
      skipLink: 'Перейти к основному содержанию',
      copy: {
        copy: 'Копировать',
        copied: 'Скопировано в буфер обмена',
      },
      header: {
        mainNav: 'Основное меню',
        editions: 'Версии',
      },
      nav: {
        explainer: 'Разбор',
        incidents: 'Инциденты',
        peaceTalks: 'Мирные переговоры',
      },
      footer: {
        downloadData: 'Скачать данные',
        methodology: 'Методология',
        updates: 'Обновления и исправления',
        privacy: (siteName) => `${siteName}. Без трекеров и файлов cookie, без запросов к сторонним сайтам.`,
      },
      dateline: {
        retells: 'Пересказ и проверка',
        asOf: 'По состоянию на',
        published: 'Опубликовано',
        updated: 'Обновлено',
      },
      contents: {
        label: 'Содержание',
      },
      licence: {
        text: 'Creative Commons «Атрибуция» 4.0 Всемирная',
      },
      translation: {
        staleNotice: (date) => `Этот перевод еще не обновлен с учетом английской версии от ${date}.`,
        readEnglish: 'Читать английскую версию',
        missingNotice: 'Этот материал еще не переведен, поэтому он показан на английском языке.',
        quotationsTranslated: 'Цитаты, прозвучавшие на других языках, приводятся в нашем переводе с английского.',
      },
      pageMeta: {
        incidents: {
          title: 'Адресные убийства с 2022 года: список инцидентов',
          description: (count, fromYear, untilYear) =>
            `Все убийства, о которых идет речь в разборе, от ранних к поздним: ${incidents('ru', count)} с ${fromYear} по ${untilYear} год — с датами, местами, способами, сведениями об ответственности и источниками.`,
        },
        incidentPeriod: {
          title: (period) => `Адресные убийства, ${period}: список инцидентов`,
          description: (count, period) =>
            `Период: ${period}. ${incidents('ru', count)} — с датами, местами, способами, сведениями об ответственности и источниками.`,
        },
        peaceTalks: {
          title: 'На каком этапе были мирные переговоры: контекст',
          description:
            'Мирные переговоры о войне России против Украины при посредничестве США — по состоянию на конец апреля 2025 года, а также предыдущие раунды, от Минска до Стамбула, с датами и источниками.',
        },
        updates: {
          title: 'Обновления и исправления',
          description:
            'Все обновления и исправления разбора, списка инцидентов и контекста мирных переговоров, от новых к старым.',
        },
        print: {
          title: 'Версия для печати',
          description: (siteDescription) => `Вся история в одном документе для печати. ${siteDescription}`,
        },
      },
      previews: {
        kicker: {
          explainer: 'Разбор',
          incidentList: 'Список инцидентов',
          background: 'Контекст',
          peaceTalks: 'Мирные переговоры',
          incident: 'Инцидент',
        },
        incidentsTitle: 'Адресные убийства с 2022 года',
        peaceTalksTitle: 'На каком этапе были мирные переговоры',
        asOf: (date) => `По состоянию на ${date}`,
        span: (from, until) => `${from} — ${until}`,
        // «Ответственность не заявлена»: the label already names it.
        responsibility: (status) => status,
      },
    },
    uk: {
      name: 'Вбивство Москалика: що відомо',
      headline: 'Генерал, убитий у Підмосков’ї, і вбивства, що були до нього',
      standfirst:
        'Генерал-лейтенанта Ярослава Москалика вбили 25 квітня 2025 року в Балашисі вибухом бомби, схованої в припаркованому автомобілі, — за кілька годин до того, як спецпосланець Дональда Трампа сів за стіл переговорів із Володимиром Путіним. Розповідаємо, що сталося, ким він був, як його загибель співвідноситься з низкою вбивств із 2022 року і на якому етапі були мирні переговори.',
      description:
        'Пояснення: вбивство російського генерал-лейтенанта Ярослава Москалика вибухом замінованого автомобіля у квітні 2025 року, цілеспрямовані вбивства з 2022 року і стан мирних переговорів.',
      explainsWhat: 'пояснювальної статті Firstpost від 25–26 квітня 2025 року',
      skipLink: 'Перейти до основного вмісту',
      copy: {
        copy: 'Копіювати',
        copied: 'Скопійовано в буфер обміну',
      },
      header: {
        mainNav: 'Основне меню',
        editions: 'Версії',
      },
      nav: {
        explainer: 'Пояснення',
        incidents: 'Інциденти',
        peaceTalks: 'Мирні переговори',
      },
      footer: {
        downloadData: 'Завантажити дані',
        methodology: 'Методологія',
        updates: 'Оновлення та виправлення',
        privacy: (siteName) => `${siteName}. Без трекерів і файлів cookie, без запитів до сторонніх сайтів.`,
      },
      dateline: {
        retells: 'Переказ і перевірка',
        asOf: 'Станом на',
        published: 'Опубліковано',
        updated: 'Оновлено',
      },
      contents: {
        label: 'Зміст',
      },
      licence: {
        text: 'Creative Commons «Із зазначенням авторства» 4.0 Міжнародна',
      },
      translation: {
        staleNotice: (date) => `Цей переклад ще не оновлено відповідно до англійської версії від ${date}.`,
        readEnglish: 'Читати англійську версію',
        missingNotice: 'Цей матеріал ще не перекладено, тому його показано англійською мовою.',
        quotationsTranslated: 'Цитати, що прозвучали іншими мовами, наведено в нашому перекладі з англійської.',
      },
      pageMeta: {
        incidents: {
          title: 'Цілеспрямовані вбивства з 2022 року: список інцидентів',
          description: (count, fromYear, untilYear) =>
            `Усі вбивства, про які йдеться в поясненні, від ранніх до пізніх: ${incidents('uk', count)} з ${fromYear} по ${untilYear} рік — з датами, місцями, способами, відомостями про відповідальність і джерелами.`,
        },
        incidentPeriod: {
          title: (period) => `Цілеспрямовані вбивства, ${period}: список інцидентів`,
          description: (count, period) =>
            `Період: ${period}. ${incidents('uk', count)} — з датами, місцями, способами, відомостями про відповідальність і джерелами.`,
        },
        peaceTalks: {
          title: 'На якому етапі були мирні переговори: контекст',
          description:
            'Мирні переговори щодо війни Росії проти України за посередництва США — станом на кінець квітня 2025 року, а також попередні раунди, від Мінська до Стамбула, з датами та джерелами.',
        },
        updates: {
          title: 'Оновлення та виправлення',
          description:
            'Усі оновлення та виправлення пояснення, списку інцидентів і контексту мирних переговорів, від нових до старих.',
        },
        print: {
          title: 'Версія для друку',
          description: (siteDescription) => `Уся історія в одному документі для друку. ${siteDescription}`,
        },
      },
      previews: {
        kicker: {
          explainer: 'Пояснення',
          incidentList: 'Список інцидентів',
          background: 'Контекст',
          peaceTalks: 'Мирні переговори',
          incident: 'Інцидент',
        },
        incidentsTitle: 'Цілеспрямовані вбивства з 2022 року',
        peaceTalksTitle: 'На якому етапі були мирні переговори',
        asOf: (date) => `Станом на ${date}`,
        span: (from, until) => `${from} — ${until}`,
        // «Відповідальності не взято»: the label already names it.
        responsibility: (status) => status,
      },
    },
  },
);
