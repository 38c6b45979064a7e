// Every tradition of transcript, read with no setting: each case is a file of the tradition (written
// for this test in its style), the tradition detected, and every turn as
// [line, name, terminator, form, note, time in seconds].
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectTradition, parseTranscript, splitLines } from '../../server/src/transcript';
import { computeFindings } from '../../server/src/features';

const text = (...lines: string[]) => `${lines.join('\n')}\n`;

type Row = [number, string, string, string, string, number | null];

function turnsOf(source: string, tradition?: Parameters<typeof parseTranscript>[1]): Row[] {
  return parseTranscript(source, tradition).turns.map((t) => [t.startLine, t.label.name, t.label.terminator, t.label.form, t.label.note?.text ?? '', t.label.time?.seconds ?? null]);
}

const CASES: { name: string; text: string; tradition: string; turns: Row[] }[] = [
  {
    name: "State Duma: role word + period, surname + initials + speech, a speaker alone on a line with the faction",
    text: text(
      "Заседание Государственной Думы",
      "",
      "Председательствующий. Добрый день, уважаемые коллеги! Прошу подготовиться к регистрации.",
      "Покажите результаты регистрации.",
      "Председательствующий. Кворум есть. Слово предоставляется Смолину Олегу Николаевичу.",
      "Смолин О. Н., фракция КПРФ.",
      "Уважаемый Вячеслав Викторович! Уважаемые коллеги! Законопроект, который мы рассматриваем...",
      "Председательствующий. Спасибо. Жириновский Владимир Вольфович, пожалуйста.",
      "Жириновский В. В. Уважаемые коллеги, я поддерживаю законопроект. Но есть вопросы.",
      "Председательствующий. Пожалуйста, Нилов Ярослав Евгеньевич.",
      "Нилов Я. Е., фракция ЛДПР.",
      "Спасибо, Вячеслав Викторович. Коротко.",
      "Голос из зала. (Не слышно.)",
      "Председательствующий. Коллеги, переходим к голосованию.",
    ),
    tradition: 'parliament',
    turns: [
      [2, "Председательствующий", ".", "role", "", null],
      [4, "Председательствующий", ".", "role", "", null],
      [5, "Смолин О. Н.", ".", "surname-initials", "фракция КПРФ", null],
      [7, "Председательствующий", ".", "role", "", null],
      [8, "Жириновский В. В.", "", "surname-initials", "", null],
      [9, "Председательствующий", ".", "role", "", null],
      [10, "Нилов Я. Е.", ".", "surname-initials", "фракция ЛДПР", null],
      [12, "Голос из зала", ".", "role", "", null],
      [13, "Председательствующий", ".", "role", "", null],
    ],
  },
  {
    name: "Verkhovna Rada: capitals, initials glued, an affiliation with parentheses before the speech",
    text: text(
      "ГОЛОВУЮЧИЙ. Шановні колеги! Прошу підготуватися до реєстрації.",
      "ПАРУБІЙ А.В. Шановні колеги, дякую. Переходимо до розгляду.",
      "ГОЛОВУЮЧИЙ. Слово надається Тимошенко Юлії Володимирівні.",
      "ТИМОШЕНКО Ю.В. Шановний Андрію Володимировичу! Шановні колеги!",
      "ГОЛОВУЮЧИЙ. Дякую.",
      "ЮРЧЕНКО О.М., голова підкомітету Комітету з питань бюджету (одномандатний виборчий округ № 183, Херсонська область, політична партія \"Слуга народу\"). Шановний пане Голово!",
      "ГОЛОВУЮЧИЙ. Дякую. Голосуємо.",
    ),
    tradition: 'parliament',
    turns: [
      [0, "ГОЛОВУЮЧИЙ", ".", "role", "", null],
      [1, "ПАРУБІЙ А.В.", "", "surname-initials", "", null],
      [2, "ГОЛОВУЮЧИЙ", ".", "role", "", null],
      [3, "ТИМОШЕНКО Ю.В.", "", "surname-initials", "", null],
      [4, "ГОЛОВУЮЧИЙ", ".", "role", "", null],
      [5, "ЮРЧЕНКО О.М.", ".", "surname-initials", "голова підкомітету Комітету з питань бюджету (одномандатний виборчий округ № 183, Херсонська область, політична партія \"Слуга народу\")", null],
      [6, "ГОЛОВУЮЧИЙ", ".", "role", "", null],
    ],
  },
  {
    name: "European Parliament: `. – ` after the label, the group after a comma",
    text: text(
      "President. – The next item is the debate on the Council and Commission statements on the situation in Ukraine.",
      "Manfred Weber, on behalf of the PPE Group. – Mr President, dear colleagues, the war continues.",
      "Iratxe García Pérez, en nombre del Grupo S&D. – Señor presidente, la guerra continúa.",
      "President. – Thank you. The debate is closed.",
    ),
    tradition: 'parliament',
    turns: [
      [0, "President", ".", "role", "", null],
      [1, "Manfred Weber", ".", "name", "on behalf of the PPE Group", null],
      [2, "Iratxe García Pérez", ".", "name", "en nombre del Grupo S&D", null],
      [3, "President", ".", "role", "", null],
    ],
  },
  {
    name: "UN Security Council: title + name + affiliation (+ language) in parentheses",
    text: text(
      "The President: I thank Mr. Nebenzia for his statement. I now give the floor to the representative of the United States.",
      "Mrs. Thomas-Greenfield (United States of America): Thank you, Mr. President. Let me begin by thanking the briefers.",
      "Mr. Nebenzia (Russian Federation) (spoke in Russian): We listened carefully to the briefing.",
      "The President: I now give the floor to the representative of China.",
      "Mr. Zhang Jun (China) (spoke in Chinese): China welcomes the efforts.",
    ),
    tradition: 'kremlin',
    turns: [
      [0, "The President", ":", "title-name", "", null],
      [1, "Mrs. Thomas-Greenfield", ":", "title-name", "(United States of America)", null],
      [2, "Mr. Nebenzia", ":", "title-name", "(Russian Federation) (spoke in Russian)", null],
      [3, "The President", ":", "title-name", "", null],
      [4, "Mr. Zhang Jun", ":", "title-name", "(China) (spoke in Chinese)", null],
    ],
  },
  {
    name: "House of Commons: `Mr Speaker:`, title + name in parentheses, constituency and party",
    text: text(
      "Mr Speaker: Order. Before we come to questions, I have a short statement.",
      "The Prime Minister (Rishi Sunak): I am sure the whole House will want to join me in paying tribute.",
      "Keir Starmer (Holborn and St Pancras) (Lab): I join the Prime Minister in paying tribute.",
      "The Prime Minister: The right hon. Gentleman is wrong.",
      "Mr Speaker: Order. Let us have a bit of calm.",
    ),
    tradition: 'parliament',
    turns: [
      [0, "Mr Speaker", ":", "role", "", null],
      [1, "The Prime Minister", ":", "title-name", "(Rishi Sunak)", null],
      [2, "Keir Starmer", ":", "name", "(Holborn and St Pancras) (Lab)", null],
      [3, "The Prime Minister", ":", "title-name", "", null],
      [4, "Mr Speaker", ":", "role", "", null],
    ],
  },
  {
    name: "Otter export: name and time alone on a line, the speech below",
    text: text(
      "Speaker 1  0:00",
      "Hi everyone, welcome to the show.",
      "",
      "Jane Doe  0:07",
      "Thanks for having me. It's great to be here.",
      "",
      "Speaker 1  1:02",
      "So tell us about the book.",
    ),
    tradition: 'speech-to-text',
    turns: [
      [0, "Speaker 1", "", "name", "", 0],
      [3, "Jane Doe", "", "name", "", 7],
      [6, "Speaker 1", "", "name", "", 62],
    ],
  },
  {
    name: "Rev export and bracketed times: the time before the colon or before the name",
    text: text(
      "Chris Wallace (00:00:01):",
      "Good evening from the Health Education Campus of Case Western Reserve University.",
      "",
      "Speaker 1 (00:01:20):",
      "Thank you, Chris.",
      "",
      "[00:02:03] Joe Biden: Well, I'm happy to be here.",
      "[00:02:09] Donald Trump: Thank you very much, Chris.",
    ),
    tradition: 'speech-to-text',
    turns: [
      [0, "Chris Wallace", ":", "name", "", 1],
      [3, "Speaker 1", ":", "name", "", 80],
      [6, "Joe Biden", ":", "name", "", 123],
      [7, "Donald Trump", ":", "name", "", 129],
    ],
  },
  {
    name: "a debate: surnames in capitals",
    text: text(
      "WALLACE: Good evening from the Health Education Campus of Case Western Reserve University.",
      "TRUMP: Thank you very much, Chris.",
      "BIDEN: I'm happy to be here.",
      "WALLACE: Gentlemen, a lot of people have been waiting for this night.",
      "TRUMP: Thank you.",
    ),
    tradition: 'dialogue',
    turns: [
      [0, "WALLACE", ":", "caps", "", null],
      [1, "TRUMP", ":", "caps", "", null],
      [2, "BIDEN", ":", "caps", "", null],
      [3, "WALLACE", ":", "caps", "", null],
      [4, "TRUMP", ":", "caps", "", null],
    ],
  },
  {
    name: "a court record: THE COURT, counsel in capitals, Q. and A. in the examination",
    text: text(
      "THE COURT: Please be seated. Call your first witness.",
      "MR. SMITH: The People call Officer Jane Doe.",
      "THE CLERK: Please raise your right hand.",
      "THE WITNESS: I do.",
      "Q. Officer, where were you on the night of March 3rd?",
      "A. I was on patrol on Main Street.",
      "Q. What did you see?",
      "A. I saw a red car.",
      "MR. JONES: Objection, Your Honor.",
      "THE COURT: Overruled.",
    ),
    tradition: 'court',
    turns: [
      [0, "THE COURT", ":", "role", "", null],
      [1, "MR. SMITH", ":", "title-name", "", null],
      [2, "THE CLERK", ":", "role", "", null],
      [3, "THE WITNESS", ":", "role", "", null],
      [4, "Q", ".", "role", "", null],
      [5, "A", ".", "role", "", null],
      [6, "Q", ".", "role", "", null],
      [7, "A", ".", "role", "", null],
      [8, "MR. JONES", ":", "title-name", "", null],
      [9, "THE COURT", ":", "role", "", null],
    ],
  },
  {
    name: "an interview: INTERVIEWER, AIDE, Q: and A:",
    text: text(
      "INTERVIEWER: Thanks for sitting down with us.",
      "AIDE: He has ten minutes.",
      "Q: When did you start?",
      "A: In 1998, after college.",
      "Q: And why?",
      "A: Because nobody else would.",
    ),
    tradition: 'dialogue',
    turns: [
      [0, "INTERVIEWER", ":", "role", "", null],
      [1, "AIDE", ":", "caps", "", null],
      [2, "Q", ":", "role", "", null],
      [3, "A", ":", "role", "", null],
      [4, "Q", ":", "role", "", null],
      [5, "A", ":", "role", "", null],
    ],
  },
  {
    name: "labels people type: `Mr Regan:`, `Dr. Smith:`, a leading space, `The Witness:`",
    text: text(
      "Mr Regan: Good morning.",
      "Dr. Smith: Good morning to you.",
      " Speaker 1: This line has a leading space.",
      "The Witness: Yes.",
      "Mr Regan: Thank you.",
    ),
    tradition: 'dialogue',
    turns: [
      [0, "Mr Regan", ":", "title-name", "", null],
      [1, "Dr. Smith", ":", "title-name", "", null],
      [2, "Speaker 1", ":", "name", "", null],
      [3, "The Witness", ":", "title-name", "", null],
      [4, "Mr Regan", ":", "title-name", "", null],
    ],
  },
];

describe('every tradition is read with no setting', () => {
  for (const c of CASES) {
    test(c.name, () => {
      assert.equal(parseTranscript(c.text).tradition.id, c.tradition);
      assert.deepEqual(turnsOf(c.text), c.turns);
    });
  }
});

const PRESS = text(
  'Press Briefing by Press Secretary',
  '',
  'MS. PSAKI:  Good afternoon, everyone.  Two items for you at the top.',
  'Q    Thanks, Jen.  On Ukraine —',
  'MS. PSAKI:  Sure.',
  'Q    — is there an update?',
  'Q Hey, thanks.  One more on the budget.',
  'MS. PSAKI:  Go ahead.',
  'THE PRESIDENT:  Thank you all.',
  'Tomorrow, President Biden will announce new funding for the Initiative for Democratic Renewal: up to $1 billion.',
);

const HEARING = text(
  'Mr. NIELDS. What was the nature of the project?',
  'Mr. SECORD. It was an airlift. We referred to it as the project.',
  'Mr. NIELDS. In Nicaragua?',
  'Mr. SECORD. $12 million, in round numbers.',
  'Chairman INOUYE: The committee will come to order.',
  'Mr. COHEN Can I ask one question?',
  'Attorney General MEESE: Yes, Senator.',
);

describe('US press briefings and hearings', () => {
  test('a press briefing: titles in capitals, `Q` with spaces and no colon, two spaces kept; a capitalised phrase with a colon stays prose', () => {
    assert.equal(parseTranscript(PRESS).tradition.id, 'us-press');
    assert.deepEqual(turnsOf(PRESS), [
      [2, 'MS. PSAKI', ':', 'title-name', '', null],
      [3, 'Q', '', 'role', '', null],
      [4, 'MS. PSAKI', ':', 'title-name', '', null],
      [5, 'Q', '', 'role', '', null],
      [6, 'Q', '', 'role', '', null],
      [7, 'MS. PSAKI', ':', 'title-name', '', null],
      [8, 'THE PRESIDENT', ':', 'title-name', '', null],
    ]);
    // `Q` after `Q` is two reporters: no repeated-speaker hint; no finding at all on the clean file.
    assert.deepEqual(computeFindings(parseTranscript(PRESS)).map((f) => f.code), []);
  });

  test('a hearing: a period, a colon or nothing ends a title + surname in capitals', () => {
    assert.equal(parseTranscript(HEARING).tradition.id, 'us-hearing');
    assert.deepEqual(turnsOf(HEARING), [
      [0, 'Mr. NIELDS', '.', 'title-name', '', null],
      [1, 'Mr. SECORD', '.', 'title-name', '', null],
      [2, 'Mr. NIELDS', '.', 'title-name', '', null],
      [3, 'Mr. SECORD', '.', 'title-name', '', null],
      [4, 'Chairman INOUYE', ':', 'title-name', '', null],
      [5, 'Mr. COHEN', '', 'title-name', '', null],
      [6, 'Attorney General MEESE', ':', 'title-name', '', null],
    ]);
  });

  test('a tradition named in the options reads the file by its conventions, whatever detection would say', () => {
    assert.deepEqual(turnsOf(HEARING, { tradition: 'kremlin' }).map((r) => r[0]), [4, 6]);
    assert.equal(parseTranscript(HEARING, { tradition: 'kremlin' }).tradition.detected, false);
    assert.equal(parseTranscript(HEARING).tradition.detected, true);
  });
});

describe('detection', () => {
  test('kremlin.ru is the default: a file with no cue, and a file of kremlin labels', () => {
    assert.equal(detectTradition(splitLines(text('Просто текст.', 'Ещё текст.')).lines).tradition.id, 'kremlin');
    assert.equal(detectTradition(splitLines(text('В.Путин: Добрый день.', 'Н.Назарбаев: Спасибо.', 'В.Путин: Прошу.')).lines).tradition.id, 'kremlin');
  });

  test('a date line is no speech-to-text timestamp, and `A. Repik:` is an initial, not a witness’s answer', () => {
    const en = text('Roundtable', '', '2022-10-06 14:00:00', '', 'A. Repik: Good afternoon.', 'P. Sorokin: Thank you.', 'A. Repik: Let us begin.');
    assert.equal(parseTranscript(en).tradition.id, 'kremlin');
    assert.deepEqual(turnsOf(en).map((r) => r[1]), ['A. Repik', 'P. Sorokin', 'A. Repik']);
  });
});

describe('diagnostics follow the tradition', () => {
  test('a lost period in a parliament record is reported and its fix inserts the period', () => {
    const duma = text('Председательствующий. Добрый день, коллеги.', 'Жириновский В. В. Уважаемые коллеги!', 'Председательствующий. Спасибо.', 'Председательствующий Переходим к голосованию.');
    const findings = computeFindings(parseTranscript(duma));
    assert.deepEqual(
      findings.map((f) => [f.code, f.range.start.line, f.message, f.fixes.map((x) => [x.title, x.edits.map((e) => e.newText)])]),
      [['speaker-missing-colon', 3, '“Председательствующий” starts a turn but has no period after the label.', [['Insert “.” after “Председательствующий”', ['.']]]]],
    );
  });

  test('two labels that speak once each, one a letter off the other: the later is reported', () => {
    const source = text('В.Путин: Добрый день.', 'Н.Назарбаев: Здравствуйте.', 'В.Путин: Прошу.', 'Н.Назарбаевв: Спасибо.');
    assert.deepEqual(
      computeFindings(parseTranscript(source)).map((f) => [f.code, f.range.start.line, f.message]),
      [['speaker-unknown-near-miss', 3, '“Н.Назарбаевв” speaks only here; did you mean “Н.Назарбаев”?']],
    );
  });

  test('…but not numbered speakers, nor one surname under two titles', () => {
    const source = text('Speaker 1: Hi.', 'Speaker 2: Hello.', 'MR. HALL: Yes.', 'MS. HALL: No.');
    assert.deepEqual(computeFindings(parseTranscript(source)).map((f) => f.code), []);
  });

  test('a role + name label glued to its text opens a turn (not a section heading), with a fix', () => {
    const source = text('* * *', 'President of\u00A0Russia Vladimir Putin:Colleagues, good afternoon.', 'Dmitry Peskov: Yes.');
    const t = parseTranscript(source);
    assert.deepEqual(turnsOf(source).map((r) => r[0]), [1, 2]);
    assert.equal(t.sections[0].heading, undefined);
    assert.deepEqual(computeFindings(t).map((f) => [f.code, f.fixes[0].edits[0].newText]), [['speaker-no-space-after-colon', ' ']]);
  });
});
