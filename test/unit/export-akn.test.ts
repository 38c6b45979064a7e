// `stenogram export --to akn`: a transcript as an Akoma Ntoso 3.0 debate record. A small meeting's
// export written out in full; the times of turns, the IRIs the metadata builds, ids kept unique,
// hostile text kept as text; and every document here — the meeting, the samples, hostile and empty
// files — valid against the official schema (../shared/schemas/akomantoso30.xsd), with one <speech>
// per turn and no word of the transcript lost.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { exportDocument, exportFormat, exportTranscript, toAkomaNtoso } from '../../server/src/features';
import { parseTranscript, type Transcript } from '../../server/src/transcript';
import { run } from '../helpers/cli';
import { contentWords, missingWords } from '../helpers/exportWords';
import { registerOf } from '../helpers/hover';
import { readSample, sampleNames, samplePath } from '../helpers/fixtures';
import { akomaNtosoErrors, akomaNtosoSchemaAvailable, shownText, type XmlDocument } from '../helpers/xsd';

const lines = (...l: string[]) => l.join('\n');

const MEETING = lines(
  'Встреча с участниками форума',
  '',
  '2023-06-14 11:30:00',
  '',
  'Санкт-Петербург',
  '',
  'Президент России Владимир Путин встретился с участниками форума.',
  '* * *',
  'Стенограмма встречи',
  'В.Путин: Добрый день, уважаемые [друзья]! (Аплодисменты.)',
  '&lt;…&gt;',
  'Вопрос: Можно вопрос?',
  'В.Путин: Да. (Смех.)',
  '(Аплодисменты.)',
  '',
  'http://kremlin.ru/events/president/news/copy/71000',
  '',
);

const MEETING_AKN = lines(
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">',
  '  <debate name="transcript">',
  '    <meta>',
  '      <identification source="#stenogram">',
  '        <FRBRWork>',
  '          <FRBRthis value="/akn/ru/debate/2023-06-14/71000/!main"/>',
  '          <FRBRuri value="/akn/ru/debate/2023-06-14/71000"/>',
  '          <FRBRdate date="2023-06-14" name="event"/>',
  '          <FRBRauthor href="#publisher"/>',
  '          <FRBRcountry value="ru"/>',
  '        </FRBRWork>',
  '        <FRBRExpression>',
  '          <FRBRthis value="/akn/ru/debate/2023-06-14/71000/rus@/!main"/>',
  '          <FRBRuri value="/akn/ru/debate/2023-06-14/71000/rus@"/>',
  '          <FRBRdate date="2023-06-14" name="event"/>',
  '          <FRBRauthor href="#publisher"/>',
  '          <FRBRlanguage language="rus"/>',
  '        </FRBRExpression>',
  '        <FRBRManifestation>',
  '          <FRBRthis value="/akn/ru/debate/2023-06-14/71000/rus@/!main.xml"/>',
  '          <FRBRuri value="/akn/ru/debate/2023-06-14/71000/rus@.akn"/>',
  '          <FRBRdate date="2023-06-14" name="event"/>',
  '          <FRBRauthor href="#stenogram"/>',
  '        </FRBRManifestation>',
  '      </identification>',
  '      <references source="#stenogram">',
  '        <TLCOrganization eId="stenogram" href="/akn/ontology/organization/stenogram" showAs="Stenogram"/>',
  '        <TLCOrganization eId="publisher" href="/akn/ontology/organization/ru/kremlin.ru" showAs="kremlin.ru"/>',
  '        <TLCPerson eId="В.Путин" href="/akn/ontology/person/ru/В.Путин" showAs="Президент России Владимир Путин" shortForm="В.Путин"/>',
  '        <TLCPerson eId="Вопрос" href="/akn/ontology/person/ru/Вопрос" showAs="Вопрос"/>',
  '        <TLCRole eId="role_Президент_России" href="/akn/ontology/role/ru/Президент_России" showAs="Президент России"/>',
  '        <TLCConcept eId="laughter" href="/akn/ontology/concept/akn/laughter" showAs="Laughter"/>',
  '        <TLCConcept eId="applause" href="/akn/ontology/concept/akn/applause" showAs="Applause"/>',
  '      </references>',
  '    </meta>',
  '    <preface xml:lang="ru">',
  '      <p class="title"><docTitle>Встреча с участниками форума</docTitle></p>',
  '      <p class="date"><docDate date="2023-06-14T11:30:00">2023-06-14 11:30:00</docDate></p>',
  '      <p class="place">Санкт-Петербург</p>',
  '    </preface>',
  '    <debateBody xml:lang="ru">',
  '      <debateSection eId="dbsect_0" name="lead">',
  '        <narrative>Президент России Владимир Путин встретился с участниками форума.</narrative>',
  '      </debateSection>',
  '      <debateSection eId="dbsect_1" name="section">',
  '        <heading>Стенограмма встречи</heading>',
  '        <speech eId="dbsect_1__speech_1" by="#В.Путин" as="#role_Президент_России">',
  '          <from>В.Путин</from>',
  '          <p>Добрый день, уважаемые <ins>[друзья]</ins>! <remark type="sceneDescription" refersTo="#applause">(Аплодисменты.)</remark></p>',
  '          <p><omissis>&lt;…&gt;</omissis></p>',
  '        </speech>',
  '        <speech eId="dbsect_1__speech_2" by="#Вопрос">',
  '          <from>Вопрос</from>',
  '          <p>Можно вопрос?</p>',
  '        </speech>',
  '        <speech eId="dbsect_1__speech_3" by="#В.Путин" as="#role_Президент_России">',
  '          <from>В.Путин</from>',
  '          <p>Да. <remark type="sceneDescription" refersTo="#laughter">(Смех.)</remark></p>',
  '        </speech>',
  '        <narrative><remark type="sceneDescription" refersTo="#applause">(Аплодисменты.)</remark></narrative>',
  '      </debateSection>',
  '    </debateBody>',
  '    <conclusions>',
  '      <p class="source"><a href="http://kremlin.ru/events/president/news/copy/71000">http://kremlin.ru/events/president/news/copy/71000</a></p>',
  '    </conclusions>',
  '  </debate>',
  '</akomaNtoso>',
  '',
);

/** Timestamps of the speech-to-text tradition, one of a day or more, and remarks standing alone
 *  in the middle and at the end of a turn. */
const TIMED = lines(
  'Speaker 1 (00:01:23): Hello.',
  '(Laughter.)',
  'Still me.',
  '[25:00:00] Anna Petrova: Hi.',
  'Anna Petrova  0:01',
  'The text below.',
  '(Applause.)',
  '(Laughter and applause.)',
  '[00:01:23,5] Bob Smith: Yes.',
  '[00:01:23.999] Anna Petrova: No.',
  '',
);

/** Markup, a CDATA end, an entity, U+0000 and U+202E in every place the transcript has text. */
const HOSTILE = lines(
  '<script>alert(1)</script> ]]> &amp;',
  '',
  '2024-02-29 14:00:00',
  '',
  'Москва <b>\u202E\u0000',
  '',
  'Лид с <img src=x onerror=alert(1)> и ]]> и &amp; и \u0000.',
  '* * *',
  '<h1>Заголовок</h1>',
  'В.Путин: Текст <script>x</script> (Смех.) ]]> \u202Eмир\u0000 &amp;amp;',
  'Вопрос: <img src=x onerror=alert(1)>?',
  '',
  'http://ex.com/a"b<c>{d}|e\\^`/77',
  '',
);

function akn(text: string): string {
  const result = exportTranscript(parseTranscript(text), exportFormat('akn')!, { locale: 'en' });
  assert.ok(result.ok && result.content.kind === 'text');
  return result.content.text;
}

/** A speaker whose name and role in the register are markup, quotes, a CDATA end and U+202E. */
function hostileRegisterExport(): string {
  const register = registerOf({ 'В.Путин': { name: '<img src=x onerror=alert(1)>', role: 'a "role" ]]> & \u202E' } });
  const result = exportTranscript(parseTranscript('В.Путин: Да.\n'), exportFormat('akn')!, { locale: 'en', register });
  assert.ok(result.ok && result.content.kind === 'text');
  return result.content.text;
}

/** The lines of `xml` with an element `tag`, trimmed. */
function elementLines(xml: string, tag: string): string[] {
  return xml
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => new RegExp(`^<${tag}[ >/]`).test(l));
}

function speechCount(xml: string): number {
  return (xml.match(/<speech /g) ?? []).length;
}

describe('Akoma Ntoso export', () => {
  test('the format table has it: --to akn, an .xml file of type application/akn+xml', () => {
    const format = exportFormat('akn');
    assert.deepEqual(format && { id: format.id, name: format.name, extension: format.extension, mediaType: format.mediaType }, {
      id: 'akn',
      name: 'Akoma Ntoso',
      extension: 'akn.xml',
      mediaType: 'application/akn+xml',
    });
  });

  test('a meeting: identification, references, preface, the lead, a section of speeches with their marks, the source', () => {
    assert.equal(akn(MEETING), MEETING_AKN);
  });

  test('a turn’s time in the recording is a <recordedTime> in its <from> (an <inline> past a day); a remark alone stays in the speech unless it ends it', () => {
    const xml = akn(TIMED);
    assert.deepEqual(elementLines(xml, 'from'), [
      '<from>Speaker 1 <recordedTime time="00:01:23" type="startEvent">00:01:23</recordedTime></from>',
      '<from>Anna Petrova <inline name="recordedTime">25:00:00</inline></from>',
      '<from>Anna Petrova <recordedTime time="00:00:01" type="startEvent">0:01</recordedTime></from>',
      '<from>Bob Smith <recordedTime time="00:01:23.5" type="startEvent">00:01:23,5</recordedTime></from>',
      '<from>Anna Petrova <recordedTime time="00:01:23.999" type="startEvent">00:01:23.999</recordedTime></from>',
    ]);
    assert.deepEqual(elementLines(xml, 'p'), [
      '<p>Hello.</p>',
      '<p><remark type="sceneDescription" refersTo="#laughter">(Laughter.)</remark></p>',
      '<p>Still me.</p>',
      '<p>Hi.</p>',
      '<p>The text below.</p>',
      '<p>Yes.</p>',
      '<p>No.</p>',
    ]);
    assert.deepEqual(elementLines(xml, 'narrative'), [
      '<narrative><remark type="sceneDescription" refersTo="#applause">(Applause.)</remark></narrative>',
      '<narrative><remark type="sceneDescription" refersTo="#laughter #applause">(Laughter and applause.)</remark></narrative>',
    ]);
    assert.deepEqual(elementLines(xml, 'debateBody'), ['<debateBody xml:lang="en">']);
    assert.deepEqual(elementLines(xml, 'FRBRlanguage'), ['<FRBRlanguage language="eng"/>']);
  });

  test('a label’s note is a <remark> in its <from>, the label’s words kept around it', () => {
    const xml = akn(lines('Э.Макрон (как переведено): Да.', 'Vladimir Putin (Answering a question): Yes.', 'PRIME MINISTER MODI: (As interpreted.) Thank you.', ''));
    assert.deepEqual(elementLines(xml, 'from'), [
      '<from>Э.Макрон <remark>(как переведено)</remark></from>',
      '<from>Vladimir Putin <remark>(Answering a question)</remark></from>',
      '<from>PRIME MINISTER MODI</from>',
    ]);
    assert.deepEqual(elementLines(xml, 'p'), ['<p>Да.</p>', '<p>Yes.</p>', '<p><remark type="sceneDescription">(As interpreted.)</remark> Thank you.</p>']);
  });

  test('an omission, however the file writes it, is <omissis>&lt;…&gt;</omissis>', () => {
    const xml = akn(lines('А.Иванов: Начнём. &lt;…&gt; Итак, <…> и […].', ''));
    assert.deepEqual(elementLines(xml, 'p'), ['<p>Начнём. <omissis>&lt;…&gt;</omissis> Итак, <omissis>&lt;…&gt;</omissis> и <omissis>&lt;…&gt;</omissis>.</p>']);
  });

  test('a turn whose only text is a remark keeps it as its paragraph; a label alone gets an empty one', () => {
    const xml = akn(lines('А.Иванов: (Смеётся.)', 'Б.Петров:', 'А.Иванов: Да.', ''));
    assert.deepEqual(elementLines(xml, 'p'), ['<p><remark type="sceneDescription" refersTo="#laughter">(Смеётся.)</remark></p>', '<p/>', '<p>Да.</p>']);
  });

  test('the work’s IRI: country from the source’s host, number from its URL, `zz`, `nn` and 0001-01-01 when the file does not say', () => {
    const uri = (text: string) => elementLines(akn(text), 'FRBRuri')[0];
    assert.equal(uri('2017-12-27 12:40:00\n\nВ.Путин: Да.\n\nhttp://en.kremlin.ru/events/president/transcripts/56509\n'), '<FRBRuri value="/akn/ru/debate/2017-12-27/56509"/>');
    assert.equal(uri('2024-01-05 13:00:00\n\nQ: Yes?\n\nhttps://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2024/01/05/press-briefing/\n'), '<FRBRuri value="/akn/us/debate/2024-01-05/nn"/>');
    assert.equal(uri('Mr. LIMAN: Yes.\n'), '<FRBRuri value="/akn/zz/debate/0001-01-01/nn"/>');
    assert.deepEqual(elementLines(akn('Mr. LIMAN: Yes.\n'), 'FRBRdate'), [
      '<FRBRdate date="0001-01-01" name="unknown"/>',
      '<FRBRdate date="0001-01-01" name="unknown"/>',
      '<FRBRdate date="0001-01-01" name="unknown"/>',
    ]);
    assert.deepEqual(elementLines(akn('Mr. LIMAN: Yes.\n'), 'FRBRauthor'), ['<FRBRauthor href="#stenogram"/>', '<FRBRauthor href="#stenogram"/>', '<FRBRauthor href="#stenogram"/>']);
  });

  test('ids stay unique: the writer’s own (stenogram, a sound, a section) give way to a speaker’s with -2', () => {
    const document = exportDocument(parseTranscript(lines('А.Иванов: (Аплодисменты.) Да.', 'Б.Петров: Нет.', 'В.Сидоров: Так.', '')));
    [document.people[0].id, document.people[1].id, document.people[2].id] = ['stenogram', 'applause', 'dbsect_1'];
    const xml = toAkomaNtoso(document);
    assert.deepEqual(elementLines(xml, 'TLCOrganization'), ['<TLCOrganization eId="stenogram-2" href="/akn/ontology/organization/stenogram" showAs="Stenogram"/>']);
    assert.deepEqual(elementLines(xml, 'TLCConcept'), ['<TLCConcept eId="applause-2" href="/akn/ontology/concept/akn/applause" showAs="Applause"/>']);
    assert.deepEqual(elementLines(xml, 'debateSection'), ['<debateSection eId="dbsect_1-2" name="section">']);
    assert.deepEqual(elementLines(xml, 'speech'), [
      '<speech eId="dbsect_1__speech_1" by="#stenogram">',
      '<speech eId="dbsect_1__speech_2" by="#applause">',
      '<speech eId="dbsect_1__speech_3" by="#dbsect_1">',
    ]);
    assert.deepEqual(elementLines(xml, 'identification'), ['<identification source="#stenogram-2">']);
    assert.ok(xml.includes('<remark type="sceneDescription" refersTo="#applause-2">(Аплодисменты.)</remark>'));
  });

  test('hostile text stays text: no element of its own, every character but U+0000 kept', () => {
    const xml = akn(HOSTILE);
    assert.deepEqual(
      [...new Set(xml.match(/<[a-zA-Z][\w.-]*/g))].filter((tag) => /^<(script|img|b|h1|c)$/.test(tag)),
      [],
    );
    const shown = shownText(xml);
    for (const text of ['<script>alert(1)</script> ]]> &amp;', 'Москва <b>\u202E\uFFFD', '<img src=x onerror=alert(1)> и ]]>', '<h1>Заголовок</h1>', 'Текст <script>x</script>', '\u202Eмир\uFFFD &amp;amp;', 'http://ex.com/a"b<c>{d}|e\\^`/77']) {
      assert.ok(shown.includes(text), text);
    }
    assert.deepEqual(elementLines(xml, 'p').at(-1), '<p class="source"><a href="http://ex.com/a%22b%3Cc%3E%7Bd%7D%7Ce%5C%5E%60/77">http://ex.com/a"b&lt;c&gt;{d}|e\\^`/77</a></p>');
  });

  test('who a speaker is, from a hostile stenogram.speakers.json, stays attribute text', () => {
    const xml = hostileRegisterExport();
    assert.deepEqual(elementLines(xml, 'TLC(Person|Role)'), [
      '<TLCPerson eId="В.Путин" href="/akn/ontology/person/zz/В.Путин" showAs="a &#34;role&#34; ]]&gt; &amp; \u202E &lt;img src=x onerror=alert(1)&gt;" shortForm="В.Путин"/>',
      '<TLCRole eId="role_a_role" href="/akn/ontology/role/zz/a_role" showAs="a &#34;role&#34; ]]&gt; &amp; \u202E"/>',
    ]);
    assert.deepEqual(elementLines(xml, 'speech'), ['<speech eId="dbsect_1__speech_1" by="#В.Путин" as="#role_a_role">']);
  });

  describe('valid against akomantoso30.xsd, one <speech> per turn, no word lost', () => {
    const texts: [name: string, text: string][] = [
      ['meeting', MEETING],
      ['timed', TIMED],
      ['hostile', HOSTILE],
      ['empty file', ''],
      ['title only', 'Заголовок\n'],
      ['source only', 'http://kremlin.ru/events/president/news/copy/56509\n'],
      ...sampleNames().map((name): [string, string] => [`samples/${name}`, readSample(name)]),
    ];
    const exports: { name: string; transcript: Transcript; xml: string }[] = texts.map(([name, text]) => {
      const transcript = parseTranscript(text);
      return { name, transcript, xml: akn(text) };
    });
    const collided = exportDocument(parseTranscript('А.Иванов: (Аплодисменты.)\nБ.Петров: Нет.\n'));
    [collided.people[0].id, collided.people[1].id] = ['applause', 'dbsect_1'];
    let errors: string[] | undefined;

    before(async () => {
      if (!akomaNtosoSchemaAvailable()) return;
      const documents: XmlDocument[] = [...exports.map(({ name, xml }) => ({ name, xml })), { name: 'colliding ids', xml: toAkomaNtoso(collided) }, { name: 'hostile register', xml: hostileRegisterExport() }];
      errors = await akomaNtosoErrors(documents);
    });

    test('every document validates', (t) => {
      if (!errors) return t.skip('../shared/schemas/akomantoso30.xsd is absent: nothing to validate against');
      assert.deepEqual(errors, []);
    });

    for (const { name, transcript, xml } of exports) {
      test(`${name}: ${transcript.turns.length} turns, as many speeches, every word kept`, () => {
        assert.equal(speechCount(xml), transcript.turns.length);
        assert.deepEqual(missingWords(contentWords(transcript), shownText(xml)), []);
      });
    }
  });

  test('stenogram export --to akn FILE writes the document to standard output', () => {
    const file = samplePath('bilateral-meeting.transcript');
    const { code, out, err } = run('export', '--to', 'akn', file);
    assert.deepEqual({ code, err }, { code: 0, err: '' });
    assert.equal(`${out.join('\n')}\n`, akn(readSample('bilateral-meeting.transcript')));
  });
});
