// The source of syntaxes/transcript.tmLanguage.json. Regenerate after changing this file or the word
// lists of the server's label recogniser:
//
//   npx tsx syntaxes/transcript.grammar.ts
//
// The grammar is the one place besides server/src/transcript/ that knows label shapes (STYLE.md), so
// the word lists are read from the server's own source (labelWords.ts, parse.ts) rather than copied:
// test/grammar/generated.test.ts fails when the committed JSON is not what this file makes from them.
//
// Two rules keep it in step with the server and fast:
// - A label scope only where the server's `matchLabel` also sees a label (the grammar may miss one —
//   semantic tokens from the server add it — but must never colour prose as a speaker). So every
//   class and test below mirrors one in labels.ts or labelWords.ts, or is narrower.
// - Linear time on any line: every pattern is anchored (`^`), bounded, or a single pass of one
//   character class up to a delimiter; nothing nests without a fixed depth.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const LABEL_WORDS_TS = join(ROOT, 'server', 'src', 'transcript', 'labelWords.ts');
const PARSE_TS = join(ROOT, 'server', 'src', 'transcript', 'parse.ts');
const TRADITION_LABELS_TS = join(ROOT, 'server', 'src', 'transcript', 'traditionLabels.ts');
const TRADITIONS_DIR = join(ROOT, 'server', 'src', 'transcript', 'traditions');
const WORDS_TS = join(TRADITIONS_DIR, 'words.ts');
export const GRAMMAR_JSON = join(__dirname, 'transcript.tmLanguage.json');

// ---------------------------------------------------------------------------------------------
// Word lists, read from the server's source.

function sourceOf(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The string literals of `const NAME = new Set([...])` in `source`. */
function setLiteral(source: string, name: string, file: string): string[] {
  const m = new RegExp(`const ${name}(?::[^=]*)? = new Set\\(\\[([\\s\\S]*?)\\]\\);`).exec(source);
  if (!m) throw new Error(`${file}: \`const ${name} = new Set([...])\` not found; update syntaxes/transcript.grammar.ts`);
  const words = stringLiterals(m[1]);
  if (words.length === 0) throw new Error(`${file}: ${name} is empty`);
  return words;
}

/** The string literals in a stretch of source. */
function stringLiterals(text: string): string[] {
  return [...text.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)].map((w) => (w[1] ?? w[2]).replace(/\\(.)/g, '$1'));
}

/** The alternatives of the first `(?:a|b|c)` group in the regex literal `const NAME = /…/`. */
function regexAlternatives(source: string, name: string, file: string, group = 0): string[] {
  const m = new RegExp(`const ${name} =\\s*/(.*)/[a-z]*;`).exec(source);
  if (!m) throw new Error(`${file}: \`const ${name} = /…/\` not found; update syntaxes/transcript.grammar.ts`);
  const groups = [...m[1].matchAll(/\(\?:([^()]*)\)/g)];
  if (!groups[group]) throw new Error(`${file}: ${name} has no group ${group}`);
  return groups[group][1].split('|');
}

export interface WordLists {
  roles: string[];
  functionWords: string[];
  nonPersonLastWords: string[];
  particles: string[];
  translationNotes: string[];
  roleFromHeads: string[];
  roleFromLinks: string[];
  remarkWords: string[];
  /** traditions/words.ts: `Mr`, `Chairman`, `Attorney`, `General` … (a title is a run of them). */
  titleWords: string[];
  /** traditions/words.ts: what follows `The` in `The Witness`. */
  theRoleWords: string[];
  /** traditions/words.ts: `de`, `van`, `al` … inside a name after a title. */
  nameParticles: string[];
  /** traditions/words.ts GENERIC_SPEAKERS: `Speaker`, `Participant` … before a number or a letter. */
  genericSpeakers: string[];
  /** Every tradition's own role words (`roles` in traditions/*.ts): a label made of one is a role in
   *  that tradition and a person's label in the others, so the grammar colours it as neither. */
  traditionRoles: string[];
  /** traditionLabels.ts TS: `1:23`, `00:01:23`, `00:01:23.5`. */
  timestamp: string;
}

/** The role words of every tradition file (`roles: [...]`). */
function traditionRoles(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(TRADITIONS_DIR).sort()) {
    if (!name.endsWith('.ts') || ['index.ts', 'types.ts', 'words.ts'].includes(name)) continue;
    const file = join(TRADITIONS_DIR, name);
    const m = /\broles:\s*\[([\s\S]*?)\]/.exec(sourceOf(file));
    if (!m) throw new Error(`${file}: \`roles: [...]\` not found; update syntaxes/transcript.grammar.ts`);
    out.push(...stringLiterals(m[1]));
  }
  return [...new Set(out)].sort();
}

/** The alternatives of GENERIC_SPEAKERS, after checking the shape around them is still the one the
 *  grammar writes out (`Speaker 1`, `Speaker A`). */
function genericSpeakers(source: string): string[] {
  const m = /const GENERIC_SPEAKERS = \/\^\(\?:([^()]*)\)\[ \\u00A0\]\(\?:\\d\{1,3\}\|\[A-Z\]\)\$\/;/.exec(source);
  if (!m) throw new Error(`${WORDS_TS}: GENERIC_SPEAKERS is no longer \`/^(?:…)[ \\u00A0](?:\\d{1,3}|[A-Z])$/\`; update syntaxes/transcript.grammar.ts`);
  return m[1].split('|');
}

/** traditionLabels.ts `const TS = String.raw\`…\``, with JavaScript's ASCII `\d` spelled out (Oniguruma's
 *  `\d` takes other scripts' digits too). */
function timestampPattern(source: string): string {
  const m = /const TS = String\.raw`([^`]*)`;/.exec(source);
  if (!m) throw new Error(`${TRADITION_LABELS_TS}: \`const TS = String.raw\`…\`\` not found; update syntaxes/transcript.grammar.ts`);
  // The prefix shape the grammar writes out (`timestampPrefix` below): checked, so a change there is seen.
  const prefix = 'const TS_PREFIX = new RegExp(String.raw`^(?:\\[(${TS})\\]|\\((${TS})\\)|(\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,3})?))[ \\t\\u00A0]+(?:[-–—][ \\t\\u00A0]+)?`);';
  if (!source.includes(prefix)) throw new Error(`${TRADITION_LABELS_TS}: TS_PREFIX is no longer \`${prefix}\`; update syntaxes/transcript.grammar.ts`);
  return m[1].replace(/\\d/g, '[0-9]');
}

export function readWordLists(): WordLists {
  const labelWords = sourceOf(LABEL_WORDS_TS);
  const parse = sourceOf(PARSE_TS);
  const words = sourceOf(WORDS_TS);
  return {
    roles: setLiteral(labelWords, 'ROLE_LABELS', LABEL_WORDS_TS),
    functionWords: setLiteral(labelWords, 'FUNCTION_WORDS', LABEL_WORDS_TS),
    nonPersonLastWords: setLiteral(labelWords, 'NON_PERSON_LAST_WORDS', LABEL_WORDS_TS),
    particles: setLiteral(labelWords, 'NAME_PARTICLES', LABEL_WORDS_TS),
    translationNotes: regexAlternatives(labelWords, 'TRANSLATION_NOTE', LABEL_WORDS_TS),
    roleFromHeads: regexAlternatives(labelWords, 'ROLE_FROM', LABEL_WORDS_TS, 0),
    roleFromLinks: regexAlternatives(labelWords, 'ROLE_FROM', LABEL_WORDS_TS, 1),
    remarkWords: regexAlternatives(parse, 'REMARK_WORDS', PARSE_TS),
    titleWords: setLiteral(words, 'TITLE_WORDS', WORDS_TS),
    theRoleWords: setLiteral(words, 'THE_ROLE_WORDS', WORDS_TS),
    nameParticles: setLiteral(words, 'NAME_PARTICLES', WORDS_TS),
    genericSpeakers: genericSpeakers(words),
    traditionRoles: traditionRoles(),
    timestamp: timestampPattern(sourceOf(TRADITION_LABELS_TS)),
  };
}

// ---------------------------------------------------------------------------------------------
// Character classes, as labelWords.ts, labels.ts and parse.ts define them.

/** JavaScript's `\s` (what `[\s\u00A0]` and `.trim()` mean in the server), without line breaks. */
const JS_SPACE = '\\t\\x{0B}\\f \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** The server's `WS`: `\s` plus U+200B, what label words are split on. */
const WORD_SPACE = `${JS_SPACE}\u200b`;
const SJ = `[${JS_SPACE}]`;
const SW = `[${WORD_SPACE}]`;
const UPPER = 'A-ZА-ЯЁ';
const LOWER = 'a-zа-яё';
/** labels.ts SENTENCE_MARKS: no label holds them. */
const SENTENCE_MARKS = '!?;«»“”„"…–—=+*/\\\\|<>{}\\[\\]@#$%^&~`';
/** traditionLabels.ts SPACE: what the tradition shapes split label words on. */
const TSPACE = ' \\t\u00a0\u2000-\u200b\u202f\u205f\u3000';
const TSP = `[${TSPACE}]`;

/** Capture groups 1, 2, … named in order, each scope in this grammar's `.transcript` namespace. */
function groups(...scopes: string[]): Record<number, { name: string }> {
  return Object.fromEntries(scopes.map((scope, i) => [i + 1, { name: `${scope}.transcript` }]));
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** `a|b|c` for a case-insensitive group, longest first so no alternative shadows a longer one. */
function alternation(words: readonly string[], space = `${SJ}+`): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => escape(w).replace(/ /g, space))
    .join('|');
}

/** A server regex fragment (`как\s+переведено`) in the grammar's classes. */
function fromServerRegex(fragment: string): string {
  return fragment.replace(/\\s/g, SJ);
}

// ---------------------------------------------------------------------------------------------

export function buildGrammar(lists: WordLists = readWordLists()): object {
  const END = `(?=${SW}|\\(|:)`; // a label word ends at white space, a note or the colon
  const capWord = `[${UPPER}][${UPPER}${LOWER}'’\\-]*+`; // labelWords.ts CAP_WORD
  const alWord = `(?:al|el|ad|as|ash|ar|an|at|az)-[A-Z][A-Za-z'’\\-]*+`; // `al-Assad`
  const initial = `[${UPPER}]\\.`; // labelWords.ts INITIAL
  // Capitalised function words open prose (`In Russia:`); a lone capital is a name word (`Ван И`).
  const longFunctionWords = lists.functionWords.filter((w) => w.length > 1);
  const notFunctionWord = `(?!(?i:${alternation(longFunctionWords)})${END})`;
  const nameWord = `(?:${alWord}|${notFunctionWord}${capWord})`; // labelWords.ts isCapWord
  const nameToken = `(?:${nameWord}|${initial}|(?i:${alternation(lists.particles)}))${END}`; // isNameToken
  // The first word of a name label is not a function word, not even a one-letter one (`В Москве:`).
  const firstWord = `(?!(?i:${alternation(lists.functionWords)})[,’']*${END})${nameWord}${END}`;
  const lastWord = `(?!(?i:${alternation(lists.nonPersonLastWords)})${END})${nameWord}${END}`;
  const translation = `\\((?i:${lists.translationNotes.map(fromServerRegex).join('|')})\\)`;
  const anyNote = `\\([^()${SENTENCE_MARKS}:\\n]*\\)`;
  /** A timestamp before the label, as traditionLabels.ts TS_PREFIX reads it in every tradition:
   *  `[00:01:23] Anna Lee:`, `(00:01:23) Anna Lee:`, `00:01:23 Anna Lee:`. */
  const timestampPrefix = `(?:(\\[${lists.timestamp}\\]|\\(${lists.timestamp}\\)|[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]{1,3})?)[ \\t\u00a0]++(?:[-–—][ \\t\u00a0]++)?)?`;
  /** The reporter marks of press briefings and examinations (`Q    So…`, `Q. Did you…`, `A: Yes`): a
   *  file of those traditions reads the line as the mark, whatever follows it (`A. Repik: …` too). */
  const notMark = `(?![QA][.:]?[${TSPACE}])`;
  /** Where a label's name ends: at its notes or its colon. */
  const headEnd = `(?=${TSP}*+[(:])`;
  /** Role words of some tradition (`Mr Speaker`, `The Witness`, `Moderator`): a role there, a person
   *  elsewhere; semantic tokens colour them by the file's tradition. A period may follow each word. */
  const traditionRole = `(?i:${[...new Set(lists.traditionRoles.map((r) => r.replace(/\./g, '')))]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((r) => r.split(' ').map((w) => `${escape(w)}\\.?`).join(`${TSP}++`))
    .join('|')})`;
  const notTraditionRole = `(?!${traditionRole}${headEnd})`;
  /** Up to 259 characters before the first colon (labels.ts MAX_LABEL_LENGTH), none of them a colon. */
  const start = `^\\x{FEFF}?${timestampPrefix}${notMark}(?=[^:\\n]{0,259}:)`;
  /** The colon and what the server checks around it: `http://` and `10:30` are never a label's. */
  const colon = '(:)(?!/)(?:(?<=[^0-9]:)|(?![0-9]))';
  /** A label shape that prose can take (`Vladimir Putin:`) needs what a real turn has: one colon, white
   *  space after it unless the line ends there, and no quotation opening the text (`Lipetsk, Yevgeny
   *  Zaitsev: “…”` is an SMS read out). */
  const weakColon = `(:)(?!:)(?:(?<=[^0-9]:)|(?![0-9]))(?=${SW}*+$|${SW}++[^${WORD_SPACE}“"«„‘'\\n])`;

  const speaker = 'entity.name.function.speaker.transcript';
  const timestamp = 'constant.numeric.time.timestamp.transcript';
  /** One to three notes after a name, as traditionLabels.ts reads affiliations: `(Russian Federation)
   *  (spoke in Russian)`, `(Holborn and St Pancras) (Lab)`. */
  const affiliation = `\\([^():\\n]*\\)`;
  const role = 'support.type.role.transcript';
  /**
   * One label rule: the name (with `innerGroups` capturing groups of its own), an optional note — a
   * translation note or, with `notes: 'any'`, any `(…)` the server reads as a note (`(ENI)`,
   * `(Answering a question …)`) — and the colon. `notes: 'translation-required'` is the form whose
   * translation note makes it a label.
   */
  const label = (
    form: 'speaker' | 'role',
    nameScope: string,
    name: string,
    innerGroups: number,
    notes: 'any' | 'translation-required' | 'affiliations',
    colonPart: string,
  ) => {
    const note =
      notes === 'any'
        ? `(?:${SW}*+(?:(${translation})|(${anyNote})))?`
        : notes === 'affiliations'
          ? `(?:${TSP}*+(?:(${translation})(?=${TSP}*+:)|(${affiliation}(?:${TSP}*+${affiliation}){0,2})))?`
          : `${SW}*+(${translation})()`;
    const n = 2 + innerGroups;
    return {
      match: `${start}(${name})${note}${notes === 'affiliations' ? TSP : SW}*+${colonPart}`,
      name: `meta.label.${form}.transcript`,
      captures: {
        1: { name: timestamp },
        2: { name: nameScope },
        [n + 1]: { name: 'entity.other.attribute-name.translation.transcript' },
        [n + 2]: { name: 'entity.other.attribute-name.note.transcript' },
        [n + 3]: { name: 'punctuation.separator.label.transcript' },
      },
    };
  };

  const roleWords = `(?i:${alternation(lists.roles)})`;
  // The server reads `Question from …` and `Вопрос из …`, not a head and a link in two scripts.
  const latin = (w: string) => /^[a-z]/i.test(w);
  const roleFromHead = [latin, (w: string) => !latin(w)]
    .map((script) => `(?i:${lists.roleFromHeads.filter(script).join('|')})${SJ}+(?i:${lists.roleFromLinks.filter(script).join('|')})`)
    .join('|');
  const roleFrom = `(?:${roleFromHead})(?:${SJ}++[^${JS_SPACE}:()${SENTENCE_MARKS}\\n]++)++`; // `Question from:` is no label
  // Group 3 is the surname: the word after it may not repeat it (`С.Кравцов Кравцов Сергей … :` is a
  // scraped tooltip, whose name is only `С.Кравцов`).
  const initialsName = `(?:${initial}${SJ}?){1,3}(${nameWord})${END}(?:${SW}++(?!\\3${END})${nameToken}(?:${SW}++${nameToken}){0,2})?`;
  // The name ends at the last initial's period: a space after it is before the note or colon.
  const surnameInitials = `[${UPPER}][${UPPER}${LOWER}'’\\-]++${SJ}++${initial}(?:${SJ}?${initial})?`;
  const tnEnd = `(?=[${TSPACE}(:])`;
  const tnWord = `(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’\\-]*+|(?i:${alternation(lists.nameParticles)}))${tnEnd}`;
  const titleWord = `(?=\\p{Lu})(?i:(?:${alternation(lists.titleWords.filter((w) => w.length <= 4))})\\.?|${alternation(lists.titleWords.filter((w) => w.length > 4))})${TSP}++`;
  // A parliament file reads `Adnan Z. Amin: …` as the surname-initials label `Adnan Z.` and its speech.
  const notSurnameInitials = `(?!\\p{Lu}[\\p{L}\\p{M}'’\\-]*+[ \u00a0]++\\p{Lu}\\.(?:[ \u00a0]?\\p{Lu}\\.)?[${TSPACE}]++[\\p{Lu}«“"„—–(])`;
  // A hearing reads `Deputy JEAN-PIERRE Speaker SPEAKER: …` as `Deputy JEAN-PIERRE` and its speech (a
  // title and a surname in capitals, no terminator: `Mr. COHEN Can I ask…`).
  const notUnterminated = `(?!(?:${titleWord}){1,4}+(?:(?i:${alternation(lists.nameParticles)})${TSP}++){0,3}(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’]|D['’])?\\p{Lu}[\\p{Lu}\\p{M}'’\\-])`;
  const plainName = `${notSurnameInitials}${notUnterminated}(?=[${UPPER}])${firstWord}(?:${SW}++${nameToken}){0,3}${SW}++${lastWord}`;

  // The shapes traditionLabels.ts reads in every tradition (classifyHead), as it reads them.
  /** `Mr. NORTH`, `MS. JEAN-PIERRE`, `Attorney General MEESE`, `Dr. A. Smith`, `Mr. de Gaulle`: one to
   *  four title words, then one to four name words, the last no particle and no title. */
  const titleName =
    `${notTraditionRole}(?:${titleWord}){1,4}+(?:${tnWord}${TSP}++){0,3}` +
    `(?!(?i:${alternation([...lists.nameParticles, ...lists.titleWords])})\\.?${tnEnd})${tnWord}${headEnd}`;
  const capsWord = `(?=[\\p{M}'’.\\-]*+\\p{Lu})[\\p{Lu}\\p{M}'’.\\-]++`;
  /** `THE VICE PRESIDENT`, `The Interpreter`: `The` and capitals, or `The` and a role word. */
  const theRole =
    `${notTraditionRole}(?:THE|The)${TSP}++(?:${capsWord}(?:${TSP}++${capsWord}){0,2}` +
    `|(?:\\p{Lu}[\\p{L}\\p{M}'’\\-]*+${TSP}++){0,2}(?=\\p{Lu})(?i:${alternation(lists.theRoleWords)}))${headEnd}`;
  /** `Speaker 1`, `Speaker A`, `Participant 3`, `Спикер 2`. */
  const genericSpeaker = `(?:${lists.genericSpeakers.map(escape).join('|')})[ \u00a0](?:[0-9]{1,3}|[A-Z])${headEnd}`;
  /** A role label (labelWords.ts ROLE_LABELS) is a person's in a tradition that reads one or two words in
   *  capitals as a name (`ВОПРОС:`, `MODERATOR:`): those come from the tokens. */
  const notCaps = `(?!${capsWord}(?:${TSP}++${capsWord})?${TSP}*+[(:])`;

  const labels = {
    comment:
      'A turn starts at `<label>[ (note)][ ]:[ ]text` (FORMAT.md). Each shape mirrors matchLabel in server/src/transcript/labels.ts or is narrower; labels only the server can tell (a name it has seen elsewhere in the file, role + name, ALL CAPS, a scraped tooltip) come from its semantic tokens.',
    patterns: [
      {
        comment: '`Вопрос:`, `Реплика:`, `Голос из зала:`, `Question:`, `Question from Izhevsk:`, `Question (retranslated):`',
        ...label('role', role, `${notCaps}(?=[${UPPER}])(?:${roleWords}|${roleFrom})`, 0, 'any', colon),
      },
      {
        comment: '`В.Путин:`, `Р.Т.Эрдоган:`, `А.Кара-Мурза:`, `A. Repik:`, `М.Диас-Канель Бермудес (как переведено):`; not `С.Кравцов Кравцов …:` (a scraped tooltip).',
        ...label('speaker', speaker, `${notTraditionRole}${initialsName}`, 1, 'any', colon),
      },
      {
        comment: '`Путин В.В.:`, `Путин В. В.:`',
        ...label('speaker', speaker, `${notTraditionRole}${surnameInitials}`, 0, 'any', colon),
      },
      {
        comment: 'A name without initials and a translation note: `Си Цзиньпин (как переведено):`, `Emmanuel Macron (retranslated):`.',
        ...label('speaker', speaker, `${notTraditionRole}${plainName}`, 0, 'translation-required', colon),
      },
      {
        comment:
          'Two to five name words: `Vladimir Putin:`, `Си Цзиньпин:`, `Adnan Z. Amin:`, `Dmitry de Koshko:`, `Emma Marcegaglia (ENI):`; not prose opening with capitalised words (`The Kremlin:`, `Interior Minister: …`), nor an SMS read out (`Perm Territory: “…”`).',
        ...label('speaker', speaker, `${notTraditionRole}${plainName}`, 0, 'any', weakColon),
      },
      {
        comment:
          'A title and a name: `MS. JEAN-PIERRE:`, `Mr. NORTH:`, `Chairman INOUYE:`, `Attorney General MEESE:`, `PRIME MINISTER KISHIDA:`, `Mr. Nebenzia (Russian Federation) (spoke in Russian):`; not a role of some tradition (`Mr Speaker:`, `Hon. Members:`).',
        ...label('speaker', speaker, titleName, 0, 'affiliations', '(:)'),
      },
      {
        comment: '`The` and a role or capitals: `THE VICE PRESIDENT:`, `The Interpreter:`; not a role of some tradition (`THE PRESIDENT:`, `The Witness:`).',
        ...label('speaker', speaker, theRole, 0, 'affiliations', '(:)'),
      },
      {
        comment: 'A speaker of a recording: `Speaker 1:`, `Speaker A:`, `Participant 3:`.',
        ...label('speaker', speaker, genericSpeaker, 0, 'affiliations', '(:)'),
      },
    ],
  };

  // Header stages: the title is the first non-blank line, the date the one after it (or the first),
  // the place the one after the date. A TextMate grammar has no line counter, so each stage is a rule
  // that never ends and holds the next ones: once the body has started, no line can be a title again.
  const blankLineEnd = `${SJ}*+$`;
  const separatorLine = `^${SJ}*+(?>\\*(?:${SJ}*+\\*){2,})${SJ}*+$`;
  const dateLine =
    `^\\x{FEFF}?${SJ}*+((([0-9]{4})(-)([0-9]{1,2})(-)([0-9]{1,2}))(?:[ T\u00a0]++(([0-9]{1,2})(:)([0-9]{2})(?:(:)([0-9]{2}))?))?)${blankLineEnd}`;
  // Colon-free, so never a label; short and without a sentence's last mark, so not a paragraph. The
  // server decides with the lines around it too; it marks what this misses with semantic tokens.
  // (The white space before it is taken possessively, so the text starts with a visible character.)
  const noColonText = (max: number) => `([^:\\n]{0,${max - 1}}[^${JS_SPACE}:.!?…;,\\n])`;
  const titleLine = `^\\x{FEFF}?${SJ}*+(?!${separatorLine.slice(1)})(?![0-9]{4}-)${noColonText(200)}${blankLineEnd}`;
  const placeLine = `^${SJ}*+(?!${separatorLine.slice(1)})${noColonText(120)}${blankLineEnd}`;
  const never = '(?!)';
  const bodyStarts = { include: '#body-stage' };
  const dateCaptures = groups(
    'meta.date',
    'constant.numeric.date',
    'constant.numeric.date.year',
    'punctuation.separator.date',
    'constant.numeric.date.month',
    'punctuation.separator.date',
    'constant.numeric.date.day',
    'constant.numeric.time',
    'constant.numeric.time.hour',
    'punctuation.separator.time',
    'constant.numeric.time.minute',
    'punctuation.separator.time',
    'constant.numeric.time.second',
  );

  const insertion = (inner: string) => ({
    match: `(\\[)${inner}(\\])`,
    name: 'markup.inserted.editorial.transcript',
    captures: groups('punctuation.definition.insertion.begin', 'punctuation.definition.insertion.end'),
  });
  const marks = {
    marks: { patterns: [{ include: '#omission' }, { include: '#remark' }, { include: '#insertion' }] },
    omission: {
      comment: 'An omitted passage: `&lt;…&gt;` (the print version), `<…>`, `[…]`, `(…)`.',
      match: '&lt;(?:…|\\.\\.\\.)&gt;|<(?:…|\\.\\.\\.)>|\\[(?:…|\\.\\.\\.)\\]|\\((?:…|\\.\\.\\.)\\)',
      name: 'markup.deleted.omission.transcript',
    },
    remark: {
      comment:
        'A stage remark: `(Смех.)`, `(Аплодисменты.)`, `(Обращаясь к [Е.Корочкиной].)`, `(Laughter in the audience.)`, `(Applause)`: capitalised, ending in `.`/`!` or opening with a remark word, not ALL CAPS (`(ENI)`). The lookahead checks the whole pair before it opens, so an unclosed `(` is never one.',
      begin: `(\\()(?=${SJ}*+(?=[${UPPER}])(?=[^()\\n]*[${LOWER}])(?:(?:${lists.remarkWords.join('|')})[^()\\n]*+|[^()\\n]*[.!]${SJ}*+)\\))`,
      end: '\\)',
      name: 'comment.remark.transcript',
      beginCaptures: { 1: { name: 'punctuation.definition.comment.begin.transcript' } },
      endCaptures: { 0: { name: 'punctuation.definition.comment.end.transcript' } },
      patterns: [{ include: '#omission' }, insertion('[^\\[\\]()\\n]*+')],
    },
    insertion: {
      comment: 'An editor’s insertion: `[космодрому]`, `[Путиным]`, `[rubles]` (the innermost pair of a line).',
      ...insertion('[^\\[\\]\\n]*+'),
    },
  };

  // Quotes end at their closing mark or at the end of the paragraph (a quotation that runs over
  // several paragraphs opens each one with `«` and closes only the last). Nesting is one level deep
  // and fixed, so a line of 100,000 `«` stays one rule deep.
  const quote = (open: string, close: string, scope: string, inner: object[]) => ({
    begin: open,
    end: `${close}|(?=$)`,
    name: scope,
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.transcript' } },
    endCaptures: { 0: { name: 'punctuation.definition.string.end.transcript' } },
    patterns: [...inner, { include: '#marks' }, { include: '#link' }],
  });
  const innerQuotes = [{ include: '#quote-low' }, { include: '#quote-double' }];

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Transcript',
    scopeName: 'text.transcript',
    fileTypes: ['transcript', 'stenogram'],
    comment:
      'GENERATED by syntaxes/transcript.grammar.ts from the server’s word lists — edit that file and run `npx tsx syntaxes/transcript.grammar.ts`. Scopes: docs/grammar.md.',
    patterns: [{ include: '#document' }, { include: '#body' }],
    repository: {
      document: {
        comment: 'The whole file, from its first line. Leading blank lines stay here; the first non-blank line starts the header or the body.',
        begin: '\\A',
        end: never,
        patterns: [{ include: '#date-stage' }, { include: '#title-stage' }, bodyStarts],
      },
      'title-stage': {
        comment: 'The title: `Встреча с Президентом Казахстана Нурсултаном Назарбаевым`.',
        begin: titleLine,
        beginCaptures: { 1: { name: 'markup.heading.title.transcript' } },
        end: never,
        patterns: [{ include: '#date-stage' }, bodyStarts],
      },
      'date-stage': {
        comment: 'The date line: `2017-12-27 12:40:00` (time and seconds optional, as the parser reads it).',
        begin: dateLine,
        beginCaptures: dateCaptures,
        end: never,
        patterns: [{ include: '#place-stage' }, bodyStarts],
      },
      'place-stage': {
        comment: 'The place, alone on the line after the date: `Москва, Кремль`.',
        begin: placeLine,
        beginCaptures: { 1: { name: 'markup.italic.place.transcript' } },
        end: never,
        patterns: [bodyStarts],
      },
      'body-stage': {
        comment: 'The lead, sections and turns: from the first non-blank line that is no header line to the end.',
        begin: `^(?=${SW}*+[^${WORD_SPACE}\\n])`,
        end: never,
        patterns: [{ include: '#body' }],
      },
      body: {
        patterns: [
          { include: '#label' },
          { include: '#timestamp' },
          { include: '#separator' },
          { include: '#marks' },
          { include: '#quotes' },
          { include: '#link' },
        ],
      },
      label: labels,
      timestamp: {
        comment: 'A bracketed timestamp opening a line, whatever follows it: `[00:01:23] Anna Lee`, `[00:01:23] (inaudible)`.',
        match: `^(\\[${lists.timestamp}\\])(?=[${JS_SPACE}]|$)`,
        captures: { 1: { name: 'constant.numeric.time.timestamp.transcript' } },
      },
      ...marks,
      separator: {
        comment: '`* * *` between the lead and the transcript, or between sections; the first non-blank line after it is the section’s heading unless it is a turn (a heading never has a colon).',
        begin: separatorLine,
        beginCaptures: { 0: { name: 'meta.separator.transcript markup.heading.separator.transcript' } },
        end: `^(?!${separatorLine.slice(1)})(?=[^:\\n]*$)${SJ}*+([^${JS_SPACE}:\\n](?:[^:\\n]*[^${JS_SPACE}:\\n])?)${blankLineEnd}|^(?=${SW}*+[^${WORD_SPACE}\\n])`,
        endCaptures: { 1: { name: 'markup.heading.section.transcript' } },
      },
      quotes: {
        patterns: [
          { include: '#quote-guillemets' },
          { include: '#quote-low' },
          { include: '#quote-double' },
          { include: '#quote-straight' },
        ],
      },
      'quote-guillemets': quote('«', '»', 'string.quoted.other.guillemets.transcript', [
        quote('«', '»', 'string.quoted.other.guillemets.inner.transcript', innerQuotes),
        ...innerQuotes,
      ]),
      'quote-low': quote('„', '[“”]', 'string.quoted.double.low.transcript', []),
      'quote-double': quote('“', '”', 'string.quoted.double.transcript', []),
      'quote-straight': {
        comment: 'A straight quote opens and closes with the same mark, so only a pair on the line is a quotation.',
        match: '(")[^"\\n]*+(")',
        name: 'string.quoted.double.straight.transcript',
        captures: groups('punctuation.definition.string.begin', 'punctuation.definition.string.end'),
      },
      link: {
        comment: 'A URL, as the source line at the end of a transcript gives it: `http://kremlin.ru/events/president/news/copy/56509`.',
        match: `https?://[^${WORD_SPACE}<>«»“”„"\\[\\]()\\n]+(?<![.,;:!?])`,
        name: 'markup.underline.link.transcript',
      },
    },
  };
}

/** The grammar as written to syntaxes/transcript.tmLanguage.json: invisible characters as `\u` escapes,
 *  empty capture names dropped. */
export function grammarJson(grammar: object = buildGrammar()): string {
  const text = JSON.stringify(
    grammar,
    (_key, value: unknown) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const entries = Object.entries(value).filter(([, v]) => !(v && typeof v === 'object' && 'name' in v && (v as { name: string }).name === '' && Object.keys(v).length === 1));
        return Object.fromEntries(entries);
      }
      return value;
    },
    2,
  );
  return `${text.replace(/[\u0080-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

if (require.main === module) {
  writeFileSync(GRAMMAR_JSON, grammarJson());
  console.log(`wrote ${GRAMMAR_JSON}`);
}
