/**
 * The incident data's vocabularies in every edition: for each code, the label a reader sees
 * (filters, entries, keys, the codebook) and the definition the codebook and methodology give.
 * The schemas hold only the codes; each English table is typed by the schema's own code type,
 * so a code added to a schema without a label and a definition here is a type error, and so is
 * one left out of an edition. This is the one place these words are written.
 */
import type { Category, Method, Outcome, Setting } from '../../schemas/incident';
import type { Act, Speaker } from '../../schemas/attribution';
import type { SourceKind, Update } from '../../schemas/common';
import type { Era } from '../../schemas/talks-event';
import type { Status } from '../../lib/attribution';
import type { VocabularyField } from '../../lib/vocabulary';
import { defineStrings } from '../strings';

/** One term of a vocabulary. */
interface Term {
  label: string;
  definition: string;
}

/** A vocabulary with labels only: its codes are explained by the text around them. */
interface Label {
  label: string;
}

type UpdateKind = Update['kind'];

export default defineStrings(
  {
    /** The codebook's heading of each vocabulary (Vocabularies.astro, src/lib/vocabulary.ts). */
    names: {
      category: 'Categories',
      setting: 'Settings',
      method: 'Methods',
      outcome: 'Outcomes',
      status: 'Responsibility status',
      speaker: 'Who spoke',
      act: 'What they said',
      'source-kind': 'Kinds of source',
    } satisfies Record<VocabularyField, string>,
    categories: {
      'military-officer': {
        label: 'Military officer',
        definition:
          'A serving officer of the Russian armed forces, or a former officer whose killing was linked by Ukraine to his service (one, Rzhitsky, was a city mobilisation official at his death).',
      },
      'weapons-scientist': {
        label: 'Weapons scientist',
        definition: 'An engineer or scientist working on Russian weapons.',
      },
      propagandist: {
        label: 'Propagandist',
        definition: 'A writer, blogger or commentator who publicly promoted the war.',
      },
      'collaborator-official': {
        label: 'Collaborator official',
        definition: 'A Ukrainian citizen serving in a Russian-installed administration in occupied Ukraine.',
      },
      'defector-politician': {
        label: 'Defector politician',
        definition: 'A former Ukrainian politician who sided with Russia and left Ukraine.',
      },
      'paramilitary-leader': {
        label: 'Paramilitary leader',
        definition: 'The founder or leader of an armed group fighting for Russia outside the regular army.',
      },
      'prison-official': {
        label: 'Prison official',
        definition: 'An official of a prison or penal colony where prisoners of war were held.',
      },
    } satisfies Record<Category, Term>,
    settings: {
      russia: { label: 'Russia', definition: 'Inside Russia’s internationally recognised borders.' },
      'occupied-ukraine': {
        label: 'Russian-occupied Ukraine',
        definition: 'In Ukraine, in an area under Russian occupation at the time of the killing.',
      },
    } satisfies Record<Setting, Term>,
    methods: {
      'car-bomb': {
        label: 'Car bomb',
        definition: 'An explosive device in or under a vehicle, or in a parked vehicle beside the person.',
      },
      bomb: {
        label: 'Bomb',
        definition:
          'An explosive device not in a vehicle: in a building, a parcel, a scooter or an object handed over.',
      },
      shooting: { label: 'Shooting', definition: 'Killed with a firearm.' },
      'car-crash': {
        label: 'Car crash (official version)',
        definition:
          'Died in a road crash according to the official account; listed because others reported or suspected a targeted killing.',
      },
    } satisfies Record<Method, Term>,
    outcomes: {
      'killed-at-scene': { label: 'Killed at the scene', definition: 'Died at the place of the attack.' },
      'died-of-wounds': { label: 'Died later of wounds', definition: 'Died later, in hospital or on the way there.' },
      'death-reported-unconfirmed': {
        label: 'Death reported, not officially confirmed',
        definition: 'Reported dead by media or channels; not confirmed by the authorities.',
      },
      'found-dead': {
        label: 'Found dead',
        definition: 'Found dead; how and when the person died was established afterwards.',
      },
      'died-in-crash': {
        label: 'Died in a car crash, by the official account',
        definition: 'Died in a road crash, by the official account.',
      },
    } satisfies Record<Outcome, Term>,
    /** The responsibility status, which src/lib/attribution.ts derives by rule. */
    statuses: {
      claimed: {
        label: 'Claimed on the record',
        definition:
          'A Ukrainian official or agency, or a partisan group, said on the record that their side carried it out.',
      },
      'claimed-anonymously': {
        label: 'Claimed only anonymously',
        definition:
          'No one claimed it on the record, but Ukrainian officials speaking without their names told the media their side carried it out.',
      },
      hinted: {
        label: 'Not claimed, but hinted at',
        definition:
          'No one claimed it, on the record or anonymously, but a Ukrainian official spoke of it approvingly or suggestively.',
      },
      'not-claimed': {
        label: 'Not claimed',
        definition:
          'No Ukrainian official, agency or partisan group claimed it, on the record or anonymously, and no official hinted at it. Others may still have accused, reported, denied or declined to comment.',
      },
    } satisfies Record<Status, Term>,
    speakers: {
      'ukraine-official': {
        label: 'Ukrainian officials on the record',
        definition:
          'A Ukrainian official, agency or spokesperson speaking on the record, by name or for the institution.',
      },
      'ukraine-anonymous': {
        label: 'Ukrainian officials speaking anonymously',
        definition: 'Ukrainian officials or agency sources who spoke to the media without being named.',
      },
      'ukraine-lawmaker-commander': {
        label: 'Ukrainian lawmakers or commanders',
        definition:
          'A Ukrainian member of parliament or military commander speaking for themselves, not for an agency.',
      },
      'russia-authorities': {
        label: 'Russian authorities',
        definition:
          'Russian officials or bodies: the Kremlin, the FSB, investigators, the National Anti-Terrorism Committee.',
      },
      'partisan-group': {
        label: 'Partisan groups',
        definition: 'An armed underground group in Russia or occupied Ukraine speaking for itself.',
      },
      media: {
        label: 'Media reporting',
        definition: 'A news outlet reporting from its own sources or documents, or relaying a line of inquiry.',
      },
    } satisfies Record<Speaker, Term>,
    acts: {
      claim: { label: 'Claim', definition: 'Said that their own side carried out the killing.' },
      hint: {
        label: 'Hint',
        definition:
          'Spoke of the killing approvingly or suggestively, or published details of it, without saying their side did it.',
      },
      endorsement: {
        label: 'Endorsement',
        definition: 'Praised or welcomed the killing without speaking for any agency and without claiming it.',
      },
      denial: {
        label: 'Denial',
        definition:
          'Said that their side was not involved, or described the killing in terms that rule their side out.',
      },
      accusation: {
        label: 'Accusation',
        definition: 'Blamed Ukraine or people said to act for it, often naming or detaining suspects.',
      },
      report: {
        label: 'Report',
        definition: 'Reported who was, or may have been, behind the killing, or what investigators suspected.',
      },
      'no-comment': {
        label: 'No comment',
        definition: 'Made no official comment on the killing, or declined to comment.',
      },
    } satisfies Record<Act, Term>,
    sourceKinds: {
      original: { label: 'Original report', definition: 'The outlet’s own report.' },
      'agency-copy': {
        label: 'Agency story carried by another outlet',
        definition:
          'A news agency’s story (Reuters, AP, AFP) carried word for word by another outlet; listed as “Agency, carried by Outlet”.',
      },
      secondary: {
        label: 'Outlet reporting another outlet’s story',
        definition: 'An outlet reporting what another outlet reported; listed as “Outlet, reporting Other outlet”.',
      },
      official: {
        label: 'Official statement',
        definition: 'A government’s or official body’s own statement or page.',
      },
      reference: {
        label: 'Reference work',
        definition: 'An encyclopedia entry, cited only for dates of birth and similar background.',
      },
    } satisfies Record<SourceKind, Term>,
    /** The parts of the peace-talks timeline (src/schemas/talks-event.ts ERA_CODES). */
    eras: {
      earlier: { label: 'Earlier rounds' },
      'talks-2025': { label: 'January to April 2025' },
    } satisfies Record<Era, Label>,
    /** What each kind of change is called where it is listed. */
    updateKinds: {
      update: { label: 'Update' },
      correction: { label: 'Correction' },
    } satisfies Record<UpdateKind, Label>,
  },
  {
    ru: {
      names: {
        category: 'Категории',
        setting: 'Территории',
        method: 'Способы',
        outcome: 'Исходы',
        status: 'Статус ответственности',
        speaker: 'Кто высказался',
        act: 'Что было сказано',
        'source-kind': 'Типы источников',
      },
      categories: {
        'military-officer': {
          label: 'Офицер',
          definition:
            'Действующий офицер Вооруженных сил России или бывший офицер, убийство которого Украина связала с его службой (один из них, Ржицкий, на момент гибели работал в городском мобилизационном отделе).',
        },
        'weapons-scientist': {
          label: 'Разработчик вооружений',
          definition: 'Инженер или ученый, работавший над российским оружием.',
        },
        propagandist: {
          label: 'Пропагандист',
          definition: 'Писатель, блогер или комментатор, публично поддерживавший войну.',
        },
        'collaborator-official': {
          label: 'Чиновник-коллаборант',
          definition:
            'Гражданин Украины, служивший в назначенной Россией администрации на оккупированных территориях Украины.',
        },
        'defector-politician': {
          label: 'Политик-перебежчик',
          definition: 'Бывший украинский политик, перешедший на сторону России и покинувший Украину.',
        },
        'paramilitary-leader': {
          label: 'Командир военизированного формирования',
          definition: 'Основатель или командир вооруженной группы, воюющей за Россию вне регулярной армии.',
        },
        'prison-official': {
          label: 'Сотрудник пенитенциарной системы',
          definition: 'Сотрудник тюрьмы или исправительной колонии, где содержались военнопленные.',
        },
      },
      settings: {
        russia: { label: 'Россия', definition: 'В пределах международно признанных границ России.' },
        'occupied-ukraine': {
          label: 'Оккупированные Россией территории Украины',
          definition: 'В Украине, на территории, которая на момент убийства находилась под российской оккупацией.',
        },
      },
      methods: {
        'car-bomb': {
          label: 'Бомба в автомобиле',
          definition:
            'Взрывное устройство в автомобиле или под ним либо в припаркованном автомобиле рядом с человеком.',
        },
        bomb: {
          label: 'Бомба',
          definition:
            'Взрывное устройство не в автомобиле: в здании, в посылке, в самокате или в переданном человеку предмете.',
        },
        shooting: { label: 'Стрельба', definition: 'Убит из огнестрельного оружия.' },
        'car-crash': {
          label: 'ДТП (официальная версия)',
          definition:
            'Погиб в дорожной аварии, согласно официальной версии; включен в список, потому что другие сообщали об адресном убийстве или подозревали его.',
        },
      },
      outcomes: {
        'killed-at-scene': { label: 'Погиб на месте', definition: 'Погиб на месте нападения.' },
        'died-of-wounds': {
          label: 'Позднее скончался от ранений',
          definition: 'Скончался позднее, в больнице или по дороге туда.',
        },
        'death-reported-unconfirmed': {
          label: 'О гибели сообщалось, официально не подтверждено',
          definition: 'О гибели сообщили СМИ или телеграм-каналы; власти ее не подтвердили.',
        },
        'found-dead': {
          label: 'Найден мертвым',
          definition: 'Найден мертвым; как и когда человек погиб, было установлено позднее.',
        },
        'died-in-crash': {
          label: 'Погиб в ДТП, по официальной версии',
          definition: 'Погиб в дорожной аварии, по официальной версии.',
        },
      },
      statuses: {
        claimed: {
          label: 'Ответственность заявлена публично',
          definition:
            'Украинское официальное лицо или ведомство либо партизанская группа публично заявили, что это сделала их сторона.',
        },
        'claimed-anonymously': {
          label: 'Ответственность заявлена только анонимно',
          definition:
            'Публично ответственность никто не взял, но украинские официальные лица на условиях анонимности сообщили СМИ, что это сделала их сторона.',
        },
        hinted: {
          label: 'Ответственность не заявлена, но на нее намекали',
          definition:
            'Ответственность никто не взял — ни публично, ни анонимно, — но украинское официальное лицо говорило об убийстве одобрительно или намеками.',
        },
        'not-claimed': {
          label: 'Ответственность не заявлена',
          definition:
            'Ни одно украинское официальное лицо, ведомство или партизанская группа не взяли ответственность — ни публично, ни анонимно, — и ни одно официальное лицо на нее не намекало. Другие при этом могли кого-то обвинять, сообщать о причастных, отрицать причастность или отказываться от комментариев.',
        },
      },
      speakers: {
        'ukraine-official': {
          label: 'Украинские официальные лица (публично)',
          definition:
            'Украинское официальное лицо, ведомство или пресс-секретарь, выступающие публично — от своего имени или от имени учреждения.',
        },
        'ukraine-anonymous': {
          label: 'Украинские официальные лица на условиях анонимности',
          definition: 'Украинские официальные лица или источники в ведомствах, говорившие со СМИ без указания имени.',
        },
        'ukraine-lawmaker-commander': {
          label: 'Украинские депутаты или командиры',
          definition:
            'Депутат Верховной рады или военный командир Украины, говорящий от себя, а не от имени ведомства.',
        },
        'russia-authorities': {
          label: 'Российские власти',
          definition:
            'Российские официальные лица или органы: Кремль, ФСБ, следователи, Национальный антитеррористический комитет.',
        },
        'partisan-group': {
          label: 'Партизанские группы',
          definition:
            'Вооруженная подпольная группа в России или на оккупированных территориях Украины, выступающая от своего имени.',
        },
        media: {
          label: 'Сообщения СМИ',
          definition:
            'Издание, ссылающееся на собственные источники или документы либо пересказывающее одну из версий следствия.',
        },
      },
      acts: {
        claim: { label: 'Заявление об ответственности', definition: 'Заявили, что убийство совершила их сторона.' },
        hint: {
          label: 'Намек',
          definition:
            'Говорили об убийстве одобрительно или намеками либо публиковали его подробности, не утверждая, что это сделала их сторона.',
        },
        endorsement: {
          label: 'Одобрение',
          definition: 'Одобрили или приветствовали убийство, не выступая от имени ведомства и не беря ответственность.',
        },
        denial: {
          label: 'Отрицание',
          definition:
            'Заявили, что их сторона не причастна, или описали убийство так, что их причастность исключается.',
        },
        accusation: {
          label: 'Обвинение',
          definition:
            'Возложили вину на Украину или на людей, якобы действовавших по ее заданию, часто называя или задерживая подозреваемых.',
        },
        report: {
          label: 'Сообщение',
          definition: 'Сообщили, кто стоял или мог стоять за убийством, или кого подозревали следователи.',
        },
        'no-comment': {
          label: 'Без комментариев',
          definition: 'Никак официально не прокомментировали убийство или отказались от комментариев.',
        },
      },
      sourceKinds: {
        original: { label: 'Собственный материал издания', definition: 'Собственный материал издания.' },
        'agency-copy': {
          label: 'Материал агентства в публикации другого издания',
          definition:
            'Материал информационного агентства (Reuters, AP, AFP), дословно опубликованный другим изданием; указывается как «Агентство, публикация на сайте Издание».',
        },
        secondary: {
          label: 'Издание пересказывает материал другого издания',
          definition:
            'Издание пересказывает сообщение другого издания; указывается как «Издание со ссылкой на Другое издание».',
        },
        official: {
          label: 'Официальное заявление',
          definition: 'Собственное заявление или страница правительства либо официального органа.',
        },
        reference: {
          label: 'Справочное издание',
          definition: 'Статья энциклопедии; приводится только ради дат рождения и подобных справочных сведений.',
        },
      },
      eras: {
        earlier: { label: 'Предыдущие раунды' },
        'talks-2025': { label: 'Январь — апрель 2025 года' },
      },
      updateKinds: {
        update: { label: 'Обновление' },
        correction: { label: 'Исправление' },
      },
    },
    uk: {
      names: {
        category: 'Категорії',
        setting: 'Території',
        method: 'Способи',
        outcome: 'Наслідки',
        status: 'Статус відповідальності',
        speaker: 'Хто висловився',
        act: 'Що було сказано',
        'source-kind': 'Типи джерел',
      },
      categories: {
        'military-officer': {
          label: 'Офіцер',
          definition:
            'Чинний офіцер Збройних сил Росії або колишній офіцер, чиє вбивство Україна пов’язала з його службою (один із них, Ржицький, на момент загибелі працював у міському мобілізаційному відділі).',
        },
        'weapons-scientist': {
          label: 'Розробник озброєнь',
          definition: 'Інженер або науковець, який працював над російською зброєю.',
        },
        propagandist: {
          label: 'Пропагандист',
          definition: 'Письменник, блогер або коментатор, який публічно підтримував війну.',
        },
        'collaborator-official': {
          label: 'Посадовець-колаборант',
          definition:
            'Громадянин України, який служив у призначеній Росією адміністрації на окупованих територіях України.',
        },
        'defector-politician': {
          label: 'Політик-перебіжчик',
          definition: 'Колишній український політик, який перейшов на бік Росії та виїхав з України.',
        },
        'paramilitary-leader': {
          label: 'Командир воєнізованого формування',
          definition: 'Засновник або командир збройної групи, що воює за Росію поза регулярною армією.',
        },
        'prison-official': {
          label: 'Працівник пенітенціарної системи',
          definition: 'Працівник в’язниці або виправної колонії, де утримували військовополонених.',
        },
      },
      settings: {
        russia: { label: 'Росія', definition: 'У межах міжнародно визнаних кордонів Росії.' },
        'occupied-ukraine': {
          label: 'Окуповані Росією території України',
          definition: 'В Україні, на території, яка на момент убивства перебувала під російською окупацією.',
        },
      },
      methods: {
        'car-bomb': {
          label: 'Бомба в автомобілі',
          definition: 'Вибуховий пристрій в автомобілі чи під ним або в припаркованому автомобілі поруч із людиною.',
        },
        bomb: {
          label: 'Бомба',
          definition:
            'Вибуховий пристрій не в автомобілі: у будівлі, посилці, самокаті чи в переданому людині предметі.',
        },
        shooting: { label: 'Стрілянина', definition: 'Убитий з вогнепальної зброї.' },
        'car-crash': {
          label: 'ДТП (офіційна версія)',
          definition:
            'Загинув у дорожній аварії, згідно з офіційною версією; внесений до списку, бо інші повідомляли про цілеспрямоване вбивство або підозрювали його.',
        },
      },
      outcomes: {
        'killed-at-scene': { label: 'Загинув на місці', definition: 'Загинув на місці нападу.' },
        'died-of-wounds': {
          label: 'Згодом помер від поранень',
          definition: 'Помер згодом, у лікарні або дорогою до неї.',
        },
        'death-reported-unconfirmed': {
          label: 'Про загибель повідомляли, офіційно не підтверджено',
          definition: 'Про загибель повідомили ЗМІ або телеграм-канали; влада її не підтвердила.',
        },
        'found-dead': {
          label: 'Знайдений мертвим',
          definition: 'Знайдений мертвим; як і коли людина загинула, встановили згодом.',
        },
        'died-in-crash': {
          label: 'Загинув у ДТП, за офіційною версією',
          definition: 'Загинув у дорожній аварії, за офіційною версією.',
        },
      },
      statuses: {
        claimed: {
          label: 'Відповідальність взято публічно',
          definition:
            'Український посадовець чи відомство або партизанське угруповання публічно заявили, що це зробила їхня сторона.',
        },
        'claimed-anonymously': {
          label: 'Відповідальність взято лише анонімно',
          definition:
            'Публічно відповідальності ніхто не взяв, але українські посадовці на умовах анонімності повідомили ЗМІ, що це зробила їхня сторона.',
        },
        hinted: {
          label: 'Відповідальності не взято, але на неї натякали',
          definition:
            'Відповідальності ніхто не взяв — ні публічно, ні анонімно, — але український посадовець говорив про вбивство схвально або натяками.',
        },
        'not-claimed': {
          label: 'Відповідальності не взято',
          definition:
            'Жоден український посадовець, відомство чи партизанське угруповання не взяли відповідальності — ні публічно, ні анонімно, — і жоден посадовець на неї не натякав. Інші при цьому могли когось звинувачувати, повідомляти про причетних, заперечувати причетність або відмовлятися від коментарів.',
        },
      },
      speakers: {
        'ukraine-official': {
          label: 'Українські посадовці (публічно)',
          definition:
            'Український посадовець, відомство чи речник, які виступають публічно — від власного імені або від імені установи.',
        },
        'ukraine-anonymous': {
          label: 'Українські посадовці на умовах анонімності',
          definition: 'Українські посадовці або джерела у відомствах, які говорили із ЗМІ без зазначення імені.',
        },
        'ukraine-lawmaker-commander': {
          label: 'Українські депутати або командири',
          definition:
            'Народний депутат або військовий командир України, який говорить від себе, а не від імені відомства.',
        },
        'russia-authorities': {
          label: 'Російська влада',
          definition: 'Російські посадовці або органи: Кремль, ФСБ, слідчі, Національний антитерористичний комітет.',
        },
        'partisan-group': {
          label: 'Партизанські угруповання',
          definition:
            'Збройне підпільне угруповання в Росії або на окупованих територіях України, яке виступає від власного імені.',
        },
        media: {
          label: 'Повідомлення ЗМІ',
          definition: 'Видання, яке посилається на власні джерела чи документи або переказує одну з версій слідства.',
        },
      },
      acts: {
        claim: { label: 'Заява про відповідальність', definition: 'Заявили, що вбивство вчинила їхня сторона.' },
        hint: {
          label: 'Натяк',
          definition:
            'Говорили про вбивство схвально або натяками чи публікували його подробиці, не стверджуючи, що це зробила їхня сторона.',
        },
        endorsement: {
          label: 'Схвалення',
          definition: 'Схвалили або вітали вбивство, не виступаючи від імені відомства й не беручи відповідальності.',
        },
        denial: {
          label: 'Заперечення',
          definition: 'Заявили, що їхня сторона не причетна, або описали вбивство так, що їхню причетність виключено.',
        },
        accusation: {
          label: 'Звинувачення',
          definition:
            'Поклали провину на Україну або на людей, які нібито діяли за її завданням, часто називаючи чи затримуючи підозрюваних.',
        },
        report: {
          label: 'Повідомлення',
          definition: 'Повідомили, хто стояв або міг стояти за вбивством, чи кого підозрювали слідчі.',
        },
        'no-comment': {
          label: 'Без коментарів',
          definition: 'Ніяк офіційно не прокоментували вбивство або відмовилися від коментарів.',
        },
      },
      sourceKinds: {
        original: { label: 'Власний матеріал видання', definition: 'Власний матеріал видання.' },
        'agency-copy': {
          label: 'Матеріал агенції в публікації іншого видання',
          definition:
            'Матеріал інформаційної агенції (Reuters, AP, AFP), дослівно опублікований іншим виданням; зазначається як «Агенція, публікація на сайті Видання».',
        },
        secondary: {
          label: 'Видання переказує матеріал іншого видання',
          definition:
            'Видання переказує повідомлення іншого видання; зазначається як «Видання з посиланням на Інше видання».',
        },
        official: {
          label: 'Офіційна заява',
          definition: 'Власна заява або сторінка уряду чи офіційного органу.',
        },
        reference: {
          label: 'Довідкове видання',
          definition: 'Стаття енциклопедії; наводиться лише заради дат народження та подібних довідкових відомостей.',
        },
      },
      eras: {
        earlier: { label: 'Попередні раунди' },
        'talks-2025': { label: 'Січень — квітень 2025 року' },
      },
      updateKinds: {
        update: { label: 'Оновлення' },
        correction: { label: 'Виправлення' },
      },
    },
  },
);
