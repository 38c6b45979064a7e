// User-facing strings of the server and the CLI, in English and Russian. The language comes from
// VS Code's display language (`initialize.locale`) or, in the CLI, from LANG / --lang.

export type Locale = 'en' | 'ru';

const MESSAGES = {
  'header-date-invalid': {
    en: 'The date line “{0}” is not a real date or time ({1}).',
    ru: 'Строка даты «{0}» не является правильной датой или временем ({1}).',
  },
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
  'turn-empty': {
    en: 'The turn of “{0}” has no text.',
    ru: 'У реплики «{0}» нет текста.',
  },
  'mark-unclosed': {
    en: '“{0}” is opened here and not closed on this line.',
    ru: '«{0}» открыта здесь и не закрыта в этой строке.',
  },
  'label-tooltip-artefact': {
    en: 'The label “{0}” carries a scraped tooltip (“{1}”): the published form is “{0}:”.',
    ru: 'В метке «{0}» осталась всплывающая подсказка («{1}»): публикуемая форма — «{0}:».',
  },
  'outline.header': { en: 'Header', ru: 'Заголовок' },
  'outline.lead': { en: 'Lead', ru: 'Вводная часть' },
  'outline.section': { en: 'Section', ru: 'Раздел' },
  'outline.turns': { en: '{0} turns', ru: 'реплик: {0}' },
  'stats.speaker': { en: 'Speaker', ru: 'Спикер' },
  'stats.turns': { en: 'Turns', ru: 'Реплики' },
  'stats.words': { en: 'Words', ru: 'Слова' },
  'stats.share': { en: 'Share', ru: 'Доля' },
  'stats.total': { en: 'Total', ru: 'Итого' },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageId = keyof typeof MESSAGES;

export function localeOf(tag: string | undefined): Locale {
  return tag && /^ru\b/i.test(tag) ? 'ru' : 'en';
}

export function message(locale: Locale, id: MessageId, ...args: (string | number)[]): string {
  const template: string = MESSAGES[id][locale];
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** Every message id with both languages — a test keeps the two in step. */
export function allMessages(): Record<string, Record<Locale, string>> {
  return MESSAGES;
}
