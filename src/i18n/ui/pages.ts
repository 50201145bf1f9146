/**
 * The words of the pages that are not lists or pieces: the explainer's kicker, the 404 page,
 * the updates page, the peace-talks page, the chrome of the data and methodology pages (the
 * codebook's tables and field descriptions; the prose itself is content), and the feed. Titles
 * and descriptions are in site.ts pageMeta, except the 404 page's, whose title is also its
 * heading. The English is word for word what src/pages/, src/components/prose/ and
 * src/pages/rss.xml.ts wrote before the editions; the codebook's field descriptions are only
 * here (src/lib/dataset/codebook.ts names the fields).
 *
 * The downloads themselves are one English file, so where a field description quotes what a
 * cell holds ("about 10 December", "low: …"), the translations quote it as it is, in backticks.
 */
import { LIST_SEPARATOR, type Column } from '../../lib/dataset/codebook';
import type { ItemKind } from '../../lib/modified';
import { defineStrings } from '../strings';

/** How a description says that a cell holds several values. */
const joined = {
  en: `separated by "${LIST_SEPARATOR}"`,
  ru: `через разделитель «${LIST_SEPARATOR}»`,
  uk: `через роздільник «${LIST_SEPARATOR}»`,
};

/** A label as a common noun inside a sentence: "Отрицание" → "отрицание". */
const lowerFirst = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** Who "the others" are in the casualty columns. */
const othersKilled = {
  en: 'people killed besides the person the entry is about',
  ru: 'погибших, помимо человека, о котором запись,',
  uk: 'загиблих, окрім людини, про яку запис,',
};

export default defineStrings(
  {
    /** src/pages/index.astro. */
    home: {
      kicker: 'Explainer',
    },
    /** src/pages/404.astro (NotFound.astro): its title is also its heading; the links are the nav's. */
    notFound: {
      title: 'Page not found',
      description: 'This page does not exist.',
      text: 'There is no page at this address. It may have been mistyped, or a link may be out of date.',
      goTo: 'You can go to:',
    },
    /** src/pages/updates.astro (the kinds' labels are in vocabulary.ts). */
    updates: {
      kicker: 'Updates',
      heading: 'Updates and corrections',
      standfirst:
        'Every dated change to the explainer, the incident list and the peace-talks background, newest first. An update adds information; a correction changes a fact that was wrong.',
      /** "How corrections are made: <a>methodology</a>." */
      howCorrections: 'How corrections are made:',
      methodology: 'methodology',
      none: 'No updates or corrections have been made since publication.',
      /** What kind of item changed (src/data/dataset.ts). */
      itemKinds: {
        incident: 'Incident',
        explainerSection: 'Explainer section',
        peaceTalksSection: 'Peace-talks section',
        peaceTalksEvent: 'Peace-talks event',
      } satisfies Record<ItemKind, string>,
    },
    /** src/pages/peace-talks/index.astro. */
    peaceTalks: {
      kicker: 'Background',
      heading: 'Where the peace talks stood',
      standfirst:
        'The 2025 push for a ceasefire, from late January, through the first high-level US–Russian talks in Riyadh, to Donald Trump’s 100th day in office, and the earlier rounds it echoed.',
      /** "As of <date>. Later events …" */
      asOf: 'As of',
      laterEvents: 'Later events are outside this account, except in dated notes headed “Later developments”.',
      timeline: 'Timeline of the talks',
    },
    /** Codebook.astro and src/lib/dataset/codebook.ts: the table of fields on /data/. */
    codebook: {
      columns: {
        csv: 'CSV column',
        json: 'JSON field',
        meaning: 'Meaning',
      },
      /** "Values: <a>category vocabulary</a>." `vocabulary` is the field's code, `title` the vocabulary's name. */
      values: 'Values:',
      vocabularyLink: (vocabulary: string, _title: string) => `${vocabulary} vocabulary`,
      fields: {
        id: 'Stable identifier; the anchor of the incident on the list page (#id).',
        url: 'Address of the incident on this site.',
        date: 'Date of the attack (or of the death), written YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the sources.',
        date_precision: 'How precise `date` is: year, month or day.',
        date_approximate: 'true when the sources give the date only approximately ("about 10 December").',
        time: 'Local time HH:MM, when the sources give it.',
        time_approximate: 'true when the sources give the time only approximately ("about 21:00").',
        time_zone: 'IANA time zone of `time`.',
        date_note: 'Why the date is uncertain, or how sources differ on it.',
        when: 'The date and time in words, with "about" where the sources are approximate, as every page writes it.',
        name: 'The person killed, as this site spells the name.',
        other_spellings: `Other spellings and transliterations, ${joined.en}.`,
        age: 'Age at death, when known.',
        age_note: 'Caveat on the age, if any.',
        role: 'The person’s role at the time.',
        category: 'Who the person was.',
        locality: 'Town, city or village.',
        region: 'Region (oblast, or city of federal status).',
        setting: 'Russia, or Ukraine under Russian occupation.',
        place_detail: 'Street-level detail, where sources give it.',
        method: 'How the person was killed, as reported.',
        method_detail: 'The method in a sentence.',
        outcome: 'What is known of the death itself.',
        others_killed_low: `The lowest count of ${othersKilled.en} that any source gives; empty when no source gives one.`,
        others_killed_high: `The highest count of ${othersKilled.en} that any source gives (equal to the low count when sources agree).`,
        others_killed_sources: `Who gives the low and the high count of ${othersKilled.en}, as "low: …" and "high: …", ${joined.en}.`,
        injured_low: 'The lowest count of people injured that any source gives; empty when no source gives one.',
        injured_high:
          'The highest count of people injured that any source gives (equal to the low count when sources agree).',
        injured_sources: `Who gives the low and the high count of people injured, as "low: …" and "high: …", ${joined.en}.`,
        casualties: 'Other people killed or hurt, in a sentence that says who gave which figure.',
        responsibility_status:
          'How far responsibility has been claimed, derived by rule from the statements (see the status vocabulary). Not the site’s own finding.',
        statement_kinds: `The distinct kinds of statement made, as "speaker:act" (see the speaker and act vocabularies), ${joined.en}.`,
        attribution: `Every statement about responsibility as "speaker:act: who (date): what was said", ${joined.en}. The JSON keeps each statement’s speaker, act, who, date and text as separate fields.`,
        summary: 'Two or three sentences in the site’s words.',
        disputed: `Points on which sources disagree or which could not be confirmed, ${joined.en}.`,
        sources: `Addresses of the reports relied on, ${joined.en}. The JSON gives each source’s outlet, headline, date and language too.`,
        source_outlets: `The outlets of those reports, in the same order, named with their kind ("Reuters, carried by The Japan News"; "UNN, reporting Reuters"), ${joined.en}.`,
        source_kinds: 'What kind of source each report is, in the same order (see the source-kind vocabulary).',
        updates: `Dated updates and corrections to the entry as "date kind: text", ${joined.en} (see the updates page).`,
        later_developments: `Developments after the date the story is told as of, as "date: what happened", ${joined.en} (kept apart from the entry’s text).`,
        last_modified:
          'When the entry last changed: the later of the site’s publication and the entry’s latest update.',
      } satisfies Record<Column, string>,
    },
    /** Vocabularies.astro: each vocabulary's table (the names are in vocabulary.ts). */
    vocabularies: {
      columns: {
        code: 'Code',
        label: 'Label',
        definition: 'Definition',
      },
    },
    /**
     * Contradictions.astro: one act in the phrase "“claim” and “denial”, … or …", quoted. The
     * English names an act by its code; the other editions by its label, as a common noun.
     */
    contradictions: {
      act: (act: string, _label: string) => `“${act}”`,
    },
    /** src/lib/dataset/codebook.ts DATASET: what the JSON file says about itself. */
    dataset: {
      /** Follows the site's name: "<site name>: targeted killings since 2022". */
      title: 'targeted killings since 2022',
      description:
        'Every incident in the list, with dates and times at their precision, casualty counts, every statement about responsibility and its derived status, and sources by kind.',
    },
    /** src/pages/rss.xml.ts (its title and description are the site's; the kinds' labels are in vocabulary.ts). */
    feed: {
      itemTitle: (kind: string, title: string) => `${kind}: ${title}`,
      was: (was: string) => `We said: ${was}`,
      now: (now: string) => `Correct: ${now}`,
    },
  },
  {
    ru: {
      home: {
        kicker: 'Разбор',
      },
      notFound: {
        title: 'Страница не найдена',
        description: 'Такой страницы не существует.',
        text: 'По этому адресу страницы нет. Возможно, в адресе опечатка или ссылка устарела.',
        goTo: 'Перейти в раздел:',
      },
      updates: {
        kicker: 'Обновления',
        heading: 'Обновления и исправления',
        standfirst:
          'Все датированные изменения разбора, списка инцидентов и контекста мирных переговоров, от новых к старым. Обновление добавляет информацию; исправление меняет факт, который был указан неверно.',
        howCorrections: 'Как вносятся исправления:',
        methodology: 'методология',
        none: 'С момента публикации обновлений и исправлений не было.',
        itemKinds: {
          incident: 'Инцидент',
          explainerSection: 'Раздел разбора',
          peaceTalksSection: 'Раздел о мирных переговорах',
          peaceTalksEvent: 'Событие мирных переговоров',
        },
      },
      peaceTalks: {
        kicker: 'Контекст',
        heading: 'На каком этапе были мирные переговоры',
        standfirst:
          'Усилия 2025 года по достижению прекращения огня — с конца января, через первые российско-американские переговоры на высоком уровне в Эр-Рияде, до сотого дня Дональда Трампа на посту президента, — и предыдущие раунды, с которыми они перекликались.',
        asOf: 'По состоянию на',
        laterEvents:
          'Более поздние события в этот рассказ не входят, кроме датированных заметок под заголовком «События после…».',
        timeline: 'Хронология переговоров',
      },
      codebook: {
        columns: {
          csv: 'Столбец CSV',
          json: 'Поле JSON',
          meaning: 'Значение',
        },
        values: 'Значения:',
        vocabularyLink: (_vocabulary, title) => `словарь «${title}»`,
        fields: {
          id: 'Постоянный идентификатор; якорь инцидента на странице списка (`#id`).',
          url: 'Адрес инцидента на этом сайте.',
          date: 'Дата нападения (или гибели) в виде `YYYY`, `YYYY-MM` или `YYYY-MM-DD` — с той точностью, которую дают источники.',
          date_precision: 'Точность поля `date`: `year` (год), `month` (месяц) или `day` (день).',
          date_approximate: '`true`, если источники указывают дату лишь приблизительно (`about 10 December`).',
          time: 'Местное время в виде `HH:MM`, если его указывают источники.',
          time_approximate: '`true`, если источники указывают время лишь приблизительно (`about 21:00`).',
          time_zone: 'Часовой пояс поля `time` по базе IANA.',
          date_note: 'Почему дата под вопросом или в чем расходятся источники.',
          when: 'Дата и время словами, с `about` («около») там, где источники приблизительны, — так, как их пишет каждая страница.',
          name: 'Погибший — в написании, принятом на этом сайте.',
          other_spellings: `Другие написания и транслитерации, ${joined.ru}.`,
          age: 'Возраст на момент гибели, если известен.',
          age_note: 'Оговорка о возрасте, если она есть.',
          role: 'Должность или роль человека на тот момент.',
          category: 'Кем был погибший.',
          locality: 'Город, поселок или село.',
          region: 'Регион (область или город федерального значения).',
          setting: 'Россия или оккупированные Россией территории Украины.',
          place_detail: 'Уточнение места вплоть до улицы, если его дают источники.',
          method: 'Как был убит человек, по сообщениям.',
          method_detail: 'Способ убийства в одном предложении.',
          outcome: 'Что известно о самой гибели.',
          others_killed_low: `Наименьшее число ${othersKilled.ru} которое приводит какой-либо источник; пусто, если ни один источник его не приводит.`,
          others_killed_high: `Наибольшее число ${othersKilled.ru} которое приводит какой-либо источник (равно наименьшему, если источники сходятся).`,
          others_killed_sources: `Кто приводит наименьшее и наибольшее число ${othersKilled.ru} в виде \`low: …\` и \`high: …\`, ${joined.ru}.`,
          injured_low:
            'Наименьшее число раненых, которое приводит какой-либо источник; пусто, если ни один источник его не приводит.',
          injured_high:
            'Наибольшее число раненых, которое приводит какой-либо источник (равно наименьшему, если источники сходятся).',
          injured_sources: `Кто приводит наименьшее и наибольшее число раненых, в виде \`low: …\` и \`high: …\`, ${joined.ru}.`,
          casualties: 'Другие погибшие и пострадавшие — одним предложением, в котором сказано, кто какую цифру привел.',
          responsibility_status:
            'Насколько заявлена ответственность; выводится по правилу из заявлений (см. словарь «Статус ответственности»). Это не собственный вывод сайта.',
          statement_kinds: `Типы сделанных заявлений в виде \`speaker:act\` (см. словари «Кто высказался» и «Что было сказано»), ${joined.ru}.`,
          attribution: `Каждое заявление об ответственности в виде \`speaker:act: who (date): what was said\` (кто, когда, что сказал), ${joined.ru}. В JSON поля каждого заявления — \`speaker\`, \`act\`, \`who\`, \`date\` и \`text\` — хранятся по отдельности.`,
          summary: 'Два-три предложения словами сайта.',
          disputed: `Пункты, в которых источники расходятся или которые не удалось подтвердить, ${joined.ru}.`,
          sources: `Адреса публикаций, на которые опирается запись, ${joined.ru}. В JSON для каждого источника указаны также издание, заголовок, дата и язык.`,
          source_outlets: `Издания, выпустившие эти публикации, в том же порядке, с указанием типа источника (\`Reuters, carried by The Japan News\`; \`UNN, reporting Reuters\`), ${joined.ru}.`,
          source_kinds: 'Тип каждой публикации, в том же порядке (см. словарь «Типы источников»).',
          updates: `Датированные обновления и исправления записи в виде \`date kind: text\` (дата, тип изменения, текст), ${joined.ru} (см. страницу обновлений).`,
          later_developments: `События после даты, по состоянию на которую изложена история, в виде \`date: what happened\` (дата: что произошло), ${joined.ru} (отдельно от текста записи).`,
          last_modified:
            'Когда запись менялась в последний раз: более поздняя из двух дат — публикации сайта и последнего обновления записи.',
        },
      },
      vocabularies: {
        columns: {
          code: 'Код',
          label: 'Название',
          definition: 'Определение',
        },
      },
      contradictions: {
        act: (_act, label) => `«${lowerFirst(label)}»`,
      },
      dataset: {
        title: 'адресные убийства с 2022 года',
        description:
          'Все инциденты из списка: даты и время с той точностью, которая известна, число жертв, все заявления об ответственности и выведенный из них статус, источники с указанием их типа.',
      },
      feed: {
        itemTitle: (kind, title) => `${kind}: ${title}`,
        was: (was) => `Мы писали: ${was}`,
        now: (now) => `Правильно: ${now}`,
      },
    },
    uk: {
      home: {
        kicker: 'Пояснення',
      },
      notFound: {
        title: 'Сторінку не знайдено',
        description: 'Такої сторінки не існує.',
        text: 'За цією адресою сторінки немає. Можливо, в адресі помилка або посилання застаріло.',
        goTo: 'Перейти до розділу:',
      },
      updates: {
        kicker: 'Оновлення',
        heading: 'Оновлення та виправлення',
        standfirst:
          'Усі датовані зміни пояснення, списку інцидентів і контексту мирних переговорів, від нових до старих. Оновлення додає інформацію; виправлення змінює факт, який було подано неправильно.',
        howCorrections: 'Як вносяться виправлення:',
        methodology: 'методологія',
        none: 'Від часу публікації оновлень і виправлень не було.',
        itemKinds: {
          incident: 'Інцидент',
          explainerSection: 'Розділ пояснення',
          peaceTalksSection: 'Розділ про мирні переговори',
          peaceTalksEvent: 'Подія мирних переговорів',
        },
      },
      peaceTalks: {
        kicker: 'Контекст',
        heading: 'На якому етапі були мирні переговори',
        standfirst:
          'Зусилля 2025 року з досягнення припинення вогню — від кінця січня, через перші російсько-американські переговори на високому рівні в Ер-Ріяді, до сотого дня Дональда Трампа на посаді президента, — і попередні раунди, з якими вони перегукувалися.',
        asOf: 'Станом на',
        laterEvents:
          'Пізніші події до цієї розповіді не входять, окрім датованих нотаток під заголовком «Події після…».',
        timeline: 'Хронологія переговорів',
      },
      codebook: {
        columns: {
          csv: 'Стовпець CSV',
          json: 'Поле JSON',
          meaning: 'Значення',
        },
        values: 'Значення:',
        vocabularyLink: (_vocabulary, title) => `словник «${title}»`,
        fields: {
          id: 'Постійний ідентифікатор; якір інциденту на сторінці списку (`#id`).',
          url: 'Адреса інциденту на цьому сайті.',
          date: 'Дата нападу (або загибелі) у вигляді `YYYY`, `YYYY-MM` або `YYYY-MM-DD` — з тією точністю, яку дають джерела.',
          date_precision: 'Точність поля `date`: `year` (рік), `month` (місяць) або `day` (день).',
          date_approximate: '`true`, якщо джерела вказують дату лише приблизно (`about 10 December`).',
          time: 'Місцевий час у вигляді `HH:MM`, якщо його вказують джерела.',
          time_approximate: '`true`, якщо джерела вказують час лише приблизно (`about 21:00`).',
          time_zone: 'Часовий пояс поля `time` за базою IANA.',
          date_note: 'Чому дата під питанням або в чому розходяться джерела.',
          when: 'Дата й час словами, з `about` («близько») там, де джерела приблизні, — так, як їх пише кожна сторінка.',
          name: 'Загиблий — у написанні, прийнятому на цьому сайті.',
          other_spellings: `Інші написання та транслітерації, ${joined.uk}.`,
          age: 'Вік на момент загибелі, якщо відомий.',
          age_note: 'Застереження щодо віку, якщо воно є.',
          role: 'Посада або роль людини на той момент.',
          category: 'Ким був загиблий.',
          locality: 'Місто, селище або село.',
          region: 'Регіон (область або місто федерального значення).',
          setting: 'Росія або окуповані Росією території України.',
          place_detail: 'Уточнення місця аж до вулиці, якщо його дають джерела.',
          method: 'Як було вбито людину, за повідомленнями.',
          method_detail: 'Спосіб убивства одним реченням.',
          outcome: 'Що відомо про саму загибель.',
          others_killed_low: `Найменша кількість ${othersKilled.uk} яку наводить будь-яке джерело; порожньо, якщо жодне джерело її не наводить.`,
          others_killed_high: `Найбільша кількість ${othersKilled.uk} яку наводить будь-яке джерело (дорівнює найменшій, якщо джерела збігаються).`,
          others_killed_sources: `Хто наводить найменшу й найбільшу кількість ${othersKilled.uk} у вигляді \`low: …\` і \`high: …\`, ${joined.uk}.`,
          injured_low:
            'Найменша кількість поранених, яку наводить будь-яке джерело; порожньо, якщо жодне джерело її не наводить.',
          injured_high:
            'Найбільша кількість поранених, яку наводить будь-яке джерело (дорівнює найменшій, якщо джерела збігаються).',
          injured_sources: `Хто наводить найменшу й найбільшу кількість поранених, у вигляді \`low: …\` і \`high: …\`, ${joined.uk}.`,
          casualties: 'Інші загиблі та постраждалі — одним реченням, у якому сказано, хто яку цифру навів.',
          responsibility_status:
            'Наскільки заявлено відповідальність; виводиться за правилом із заяв (див. словник «Статус відповідальності»). Це не власний висновок сайту.',
          statement_kinds: `Типи зроблених заяв у вигляді \`speaker:act\` (див. словники «Хто висловився» і «Що було сказано»), ${joined.uk}.`,
          attribution: `Кожна заява про відповідальність у вигляді \`speaker:act: who (date): what was said\` (хто, коли, що сказав), ${joined.uk}. У JSON поля кожної заяви — \`speaker\`, \`act\`, \`who\`, \`date\` і \`text\` — зберігаються окремо.`,
          summary: 'Два-три речення словами сайту.',
          disputed: `Пункти, у яких джерела розходяться або які не вдалося підтвердити, ${joined.uk}.`,
          sources: `Адреси публікацій, на які спирається запис, ${joined.uk}. У JSON для кожного джерела вказано також видання, заголовок, дату й мову.`,
          source_outlets: `Видання, що оприлюднили ці публікації, у тому самому порядку, із зазначенням типу джерела (\`Reuters, carried by The Japan News\`; \`UNN, reporting Reuters\`), ${joined.uk}.`,
          source_kinds: 'Тип кожної публікації, у тому самому порядку (див. словник «Типи джерел»).',
          updates: `Датовані оновлення та виправлення запису у вигляді \`date kind: text\` (дата, тип зміни, текст), ${joined.uk} (див. сторінку оновлень).`,
          later_developments: `Події після дати, станом на яку викладено історію, у вигляді \`date: what happened\` (дата: що сталося), ${joined.uk} (окремо від тексту запису).`,
          last_modified:
            'Коли запис змінювався востаннє: пізніша з двох дат — публікації сайту та останнього оновлення запису.',
        },
      },
      vocabularies: {
        columns: {
          code: 'Код',
          label: 'Назва',
          definition: 'Визначення',
        },
      },
      contradictions: {
        act: (_act, label) => `«${lowerFirst(label)}»`,
      },
      dataset: {
        title: 'цілеспрямовані вбивства з 2022 року',
        description:
          'Усі інциденти зі списку: дати й час із тією точністю, яка відома, кількість жертв, усі заяви про відповідальність і виведений із них статус, джерела із зазначенням їхнього типу.',
      },
      feed: {
        itemTitle: (kind, title) => `${kind}: ${title}`,
        was: (was) => `Ми писали: ${was}`,
        now: (now) => `Правильно: ${now}`,
      },
    },
  },
);
