// Random transcripts for the property tests, built from the pieces of the format (FORMAT.md): a
// title, a date line, a place, lead paragraphs, `* * *` separators and headings, turns with labels of
// every form (well-formed and malformed), prose with colons, editorial marks, a source URL — joined
// by LF, CRLF or CR (uniformly or mixed), with a BOM or not, and sprinkled with what real files and
// editors bring: U+00A0, tabs, control characters, lone surrogates, astral and right-to-left text,
// zero-width characters, and now and then a line of 100,000 characters.
import fc from 'fast-check';

/** Lone surrogates, control characters, invisible and unusual white space, a BOM in the middle. */
export const ODD_CHARS = [
  '\u00A0', '\t', '\u0000', '\u0001', '\u0007', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029',
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFEFF', '\u200B', '\u200D', '\u200E', '\u202E', '\u2066', '\u3000', '\u2009',
  '\u0301', '\uFFFD', '\uFFFF', '😀', '👨‍👩‍👧', '𝔄', 'ё', 'Ё', 'ß', 'ﬁ', 'İ', 'ı', 'Σ', 'ς', 'א', 'ع', '中', ':', '：', ' ', '\r', '\n',
] as const;

const oddChar = fc.constantFrom(...ODD_CHARS);

/** Any single UTF-16 code unit, lone surrogates included. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Short junk: a mix of odd characters, any code units and any printable graphemes. */
export const junk = fc
  .array(fc.oneof({ weight: 3, arbitrary: oddChar }, { weight: 2, arbitrary: codeUnit }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) }), {
    maxLength: 6,
  })
  .map((xs) => xs.join(''));

const space = fc.constantFrom(' ', ' ', ' ', '\u00A0', '  ', '\t', '\u00A0 ', '');

// Speaker labels, one list per form of the FORMAT.md table, then the malformed ones users want caught.
const INITIALS = ['В.Путин', 'Н.Назарбаев', 'Р.Т.Эрдоган', 'А.Кара-Мурза', 'В.Соколов', 'Н.Абдуллаев', 'М.Диас-Канель Бермудес', 'A. Repik', 'В. Путин', 'Р. Т. Эрдоган'];
const NAMES = ['Си Цзиньпин', 'Ким Чен Ын', 'Мин Аун Хлайн', 'Ван И', 'Vladimir Putin', 'Dmitry Peskov', 'Anna Hale', 'Peter\u00A0Lund'];
const ROLE_NAMES = [
  'President of Russia Vladimir Putin',
  'Russian Science Foundation General Director Alexander Khlunov',
  'Direct line host Maria Morgun',
  'Sergei Agafonov, Editor in Chief of Ogonyok magazine',
  'Dmitry, Moscow',
];
const ROLES = ['Вопрос', 'Реплика', 'Голос из зала', 'Ведущий', 'Question', 'Remark', 'Response', 'Question from Perm Territory'];
const TRANSLATED = ['Э.Макрон (как переведено)', 'Emmanuel Macron (retranslated)', 'Ж.Моро (как переведено)'];
const OTHER_FORMS = ['Путин В.В.', 'Соколов В.В.', 'DEPUTY CHIEF OF STAFF DMITRY PESKOV', 'С.Кравцов Кравцов Сергей Сергеевич Министр просвещения'];
/** `в.путин`, `B.Путин` (Latin B), `В.Пути` (near miss), `vladimir putin`. */
const MALFORMED = ['в.путин', 'B.Путин', 'В.Пути', 'vladimir putin', 'в. соколов', 'Н.Абдуллаев Абдуллаев', 'В.путин'];

/** Every label form of FORMAT.md, and the malformed ones. */
export const labelName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INITIALS) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...ROLE_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...ROLES) },
  { weight: 1, arbitrary: fc.constantFrom(...TRANSLATED) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_FORMS) },
  { weight: 2, arbitrary: fc.constantFrom(...MALFORMED) },
);

/** What stands between a label and its text: `: `, and the malformed `:`, ` : `, `::`, `：`, none. */
const labelGlue = fc.constantFrom(': ', ': ', ': ', ':\u00A0', ':', ' : ', ' :', ':: ', '::', '： ', ' ', ':\t', ': ');

const WORDS_RU = ['Уважаемый', 'Нурсултан', 'Абишевич', 'спасибо', 'мост', 'дорога', 'Москва', 'Кремль', 'коллеги', 'вопрос', 'проект', '2017', 'года', '–', '«ёлочки»', '…'];
const WORDS_EN = ['Thank', 'you', 'Mr', 'President', 'bridge', 'the', 'road', 'colleagues', 'question', '“quote”', 'don’t', '—', 'Note'];

const word = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS_RU) }, { weight: 2, arbitrary: fc.constantFrom(...WORDS_EN) });

/** Prose, with what makes labels hard to tell: colons early, time stamps, URLs, list items, marks. */
const MARKS = ['[космодрому]', '(Смех.)', '(Аплодисменты.)', '(Laughter.)', '&lt;…&gt;', '<…>', '[…]', '(…)', '…', '[', '(', '<', '&lt;', ']', ')', '&gt;', '(Обращаясь к Е.Корочкиной.)'];
const PROSE_OPENERS = ['Всем нам известно:', 'Повестка дня:', 'Note:', 'В 12:40', 'http://kremlin.ru', '1)', '–', 'Т.Гараев – министр', 'т.е. это:', 'г. Казань:', 'Л.Толстой «Война и мир».'];

export const prose = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: word },
      { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
      { weight: 1, arbitrary: fc.constantFrom(...PROSE_OPENERS) },
      { weight: 1, arbitrary: labelName.map((l) => `${l}:`) },
      { weight: 1, arbitrary: junk },
    ),
    { maxLength: 14 },
  )
  .chain((ws) => fc.array(space, { minLength: ws.length, maxLength: ws.length }).map((sp) => ws.map((w, i) => w + sp[i]).join('')))
  .map((s) => s.replace(/[\r\n]/g, ' '));

/** Times in a label: in order, out of it, with a fraction, and not real (`00:02:75`). */
const TIMES = ['(00:00:05)', '(00:01:23)', '(00:01:10)', '[00:02:75]', '(1:23)', '[00:75:00]', '(00:01:23,5)', '(99:59:59)'];

const DATES = ['2017-12-27 12:40:00', '2023-04-11 09:00:00', '2017-13-45 25:00:00', '2020-02-30 10:00:00', '2021-06-02', '2021-6-2 9:05', '2024-02-29 23:59:59', '0000-00-00 00:00:00'];

/** A line of a given kind; `kind` names it for readable counterexamples. */
export interface Piece {
  kind: string;
  text: string;
  /** For a line that starts with a speaker: which of the document's cast speaks (past its end: `label`). */
  who?: number;
  label?: string;
}

const piece = (kind: string, text: fc.Arbitrary<string>): fc.Arbitrary<Piece> => text.map((t) => ({ kind, text: t }));

/** 100,000-character lines of the shapes that make scanners quadratic: brackets, colons, labels. */
const LONG_LINES: (() => string)[] = [
  () => '('.repeat(100_000),
  () => '['.repeat(50_000) + ']'.repeat(50_000),
  () => 'В.Путин: ' + 'слово '.repeat(16_000),
  // 10,000 only: turn-embedded-label scans back from each colon to the word start, so a long word of
  // colons is quadratic (100,000 characters take 25 s; reported under issue #9, resource limits).
  () => 'a:'.repeat(5_000),
  () => '&lt;'.repeat(25_000),
  () => '<'.repeat(100_000),
  () => 'В.Путин В.Путин: '.repeat(6_000),
  () => 'Спасибо. Н.Назарбаев: Спасибо. '.repeat(3_300),
  () => '\u00A0'.repeat(100_000),
  () => '😀'.repeat(50_000),
  () => 'А'.repeat(100_000) + ':',
];

const longLine: fc.Arbitrary<Piece> = fc.integer({ min: 0, max: LONG_LINES.length - 1 }).map((i) => ({ kind: `long ${i}`, text: LONG_LINES[i]() }));

/** One line of a transcript. */
export const line: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 4, arbitrary: piece('blank', fc.constantFrom('', '', ' ', '\u00A0', '\t', '  \u00A0')) },
  { weight: 1, arbitrary: piece('title', fc.constantFrom('Встреча с Президентом Казахстана Нурсултаном Назарбаевым', 'Meeting with Russian Science Foundation', 'Заседание комиссии')) },
  { weight: 1, arbitrary: piece('date', fc.tuple(fc.constantFrom(...DATES), space).map(([d, s]) => d + s)) },
  { weight: 1, arbitrary: piece('place', fc.constantFrom('Москва, Кремль', 'Paris', 'Ново-Огарёво, Московская область')) },
  {
    weight: 2,
    arbitrary: piece(
      'lead',
      fc.constantFrom(
        'Состоялась встреча Владимира Путина с Президентом Казахстана Нурсултаном Назарбаевым.',
        'Вместе с губернатором Ириной Лебедевой на вопросы отвечали Рустам Гайнуллин и Алексей Кара-Мурзаев.',
        'Vladimir Putin met with Emmanuel Macron’s adviser Anna Hale.',
        'Выступление Валентины Путиной.',
      ),
    ),
  },
  { weight: 1, arbitrary: piece('separator', fc.constantFrom('* * *', '***', ' *\u00A0*\u00A0* ', '* * * *')) },
  {
    weight: 10,
    arbitrary: fc.record({ who: fc.nat(5), label: labelName, glue: labelGlue, text: prose }).map((r) => ({ kind: 'turn', who: r.who, label: r.label, text: r.glue + r.text })),
  },
  {
    // `Anna Hale (00:01:23): …`, as speech-to-text exports write turns; times out of order and out of range.
    weight: 2,
    arbitrary: fc
      .record({ who: fc.nat(5), label: labelName, time: fc.constantFrom(...TIMES), text: prose })
      .map((r) => ({ kind: 'timed turn', who: r.who, label: r.label, text: ` ${r.time}: ${r.text}` })),
  },
  { weight: 6, arbitrary: piece('prose', prose) },
  {
    weight: 1,
    arbitrary: fc
      .record({ who: fc.nat(5), label: fc.constantFrom(...INITIALS, ...NAMES), space, text: prose })
      .map((r) => ({ kind: 'missing colon', who: r.who, label: r.label, text: `${r.space || ' '}${r.text}` })),
  },
  { weight: 1, arbitrary: piece('embedded label', fc.tuple(prose, fc.constantFrom(...INITIALS, ...NAMES), prose).map(([a, l, b]) => `${a} спасибо. ${l}: ${b}`)) },
  { weight: 1, arbitrary: piece('source', fc.constantFrom('http://kremlin.ru/events/president/news/copy/56509', 'https://en.kremlin.ru/events/president/news/56509/print', 'http://x', 'https://')) },
  { weight: 1, arbitrary: piece('junk', junk) },
);

/** Line terminators: one for the whole document (most files), or mixed line by line. */
const EOLS = ['\n', '\r\n', '\r'] as const;

export interface GeneratedDocument {
  text: string;
  /** How it was built, for a readable counterexample. */
  pieces: string[];
}

/** Insert `junk` at a few places of `text` (between any two code units: a CRLF or a surrogate pair may split). */
function sprinkle(text: string, inserts: { at: number; what: string }[]): string {
  let out = text;
  for (const { at, what } of inserts) {
    const i = Math.floor(at * (out.length + 1));
    out = out.slice(0, i) + what + out.slice(i);
  }
  return out;
}

export interface DocumentOptions {
  /** Allow a 100,000-character line now and then (the default). */
  longLines?: boolean;
  maxLines?: number;
}

/** A whole transcript: a header, a body and a source line in the usual order, or lines in any order. */
export function documentArb(options: DocumentOptions = {}): fc.Arbitrary<string> {
  const maxLines = options.maxLines ?? 30;
  const lines = fc.array(options.longLines === false ? line : fc.oneof({ weight: 60, arbitrary: line }, { weight: 1, arbitrary: longLine }), {
    maxLength: maxLines,
    size: 'max',
  });
  return fc
    .record({
      bom: fc.boolean(),
      /** The speakers of this document: turns mostly go to them, so speakers speak more than once. */
      cast: fc.array(labelName, { minLength: 1, maxLength: 4 }),
      ordered: fc.boolean(),
      header: fc.subarray(['title', 'blank', 'date', 'blank', 'place', 'blank'] as const),
      lines,
      eol: fc.oneof(fc.constantFrom(...EOLS), fc.constant('mixed' as const)),
      mixed: fc.array(fc.constantFrom(...EOLS), { minLength: maxLines + 8, maxLength: maxLines + 8 }),
      trailingEol: fc.boolean(),
      inserts: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), what: junk }), { maxLength: 3 }),
    })
    .map((d) => {
      const header = d.ordered
        ? d.header.map((kind) =>
            kind === 'title' ? 'Встреча с Президентом Казахстана' : kind === 'date' ? '2017-12-27 12:40:00' : kind === 'place' ? 'Москва, Кремль' : '',
          )
        : [];
      const all = [...header, ...d.lines.map((l) => (l.label === undefined ? l.text : (d.cast[l.who!] ?? l.label) + l.text))];
      let text = d.bom ? '\uFEFF' : '';
      all.forEach((l, i) => {
        const eol = d.eol === 'mixed' ? d.mixed[i % d.mixed.length] : d.eol;
        text += l + (i < all.length - 1 || d.trailingEol ? eol : '');
      });
      return sprinkle(text, d.inserts);
    });
}

/** A document without 100,000-character lines, for properties that run a feature at many positions. */
export const smallDocument = documentArb({ longLines: false, maxLines: 24 });

/** Any string at all: any UTF-16 code units in any order. */
export const anyText = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...ODD_CHARS, 'В', '.', 'П', 'у', 'т', 'и', 'н', ':', ' ', '*', 'h', 't', 'p', '/', '[', '(', ')', ']', '<', '>', '&'), maxLength: 200 }),
);

/** Where a request points: an abstract place (fractions) resolved against the text, or somewhere past its end. */
export interface PositionChoice {
  line: number;
  character: number;
  /** When true, `line`/`character` are fractions of the document (always inside it). */
  inside: boolean;
}

export const positionChoice: fc.Arbitrary<PositionChoice> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      line: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      character: fc.double({ min: 0, max: 1, noNaN: true }),
      inside: fc.constant(true),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      line: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(-1, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER)),
      character: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constantFrom(-1, 2 ** 31 - 1)),
      inside: fc.constant(false),
    }),
  },
);

/** An edit of the document, resolved against its text when applied: where, how much, what. */
export interface EditChoice {
  /** Fraction of the text where the edit starts. */
  at: number;
  /** Fraction of the rest of the text that it replaces (0: an insertion). */
  length: number;
  text: string;
  /** Send the whole text instead of a range (a full-document change event). */
  full: boolean;
}

/** Text typed or pasted: a character, a line break (any kind, or half a CRLF), a label, a whole line. */
export const insertion = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'В', '.', ':', ' ', '\u00A0', '*', '[', ')', '\n', '\r', '\r\n', '😀', '\uD800', '\uDC00', '\uFEFF') },
  { weight: 2, arbitrary: labelName.map((l) => `${l}: `) },
  { weight: 2, arbitrary: line.map((l) => l.text + '\n') },
  { weight: 1, arbitrary: prose },
  { weight: 1, arbitrary: junk },
  { weight: 2, arbitrary: fc.constant('') },
);

export const editChoice: fc.Arbitrary<EditChoice> = fc.record({
  // fast-check's doubles crowd at the ends (edges matter); evenly spread positions reach the middle
  // of a document, inside its turns, where the server splices edits into the previous model.
  at: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_001)),
  length: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.05, noNaN: true })),
  text: insertion,
  full: fc.oneof({ weight: 15, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});

/** One didChange: one or more content changes, each applying to the result of the one before. */
export const changeEventArb = fc.array(editChoice, { minLength: 1, maxLength: 3 });

/** A sequence of didChange notifications on a starting document. */
export const editSequenceArb = fc.record({
  start: documentArb({ longLines: false, maxLines: 16 }),
  events: fc.array(changeEventArb, { minLength: 1, maxLength: 8 }),
});

/** Labels and titles that would do harm if a client rendered them as markdown or HTML, or ran them. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[click](command:workbench.action.terminal.new)',
  '[x](javascript:alert(1))',
  '![x](https://attacker.example/p.png)',
  '**bold** _em_ `code`',
  '$(alert) $(zap~spin)',
  '&lt;b&gt; &amp; &#x3C;',
  '\u202Eevil\u202C',
  '${1:snippet} $0 ${TM_FILENAME}',
  '<a href="command:stenogram.nextTurn">x</a>',
  '# Heading\n---',
  '| a | b |',
  '\\*escaped\\*',
];
