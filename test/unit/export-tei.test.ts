// The TEI Parla-CLARIN export (`stenogram export --to tei`): what each part of a transcript becomes,
// written out in full; turn times on a timeline; ids; hostile text; and, in one jing run, every
// output of this file and of the samples valid against ../shared/schemas/parla-clarin.rng.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { exportDocument, exportFormat, exportTranscript, toTei, type ExportOptions } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { run } from '../helpers/cli';
import { readSample, samplePath } from '../helpers/fixtures';
import { PARLA_CLARIN_SCHEMA, relaxNgErrors, relaxNgSkipReason } from '../helpers/jing';
import { teiProblems } from '../helpers/tei';

const tei = (text: string, options: ExportOptions = {}) => toTei(exportDocument(parseTranscript(text), options));
/** The lines from `<body>` to `</body>`, as written. */
const body = (xml: string) => xml.slice(xml.indexOf('    <body>'), xml.indexOf('</body>') + '</body>'.length);

const MEETING = [
  'Встреча с молодыми учёными',
  '',
  '2024-02-08 16:00:00',
  '',
  'Новосибирск, Академгородок',
  '',
  'Владимир Путин встретился с молодыми учёными. Встречу вела руководитель пресс-службы Елена Корочкина.',
  '* * *',
  'Стенограмма встречи',
  'Председательствует В.Путин.',
  '(Аплодисменты.)',
  'В.Путин: Добрый день, уважаемые друзья! (Аплодисменты.)',
  'Мы работаем [на космодроме] третий год. &lt;…&gt;',
  'Вопрос: Можно вопрос? (Обращаясь к В.Путину.)',
  'В.Путин: Да, пожалуйста. (Смех и аплодисменты.)',
  'Е.Корочкина: Спасибо большое. (Смех.)',
  '',
  'http://kremlin.ru/events/president/news/copy/71000',
  '',
].join('\n');

const MEETING_TEI = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="ru">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>Встреча с молодыми учёными</title>
      </titleStmt>
      <extent>
        <measure unit="speeches" quantity="4"/>
        <measure unit="words" quantity="25"/>
      </extent>
      <publicationStmt>
        <p xml:lang="en">Converted from a plain-text transcript by Stenogram.</p>
      </publicationStmt>
      <sourceDesc>
        <bibl>
          <title>Встреча с молодыми учёными</title>
          <idno type="URI">http://kremlin.ru/events/president/news/copy/71000</idno>
          <date when="2024-02-08T16:00:00">2024-02-08 16:00:00</date>
        </bibl>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <settingDesc>
        <setting>
          <placeName>Новосибирск, Академгородок</placeName>
          <date when="2024-02-08T16:00:00">2024-02-08 16:00:00</date>
        </setting>
      </settingDesc>
      <particDesc>
        <listPerson>
          <person xml:id="В.Путин">
            <persName>Владимир Путин</persName>
          </person>
          <personGrp xml:id="Вопрос">
            <name>Вопрос</name>
          </personGrp>
          <person xml:id="Е.Корочкина">
            <persName>Елена Корочкина</persName>
            <affiliation><roleName>руководитель пресс-службы</roleName></affiliation>
          </person>
        </listPerson>
      </particDesc>
      <langUsage>
        <language ident="ru">русский</language>
      </langUsage>
    </profileDesc>
  </teiHeader>
  <text>
    <front>
      <div type="preface">
        <p>Владимир Путин встретился с молодыми учёными. Встречу вела руководитель пресс-службы Елена Корочкина.</p>
      </div>
    </front>
    <body>
      <div type="debateSection" xml:id="section-1">
        <head>Стенограмма встречи</head>
        <note>Председательствует В.Путин.</note>
        <kinesic type="applause"><desc>(Аплодисменты.)</desc></kinesic>
        <note type="speaker">В.Путин</note>
        <u xml:id="turn-1" who="#В.Путин">
          <seg>Добрый день, уважаемые друзья! <kinesic type="applause"><desc>(Аплодисменты.)</desc></kinesic></seg>
          <seg>Мы работаем <supplied reason="editorial">на космодроме</supplied> третий год. <gap reason="editorial"><desc>&lt;…&gt;</desc></gap></seg>
        </u>
        <note type="speaker">Вопрос</note>
        <u xml:id="turn-2" who="#Вопрос">
          <seg>Можно вопрос? <note>(Обращаясь к В.Путину.)</note></seg>
        </u>
        <note type="speaker">В.Путин</note>
        <u xml:id="turn-3" who="#В.Путин">
          <seg>Да, пожалуйста. <vocal type="laughter"><desc>(Смех и аплодисменты.)</desc></vocal><kinesic type="applause"/></seg>
        </u>
        <note type="speaker">Е.Корочкина</note>
        <u xml:id="turn-4" who="#Е.Корочкина">
          <seg>Спасибо большое. <vocal type="laughter"><desc>(Смех.)</desc></vocal></seg>
        </u>
      </div>
    </body>
  </text>
</TEI>
`;

/** Speech-to-text output: times before the labels, one turn without. */
const TIMED = ['[00:00:05] Anna Petrova: Good morning.', '[00:01:23.4] Boris Ivanov: Hello.', 'Anna Petrova: No time here.', ''].join('\n');

/** Everything a transcript could smuggle in as markup, in the title, the place, the lead, the text,
 *  the source URL and (through stenogram.speakers.json) a speaker's name and role. */
const HOSTILE = [
  'Заседание <script>alert(1)</script> ]]> &amp; \u202eлесонаК',
  '',
  '2024-02-29 14:00',
  '',
  'Зал <b>"1"</b> & ко',
  '',
  'Лид <!-- комментарий --> <![CDATA[ x ]]> <?php echo 1; ?>',
  'В.Соколов: Начнём ]]> и &amp; и \u0000 и \u202eсовещание\u202c <img src=x onerror=alert(1)> [<i>вставка</i>] (Смех.)',
  '',
  'http://example.org/?a=1&b=<2>"',
  '',
].join('\n');
const HOSTILE_REGISTER: ExportOptions = {
  register: new Map([['в.соколов', { label: 'В.Соколов', name: '<img src=x onerror=alert(1)>', role: ']]> &amp; "роль"' }]]),
};

describe('TEI Parla-CLARIN export', () => {
  test('a meeting: the header, the people, one <u> per turn after its label, the marks mapped', () => {
    assert.equal(tei(MEETING), MEETING_TEI);
  });

  test('turn times: points on a timeline in seconds from the start of the recording, the time as written in a note', () => {
    assert.equal(
      body(tei(TIMED)),
      `    <body>
      <timeline unit="s" origin="#recording-start">
        <when xml:id="recording-start"/>
        <when xml:id="turn-1.start" interval="5" since="#recording-start"/>
        <when xml:id="turn-2.start" interval="83.4" since="#recording-start"/>
      </timeline>
      <div type="debateSection" xml:id="section-1">
        <note type="speaker">Anna Petrova</note>
        <note type="time">00:00:05</note>
        <u xml:id="turn-1" who="#Anna_Petrova" start="#turn-1.start">
          <seg>Good morning.</seg>
        </u>
        <note type="speaker">Boris Ivanov</note>
        <note type="time">00:01:23.4</note>
        <u xml:id="turn-2" who="#Boris_Ivanov" start="#turn-2.start">
          <seg>Hello.</seg>
        </u>
        <note type="speaker">Anna Petrova</note>
        <u xml:id="turn-3" who="#Anna_Petrova">
          <seg>No time here.</seg>
        </u>
      </div>
    </body>`,
    );
    assert.match(tei(TIMED), /<TEI xmlns="http:\/\/www.tei-c.org\/ns\/1.0" xml:lang="en">/);
  });

  test('@when is a W3C date: seconds added to a time without them; none for a day the calendar lacks', () => {
    assert.match(tei('Заседание\n\n2024-02-29 14:00\n\nА.Б: Текст.\n'), /<date when="2024-02-29T14:00:00">2024-02-29 14:00<\/date>/);
    assert.match(tei('Заседание\n\n2024-02-29\n\nА.Б: Текст.\n'), /<date when="2024-02-29">2024-02-29<\/date>/);
    assert.match(tei('Заседание\n\n2023-02-29 10:00:00\n\nА.Б: Текст.\n'), /<date>2023-02-29 10:00:00<\/date>/);
  });

  test('ids: a person whose id an utterance would take keeps it; letters XML 1.0 (4th edition) names lack become _', () => {
    const document = exportDocument(parseTranscript('В.Путин: Раз.\nН.Назарбаев: Два.\nВ.Путин: Три.\n'));
    document.people[0].id = 'turn-1';
    document.people[1].id = 'Назарбаевµ²';
    const xml = toTei(document);
    assert.deepEqual(
      [...xml.matchAll(/<(?:person|u) [^>]*>/g)].map((m) => m[0]),
      [
        '<person xml:id="turn-1">',
        '<person xml:id="Назарбаев_">',
        '<u xml:id="turn-1-2" who="#turn-1">',
        '<u xml:id="turn-2" who="#Назарбаев_">',
        '<u xml:id="turn-3" who="#turn-1">',
      ],
    );
  });

  test('an empty file: a title, a statement and an empty division, still a TEI document', () => {
    assert.equal(
      tei(''),
      `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title/>
      </titleStmt>
      <extent>
        <measure unit="speeches" quantity="0"/>
        <measure unit="words" quantity="0"/>
      </extent>
      <publicationStmt>
        <p xml:lang="en">Converted from a plain-text transcript by Stenogram.</p>
      </publicationStmt>
      <sourceDesc>
        <bibl/>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <langUsage>
        <language ident="en">English</language>
      </langUsage>
    </profileDesc>
  </teiHeader>
  <text>
    <body>
      <div type="debateSection"/>
    </body>
  </text>
</TEI>
`,
    );
  });

  test('hostile text stays text: tags, comments, CDATA ends, entities, U+0000, U+202E; names from the register too', () => {
    const xml = tei(HOSTILE, HOSTILE_REGISTER);
    const lines = xml.split('\n').map((l) => l.trim());
    for (const line of [
      '<title>Заседание &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;amp; \u202eлесонаК</title>',
      '<placeName>Зал &lt;b&gt;"1"&lt;/b&gt; &amp; ко</placeName>',
      '<idno type="URI">http://example.org/?a=1&amp;b=&lt;2&gt;"</idno>',
      '<p>Лид &lt;!-- комментарий --&gt; &lt;![CDATA[ x ]]&gt; &lt;?php echo 1; ?&gt;</p>',
      '<persName>&lt;img src=x onerror=alert(1)&gt;</persName>',
      '<affiliation><roleName>]]&gt; &amp;amp; "роль"</roleName></affiliation>',
      '<seg>Начнём ]]&gt; и &amp;amp; и \uFFFD и \u202eсовещание\u202c &lt;img src=x onerror=alert(1)&gt; <supplied reason="editorial">&lt;i&gt;вставка&lt;/i&gt;</supplied> <vocal type="laughter"><desc>(Смех.)</desc></vocal></seg>',
    ]) {
      assert.ok(lines.includes(line), `missing: ${line}`);
    }
    assert.deepEqual(teiProblems(parseTranscript(HOSTILE), xml), []);
  });

  test('the samples: one <u> per turn, every word, every #reference defined', () => {
    for (const name of SAMPLES) {
      const transcript = parseTranscript(readSample(name));
      assert.deepEqual(teiProblems(transcript, toTei(exportDocument(transcript))), [], name);
    }
  });

  test('the format table lists TEI, and the CLI writes it to standard output', () => {
    const format = exportFormat('tei')!;
    assert.deepEqual([format.id, format.name, format.extension, format.mediaType], ['tei', 'TEI Parla-CLARIN', 'tei.xml', 'application/tei+xml']);
    const transcript = parseTranscript(MEETING);
    assert.deepEqual(exportTranscript(transcript, format, { locale: 'ru' }), { ok: true, content: { kind: 'text', text: MEETING_TEI } });
    const cli = run('export', '--to', 'tei', samplePath('press-conference.transcript'));
    assert.equal(cli.code, 0, cli.err);
    assert.equal(cli.out.length, 1);
    assert.equal(cli.out[0].match(/<u /g)?.length, 38);
    assert.ok(cli.out[0].startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI '));
  });
});

const SAMPLES = ['bilateral-meeting.transcript', 'press-conference.transcript', 'roundtable-en.transcript'];

test('valid against parla-clarin.rng: the samples and every output above (one jing run)', (t) => {
  const skip = relaxNgSkipReason(PARLA_CLARIN_SCHEMA);
  if (skip) {
    t.skip(skip);
    return;
  }
  const files = [
    ...SAMPLES.map((name) => ({ name: name.replace(/\.transcript$/, '.xml'), xml: tei(readSample(name)) })),
    { name: 'meeting.xml', xml: MEETING_TEI },
    { name: 'timed.xml', xml: tei(TIMED) },
    { name: 'empty.xml', xml: tei('') },
    { name: 'hostile.xml', xml: tei(HOSTILE, HOSTILE_REGISTER) },
    { name: 'date-only.xml', xml: tei('Заседание\n\n2024-02-29\n\nМосква\n') },
  ];
  assert.deepEqual(relaxNgErrors(PARLA_CLARIN_SCHEMA, files), []);
});
