/**
 * The incident list's words: its page and the pages it splits into, the filters and their
 * live-region message, the timeline chart, the map, their keys and table, and the line of
 * data links. The English is word for word what src/pages/incidents/, src/components/data/,
 * src/scripts/incident-filters.ts, src/lib/facets.ts, src/lib/map.ts and src/lib/list-pages.ts
 * wrote before the editions; now they read it from here.
 */
import type { Facet } from '../../lib/facets';
import { defineStrings, plural } from '../strings';
import { incidents } from './counts';

export default defineStrings(
  {
    /** src/pages/incidents/index.astro (its title and description are in site.ts pageMeta). */
    incidentList: {
      kicker: 'Incident list',
      /** The heading, and the name of the list in its structured data. */
      heading: 'Targeted killings since 2022',
      standfirst: (count: number) =>
        `${count} people linked to Russia’s war on Ukraine who were killed, reported killed, or whose deaths were suspected to be targeted, in Russia and in Russian-occupied Ukraine, oldest first. Each entry says who has claimed, denied, alleged or reported responsibility, and how sure the sources are.`,
      /** "From <first date> to <last date>." */
      periodFrom: 'From',
      periodTo: 'to',
      /** "Told as of <date>; anything known …" */
      toldAsOf: 'Told as of',
      afterAsOf:
        'anything known from after that day is given apart, in dated notes headed “Later developments”. Dates are as precise as the sources allow.',
      /** The index of periods, when the list is split. */
      byPeriod: 'The incidents by period',
      periodCount: (count: number) => `${count} incidents`,
      /** The year links above the list. */
      yearsNav: 'Years',
      jumpTo: 'Jump to:',
    },
    /** src/pages/incidents/[...period].astro: one part of a split list. */
    incidentPeriod: {
      kicker: 'Incident list',
      heading: (period: string) => `Targeted killings, ${period}`,
      standfirst: (count: number) =>
        `${count} incidents, oldest first. The other periods are listed on the incident list’s index.`,
      allPeriods: 'All periods',
    },
    /** src/lib/list-pages.ts: the label of a page of the list. */
    listPages: {
      allYears: 'All years',
      monthNotKnown: (year: number) => `${year}, month not known`,
    },
    /** DataLinks.astro: "The data: CSV · JSON · …". */
    dataLinks: {
      intro: 'The data:',
      csv: 'CSV',
      json: 'JSON',
      codebook: 'codebook and licence',
      methodology: 'methodology',
      updates: 'updates and corrections',
    },
    /** IncidentFilters.astro, src/lib/facets.ts and src/scripts/incident-filters.ts. */
    filters: {
      label: 'Filter and sort the incidents',
      summary: 'Filter and sort',
      legends: {
        category: 'Category',
        setting: 'Where',
        method: 'Method',
        status: 'Responsibility',
        year: 'Year',
      } satisfies Record<Facet['key'], string>,
      order: 'Order',
      oldestFirst: 'Oldest first',
      newestFirst: 'Newest first',
      hint: 'Within a group, ticked options are alternatives; across groups, an incident must match all of them.',
      clear: 'Clear filters',
      /**
       * The live region, on load and after every change. `shown` is text: the page also writes
       * it with a placeholder the script fills in (src/lib/filter-state.ts SHOWN).
       */
      status: (shown: string, total: number) => `${shown} of ${total} incidents shown`,
    },
    /** TimelineChart.astro and TimelinePlot.astro. */
    chart: {
      region: 'Timeline chart; scrolls sideways on narrow screens',
      label: 'Timeline of the incidents and the peace-talks events',
      incidentsLane: 'Incidents',
      peaceTalksLane: 'Peace talks',
    },
    /** ChartLegend.astro and TimelineLegend.astro (the map's key uses the setting labels). */
    legend: {
      key: 'Key',
      peaceTalksEvent: 'Peace-talks event',
      span: 'Date known only to the month, or an event over several days',
      approximate: 'Date approximate (“about”)',
    },
    /** TimelineTable.astro: the chart's text alternative. */
    chartTable: {
      summary: 'The chart’s data as a table',
      date: 'Date',
      lane: 'Lane',
      what: 'What',
      incident: (category: string) => `Incident: ${category}`,
      peaceTalks: 'Peace talks',
    },
    /** src/lib/map.ts, MapFrame.astro and MapPlaces.astro. */
    map: {
      main: 'Map of Ukraine and western Russia with the incidents',
      inset: 'Inset: Moscow and the surrounding area',
      /** The inset's outline on the main map. */
      insetOutline: 'Moscow area (inset)',
      insetTitle: 'Moscow area',
      /** The country names written on the main map (src/lib/map.ts COUNTRY_LABELS). */
      countries: {
        ukraine: 'UKRAINE',
        russia: 'RUSSIA',
        belarus: 'BELARUS',
      },
      /** After a place's setting in the list of places; `note` is the gazetteer's. */
      positionApproximate: (note: string) => `; position approximate: ${note}`,
    },
  },
  {
    ru: {
      incidentList: {
        kicker: 'Список инцидентов',
        heading: 'Адресные убийства с 2022 года',
        standfirst: (count) =>
          `Люди, связанные с войной России против Украины, которые были убиты или, по сообщениям, убиты либо чья гибель, как подозревают, была адресным убийством, — в России и на оккупированных Россией территориях Украины; всего ${count}, от ранних случаев к поздним. В каждой записи указано, кто заявлял об ответственности, отрицал ее, выдвигал обвинения или сообщал о причастных, и насколько уверены источники.`,
        periodFrom: 'Период:',
        periodTo: '—',
        toldAsOf: 'Рассказ ведется по состоянию на',
        afterAsOf:
          'все, что известно о событиях после этой даты, приводится отдельно, в датированных заметках под заголовком «События после…». Даты указаны с той точностью, которую позволяют источники.',
        byPeriod: 'Инциденты по периодам',
        periodCount: (count) => incidents('ru', count),
        yearsNav: 'Годы',
        jumpTo: 'Перейти к году:',
      },
      incidentPeriod: {
        kicker: 'Список инцидентов',
        heading: (period) => `Адресные убийства, ${period}`,
        standfirst: (count) =>
          `${incidents('ru', count)}, от ранних к поздним. Другие периоды перечислены на главной странице списка инцидентов.`,
        allPeriods: 'Все периоды',
      },
      listPages: {
        allYears: 'Все годы',
        monthNotKnown: (year) => `${year}, месяц неизвестен`,
      },
      dataLinks: {
        intro: 'Данные:',
        csv: 'CSV',
        json: 'JSON',
        codebook: 'описание полей и лицензия',
        methodology: 'методология',
        updates: 'обновления и исправления',
      },
      filters: {
        label: 'Фильтры и сортировка инцидентов',
        summary: 'Фильтры и сортировка',
        legends: {
          category: 'Категория',
          setting: 'Где',
          method: 'Способ',
          status: 'Ответственность',
          year: 'Год',
        },
        order: 'Порядок',
        oldestFirst: 'Сначала старые',
        newestFirst: 'Сначала новые',
        hint: 'В пределах группы подходит любой из отмеченных вариантов; если выбор сделан в нескольких группах, инцидент должен соответствовать каждой из них.',
        clear: 'Сбросить фильтры',
        // After "из" the count is genitive: "из 1 инцидента", "из 5 инцидентов".
        status: (shown, total) =>
          `Показано ${shown} из ${plural('ru', total, { one: '# инцидента', other: '# инцидентов' })}`,
      },
      chart: {
        region: 'График-хронология; на узких экранах прокручивается по горизонтали',
        label: 'Хронология инцидентов и событий мирных переговоров',
        incidentsLane: 'Инциденты',
        peaceTalksLane: 'Переговоры',
      },
      legend: {
        key: 'Условные обозначения',
        peaceTalksEvent: 'Событие мирных переговоров',
        span: 'Дата известна только с точностью до месяца, или событие длилось несколько дней',
        approximate: 'Дата приблизительная («около»)',
      },
      chartTable: {
        summary: 'Данные графика в виде таблицы',
        date: 'Дата',
        lane: 'Ряд',
        what: 'Что',
        incident: (category) => `Инцидент: ${category}`,
        peaceTalks: 'Мирные переговоры',
      },
      map: {
        main: 'Карта Украины и западной части России с местами инцидентов',
        inset: 'Врезка: Москва и окрестности',
        insetOutline: 'Москва (врезка)',
        insetTitle: 'Московский регион',
        countries: {
          ukraine: 'УКРАИНА',
          russia: 'РОССИЯ',
          belarus: 'БЕЛАРУСЬ',
        },
        positionApproximate: (note) => `; местоположение приблизительное: ${note}`,
      },
    },
    uk: {
      incidentList: {
        kicker: 'Список інцидентів',
        heading: 'Цілеспрямовані вбивства з 2022 року',
        standfirst: (count) =>
          `Люди, пов’язані з війною Росії проти України, яких було вбито або, за повідомленнями, вбито чи чия загибель, як підозрюють, була цілеспрямованим убивством, — у Росії та на окупованих Росією територіях України; усього ${count}, від ранніх випадків до пізніх. У кожному записі зазначено, хто заявляв про відповідальність, заперечував її, висував звинувачення чи повідомляв про причетних, і наскільки впевнені джерела.`,
        periodFrom: 'Період:',
        periodTo: '—',
        toldAsOf: 'Розповідь ведеться станом на',
        afterAsOf:
          'усе, що відомо про події після цієї дати, наведено окремо, у датованих нотатках під заголовком «Події після…». Дати вказано з тією точністю, яку дозволяють джерела.',
        byPeriod: 'Інциденти за періодами',
        periodCount: (count) => incidents('uk', count),
        yearsNav: 'Роки',
        jumpTo: 'Перейти до року:',
      },
      incidentPeriod: {
        kicker: 'Список інцидентів',
        heading: (period) => `Цілеспрямовані вбивства, ${period}`,
        standfirst: (count) =>
          `${incidents('uk', count)}, від ранніх до пізніх. Інші періоди наведено на головній сторінці списку інцидентів.`,
        allPeriods: 'Усі періоди',
      },
      listPages: {
        allYears: 'Усі роки',
        monthNotKnown: (year) => `${year}, місяць невідомий`,
      },
      dataLinks: {
        intro: 'Дані:',
        csv: 'CSV',
        json: 'JSON',
        codebook: 'опис полів і ліцензія',
        methodology: 'методологія',
        updates: 'оновлення та виправлення',
      },
      filters: {
        label: 'Фільтри та сортування інцидентів',
        summary: 'Фільтри та сортування',
        legends: {
          category: 'Категорія',
          setting: 'Де',
          method: 'Спосіб',
          status: 'Відповідальність',
          year: 'Рік',
        },
        order: 'Порядок',
        oldestFirst: 'Спершу давніші',
        newestFirst: 'Спершу новіші',
        hint: 'У межах групи підходить будь-який із позначених варіантів; якщо вибір зроблено в кількох групах, інцидент має відповідати кожній із них.',
        clear: 'Скинути фільтри',
        // After "з" the count is genitive: "з 1 інциденту", "з 5 інцидентів".
        status: (shown, total) =>
          `Показано ${shown} з ${plural('uk', total, { one: '# інциденту', other: '# інцидентів' })}`,
      },
      chart: {
        region: 'Графік-хронологія; на вузьких екранах прокручується по горизонталі',
        label: 'Хронологія інцидентів і подій мирних переговорів',
        incidentsLane: 'Інциденти',
        peaceTalksLane: 'Переговори',
      },
      legend: {
        key: 'Умовні позначення',
        peaceTalksEvent: 'Подія мирних переговорів',
        span: 'Дата відома лише з точністю до місяця, або подія тривала кілька днів',
        approximate: 'Дата приблизна («близько»)',
      },
      chartTable: {
        summary: 'Дані графіка у вигляді таблиці',
        date: 'Дата',
        lane: 'Ряд',
        what: 'Що',
        incident: (category) => `Інцидент: ${category}`,
        peaceTalks: 'Мирні переговори',
      },
      map: {
        main: 'Карта України та західної частини Росії з місцями інцидентів',
        inset: 'Врізка: Москва й околиці',
        insetOutline: 'Москва (врізка)',
        insetTitle: 'Московський регіон',
        countries: {
          ukraine: 'УКРАЇНА',
          russia: 'РОСІЯ',
          belarus: 'БІЛОРУСЬ',
        },
        positionApproximate: (note) => `; розташування приблизне: ${note}`,
      },
    },
  },
);
