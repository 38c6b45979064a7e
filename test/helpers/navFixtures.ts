// The nav-*.transcript fixtures the navigation and speaker tests share, parsed once, with their
// zero-based line numbers shown where positions matter.
import type { TranscriptSource } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { readFixture } from './fixtures';

/*
nav-meeting.transcript
 0 Встреча с Президентом Казахстана Нурсултаном Назарбаевым
 2 2017-12-27 12:40:00
 4 Москва, Кремль
 6 Состоялась встреча Владимира Путина с Президентом Казахстана Нурсултаном Назарбаевым.
 7 Переговоры продолжились в расширенном составе.
 8 * * *
 9 Стенограмма начала встречи
10 В.Путин: Уважаемый Нурсултан Абишевич! Рад вас видеть. Как доехали?
11 Мне очень приятно иметь возможность поговорить.
12 Н.Назарбаев: Спасибо, Владимир Владимирович.
13 В.Путин: Пожалуйста.
14 С.Лавров: Позвольте добавить.
15 Н.Назарбаев: Конечно. Как говорит В.Путин, работы много.
16 * * *
17 В.Путин: Продолжим.
18 Н.Назарбаев: Да.
19 Второй абзац.
21 http://kremlin.ru/events/president/news/copy/56509
22 (empty: the file ends with a line break)
*/
export const MEETING_TEXT = readFixture('nav-meeting.transcript');
export const MEETING = parseTranscript(MEETING_TEXT);
export const MEETING_URI = 'file:///w/nav-meeting.transcript';
export const MEETING_SOURCE: TranscriptSource = { uri: MEETING_URI, transcript: MEETING };

/*
nav-en.transcript
 0 Meeting with the Council
 2 2024-03-05 15:00:00
 4 Peter Lund met members of the Council.
 5 * * *
 6 President of the Council Anna Hale: Good afternoon, colleagues.
 7 Peter Lund: Thank you. Anna Hale has said it all.
 8 Anna Hale: Let us begin.
*/
export const EN_TEXT = readFixture('nav-en.transcript');
export const EN = parseTranscript(EN_TEXT);

/*
nav-dialogue.transcript
 0 Н.Абдуллаев: Доброе утро.
 1 В.Соколов: Начнём.
 2 Н.Абдуллаев: Хорошо.
 3 В.Соколов: Первый вопрос.
 4 К.Лаптева: Можно мне?
 5 В.Соколов: Да, пожалуйста.
 6 (empty)
*/
export const DIALOGUE_TEXT = readFixture('nav-dialogue.transcript');
export const DIALOGUE = parseTranscript(DIALOGUE_TEXT);
