// Інтерфейс українською. Keys and placeholders as in en.ts (catalogs.test.ts checks them).
import type { Catalog } from './en.ts';

const uk: Catalog = {
  'language.label': 'Мова',

  'header.search.label': 'Пошук контактів',
  'header.search.placeholder': 'Пошук назв, людей, місць…',
  'header.copyLink': 'Копіювати посилання',
  'header.copyLink.copied': 'Посилання скопійовано',
  'header.copyLink.prompt': 'Скопіюйте це посилання:',
  'header.copyLink.fileOnly': 'Копіювати посилання (не для локальних файлів)',
  'header.copyLink.fileOnly.title':
    'Посилання не може містити файл, відкритий з вашого комп’ютера: опублікуйте файл і скористайтеся ?data=URL',
  'header.openData': 'Відкрити файл',
  'header.openData.input': 'Відкрити файл даних: JSON Backchannel Atlas, GeoJSON, CSV або TimelineJS',
  'header.openData.drop': 'Перетягніть сюди файл JSON, GeoJSON, CSV або TimelineJS, щоб його дослідити',

  'embed.button': 'Вбудувати',
  'embed.panel': 'Вбудувати цей вигляд',
  'embed.code': 'HTML для статті (вигляд, як зараз)',
  'embed.withScript': 'Додати скрипт розміру (підганяє висоту рамки)',
  'embed.copy': 'Копіювати HTML',
  'embed.copied': 'Скопійовано',
  'embed.copyFailed': 'Не вдалося скопіювати: HTML виділено, скопіюйте його вручну',
  'embed.close': 'Закрити',
  'embed.frameTitle': 'Backchannel Atlas: карта і хронологія контактів',
  'embed.openFull': 'Відкрити в Backchannel Atlas',
  'embed.loading': 'Завантаження…',
  'embed.selectedContact': 'Вибраний контакт',
  'embed.selectedPlace': 'Вибране місце',
  'embed.inView':
    '{count, plural, one {Показано # контакт} few {Показано # контакти} many {Показано # контактів} other {Показано # контакту}}',
  'embed.hint': 'Виберіть маркер або елемент хронології, щоб побачити подробиці.',
  'about.corrections': 'Як повідомити про виправлення',
  'about.corrections.what':
    'Якщо контакт хибний або його бракує, надішліть його посилання (виберіть його і скористайтеся «Копіювати посилання»), що саме не так і джерело, яке це підтверджує. Кожен випуск перелічує виправлені ідентифікатори в журналі змін запису (data/CHANGELOG.md); випуск, що лише виправляє факти, має patch-версію.',
  'about.corrections.to': 'Надсилайте виправлення на <link>{address}</link>.',
  'about.corrections.none':
    'Для цієї копії атласу адресу для виправлень не задано (її задає той, хто публікує атлас, під час збирання): повідомте тому, хто її опублікував.',
  'about.cite': 'Цитувати набір даних',
  'about.citeAs': 'Як цитувати:',

  'picture.button': 'Завантажити зображення',
  'picture.button.title': 'PNG-зображення цього вигляду: мапа, хронологія, легенда, фільтри, джерела і посилання',
  'picture.working': 'Створюємо зображення…',
  'picture.failed': 'Не вдалося створити зображення: {reason}',
  'picture.title': 'Backchannel Atlas: дипломатія навколо війни в Україні',
  'picture.shown':
    '{count, plural, one {показано {shown} контакт} few {показано {shown} контакти} many {показано {shown} контактів} other {показано {shown} контакту}}',
  'picture.filters': 'Фільтри: {list}',
  'picture.filters.none': 'Без фільтрів: усі контакти в цьому проміжку часу',
  'picture.filter.search': 'пошук «{query}»',
  'picture.filter.partiesAll': 'сторони (усі з): {list}',
  'picture.filter.partiesAny': 'сторони (будь-яка з): {list}',
  'picture.filter.people': 'люди: {list}',
  'picture.filter.kinds': 'вид: {list}',
  'picture.filter.confidence': 'достовірність: {list}',
  'picture.filter.secrecy': 'таємні на той час: {list}',
  'picture.filter.tracksOff': 'приховано: {list}',
  'picture.credits':
    'Мапа: Natural Earth (обриси країн, озера, річки, столиці). Координати місць: GeoNames (CC BY 4.0).',
  'picture.credits.online':
    'Мапа: © учасники OpenStreetMap; Natural Earth (обриси країн, озера, річки, столиці). Координати місць: GeoNames (CC BY 4.0).',
  'picture.version': 'Дані: {release}, ліцензія {licence}',
  'picture.source': 'Джерело: {url}',

  'tracks.group': 'Треки',
  'track.1': 'Трек 1',
  'track.1.5': 'Трек 1,5',
  'track.2': 'Трек 2',
  'track.1.description': 'офіційні переговори',
  'track.1.5.description': 'посадовці з колишніми посадовцями або експертами',
  'track.2.description': 'неофіційний експертний діалог',
  'track.title': '{track}: {description}',

  'view.group': 'Показати як',
  'view.map': 'Карта',
  'view.list': 'Список',
  'view.network': 'Мережа',
  'app.loadingNetwork': 'Завантаження мережі…',
  'app.loadingList': 'Завантаження списку…',
  'app.timeline': 'Хронологія',
  'app.loadingTimeline': 'Завантаження хронології…',

  'facets.toggle': 'Фільтри',
  'facets.toggle.chosen': 'Фільтри (вибрано: {count})',
  'facets.parties': 'Сторони',
  'facets.partyMode.label': 'Контакти з вибраними сторонами',
  'facets.partyMode.all': 'усі',
  'facets.partyMode.any': 'будь-яка',
  'facets.people': 'Учасники',
  'facets.people.find': 'Знайти особу',
  'facets.people.find.label': 'Знайти учасника',
  'facets.kind': 'Вид',
  'facets.confidence': 'Достовірність',
  'facets.secrecy': 'Таємний на той час',
  'facets.secrecy.secret': 'таємний',
  'facets.secrecy.open': 'не таємний',
  'facets.more': 'ще {count}',
  'facets.fewer': 'менше',
  'facets.clear': 'Скинути фільтри',

  'period.label': 'Часове вікно',
  'period.from': 'Від',
  'period.to': 'До',
  'period.show': 'Показати',
  'period.showing': 'Показано: {period}',
  'period.hint': 'РРРР, РРРР-ММ або РРРР-ММ-ДД',
  'period.hint.long': 'РРРР, РРРР-ММ або РРРР-ММ-ДД; кінець включно: «до 2024» означає до 31 грудня 2024',
  'period.error.empty': '{field}: введіть дату (РРРР, РРРР-ММ або РРРР-ММ-ДД)',
  'period.error.invalid': '{field}: «{text}» не є датою (РРРР, РРРР-ММ або РРРР-ММ-ДД)',
  'period.error.order': 'До: кінець раніше за початок',

  'legend.label': 'Легенда',
  'legend.show': 'Легенда',
  'legend.hide': 'Сховати легенду',
  'legend.ring': 'Кільце: частки треків у місці; число: кількість контактів',
  'legend.cluster': 'Сірий центр: група сусідніх місць; натисніть, щоб наблизити',
  'legend.dashed': 'Пунктирне кільце: місце не повідомлено або припущене; поруч зі столицею, що його заміняє',
  'legend.line': 'Лінія: розмови між двома місцями (товща: більше розмов)',
  'legend.timeline': 'Хронологія',
  'legend.approx': 'Заштрихований проміжок «≈»: дата відома лише з точністю до місяця чи року',
  'legend.disputed': '«?» з хвилястим підкресленням: спірно, джерела розходяться',
  'legend.secret': 'Темний лівий край: таємний до розкриття; у подробицях сказано, коли про нього стало відомо',
  'legend.disclosure':
    'Пунктир до смуги (увімкнено «Лінії розкриття»): від таємного контакту до першого повідомлення про нього',

  'update.available': 'Доступна нова версія.',
  'update.reload': 'Оновити',
  'update.later': 'Пізніше',

  'list.label': 'Список контактів',
  'list.count':
    '{count, plural, one {# контакт} few {# контакти} many {# контактів} other {# контакту}} у поточному вікні й фільтрах',
  'list.empty': 'У поточному вікні й фільтрах контактів немає. Розширте часове вікно («Усі дати») або скиньте фільтри.',
  'list.caption': 'Контакти; кожен стовпець можна сортувати',
  'list.col.date': 'Дата',
  'list.col.place': 'Місце',
  'list.col.track': 'Трек',
  'list.col.title': 'Назва',
  'list.col.parties': 'Сторони',
  'list.col.sources': 'Джерела',
  'list.more': 'Показати ще {count} з {rest}',

  'export.label': 'Експорт видимих контактів',
  'export.csv': 'Завантажити CSV (zip)',
  'export.csv.title': 'Чотири пов’язані таблиці та datapackage.json',
  'export.geojson': 'Завантажити GeoJSON',
  'export.failed': 'Не вдалося підготувати файл ({reason}); спробуйте ще раз.',

  'cite.button': 'Цитувати',
  'cite.plain': 'Посилання',
  'cite.copy': 'Копіювати {format}',
  'cite.copied': '{format}: скопійовано',
  'cite.copyFailed': 'Не вдалося скопіювати: виділіть текст {format} і скопіюйте його',

  'problems.openFailed': 'Цей файл не вдалося відкрити; показані дані не змінилися.',
  'problems.loadFailed': 'Дані не вдалося завантажити.',
  'problems.records':
    '{count, plural, one {# запис не вдалося використати} few {# записи не вдалося використати} many {# записів не вдалося використати} other {# запису не вдалося використати}}',
  'problems.warnings':
    '{count, plural, one {# значення замінено типовим або пропущено} few {# значення замінено типовими або пропущено} many {# значень замінено типовими або пропущено} other {# значення замінено типовими або пропущено}}',
  'problems.shown': 'показано {count, plural, one {# контакт} few {# контакти} many {# контактів} other {# контакту}}',
  'problems.nothingShown': 'нічого не вдалося показати',
  'problems.in': '(у <bdi>{source}</bdi>)',
  'problems.warning': 'попередження',
  'problems.notUsed': 'не використано',
  'problems.showFirst': 'Показати перші {count}',
  'problems.showAll':
    'Показати всі {count, plural, one {# проблему} few {# проблеми} many {# проблем} other {# проблеми}}',
  'problems.download': 'Завантажити список',

  'lagChart.caption':
    'Місяців до оприлюднення: {count, plural, one {# таємний контакт} few {# таємні контакти} many {# таємних контактів} other {# таємного контакту}} у вікні (цей позначено)',
  'lagChart.bin': '{bin} міс.: {count}',
  'lagChart.label':
    'Місяців від контакту до першого публічного повідомлення, таємні контакти у вікні: {bins}. Цей контакт: {bin} міс.',
  'map.label': 'Карта контактів; маркери — це кнопки',
  'map.zoomIn': 'Наблизити',
  'map.zoomOut': 'Віддалити',

  'network.mode.label': 'Що показують вузли',
  'network.mode.parties': 'Сторони',
  'network.mode.people': 'Люди',
  'network.summary':
    '{mode, select, parties {{nodes, plural, one {# сторона} few {# сторони} many {# сторін} other {# сторони}}} other {{nodes, plural, one {# особа} few {# особи} many {# осіб} other {# особи}}}}, {links, plural, one {# зв’язок} few {# зв’язки} many {# зв’язків} other {# зв’язку}}',
  'network.omitted': ' ({max} з найбільшою кількістю контактів; ще {omitted} не показано)',
  'network.hint.parties': '. Виберіть сторону, щоб відфільтрувати за нею, або зв’язок — щоб побачити його контакти.',
  'network.hint.people': '. Виберіть особу, щоб побачити її контакти, або зв’язок — щоб побачити його контакти.',
  'network.empty': 'У поточному поданні немає контактів з названими сторонами.',
  'network.label.parties': 'Мережа сторін у поточному поданні',
  'network.label.people': 'Мережа людей у поточному поданні',
  'network.contacts': '{count, plural, one {# контакт} few {# контакти} many {# контактів} other {# контакту}}',
  'network.node.party': '{name}: фільтрувати за цією стороною',
  'network.node.person': '{name}: показати контакти',
  'network.strongest': 'Найсильніші зв’язки',
  'network.pick.label': 'Контакти: {name}',
  'network.pick.close': 'Закрити цей список',
  'network.pick.none': 'У поточних фільтрах і вікні — жодного.',

  'about.close': 'Закрити «Про дані»',
  'about.title': 'Про дані',
  'about.lede.count':
    '{release}: {count, plural, one {# контакт} few {# контакти} many {# контактів} other {# контакту}} у дипломатії навколо війни в Україні, від лютого 2022 року. Кожен має свої джерела; застосунок показує, наскільки ми в кожному впевнені.',
  'about.lede.record':
    '{release}: вбудований запис дипломатії навколо війни в Україні, від лютого 2022 року. Кожен контакт має свої джерела; застосунок показує, наскільки ми в кожному впевнені.',
  'about.lede.other': ' Дані, що зараз на екрані, не є цим записом: далі описано вбудований.',
  'about.contact.title': 'Що вважається контактом',
  'about.contact.text':
    'Зустріч, розмова, конференція чи обмін (полоненими, тілами загиблих або дітьми), у яких люди, що діють від імені держав чи міжнародних організацій, або близькі до них люди говорять про війну чи її наслідки. Кожен запис — це одна зустріч або одна розмова: серія переговорів є окремим каналом, і її сесії посилаються на нього. Публічні заяви та публічні форуми, де не повідомлялося про контакт між сторонами, контактами не є.',
  'about.tracks.title': 'Треки',
  'about.track.1': 'Уряди говорять з урядами: міністри, посланці, лідери, делегації.',
  'about.track.1.5':
    'Посадовці зустрічаються з людьми, які не діють на посаді: колишніми посадовцями, обраним президентом, церковними посланцями, посередниками.',
  'about.track.2': 'Ніхто за столом не діє від імені уряду: експерти, аналітичні центри, церкви.',
  'about.examples': 'Наприклад, <one>{first}</one> і <two>{second}</two>.',
  'about.example.riyadh': 'Рубіо й Лавров у Ер-Ріяді, лютий 2025',
  'about.example.gomel': 'перший раунд Росії та України на Прип’яті, лютий 2022',
  'about.example.schroder': 'Шредер у Путіна в Москві, березень 2022',
  'about.example.richardson': 'Білл Річардсон у Москві щодо затриманих, 2022',
  'about.example.wcc': 'генеральний секретар ВРЦ з патріархом Кирилом, травень 2023',
  'about.example.swiss': 'неофіційні представники США й Росії в швейцарському каналі, 2024',
  'about.call': 'Розмова лідерів — це трек 1; її показано лінією між двома місцями.',
  'about.confidence.title': 'Достовірність',
  'about.confidence.confirmed':
    '<b>Підтверджено</b>: про контакт повідомляють два незалежні першоджерела, а не лише державні медіа чи агрегатори.',
  'about.confidence.reported':
    '<b>Повідомлено</b>: одне видання чи одна публікація, анонімні джерела або лише державні медіа.',
  'about.confidence.disputed':
    '<b>Спірно</b>: джерела розходяться (чи це сталося, коли або хто був присутній); примітки пояснюють, у чому саме. Спірні контакти позначено «?» на хронології.',
  'about.confidence.copies':
    'Копії рахуються один раз: у передруку матеріалу Reuters першоджерелом є Reuters, тож дві копії однієї публікації не роблять контакт підтвердженим.',
  'about.dates.title': 'Дати й місця',
  'about.dates.text':
    'Дату записано так точно, як дозволяють джерела: день, місяць або рік. Контакти, відомі лише з точністю до місяця чи року, показано на хронології заштрихованими проміжками з позначкою «≈». Для таємних контактів сказано, коли про них уперше стало відомо.',
  'about.place.venue': '<b>Місце проведення</b>: за координатами самої будівлі, зі списку з джерелами.',
  'about.place.city': '<b>Місто</b>: джерела називають місто; точка — це місто.',
  'about.place.region':
    '<b>Регіон</b>: територія (область, прикордонна зона, заповідник), у точці в її межах, взятій з джерел.',
  'about.place.country': '<b>Країна</b>: відома лише країна; її заміняє столиця, а маркер має поруч пунктирне кільце.',
  'about.place.assumed':
    '<b>Припущення</b>: джерела не кажуть, де саме; місце — найімовірніше, і його показано як заповнювач.',
  'about.sources.title': 'Як дібрано джерела',
  'about.sources.text':
    'Насамперед — оригінальні матеріали й офіційні повідомлення: видання чи агентство, чий це матеріал, а не копія чи агрегатор. Де можливо, наведено два незалежні першоджерела; державні медіа позначено як такі. Назви, підсумки й примітки написано нашими словами, а там, де джерела розходяться, примітки кажуть, що каже кожне. Не записано нічого, чого не прочитано в джерелі.',
  'about.gaps.title': 'Відомі прогалини',
  'about.gaps.search':
    'Пошук ішов у збереженій копії публічних повідомлень, яка рідшає після квітня 2026 року, тож від липня 2026 року в записі майже нічого немає. Це межа пошуку, а не ознака того, що нічого не відбувалося.',
  'about.gaps.totals':
    'Деякі обміни відомі лише з підсумкових чисел (два з пронумерованих посередництв ОАЕ 2026 року так і не знайдено), а кілька побіжно помічених слідів не записано через брак другого джерела.',
  'about.gaps.pairs':
    'Деякі пари посадовців не шукали через брак часу (наприклад, Путіна з лідерами Білорусі, Казахстану та Ірану, а також канали турецької розвідки).',
  'about.gaps.secret':
    'Таємні контакти відомі лише після розкриття: треки 1,5 і 2 за своєю природою недораховані, а їхні дати й місця часто приблизні.',
  'about.gaps.coverage': 'Повний опис, за категоріями, — у примітках до охоплення запису (data/COVERAGE.md).',
  'about.version.title': 'Версія, ліцензія й цитування',
  'about.version.text':
    'Версія набору даних <b>{version}</b>, випущена {date}. Дані поширюються за ліцензією <data>{dataLicence}</data> ({dataId}); код застосунку — за <code>{codeLicence}</code>.',

  'timeline.controls': 'Керування хронологією',
  'timeline.earlier': 'Зсунути хронологію раніше',
  'timeline.later': 'Зсунути хронологію пізніше',
  'timeline.zoomIn': 'Збільшити масштаб хронології',
  'timeline.zoomOut': 'Зменшити масштаб хронології',
  'timeline.allDates': 'Усі дати',
  'timeline.allDates.label': 'Показати всі дати',
  'timeline.disclosures': 'Лінії розкриття',
  'timeline.disclosures.title': 'Лінія від кожного таємного контакту до дня, коли про нього стало відомо',

  'timeline.item.label':
    '{title}, {date}, {track}{disputed, select, yes {, спірно} other {}}{secret, select, yes {, таємний до {disclosed}} other {}}',
  'timeline.disclosure.text': 'оприлюднено через {lag}',
  'timeline.disclosure.label': '{title}: таємний; оприлюднено {date}, через {lag}',
  'timeline.bucket.label':
    '{track}: {count, plural, one {# контакт починається} few {# контакти починаються} many {# контактів починаються} other {# контакту починаються}} {unit, select, day {цього дня} week {цього тижня} month {цього місяця} quarter {цього кварталу} other {цього року}}; активуйте, щоб наблизити',
  'playback.play': 'Пуск',
  'playback.pause': 'Пауза',
  'playback.play.label': 'Відтворити в часі',
  'playback.pause.label': 'Призупинити відтворення',
  'playback.speed': 'Швидкість відтворення',
  'playback.caption':
    '<b>{date}</b> · показано {from} – {to}: {count, plural, one {# контакт} few {# контакти} many {# контактів} other {# контакту}}',
  'playback.caption.label': 'Курсор відтворення',

  'density.label': 'Контакти в часі, за треками',
  'density.hint': 'Протягніть по стовпчиках, щоб показати цей період, або клацніть стовпчик, щоб показати лише його',
  'density.unit.week': 'за тиждень',
  'density.unit.month': 'за місяць',
  'density.unit.quarter': 'за квартал',
  'density.summary': 'Стовпчики контактів {unit}, {from} – {to}; поля дат вище задають період з клавіатури.',
  'density.track':
    '{track}: {total, plural, one {# контакт} few {# контакти} many {# контактів} other {# контакту}}, найбільше — {bar} ({count}).',
  'density.track.none': '{track}: немає.',
  'density.track.off': '{track}: вимкнено.',
  'density.bar.week': 'тиждень від {day}',
  'density.bar.quarter': '{quarter} кв. {year}',

  'kind.meeting': 'зустріч',
  'kind.call': 'розмова',
  'kind.exchange': 'обмін',
  'kind.conference': 'конференція',
  'confidence.confirmed': 'підтверджено',
  'confidence.reported': 'повідомлено',
  'confidence.disputed': 'спірно',
  'confidence.disputed.long': 'Спірно: джерела розходяться (див. примітки)',

  'date.approx': '(приблизно)',

  'details.region': 'Подробиці',
  'details.clear': 'Скасувати вибір',
  'details.announce.contact': 'Вибрано: <record>{title}</record>',
  'details.announce.place': 'Вибрано місце: {name}',
  'details.overview.title': 'Видимі контакти',
  'details.overview.count': 'Від {from} до {to} — контактів: <b>{visible}</b> з {total}.',
  'map.offMap.region': 'Контакти поза картою',
  'map.offMap.count':
    '{count, plural, one {# не на карті} few {# не на карті} many {# не на карті} other {# не на карті}}',
  'map.offMap.why': 'Місце не вказано або атлас не може його розмістити: ці контакти є лише на шкалі часу та у списку.',
  'details.overview.offMap': ' {count} не на карті (місце не вказано).',
  'details.overview.hint':
    'Натисніть на місце на карті або на контакт на хронології, щоб прочитати, що відбулося і що кажуть джерела. Перетягуйте хронологію, щоб рухатися в часі; прокрутіть коліщатко або зведіть пальці, щоб змінити масштаб.',
  'details.place.count':
    '{count, plural, one {# контакт} few {# контакти} many {# контактів} other {# контакту}} у поточному вікні та треках',
  'details.place.approx': ' · приблизне місце: відома лише країна',
  'details.place.placeholder': '{country} (місце не повідомлено)',
  'details.date': 'Дата',
  'details.track': 'Трек',
  'details.confidence': 'Достовірність',
  'details.places': '{count, plural, one {Місце} few {Місця} many {Місця} other {Місця}}',
  'details.places.none': 'Не на карті: місце не вказано',
  'details.parties': 'Сторони',
  'details.participants': 'Учасники',
  'details.participants.none': 'Джерела не називають',
  'details.partOf': 'Входить до',
  'details.sessions': 'Сесії',
  'details.madePublic': 'Оприлюднено',
  'details.madePublic.text': 'На той час таємний; уперше повідомлено {date}',
  'details.madePublic.after': ', через {lag}',
  'details.madePublic.sameDay': ', того ж дня',
  'details.madePublic.sameYear': ', того ж року',
  'details.madePublic.sameMonth': ', того ж місяця',
  'details.madePublic.lag':
    '(затримка {approx, select, yes {≈ } other {}}{months, plural, one {# місяць} few {# місяці} many {# місяців} other {# місяця}})',
  'lag.days':
    '{approx, select, yes {приблизно } other {}}{count, plural, one {# день} few {# дні} many {# днів} other {# дня}}',
  'lag.months':
    '{approx, select, yes {приблизно } other {}}{count, plural, one {# місяць} few {# місяці} many {# місяців} other {# місяця}}',
  'details.participant.show': '{name}: показати контакти, у яких ця особа брала участь',
  'details.notes': 'Примітки: ',
  'details.sources': 'Джерела',
  'details.sources.none': 'Джерел не вказано.',
  'details.source.unverified': ' (заголовок не перевірено: прочитано з посилання)',
  'details.precision.day': 'точний день',
  'details.precision.month': 'відомо з точністю до місяця',
  'details.precision.year': 'відомо з точністю до року',
  'details.precision.range': '{precision}, проміжок',
  'details.precision.daySpan': 'проміжок днів; див. примітки',
  'details.place.venue': 'місце проведення відоме',
  'details.place.city': 'місто відоме',
  'details.place.region': 'приблизно: територія, а не місто; маркер у точці в її межах',
  'details.place.country': 'приблизно: відома лише країна; маркер у столиці',
  'details.place.assumed': 'припущення: джерела не кажуть, де саме; {precision}',

  'load.progress': 'Завантаження {source}… {size} з {total}',
  'load.progress.unknown': 'Завантаження {source}… поки що {size}',
  'load.progress.label': 'Завантажено',
  'load.cancel': 'Скасувати',
  'load.retry': 'Спробувати ще',
  'load.showRecord': 'Показати дані Backchannel Atlas',
  'load.failed': 'Не вдалося завантажити {source}: {reason}.',
  'load.silent':
    'сервер не відповідає {seconds, plural, one {# секунду} few {# секунди} many {# секунд} other {# секунди}}',
  'load.stalled':
    'сервер надіслав {size}, а потім нічого {seconds, plural, one {# секунду} few {# секунди} many {# секунд} other {# секунди}}',
  'load.status': 'сервер відповів {status}',
  'load.cors':
    '{origin} відповідає, але не дозволяє іншим сайтам читати свої файли: не надсилає заголовок "Access-Control-Allow-Origin" (CORS). Якщо це ваш сервер, налаштуйте його надсилати "Access-Control-Allow-Origin: *" із цим файлом; або завантажте файл і відкрийте його кнопкою "Відкрити файл"',
  'load.unreachable':
    'не вдалося зʼєднатися з {origin} (немає мережі, неправильна адреса або сервер не дозволяє іншим сайтам читати свої файли, CORS)',
  'load.size.bytes': '{count, plural, one {# байт} few {# байти} many {# байтів} other {# байта}}',
  'load.size.kb': '{size} КБ',
  'load.size.mb': '{size} МБ',

  // Stories (panels/StoriesButton.tsx, panels/StoryStepper.tsx).
  'story.list.open': 'Історії',
  'story.list.title': 'Історії із записів',
  'story.list.intro':
    'Покрокові розповіді за записами. Кожен крок показує контакти, на яких він ґрунтується, з їхніми джерелами.',
  'story.list.loading': 'Завантаження історій…',
  'story.list.failed': 'Не вдалося завантажити історії. Спробуйте пізніше.',
  'story.list.steps': '{count, plural, one {# крок} few {# кроки} many {# кроків} other {# кроку}}',
  'story.list.close': 'Закрити',
  'story.stepper.label': 'Історія: {title}',
  'story.stepper.step': 'Крок {step} з {count}',
  'story.stepper.keys': '← → перехід між кроками',
  'story.stepper.shows':
    '{count, plural, one {# контакт, на якому ґрунтується цей крок:} few {# контакти, на яких ґрунтується цей крок:} many {# контактів, на яких ґрунтується цей крок:} other {# контакту, на яких ґрунтується цей крок:}}',
  'story.stepper.previous': 'Назад',
  'story.stepper.next': 'Далі',
  'story.stepper.leave': 'Вийти з історії',
  // Попередження над чужими даними і те, чого посилання не змогло задати.
  'notice.origin': 'Дані з {origin}, а не дані Backchannel Atlas',
  'notice.path': 'Дані з {path} на цьому сайті, а не дані Backchannel Atlas',
  'notice.file': 'Дані з вашого файлу {name}, а не дані Backchannel Atlas',
  'notes.title': 'Частину цього посилання не використано:',
  'notes.dismiss': 'Закрити',
  'note.window.notDate':
    'часове вікно не застосовано: <code>{param}</code> {value} не є датою (або бракує іншого кінця)',
  'note.window.reversed': 'часове вікно не застосовано: воно закінчується раніше, ніж починається',
  'note.window.clamped': 'дати поза {first}–{last} роками перенесено в ці межі',
  'note.window.narrowed':
    'часове вікно звужено до {years, plural, one {# року} few {# років} many {# років} other {# року}}, найбільшого, що показує шкала часу',
  'note.tracks': '<code>tracks</code>: {values} не застосовано (треки — 1, 1.5 і 2)',
  'note.query.cut': 'пошук обрізано до перших {limit} символів',
  'note.kind': '<code>kind</code>: {values} не застосовано (види — {kinds})',
  'note.capped':
    '<code>{param}</code>: {count, plural, one {# значення, зайве або задовге, пропущено} few {# значення, зайві або задовгі, пропущено} many {# значень, зайвих або задовгих, пропущено} other {# значення, зайвого або задовгого, пропущено}}',
  'note.sel.long': '<code>sel</code>: ідентифікатор, довший за будь-який у даних, пропущено',
  'note.sel.prefix':
    '<code>sel</code>: {value} не застосовано (значення починається з <code>c:</code> для контакту або <code>p:</code> для місця)',
  'note.sel.missing': '<code>sel</code>: {value} немає в цих даних',
  'note.map': '<code>map</code>: {value} не застосовано (формат: широта,довгота,масштаб)',
  'note.view':
    '<code>view</code>: {value} не застосовано (можливі <code>map</code>, <code>list</code> або <code>network</code>)',
  'note.pick.long': '<code>pick</code>: назву, довшу за будь-яку сторону чи особу, пропущено',
  'note.lang': '<code>lang</code>: {value} не застосовано (можливі en, uk або ru)',
  'note.story.slug': '<code>story</code>: {value} не застосовано (назва історії — малі латинські слова і "-")',
  'note.story.step':
    '<code>step</code>: {value} не застосовано (кроки рахуються від 1); історія відкривається з першого кроку',
  'note.story.missing': '<code>story</code>: {value} немає серед історій',
  'note.story.notRecord': '<code>story</code>: історії йдуть за даними Backchannel Atlas, а не за цими даними',
  'note.data.refused': '{reason}; натомість показано дані Backchannel Atlas',
  'note.data.tooLong': 'адреса <code>?data=</code> довша за {limit} символів',
  'note.data.notAddress': '<code>?data=</code>{value} не є вебадресою',
  'note.data.protocol': '<code>?data=</code> відкриває лише адреси <code>http(s)</code>, а не посилання {protocol}',
};

export default uk;
