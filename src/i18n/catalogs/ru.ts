// Интерфейс на русском. Keys and placeholders as in en.ts (catalogs.test.ts checks them).
import type { Catalog } from './en.ts';

const ru: Catalog = {
  'language.label': 'Язык',

  'header.search.label': 'Поиск контактов',
  'header.search.placeholder': 'Названия, люди, места…',
  'header.copyLink': 'Копировать ссылку',
  'header.copyLink.copied': 'Ссылка скопирована',
  'header.copyLink.prompt': 'Скопируйте эту ссылку:',
  'header.copyLink.fileOnly': 'Копировать ссылку (не для локальных файлов)',
  'header.copyLink.fileOnly.title':
    'Ссылка не может содержать файл, открытый с вашего компьютера: опубликуйте файл и используйте ?data=URL',
  'header.openData': 'Открыть файл',
  'header.openData.input': 'Открыть файл данных: JSON Backchannel Atlas, GeoJSON, CSV или TimelineJS',
  'header.openData.drop': 'Перетащите сюда файл JSON, GeoJSON, CSV или TimelineJS, чтобы изучить его',

  'embed.button': 'Встроить',
  'embed.panel': 'Встроить этот вид',
  'embed.code': 'HTML для статьи (вид, как сейчас)',
  'embed.withScript': 'Добавить скрипт размера (подгоняет высоту фрейма)',
  'embed.copy': 'Копировать HTML',
  'embed.copied': 'Скопировано',
  'embed.copyFailed': 'Не удалось скопировать: HTML выделен, скопируйте его вручную',
  'embed.close': 'Закрыть',
  'embed.frameTitle': 'Backchannel Atlas: карта и хронология контактов',
  'embed.openFull': 'Открыть в Backchannel Atlas',
  'embed.loading': 'Загрузка…',
  'embed.selectedContact': 'Выбранный контакт',
  'embed.selectedPlace': 'Выбранное место',
  'embed.inView':
    '{count, plural, one {Показан # контакт} few {Показаны # контакта} many {Показано # контактов} other {Показано # контакта}}',
  'embed.hint': 'Выберите маркер или элемент хронологии, чтобы увидеть подробности.',
  'about.corrections': 'Как сообщить об исправлении',
  'about.corrections.what':
    'Если контакт ошибочен или отсутствует, пришлите его ссылку (выберите его и нажмите «Копировать ссылку»), что именно не так и источник, который это подтверждает. Каждый выпуск перечисляет исправленные идентификаторы в журнале изменений записи (data/CHANGELOG.md); выпуск, который только исправляет факты, получает patch-версию.',
  'about.corrections.to': 'Присылайте исправления на <link>{address}</link>.',
  'about.corrections.none':
    'Для этой копии атласа адрес для исправлений не задан (его задаёт публикующий атлас при сборке): сообщите тому, кто её опубликовал.',
  'about.cite': 'Цитировать набор данных',
  'about.citeAs': 'Как цитировать:',

  'picture.button': 'Скачать изображение',
  'picture.button.title': 'PNG-изображение этого вида: карта, хронология, легенда, фильтры, источники и ссылка',
  'picture.working': 'Создаём изображение…',
  'picture.failed': 'Не удалось создать изображение: {reason}',
  'picture.title': 'Backchannel Atlas: дипломатия вокруг войны в Украине',
  'picture.shown':
    '{count, plural, one {показан {shown} контакт} few {показано {shown} контакта} many {показано {shown} контактов} other {показано {shown} контакта}}',
  'picture.filters': 'Фильтры: {list}',
  'picture.filters.none': 'Без фильтров: все контакты в этом промежутке времени',
  'picture.filter.search': 'поиск «{query}»',
  'picture.filter.partiesAll': 'стороны (все из): {list}',
  'picture.filter.partiesAny': 'стороны (любая из): {list}',
  'picture.filter.people': 'люди: {list}',
  'picture.filter.kinds': 'вид: {list}',
  'picture.filter.confidence': 'достоверность: {list}',
  'picture.filter.secrecy': 'тайные на тот момент: {list}',
  'picture.filter.tracksOff': 'скрыто: {list}',
  'picture.credits':
    'Карта: Natural Earth (очертания стран, озёра, реки, столицы). Координаты мест: GeoNames (CC BY 4.0).',
  'picture.credits.online':
    'Карта: © участники OpenStreetMap; Natural Earth (очертания стран, озёра, реки, столицы). Координаты мест: GeoNames (CC BY 4.0).',
  'picture.version': 'Данные: {release}, лицензия {licence}',
  'picture.source': 'Источник: {url}',

  'tracks.group': 'Треки',
  'track.1': 'Трек 1',
  'track.1.5': 'Трек 1,5',
  'track.2': 'Трек 2',
  'track.1.description': 'официальные переговоры',
  'track.1.5.description': 'официальные лица с бывшими официальными лицами или экспертами',
  'track.2.description': 'неофициальный экспертный диалог',
  'track.title': '{track}: {description}',

  'view.group': 'Показать как',
  'view.map': 'Карта',
  'view.list': 'Список',
  'view.network': 'Сеть',
  'app.loadingNetwork': 'Загрузка сети…',
  'app.loadingList': 'Загрузка списка…',
  'app.timeline': 'Хронология',
  'app.loadingTimeline': 'Загрузка хронологии…',

  'facets.toggle': 'Фильтры',
  'facets.toggle.chosen': 'Фильтры (выбрано: {count})',
  'facets.parties': 'Стороны',
  'facets.partyMode.label': 'Контакты с выбранными сторонами',
  'facets.partyMode.all': 'все',
  'facets.partyMode.any': 'любая',
  'facets.people': 'Участники',
  'facets.people.find': 'Найти человека',
  'facets.people.find.label': 'Найти участника',
  'facets.kind': 'Вид',
  'facets.confidence': 'Достоверность',
  'facets.secrecy': 'Секретный на тот момент',
  'facets.secrecy.secret': 'секретный',
  'facets.secrecy.open': 'не секретный',
  'facets.more': 'ещё {count}',
  'facets.fewer': 'меньше',
  'facets.clear': 'Сбросить фильтры',

  'period.label': 'Временное окно',
  'period.from': 'С',
  'period.to': 'По',
  'period.show': 'Показать',
  'period.showing': 'Показано: {period}',
  'period.hint': 'ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД',
  'period.hint.long': 'ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД; конец включительно: «по 2024» значит по 31 декабря 2024',
  'period.error.empty': '{field}: введите дату (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)',
  'period.error.invalid': '{field}: «{text}» — не дата (ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД)',
  'period.error.order': 'По: конец раньше начала',

  'legend.label': 'Легенда',
  'legend.show': 'Легенда',
  'legend.hide': 'Скрыть легенду',
  'legend.ring': 'Кольцо: доли треков в месте; число: количество контактов',
  'legend.cluster': 'Серый центр: группа соседних мест; нажмите, чтобы приблизить',
  'legend.dashed': 'Пунктирное кольцо: место не сообщается или предполагается; рядом со столицей, которая его заменяет',
  'legend.line': 'Линия: разговоры между двумя местами (толще: больше разговоров)',
  'legend.timeline': 'Хронология',
  'legend.approx': 'Заштрихованный промежуток «≈»: дата известна лишь с точностью до месяца или года',
  'legend.disputed': '«?» с волнистым подчёркиванием: оспаривается, источники расходятся',
  'legend.secret': 'Тёмный левый край: секретный до раскрытия; в подробностях сказано, когда о нём стало известно',
  'legend.disclosure':
    'Пунктир к полосе (включены «Линии раскрытия»): от секретного контакта до первого сообщения о нём',

  'update.available': 'Доступна новая версия.',
  'update.reload': 'Обновить',
  'update.later': 'Позже',

  'list.label': 'Список контактов',
  'list.count':
    '{count, plural, one {# контакт} few {# контакта} many {# контактов} other {# контакта}} в текущем окне и фильтрах',
  'list.empty': 'В текущем окне и фильтрах контактов нет. Расширьте временное окно («Все даты») или сбросьте фильтры.',
  'list.caption': 'Контакты; каждый столбец можно сортировать',
  'list.col.date': 'Дата',
  'list.col.place': 'Место',
  'list.col.track': 'Трек',
  'list.col.title': 'Название',
  'list.col.parties': 'Стороны',
  'list.col.sources': 'Источники',
  'list.more': 'Показать ещё {count} из {rest}',

  'export.label': 'Экспорт видимых контактов',
  'export.csv': 'Скачать CSV (zip)',
  'export.csv.title': 'Четыре связанные таблицы и datapackage.json',
  'export.geojson': 'Скачать GeoJSON',
  'export.failed': 'Не удалось подготовить файл ({reason}); попробуйте ещё раз.',

  'cite.button': 'Цитировать',
  'cite.plain': 'Ссылка',
  'cite.copy': 'Копировать {format}',
  'cite.copied': '{format}: скопировано',
  'cite.copyFailed': 'Не удалось скопировать: выделите текст {format} и скопируйте его',

  'problems.openFailed': 'Этот файл не удалось открыть; показанные данные не изменились.',
  'problems.loadFailed': 'Данные не удалось загрузить.',
  'problems.records':
    '{count, plural, one {# запись не удалось использовать} few {# записи не удалось использовать} many {# записей не удалось использовать} other {# записи не удалось использовать}}',
  'problems.warnings':
    '{count, plural, one {# значение заменено значением по умолчанию или пропущено} few {# значения заменены значениями по умолчанию или пропущены} many {# значений заменены значениями по умолчанию или пропущены} other {# значения заменены значениями по умолчанию или пропущены}}',
  'problems.shown': 'показано {count, plural, one {# контакт} few {# контакта} many {# контактов} other {# контакта}}',
  'problems.nothingShown': 'ничего не удалось показать',
  'problems.in': '(в <bdi>{source}</bdi>)',
  'problems.warning': 'предупреждение',
  'problems.notUsed': 'не использовано',
  'problems.showFirst': 'Показать первые {count}',
  'problems.showAll':
    'Показать все {count, plural, one {# проблему} few {# проблемы} many {# проблем} other {# проблемы}}',
  'problems.download': 'Скачать список',

  'lagChart.caption':
    'Месяцев до огласки: {count, plural, one {# секретный контакт} few {# секретных контакта} many {# секретных контактов} other {# секретного контакта}} в окне (этот отмечен)',
  'lagChart.bin': '{bin} мес.: {count}',
  'lagChart.label':
    'Месяцев от контакта до первого публичного сообщения, секретные контакты в окне: {bins}. Этот контакт: {bin} мес.',
  'map.label': 'Карта контактов; маркеры — это кнопки',
  'map.zoomIn': 'Приблизить',
  'map.zoomOut': 'Отдалить',

  'network.mode.label': 'Что показывают узлы',
  'network.mode.parties': 'Стороны',
  'network.mode.people': 'Люди',
  'network.summary':
    '{mode, select, parties {{nodes, plural, one {# сторона} few {# стороны} many {# сторон} other {# стороны}}} other {{nodes, plural, one {# человек} few {# человека} many {# человек} other {# человека}}}}, {links, plural, one {# связь} few {# связи} many {# связей} other {# связи}}',
  'network.omitted': ' ({max} с наибольшим числом контактов; ещё {omitted} не показаны)',
  'network.hint.parties': '. Выберите сторону, чтобы отфильтровать по ней, или связь — чтобы увидеть её контакты.',
  'network.hint.people': '. Выберите человека, чтобы увидеть его контакты, или связь — чтобы увидеть её контакты.',
  'network.empty': 'В текущем представлении нет контактов с названными сторонами.',
  'network.label.parties': 'Сеть сторон в текущем представлении',
  'network.label.people': 'Сеть людей в текущем представлении',
  'network.contacts': '{count, plural, one {# контакт} few {# контакта} many {# контактов} other {# контакта}}',
  'network.node.party': '{name}: фильтровать по этой стороне',
  'network.node.person': '{name}: показать контакты',
  'network.strongest': 'Самые сильные связи',
  'network.pick.label': 'Контакты: {name}',
  'network.pick.close': 'Закрыть этот список',
  'network.pick.none': 'В текущих фильтрах и окне — ни одного.',

  'about.close': 'Закрыть «О данных»',
  'about.title': 'О данных',
  'about.lede.count':
    '{release}: {count, plural, one {# контакт} few {# контакта} many {# контактов} other {# контакта}} в дипломатии вокруг войны в Украине, с февраля 2022 года. У каждого есть источники; приложение показывает, насколько мы в каждом уверены.',
  'about.lede.record':
    '{release}: встроенная запись дипломатии вокруг войны в Украине, с февраля 2022 года. У каждого контакта есть источники; приложение показывает, насколько мы в каждом уверены.',
  'about.lede.other': ' Данные на экране сейчас — не эта запись: ниже описана встроенная.',
  'about.contact.title': 'Что считается контактом',
  'about.contact.text':
    'Встреча, разговор, конференция или обмен (пленными, телами погибших или детьми), в которых люди, действующие от имени государств или международных организаций, либо близкие к ним люди говорят о войне или её последствиях. Каждая запись — одна встреча или один разговор: серия переговоров — отдельный канал, и её сессии ссылаются на него. Публичные заявления и публичные форумы, где не сообщалось о контакте между сторонами, контактами не считаются.',
  'about.tracks.title': 'Треки',
  'about.track.1': 'Правительства говорят с правительствами: министры, посланники, лидеры, делегации.',
  'about.track.1.5':
    'Официальные лица встречаются с людьми, которые не действуют в должности: бывшими официальными лицами, избранным президентом, церковными посланниками, посредниками.',
  'about.track.2': 'Никто за столом не действует от имени правительства: эксперты, аналитические центры, церкви.',
  'about.examples': 'Например, <one>{first}</one> и <two>{second}</two>.',
  'about.example.riyadh': 'Рубио и Лавров в Эр-Рияде, февраль 2025',
  'about.example.gomel': 'первый раунд России и Украины на Припяти, февраль 2022',
  'about.example.schroder': 'Шрёдер у Путина в Москве, март 2022',
  'about.example.richardson': 'Билл Ричардсон в Москве по делу задержанных, 2022',
  'about.example.wcc': 'генеральный секретарь ВСЦ с патриархом Кириллом, май 2023',
  'about.example.swiss': 'неофициальные представители США и России в швейцарском канале, 2024',
  'about.call': 'Разговор лидеров — это трек 1; он показан линией между двумя местами.',
  'about.confidence.title': 'Достоверность',
  'about.confidence.confirmed':
    '<b>Подтверждено</b>: о контакте сообщают два независимых первоисточника, а не только государственные СМИ или агрегаторы.',
  'about.confidence.reported':
    '<b>Сообщается</b>: одно издание или одна публикация, анонимные источники или только государственные СМИ.',
  'about.confidence.disputed':
    '<b>Оспаривается</b>: источники расходятся (было ли это, когда или кто присутствовал); примечания объясняют, в чём именно. Оспариваемые контакты отмечены «?» на хронологии.',
  'about.confidence.copies':
    'Копии считаются один раз: у перепечатки материала Reuters первоисточник — Reuters, поэтому две копии одной публикации не делают контакт подтверждённым.',
  'about.dates.title': 'Даты и места',
  'about.dates.text':
    'Дата записана так точно, как позволяют источники: день, месяц или год. Контакты, известные лишь с точностью до месяца или года, показаны на хронологии заштрихованными промежутками с отметкой «≈». Для секретных контактов сказано, когда о них впервые стало известно.',
  'about.place.venue': '<b>Место проведения</b>: по координатам самого здания, из списка с источниками.',
  'about.place.city': '<b>Город</b>: источники называют город; точка — это город.',
  'about.place.region':
    '<b>Регион</b>: территория (область, приграничная зона, заповедник), в точке внутри неё, взятой из источников.',
  'about.place.country':
    '<b>Страна</b>: известна лишь страна; её заменяет столица, а у маркера рядом пунктирное кольцо.',
  'about.place.assumed':
    '<b>Предположение</b>: источники не говорят, где именно; место — наиболее вероятное, и оно показано как заполнитель.',
  'about.sources.title': 'Как выбраны источники',
  'about.sources.text':
    'Прежде всего — оригинальные материалы и официальные сообщения: издание или агентство, чей это материал, а не копия или агрегатор. Где возможно, приведены два независимых первоисточника; государственные СМИ отмечены как таковые. Названия, резюме и примечания написаны нашими словами, а там, где источники расходятся, примечания говорят, что сообщает каждый. Не записано ничего, что не прочитано в источнике.',
  'about.gaps.title': 'Известные пробелы',
  'about.gaps.search':
    'Поиск шёл по сохранённой копии публичных сообщений, которая редеет после апреля 2026 года, поэтому с июля 2026 года в записи почти ничего нет. Это предел поиска, а не признак того, что ничего не происходило.',
  'about.gaps.totals':
    'Некоторые обмены известны лишь по итоговым числам (два из пронумерованных посредничеств ОАЭ в 2026 году так и не найдены), а несколько замеченных мимоходом следов не записаны за неимением второго источника.',
  'about.gaps.pairs':
    'Некоторые пары официальных лиц не искали из-за нехватки времени (например, Путина с лидерами Беларуси, Казахстана и Ирана, а также каналы турецкой разведки).',
  'about.gaps.secret':
    'Секретные контакты известны лишь после раскрытия: треки 1,5 и 2 по своей природе недосчитаны, а их даты и места часто приблизительны.',
  'about.gaps.coverage': 'Полное описание, по категориям, — в примечаниях об охвате записи (data/COVERAGE.md).',
  'about.version.title': 'Версия, лицензия и цитирование',
  'about.version.text':
    'Версия набора данных <b>{version}</b>, выпущена {date}. Данные распространяются по лицензии <data>{dataLicence}</data> ({dataId}); код приложения — по <code>{codeLicence}</code>.',

  'timeline.controls': 'Управление хронологией',
  'timeline.earlier': 'Сдвинуть хронологию раньше',
  'timeline.later': 'Сдвинуть хронологию позже',
  'timeline.zoomIn': 'Увеличить масштаб хронологии',
  'timeline.zoomOut': 'Уменьшить масштаб хронологии',
  'timeline.allDates': 'Все даты',
  'timeline.allDates.label': 'Показать все даты',
  'timeline.disclosures': 'Линии раскрытия',
  'timeline.disclosures.title': 'Линия от каждого секретного контакта до дня, когда о нём стало известно',

  'timeline.item.label':
    '{title}, {date}, {track}{disputed, select, yes {, оспаривается} other {}}{secret, select, yes {, секретный до {disclosed}} other {}}',
  'timeline.disclosure.text': 'стало известно через {lag}',
  'timeline.disclosure.label': '{title}: секретный; стало известно {date}, через {lag}',
  'timeline.bucket.label':
    '{track}: {count, plural, one {# контакт начинается} few {# контакта начинаются} many {# контактов начинаются} other {# контакта начинаются}} {unit, select, day {в этот день} week {на этой неделе} month {в этом месяце} quarter {в этом квартале} other {в этом году}}; активируйте, чтобы приблизить',
  'playback.play': 'Пуск',
  'playback.pause': 'Пауза',
  'playback.play.label': 'Воспроизвести во времени',
  'playback.pause.label': 'Приостановить воспроизведение',
  'playback.speed': 'Скорость воспроизведения',
  'playback.caption':
    '<b>{date}</b> · показано {from} – {to}: {count, plural, one {# контакт} few {# контакта} many {# контактов} other {# контакта}}',
  'playback.caption.label': 'Курсор воспроизведения',

  'density.label': 'Контакты во времени, по трекам',
  'density.hint': 'Протяните по столбцам, чтобы показать этот период, или щёлкните столбец, чтобы показать только его',
  'density.unit.week': 'за неделю',
  'density.unit.month': 'за месяц',
  'density.unit.quarter': 'за квартал',
  'density.summary': 'Столбцы контактов {unit}, {from} – {to}; поля дат выше задают период с клавиатуры.',
  'density.track':
    '{track}: {total, plural, one {# контакт} few {# контакта} many {# контактов} other {# контакта}}, больше всего — {bar} ({count}).',
  'density.track.none': '{track}: нет.',
  'density.track.off': '{track}: выключен.',
  'density.bar.week': 'неделя с {day}',
  'density.bar.quarter': '{quarter} кв. {year}',

  'kind.meeting': 'встреча',
  'kind.call': 'разговор',
  'kind.exchange': 'обмен',
  'kind.conference': 'конференция',
  'confidence.confirmed': 'подтверждено',
  'confidence.reported': 'сообщается',
  'confidence.disputed': 'оспаривается',
  'confidence.disputed.long': 'Оспаривается: источники расходятся (см. примечания)',

  'date.approx': '(примерно)',

  'details.region': 'Подробности',
  'details.clear': 'Снять выделение',
  'details.announce.contact': 'Выбрано: <record>{title}</record>',
  'details.announce.place': 'Выбрано место: {name}',
  'details.overview.title': 'Видимые контакты',
  'details.overview.count': 'С {from} по {to} — контактов: <b>{visible}</b> из {total}.',
  'map.offMap.region': 'Контакты вне карты',
  'map.offMap.count':
    '{count, plural, one {# не на карте} few {# не на карте} many {# не на карте} other {# не на карте}}',
  'map.offMap.why':
    'Место не указано или атлас не может его разместить: эти контакты есть только на шкале времени и в списке.',
  'details.overview.offMap': ' {count} не на карте (место не указано).',
  'details.overview.hint':
    'Нажмите на место на карте или на контакт на хронологии, чтобы прочитать, что произошло и что говорят источники. Перетаскивайте хронологию, чтобы перемещаться во времени; колесо мыши или щипок меняют масштаб.',
  'details.place.count':
    '{count, plural, one {# контакт} few {# контакта} many {# контактов} other {# контакта}} в текущем окне и треках',
  'details.place.approx': ' · примерное место: известна только страна',
  'details.place.placeholder': '{country} (место не сообщается)',
  'details.date': 'Дата',
  'details.track': 'Трек',
  'details.confidence': 'Достоверность',
  'details.places': '{count, plural, one {Место} few {Места} many {Места} other {Места}}',
  'details.places.none': 'Не на карте: место не указано',
  'details.parties': 'Стороны',
  'details.participants': 'Участники',
  'details.participants.none': 'Источники не называют',
  'details.partOf': 'Входит в',
  'details.sessions': 'Сессии',
  'details.madePublic': 'Обнародовано',
  'details.madePublic.text': 'На тот момент секретный; впервые сообщено {date}',
  'details.madePublic.after': ', через {lag}',
  'details.madePublic.sameDay': ', в тот же день',
  'details.madePublic.sameYear': ', в том же году',
  'details.madePublic.sameMonth': ', в том же месяце',
  'details.madePublic.lag':
    '(задержка {approx, select, yes {≈ } other {}}{months, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}})',
  'lag.days':
    '{approx, select, yes {примерно } other {}}{count, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
  'lag.months':
    '{approx, select, yes {примерно } other {}}{count, plural, one {# месяц} few {# месяца} many {# месяцев} other {# месяца}}',
  'details.participant.show': '{name}: показать контакты с участием этого человека',
  'details.notes': 'Примечания: ',
  'details.sources': 'Источники',
  'details.sources.none': 'Источники не указаны.',
  'details.source.unverified': ' (заголовок не проверен: взят из ссылки)',
  'details.precision.day': 'точный день',
  'details.precision.month': 'известно с точностью до месяца',
  'details.precision.year': 'известно с точностью до года',
  'details.precision.range': '{precision}, период',
  'details.precision.daySpan': 'промежуток дней; см. примечания',
  'details.place.venue': 'место проведения известно',
  'details.place.city': 'город известен',
  'details.place.region': 'примерно: территория, а не город; маркер в точке внутри неё',
  'details.place.country': 'примерно: известна только страна; маркер в столице',
  'details.place.assumed': 'предположение: источники не говорят, где именно; {precision}',

  'load.progress': 'Загрузка {source}… {size} из {total}',
  'load.progress.unknown': 'Загрузка {source}… пока {size}',
  'load.progress.label': 'Загружено',
  'load.cancel': 'Отменить',
  'load.retry': 'Повторить',
  'load.showRecord': 'Показать данные Backchannel Atlas',
  'load.failed': 'Не удалось загрузить {source}: {reason}.',
  'load.silent':
    'сервер не отвечает {seconds, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}',
  'load.stalled':
    'сервер прислал {size}, а затем ничего {seconds, plural, one {# секунду} few {# секунды} many {# секунд} other {# секунды}}',
  'load.status': 'сервер ответил {status}',
  'load.cors':
    '{origin} отвечает, но не разрешает другим сайтам читать свои файлы: не отправляет заголовок "Access-Control-Allow-Origin" (CORS). Если это ваш сервер, настройте его отправлять "Access-Control-Allow-Origin: *" с этим файлом; или скачайте файл и откройте его кнопкой "Открыть файл"',
  'load.unreachable':
    'не удалось связаться с {origin} (нет сети, неверный адрес или сервер не разрешает другим сайтам читать свои файлы, CORS)',
  'load.size.bytes': '{count, plural, one {# байт} few {# байта} many {# байт} other {# байта}}',
  'load.size.kb': '{size} КБ',
  'load.size.mb': '{size} МБ',

  // Stories (panels/StoriesButton.tsx, panels/StoryStepper.tsx).
  'story.list.open': 'Истории',
  'story.list.title': 'Истории по записям',
  'story.list.intro':
    'Пошаговые рассказы по записям. Каждый шаг показывает контакты, на которых он основан, с их источниками.',
  'story.list.loading': 'Загрузка историй…',
  'story.list.failed': 'Не удалось загрузить истории. Попробуйте позже.',
  'story.list.steps': '{count, plural, one {# шаг} few {# шага} many {# шагов} other {# шага}}',
  'story.list.close': 'Закрыть',
  'story.stepper.label': 'История: {title}',
  'story.stepper.step': 'Шаг {step} из {count}',
  'story.stepper.keys': '← → переход между шагами',
  'story.stepper.shows':
    '{count, plural, one {# контакт, на котором основан этот шаг:} few {# контакта, на которых основан этот шаг:} many {# контактов, на которых основан этот шаг:} other {# контакта, на которых основан этот шаг:}}',
  'story.stepper.previous': 'Назад',
  'story.stepper.next': 'Далее',
  'story.stepper.leave': 'Выйти из истории',
  // Предупреждение над чужими данными и то, что ссылка не смогла задать.
  'notice.origin': 'Данные с {origin}, а не данные Backchannel Atlas',
  'notice.path': 'Данные из {path} на этом сайте, а не данные Backchannel Atlas',
  'notice.file': 'Данные из вашего файла {name}, а не данные Backchannel Atlas',
  'notes.title': 'Часть этой ссылки не использована:',
  'notes.dismiss': 'Закрыть',
  'note.window.notDate':
    'временное окно не применено: <code>{param}</code> {value} не является датой (или нет другого конца)',
  'note.window.reversed': 'временное окно не применено: оно заканчивается раньше, чем начинается',
  'note.window.clamped': 'даты вне {first}–{last} годов перенесены в эти границы',
  'note.window.narrowed':
    'временное окно сужено до {years, plural, one {# года} few {# лет} many {# лет} other {# года}}, наибольшего, что показывает шкала времени',
  'note.tracks': '<code>tracks</code>: {values} не применено (треки — 1, 1.5 и 2)',
  'note.query.cut': 'поиск обрезан до первых {limit} символов',
  'note.kind': '<code>kind</code>: {values} не применено (виды — {kinds})',
  'note.capped':
    '<code>{param}</code>: {count, plural, one {# значение, лишнее или слишком длинное, пропущено} few {# значения, лишние или слишком длинные, пропущены} many {# значений, лишних или слишком длинных, пропущено} other {# значения, лишнего или слишком длинного, пропущено}}',
  'note.sel.long': '<code>sel</code>: идентификатор длиннее любого в данных пропущен',
  'note.sel.prefix':
    '<code>sel</code>: {value} не применено (значение начинается с <code>c:</code> для контакта или <code>p:</code> для места)',
  'note.sel.missing': '<code>sel</code>: {value} нет в этих данных',
  'note.map': '<code>map</code>: {value} не применено (формат: широта,долгота,масштаб)',
  'note.view':
    '<code>view</code>: {value} не применено (возможны <code>map</code>, <code>list</code> или <code>network</code>)',
  'note.pick.long': '<code>pick</code>: название длиннее любой стороны или участника пропущено',
  'note.lang': '<code>lang</code>: {value} не применено (возможны en, uk или ru)',
  'note.story.slug': '<code>story</code>: {value} не применено (название истории — строчные латинские слова и "-")',
  'note.story.step': '<code>step</code>: {value} не применено (шаги считаются с 1); история открывается с первого шага',
  'note.story.missing': '<code>story</code>: {value} нет среди историй',
  'note.story.notRecord': '<code>story</code>: истории следуют данным Backchannel Atlas, а не этим данным',
  'note.data.refused': '{reason}; вместо них показаны данные Backchannel Atlas',
  'note.data.tooLong': 'адрес <code>?data=</code> длиннее {limit} символов',
  'note.data.notAddress': '<code>?data=</code>{value} не является веб-адресом',
  'note.data.protocol': '<code>?data=</code> открывает только адреса <code>http(s)</code>, а не ссылки {protocol}',
};

export default ru;
