// User-facing strings of the server and the CLI, in English and Russian. The language comes from
// VS Code's display language (`initialize.locale`) or, in the CLI, from LANG / --lang. Messages only
// the CLI says are in cli/messages.ts, out of the server's bundles.

export type Locale = 'en' | 'ru';

const MESSAGES = {
  'file-too-large': {
    en: 'This transcript has {0} million characters, more than stenogram.analysis.maxSize ({1} million): Stenogram does not analyse it, so the editor never waits on it. Raise the setting to analyse it anyway.',
    ru: 'В этой стенограмме {0} млн знаков, больше чем stenogram.analysis.maxSize ({1} млн): Stenogram не анализирует её, чтобы редактор не ждал. Увеличьте значение настройки, чтобы анализировать и такие файлы.',
  },
  'file-too-large.lines': {
    en: 'This transcript has {0|line|lines}, more than stenogram.analysis.maxSize allows ({1|line|lines} for {2} million characters): Stenogram does not analyse it, so the editor never waits on it. Raise the setting to analyse it anyway.',
    ru: 'В этой стенограмме {0|строка|строки|строк}, больше чем допускает stenogram.analysis.maxSize ({1|строка|строки|строк} при {2} млн знаков): Stenogram не анализирует её, чтобы редактор не ждал. Увеличьте значение настройки, чтобы анализировать и такие файлы.',
  },
  'too-many-problems': {
    en: '{0|more problem|more problems} not shown ({1}): at most {2} per file are shown ({3}).',
    ru: 'Не показаны ещё {0|проблема|проблемы|проблем} ({1}): на файл показываются не больше {2} ({3}).',
  },
  'too-many-problems.setting': { en: 'setting stenogram.diagnostics.maxProblems', ru: 'настройка stenogram.diagnostics.maxProblems' },
  'too-many-problems.flag': { en: '--max-problems all shows every one', ru: '--max-problems all покажет все' },
  'header-date-invalid': {
    en: 'The date line “{0}” is not a real date or time ({1}).',
    ru: 'Строка даты «{0}» не является правильной датой или временем ({1}).',
  },
  'timestamp-invalid.minutes': {
    en: 'The time “{0}” is not a real one: {1} minutes (minutes go up to 59).',
    ru: 'Время «{0}» невозможно: {1} мин. (минуты идут до 59).',
  },
  'timestamp-invalid.seconds': {
    en: 'The time “{0}” is not a real one: {1} seconds (seconds go up to 59).',
    ru: 'Время «{0}» невозможно: {1} с (секунды идут до 59).',
  },
  'timestamp-order': {
    en: 'The time {0} is earlier than the time before it, {1}.',
    ru: 'Время {0} раньше предыдущего, {1}.',
  },
  'timestamp-beyond-media': {
    en: 'The time {0} is past the end of the recording ({1}).',
    ru: 'Время {0} позже конца записи ({1}).',
  },
  'speaker-missing-colon': {
    en: '“{0}” starts a turn but has no colon after the label.',
    ru: '«{0}» начинает реплику, но после метки нет двоеточия.',
  },
  'speaker-missing-colon.period': {
    en: '“{0}” starts a turn but has no period after the label.',
    ru: '«{0}» начинает реплику, но после метки нет точки.',
  },
  'labels-unrecognised': {
    en: '{0} lines open like speaker labels ({1}), but Stenogram reads {2} turns here. If they are labels, write them as “Name: text”, or set stenogram.tradition (CLI: --tradition) to the tradition they follow.',
    ru: '{0} строк начинаются как метки говорящих ({1}), но Stenogram видит здесь реплик: {2}. Если это метки, запишите их как «Имя: текст» или укажите традицию в настройке stenogram.tradition (в CLI — --tradition).',
  },
  'labels-unrecognised.shape': { en: '“{0}” ×{1}', ru: '«{0}» ×{1}' },
  'speaker-space-before-colon': {
    en: 'Space before the colon of the label “{0}”.',
    ru: 'Пробел перед двоеточием в метке «{0}».',
  },
  'speaker-no-space-after-colon': {
    en: 'No space after the colon of the label “{0}”.',
    ru: 'Нет пробела после двоеточия в метке «{0}».',
  },
  'speaker-double-colon': {
    en: 'The label “{0}” has more than one colon.',
    ru: 'В метке «{0}» больше одного двоеточия.',
  },
  'speaker-initials-spacing.compact-file': {
    en: 'Write the initials without a space, as this file does: “{0}”.',
    ru: 'Инициалы пишутся без пробела, как в остальном файле: «{0}».',
  },
  'speaker-initials-spacing.spaced-file': {
    en: 'Write the initials with a space, as this file does: “{0}”.',
    ru: 'Инициалы пишутся с пробелом, как в остальном файле: «{0}».',
  },
  'speaker-initials-spacing.compact-setting': {
    en: 'Write the initials without a space (setting stenogram.labels.initials): “{0}”.',
    ru: 'Инициалы пишутся без пробела (настройка stenogram.labels.initials): «{0}».',
  },
  'speaker-initials-spacing.spaced-setting': {
    en: 'Write the initials with a space (setting stenogram.labels.initials): “{0}”.',
    ru: 'Инициалы пишутся с пробелом (настройка stenogram.labels.initials): «{0}».',
  },
  'speaker-lowercase': {
    en: 'The label “{0}” is in lowercase; write “{1}”.',
    ru: 'Метка «{0}» написана строчными буквами; нужно «{1}».',
  },
  'speaker-mixed-script': {
    en: 'The label “{0}” mixes scripts: {1}.',
    ru: 'В метке «{0}» смешаны алфавиты: {1}.',
  },
  'speaker-mixed-script.latin': { en: 'Latin “{0}”', ru: 'латинская «{0}»' },
  'speaker-mixed-script.cyrillic': { en: 'Cyrillic “{0}”', ru: 'кириллическая «{0}»' },
  'speaker-unknown-near-miss': {
    en: '“{0}” speaks only here; did you mean {1}?',
    ru: '«{0}» больше нигде не выступает; возможно, имелся в виду {1}?',
  },
  'speaker-inconsistent-form': {
    en: '“{0}” is written “{1}” elsewhere in this file ({2} of {3} turns).',
    ru: '«{0}» в остальном файле записан как «{1}» ({2} из {3} реплик).',
  },
  'speaker-inconsistent-form.alias': {
    en: '“{0}” is an alias of “{1}” in stenogram.speakers.json, and this file labels that speaker “{1}”.',
    ru: '«{0}» — псевдоним «{1}» в stenogram.speakers.json, а в этом файле этот спикер записан как «{1}».',
  },
  'date.month': { en: 'month {0}', ru: 'месяц {0}' },
  'date.day': { en: 'day {0} of a {1}-day month', ru: 'день {0} в месяце из {1} дней' },
  'date.hour': { en: 'hour {0}', ru: 'час {0}' },
  'date.minute': { en: 'minute {0}', ru: 'минута {0}' },
  'date.second': { en: 'second {0}', ru: 'секунда {0}' },
  'turn-empty': {
    en: 'The turn of “{0}” has no text.',
    ru: 'У реплики «{0}» нет текста.',
  },
  'turn-repeated-speaker': {
    en: '“{0}” speaks twice in a row.',
    ru: '«{0}» выступает два раза подряд.',
  },
  'turn-embedded-label': {
    en: 'The label “{0}” is glued inside the previous turn’s text.',
    ru: 'Метка «{0}» оказалась внутри текста предыдущей реплики.',
  },
  'mark-unclosed': {
    en: '“{0}” is opened here and not closed on this line.',
    ru: '«{0}» открыта здесь и не закрыта в этой строке.',
  },
  'label-tooltip-artefact': {
    en: 'The label “{0}” carries a scraped tooltip (“{1}”): the published form is “{2}:”.',
    ru: 'В метке «{0}» осталась всплывающая подсказка («{1}»): публикуемая форма — «{2}:».',
  },
  quoted: { en: '“{0}”', ru: '«{0}»' },
  'fix.insert-colon': { en: 'Insert “:” after “{0}”', ru: 'Вставить «:» после «{0}»' },
  'fix.insert-period': { en: 'Insert “.” after “{0}”', ru: 'Вставить «.» после «{0}»' },
  'fix.remove-space-before-colon': { en: 'Remove the space before the colon', ru: 'Удалить пробел перед двоеточием' },
  'fix.insert-space-after-colon': { en: 'Insert a space after the colon', ru: 'Вставить пробел после двоеточия' },
  'fix.remove-extra-colons': { en: 'Remove the extra colon', ru: 'Удалить лишнее двоеточие' },
  'fix.rewrite-label': { en: 'Change to “{0}”', ru: 'Заменить на «{0}»' },
  'fix.rewrite-label-all': { en: 'Change every “{0}” to “{1}” in this file', ru: 'Заменить все «{0}» на «{1}» в этом файле' },
  'fix.replace-lookalikes': { en: 'Replace the look-alike letters: “{0}”', ru: 'Заменить похожие буквы: «{0}»' },
  'fix.remove-line': { en: 'Remove the empty turn', ru: 'Удалить пустую реплику' },
  'fix.merge-turns': { en: 'Merge with the previous turn of “{0}”', ru: 'Объединить с предыдущей репликой «{0}»' },
  'fix.split-turn': { en: 'Start a new turn at “{0}”', ru: 'Начать новую реплику с «{0}»' },
  'fix.remove-tooltip': { en: 'Remove the tooltip text', ru: 'Удалить текст подсказки' },
  'fix.all': { en: 'Fix all “{0}” problems in this file', ru: 'Исправить все проблемы «{0}» в этом файле' },
  'fix.all-safe': { en: 'Fix all safe Stenogram problems', ru: 'Исправить все безопасные проблемы Stenogram' },
  'rename.not-a-label': {
    en: 'Rename works on a speaker label: put the cursor on a label such as “В.Путин:”.',
    ru: 'Переименовать можно метку спикера: поставьте курсор на метку вроде «В.Путин:».',
  },
  'rename.invalid': {
    en: '“{0}” would not be read as a speaker label.',
    ru: '«{0}» не будет распознано как метка спикера.',
  },
  'analysis.title': { en: 'Stenogram: checking {0}', ru: 'Stenogram: проверка {0}' },
  'analysis.progress': { en: '{0} of {1} lines', ru: '{0} из {1} строк' },
  'rename.failed': {
    en: 'Stenogram could not rename here (see its output channel).',
    ru: 'Stenogram не удалось выполнить переименование здесь (подробности — в канале вывода Stenogram).',
  },
  'register.invalid-json': { en: 'not valid JSON ({0})', ru: 'недопустимый JSON ({0})' },
  'register.top-level': { en: 'the top level must be an object of labels', ru: 'на верхнем уровне должен быть объект, ключи которого — метки' },
  'register.value-not-object': {
    en: '“{0}”: the value must be an object with name, role, aliases',
    ru: '«{0}»: значением должен быть объект с полями name, role, aliases',
  },
  'register.bad-label': {
    en: '“{0}”: a label must be non-empty, without a colon or a line break',
    ru: '«{0}»: метка должна быть непустой, без двоеточия и переноса строки',
  },
  'register.unknown-field': { en: '“{0}”: unknown field “{1}”', ru: '«{0}»: неизвестное поле «{1}»' },
  'register.bad-name': { en: '“{0}”: name must be a non-empty string', ru: '«{0}»: name должно быть непустой строкой' },
  'register.bad-role': { en: '“{0}”: role must be a string', ru: '«{0}»: role должно быть строкой' },
  'register.bad-aliases': { en: '“{0}”: aliases must be a list of labels', ru: '«{0}»: aliases должно быть списком меток' },
  'register.bad-alias': { en: '“{0}”: alias {1} is not a label', ru: '«{0}»: псевдоним {1} не является меткой' },
  'register.duplicate-alias': { en: '“{0}”: alias “{1}” is listed twice', ru: '«{0}»: псевдоним «{1}» указан дважды' },
  'register.in-folder': { en: '{0} in {1}: {2}', ru: '{0} в папке {1}: {2}' },
  'register.unreadable': { en: '{0} in {1}: {2}; not read', ru: '{0} в папке {1}: {2}; файл не прочитан' },
  'workspace.skipped': { en: '{0}: {1}; not indexed', ru: '{0}: {1}; не проиндексирован' },
  'file.not-regular': { en: 'not a regular file ({0})', ru: 'не обычный файл ({0})' },
  'file.kind.fifo': { en: 'a FIFO', ru: 'именованный канал' },
  'file.kind.character-device': { en: 'a character device', ru: 'символьное устройство' },
  'file.kind.block-device': { en: 'a block device', ru: 'блочное устройство' },
  'file.kind.socket': { en: 'a socket', ru: 'сокет' },
  'file.kind.folder': { en: 'a folder', ru: 'папка' },
  'file.kind.other': { en: 'a special file', ru: 'особый файл' },
  'file.too-large': { en: '{0} bytes, more than the limit of {1}', ru: '{0} байт, больше предела в {1}' },
  'file.error': { en: 'cannot be read ({0})', ru: 'не читается ({0})' },
  'file.not-utf8': { en: 'not UTF-8 text', ru: 'не текст в UTF-8' },
  'import.empty': { en: 'The file is empty: there is nothing to import.', ru: 'Файл пуст: импортировать нечего.' },
  'import.unknown-format': {
    en: 'Not a caption or speech-to-text file: Stenogram imports WebVTT (it starts with “WEBVTT”), SRT (numbered cues timed “00:00:01,000 --> 00:00:04,000”) and speech-to-text JSON (Whisper, WhisperX, AssemblyAI).',
    ru: 'Это не файл субтитров и не результат распознавания речи: Stenogram импортирует WebVTT (начинается со строки «WEBVTT»), SRT (нумерованные фрагменты с временем «00:00:01,000 --> 00:00:04,000») и JSON распознавания речи (Whisper, WhisperX, AssemblyAI).',
  },
  'import.vtt-signature': {
    en: 'A WebVTT file starts with the line “WEBVTT”; this one starts with “{0}”.',
    ru: 'Файл WebVTT начинается со строки «WEBVTT», а этот — с «{0}».',
  },
  'import.timing': {
    en: '“{0}” is not a cue timing: write “00:00:01.000 --> 00:00:04.000”.',
    ru: '«{0}» — не время фрагмента: нужно «00:00:01.000 --> 00:00:04.000».',
  },
  'import.time-minutes': { en: 'The time “{0}” has {1} minutes: minutes go up to 59.', ru: 'Во времени «{0}» минут {1}, а их не больше 59.' },
  'import.time-seconds': { en: 'The time “{0}” has {1} seconds: seconds go up to 59.', ru: 'Во времени «{0}» секунд {1}, а их не больше 59.' },
  'import.end-before-start': { en: 'The cue ends ({1}) before it starts ({0}).', ru: 'Фрагмент заканчивается ({1}) раньше, чем начинается ({0}).' },
  'import.time-too-long': {
    en: 'The time {0} is 100 hours or more into the recording: a transcript times its turns up to 99:59:59.',
    ru: 'Время {0} — 100 часов записи или больше: в стенограмме время реплик не больше 99:59:59.',
  },
  'import.text-outside-cue': {
    en: '“{0}” belongs to no cue: no timing line (“00:00:01.000 --> 00:00:04.000”) comes before it.',
    ru: '«{0}» не относится ни к одному фрагменту: перед текстом нет строки времени («00:00:01.000 --> 00:00:04.000»).',
  },
  'import.no-cues': { en: 'The file holds no speech: no cue or segment has any text.', ru: 'В файле нет речи: ни в одном фрагменте нет текста.' },
  'import.json-invalid': {
    en: 'Not valid JSON: the text breaks off here or holds a character JSON does not allow.',
    ru: 'Это не JSON: текст здесь обрывается или в нём символ, недопустимый в JSON.',
  },
  'import.json-shape': {
    en: 'This JSON is not a speech-to-text export Stenogram reads: Whisper and WhisperX write “segments”: [{ "start", "text", "speaker" }], AssemblyAI writes “utterances”: [{ "speaker", "start", "text" }].',
    ru: 'Этот JSON не похож на известный Stenogram формат распознавания речи: Whisper и WhisperX пишут «segments»: [{ "start", "text", "speaker" }], AssemblyAI — «utterances»: [{ "speaker", "start", "text" }].',
  },
  'import.json-not-object': { en: '{0} is not an object { … }.', ru: '{0} — не объект { … }.' },
  'import.json-seconds': {
    en: '{0}: “{1}” is missing or is not a number of seconds (0 or more).',
    ru: '{0}: поля «{1}» нет, или это не число секунд (0 или больше).',
  },
  'import.json-milliseconds': {
    en: '{0}: “{1}” is missing or is not a number of milliseconds (0 or more).',
    ru: '{0}: поля «{1}» нет, или это не число миллисекунд (0 или больше).',
  },
  'import.json-text': { en: '{0}: “{1}” is missing or is not text.', ru: '{0}: поля «{1}» нет, или это не текст.' },
  'import.json-end-before-start': {
    en: '{0}: “end” ({2}) is before “start” ({1}).',
    ru: '{0}: «end» ({2}) раньше, чем «start» ({1}).',
  },
  'import.unreadable-speaker': {
    en: 'The speaker “{0}” cannot be written as a label that reads back as theirs.',
    ru: 'Говорящего «{0}» не удаётся записать меткой, которая читается обратно как его.',
  },
  'import.not-utf8': {
    en: 'Not UTF-8 text: these bytes are no character. Save the file as UTF-8 (or UTF-16 with a byte order mark) and import it again.',
    ru: 'Это не текст в UTF-8: эти байты не образуют символа. Сохраните файл в UTF-8 (или в UTF-16 с меткой порядка байтов) и импортируйте снова.',
  },
  'import.not-utf16': {
    en: 'The file starts like UTF-16 text (a byte order mark) but these bytes are no character in it.',
    ru: 'Файл начинается как текст в UTF-16 (с меткой порядка байтов), но эти байты не образуют в нём символа.',
  },
  'export.vtt-no-timestamps': {
    en: 'This transcript has no timestamps, so WebVTT cues cannot be timed: write a turn’s time in its label (“Anna Petrova (00:01:23): …” or “[00:01:23] Anna Petrova: …”).',
    ru: 'В стенограмме нет отметок времени, поэтому фрагментам WebVTT не задать время: укажите время реплики в метке («Anna Petrova (00:01:23): …» или «[00:01:23] Anna Petrova: …»).',
  },
  'completion.turns': { en: '{0|turn|turns} · {1|word|words}', ru: '{0|реплика|реплики|реплик} · {1|слово|слова|слов}' },
  'completion.next': { en: 'likely next speaker', ru: 'вероятно, следующий' },
  'completion.role': { en: 'role label', ru: 'метка роли' },
  'completion.role-unused': { en: 'role label, not in this file yet', ru: 'метка роли, в файле пока нет' },
  'completion.section': { en: 'new section: separator, heading, first turn', ru: 'новый раздел: разделитель, заголовок, первая реплика' },
  'completion.section-heading': { en: 'Section heading', ru: 'Заголовок раздела' },
  'completion.section-speaker': { en: 'Speaker', ru: 'Спикер' },
  'hover.line': { en: 'line {0}', ru: 'строка {0}' },
  'hover.from-register': { en: 'from stenogram.speakers.json', ru: 'из stenogram.speakers.json' },
  'hover.from-lead': { en: 'as the lead names them', ru: 'как указано во вводной части' },
  'hover.from-label': { en: 'as the transcript’s label gives it', ru: 'как указано в метке спикера' },
  'hover.unknown-speaker': {
    en: 'Neither the lead nor stenogram.speakers.json says who this is.',
    ru: 'Ни вводная часть, ни stenogram.speakers.json не говорят, кто это.',
  },
  'hover.speaker-numbers': {
    en: '{0|turn|turns} · {1|word|words} · {2} of the words',
    ru: '{0|реплика|реплики|реплик} · {1|слово|слова|слов} · {2} всех слов',
  },
  'hover.first-last': { en: 'First turn: {0} · last turn: {1}', ru: 'Первая реплика: {0} · последняя: {1}' },
  'hover.only-turn': { en: 'Only turn: {0}', ru: 'Единственная реплика: {0}' },
  'hover.other-forms': { en: 'Also written: {0}', ru: 'Также записан как: {0}' },
  'hover.turn-time': { en: 'This turn starts at {0} in the recording', ru: 'Начало реплики в записи: {0}' },
  'hover.time-after': { en: '{0} after the previous turn’s time', ru: 'через {0} после времени предыдущей реплики' },
  'hover.time-before': { en: '{0} before the previous turn’s time', ru: 'на {0} раньше времени предыдущей реплики' },
  'hover.time-first': { en: 'The first time in the transcript', ru: 'Первое время в стенограмме' },
  'hover.play': { en: 'Play from here', ru: 'Воспроизвести отсюда' },
  'hover.date-invalid': { en: '“{0}” is not a real date ({1}).', ru: '«{0}» — не настоящая дата ({1}).' },
  'hover.title-numbers': {
    en: '{0|turn|turns} · {1|speaker|speakers} · {2|word|words} · {3|section|sections}',
    ru: '{0|реплика|реплики|реплик} · {1|спикер|спикера|спикеров} · {2|слово|слова|слов} · {3|раздел|раздела|разделов}',
  },
  'hover.speaking-time': {
    en: 'Speaking time: about {0} (at {1} words a minute)',
    ru: 'Время выступлений: около {0} (при {1} словах в минуту)',
  },
  'hover.hours-minutes': { en: '{0} h {1} min', ru: '{0} ч {1} мин' },
  'hover.minutes': { en: '{0} min', ru: '{0} мин' },
  'hover.site': { en: 'Site: {0}', ru: 'Сайт: {0}' },
  'hover.language-en': { en: 'Language version: English', ru: 'Языковая версия: английская' },
  'hover.language-ru': { en: 'Language version: Russian', ru: 'Языковая версия: русская' },
  'hover.document-id': { en: 'Document id: {0}', ru: 'Номер документа: {0}' },
  'hover.no-document-id': { en: 'No document id in the address', ru: 'В адресе нет номера документа' },
  'hover.print-version': { en: 'The print (“copy”) version', ru: 'Версия для печати («copy»)' },
  'hover.web-version': { en: 'The web page, not the print version', ru: 'Веб-страница, не версия для печати' },
  'hover.mark-insertion': {
    en: 'the editor’s insertion: words added for clarity, not said by the speaker.',
    ru: 'вставка редактора: слова, добавленные для ясности, которых спикер не произносил.',
  },
  'hover.mark-remark': {
    en: 'a remark: what happened in the room (laughter, applause, a gesture), not speech.',
    ru: 'ремарка: что происходило в зале (смех, аплодисменты, жест), а не речь.',
  },
  'hover.mark-omission': {
    en: 'an omission: a passage left out of the published text.',
    ru: 'пропуск: часть текста, не вошедшая в публикацию.',
  },
  'outline.header': { en: 'Header', ru: 'Заголовок' },
  'outline.lead': { en: 'Lead', ru: 'Вводная часть' },
  'outline.section': { en: 'Section', ru: 'Раздел' },
  'outline.turns': { en: '{0|turn|turns}', ru: '{0|реплика|реплики|реплик}' },
  'stats.speaker': { en: 'Speaker', ru: 'Спикер' },
  'stats.turns': { en: 'Turns', ru: 'Реплики' },
  'stats.words': { en: 'Words', ru: 'Слова' },
  'stats.share': { en: 'Share', ru: 'Доля' },
  'stats.total': { en: 'Total', ru: 'Итого' },
  'stats.tradition.detected': { en: 'Tradition: {0} (detected)', ru: 'Традиция: {0} (определена по тексту)' },
  'stats.tradition.named': { en: 'Tradition: {0} (--tradition)', ru: 'Традиция: {0} (--tradition)' },
  'codeLens.summary': {
    en: '{0|turn|turns} · {1|speaker|speakers} · {2|word|words}',
    ru: '{0|реплика|реплики|реплик} · {1|спикер|спикера|спикеров} · {2|слово|слова|слов}',
  },
  'codeLens.tooltip': { en: 'Show the statistics of this transcript', ru: 'Показать статистику стенограммы' },
  'html.untitled': { en: 'Transcript', ru: 'Стенограмма' },
  'html.contents': { en: 'Contents', ru: 'Содержание' },
  'html.section': { en: 'Section {0}', ru: 'Раздел {0}' },
  'html.speakers': { en: 'Speakers', ru: 'Спикеры' },
  'html.speaker-numbers': { en: '{0|turn|turns} · {1|word|words}', ru: '{0|реплика|реплики|реплик} · {1|слово|слова|слов}' },
  'html.source': { en: 'Source', ru: 'Источник' },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageId = keyof typeof MESSAGES;

/** Why a date line is not a real date, in the user's language: `month 13`, `месяц 13`. */
export function dateReason(locale: Locale, invalid: { field: 'month' | 'day' | 'hour' | 'minute' | 'second'; value: number; daysInMonth?: number }): string {
  return message(locale, `date.${invalid.field}`, invalid.value, invalid.daysInMonth ?? '');
}

export function localeOf(tag: string | undefined): Locale {
  return tag && /^ru\b/i.test(tag) ? 'ru' : 'en';
}

const pluralRules = { en: new Intl.PluralRules('en'), ru: new Intl.PluralRules('ru') };
const numberFormats = { en: new Intl.NumberFormat('en-GB'), ru: new Intl.NumberFormat('ru-RU') };

/** Fill `{0}` with an argument, and `{0|turn|turns}` (English: one|other) or
 *  `{0|реплика|реплики|реплик}` (Russian: one|few|many) with a number and the word that agrees. */
export function message(locale: Locale, id: MessageId, ...args: (string | number)[]): string {
  return fillTemplate(locale, MESSAGES[id][locale], args);
}

/** `template` with its `{0}` and `{0|turn|turns}` filled from `args` (the CLI's own messages use it too). */
export function fillTemplate(locale: Locale, template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)((?:\|[^|{}]+)*)\}/g, (_, i: string, forms: string) => {
    const value = args[Number(i)];
    if (!forms) return String(value ?? '');
    const n = typeof value === 'number' ? value : Number(value);
    const words = forms.slice(1).split('|');
    const category = pluralRules[locale].select(n);
    const word = locale === 'ru' ? (category === 'one' ? words[0] : category === 'few' ? words[1] : (words[2] ?? words[1])) : category === 'one' ? words[0] : words[1];
    return `${numberFormats[locale].format(n)} ${word}`;
  });
}

/** Every message id with both languages — a test keeps the two in step. */
export function allMessages(): Record<string, Record<Locale, string>> {
  return MESSAGES;
}
