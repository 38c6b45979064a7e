// kremlin.ru and en.kremlin.ru: `В.Путин: …`, `Vladimir Putin: …`, a role before the name on a first
// appearance (`President of Russia Vladimir Putin: …`), `Вопрос:` / `Question:`. The labels
// labels.ts reads; nothing else is this tradition's own.
import { tradition } from './types';

export const kremlin = tradition({
  id: 'kremlin',
  name: { en: 'kremlin.ru', ru: 'kremlin.ru' },
  example: 'В.Путин: Уважаемые коллеги! Добрый день.',
  shapes: ['title-name', 'the-role', 'name-affiliation', 'generic-speaker', 'timestamp'],
  roles: [],
  cues: [
    // `В.Путин:`, `Р.Т.Эрдоган:`, `Путин В.В.:`
    /^[А-ЯЁ]\.(?:[А-ЯЁ]\.)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?: \([^)]{1,40}\))? ?:/,
    /^[А-ЯЁ][а-яё]+ [А-ЯЁ]\.[А-ЯЁ]\.:/,
    /^(?:President of\s+Russia )?Vladimir\s+Putin(?: \([^)]{1,60}\))?:/,
    /^(?:Вопрос|Реплика|Question|Remark):/,
    /^https?:\/\/(?:en\.)?kremlin\.ru\//,
  ],
});
