// The Word writer (`stenogram export --to docx`): a ZIP with the parts Word requires, each well-formed
// XML; the document's paragraphs, read back, are the transcript's in Word styles (written out in
// full); the styles, properties and source link; every word of the samples kept; hostile text stays
// text; the same transcript always gives the same bytes; the command line and the format table.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportDocument, exportFormat, exportTranscript, toDocx, type ExportDocument } from '../../server/src/features';
import { parseTranscript, type ParseOptions } from '../../server/src/transcript';
import { run } from '../helpers/cli';
import { docxParagraphs, docxParts, docxText, xmlErrors } from '../helpers/docx';
import { contentWords, missingWords } from '../helpers/exportWords';
import { readSample, samplePath, sampleNames } from '../helpers/fixtures';

/** A header, a lead, a section with a heading and one without, each kind of mark, a source. */
const MEETING = `Совещание с членами Правительства

2024-03-14 11:00:00

Ново-Огарёво

Президент провёл совещание с членами Правительства.
* * *
Вступительное слово
В.Путин: Добрый день, уважаемые коллеги! (Аплодисменты.)
Реплика: Можно уточнить [о сроках]?
В.Путин: Конечно. &lt;…&gt;
(Смех.)
* * *
М.Мишустин: Спасибо, Владимир Владимирович.
Работа идёт по графику.

http://kremlin.ru/events/president/news/73000
`;

const docxOf = (text: string, options?: ParseOptions) => toDocx(exportDocument(parseTranscript(text, options)));
const partsOf = (text: string, options?: ParseOptions) => docxParts(docxOf(text, options));

describe('Word: the package', () => {
  test('a ZIP of the parts Word requires, [Content_Types].xml first, each well-formed XML', () => {
    const parts = partsOf(MEETING);
    assert.deepEqual(Object.keys(parts), [
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/app.xml',
      'word/document.xml',
      'word/styles.xml',
      'word/settings.xml',
      'word/_rels/document.xml.rels',
    ]);
    assert.deepEqual(xmlErrors(parts), []);
  });

  test('the well-formedness check fails on a broken part', () => {
    assert.notDeepEqual(xmlErrors({ 'word/document.xml': '<w:document><w:body></w:document>' }), []);
  });

  test('[Content_Types].xml names the type of every part; the package and the document relate them', () => {
    const parts = partsOf(MEETING);
    const types = parts['[Content_Types].xml'];
    for (const name of Object.keys(parts).filter((n) => !n.endsWith('.rels') && n !== '[Content_Types].xml')) {
      assert.match(types, new RegExp(`PartName="/${name.replace(/\./g, '\\.')}"`), name);
    }
    assert.match(types, /<Default Extension="rels" ContentType="application\/vnd\.openxmlformats-package\.relationships\+xml"\/>/);
    assert.match(types, /PartName="\/word\/document\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml"/);
    assert.equal(
      parts['_rels/.rels'],
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
        '</Relationships>',
    );
  });

  test('the same transcript always gives the same bytes', () => {
    assert.deepEqual(docxOf(MEETING), docxOf(MEETING));
  });
});

describe('Word: the document', () => {
  test('title, date and place, lead, section headings, a paragraph per turn with its label in the Speaker style, marks in their own', () => {
    assert.deepEqual(docxParagraphs(partsOf(MEETING)['word/document.xml']), [
      'Title | Совещание с членами Правительства',
      'Subtitle | 2024-03-14 11:00:00 · Ново-Огарёво',
      'Lead | Президент провёл совещание с членами Правительства.',
      'Heading2 | Вступительное слово',
      'Turn | {Speaker:В.Путин:} Добрый день, уважаемые коллеги! {EditorialMark:(Аплодисменты.)}',
      'Turn | {Speaker:Реплика:} Можно уточнить {EditorialMark:[о сроках]}?',
      'Turn | {Speaker:В.Путин:} Конечно. {EditorialMark:<…>}',
      'TurnContinuation | {EditorialMark:(Смех.)}',
      'SectionBreak | * * *',
      'Turn | {Speaker:М.Мишустин:} Спасибо, Владимир Владимирович.',
      'TurnContinuation | Работа идёт по графику.',
      'Source | {Hyperlink:http://kremlin.ru/events/president/news/73000}',
    ]);
  });

  test('the source is a hyperlink: an external relationship to the URL, percent-encoded where a URI needs it', () => {
    const parts = partsOf(['Title', '', 'Anna Lee: Hello.', '', 'https://example.org/стенограмма?a=1&b=<2>%zz%20'].join('\n'), { tradition: 'dialogue' });
    assert.match(parts['word/document.xml'], /<w:hyperlink r:id="rIdSource" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t xml:space="preserve">https:\/\/example\.org\/стенограмма\?a=1&amp;b=&lt;2&gt;%zz%20<\/w:t><\/w:r><\/w:hyperlink>/);
    assert.equal(
      parts['word/_rels/document.xml.rels'],
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
        '<Relationship Id="rIdSource" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" ' +
        'Target="https://example.org/%D1%81%D1%82%D0%B5%D0%BD%D0%BE%D0%B3%D1%80%D0%B0%D0%BC%D0%BC%D0%B0?a=1&amp;b=%3C2%3E%25zz%20" TargetMode="External"/>' +
        '</Relationships>',
    );
  });

  test('no source, no link: the document relates only its styles and settings', () => {
    const parts = partsOf('Anna Lee: Hello.\n', { tradition: 'dialogue' });
    assert.doesNotMatch(parts['word/_rels/document.xml.rels'], /hyperlink/);
    assert.deepEqual(docxParagraphs(parts['word/document.xml']), ['Turn | {Speaker:Anna Lee:} Hello.']);
  });

  test('a turn opens with its recording time; a tab stays a tab; a turn with no text is its label alone', () => {
    const text = ['Interview', '', '[00:01:23] Anna Petrova: Hello\tthere.', 'Second paragraph.', '[00:02:05] Tom Lee: Hi.', ''].join('\n');
    const parts = partsOf(text);
    assert.deepEqual(docxParagraphs(parts['word/document.xml']), [
      'Title | Interview',
      'Turn | {Time:[00:01:23] }{Speaker:Anna Petrova:} Hello\tthere.',
      'TurnContinuation | Second paragraph.',
      'Turn | {Time:[00:02:05] }{Speaker:Tom Lee:} Hi.',
    ]);
    assert.match(parts['word/document.xml'], /<w:t xml:space="preserve"> Hello<\/w:t><w:tab\/><w:t xml:space="preserve">there\.<\/w:t>/);
  });

  test('narration between a section heading and its turns; a first section with no heading needs no separator', () => {
    const text = ['Заседание', '', 'В.Путин: Начнём.', '* * *', 'После перерыва', 'Все встают.', 'В.Путин: Продолжим.', ''].join('\n');
    assert.deepEqual(docxParagraphs(partsOf(text)['word/document.xml']), [
      'Title | Заседание',
      'Turn | {Speaker:В.Путин:} Начнём.',
      'Heading2 | После перерыва',
      'Narration | Все встают.',
      'Turn | {Speaker:В.Путин:} Продолжим.',
    ]);
  });

  test('an empty transcript is an empty document Word can open: one empty paragraph', () => {
    const parts = partsOf('');
    assert.deepEqual(docxParagraphs(parts['word/document.xml']), ['Normal | ']);
    assert.deepEqual(xmlErrors(parts), []);
  });
});

describe('Word: styles and properties', () => {
  test('every style the document names is defined, with its type', () => {
    const parts = partsOf(MEETING + '\n[00:01:00] Anna Lee: Hi.\n');
    const defined = new Map([...parts['word/styles.xml'].matchAll(/<w:style w:type="(\w+)"[^>]* w:styleId="(\w+)">/g)].map((m) => [m[2], m[1]]));
    const used = (tag: string) => new Set([...parts['word/document.xml'].matchAll(new RegExp(`<w:${tag} w:val="(\\w+)"/>`, 'g'))].map((m) => m[1]));
    for (const id of used('pStyle')) assert.equal(defined.get(id), 'paragraph', id);
    for (const id of used('rStyle')) assert.equal(defined.get(id), 'character', id);
  });

  test('the label is bold and marks italic by their styles; Title and heading 2 are Word’s own, in the outline', () => {
    const styles = partsOf(MEETING)['word/styles.xml'];
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}">.*?</w:style>`).exec(styles)?.[0];
    assert.equal(
      style('Speaker'),
      '<w:style w:type="character" w:customStyle="1" w:styleId="Speaker"><w:name w:val="Speaker"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
    );
    assert.equal(
      style('EditorialMark'),
      '<w:style w:type="character" w:customStyle="1" w:styleId="EditorialMark"><w:name w:val="Editorial Mark"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>',
    );
    assert.equal(
      style('Turn'),
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Turn"><w:name w:val="Turn"/><w:basedOn w:val="Normal"/><w:next w:val="TurnContinuation"/><w:qFormat/><w:pPr><w:spacing w:before="120" w:after="120"/></w:pPr></w:style>',
    );
    assert.equal(
      style('Heading2'),
      '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Turn"/><w:qFormat/>' +
        '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>',
    );
    assert.match(style('Title') ?? '', /^<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"\/>.*<w:outlineLvl w:val="0"\/>/);
  });

  test('a Russian transcript: its title and language in the properties, Russian proofing, A4 pages', () => {
    const parts = partsOf(MEETING);
    assert.equal(
      parts['docProps/core.xml'],
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        '<dc:title>Совещание с членами Правительства</dc:title><dc:language>ru-RU</dc:language></cp:coreProperties>',
    );
    assert.match(parts['word/styles.xml'], /<w:rPrDefault><w:rPr><w:rFonts [^>]*\/><w:sz w:val="22"\/><w:szCs w:val="22"\/><w:lang w:val="ru-RU"\/><\/w:rPr><\/w:rPrDefault>/);
    assert.match(parts['word/document.xml'], /<w:pgSz w:w="11906" w:h="16838"\/>/);
    assert.match(parts['word/settings.xml'], /<w:compatSetting w:name="compatibilityMode" w:uri="http:\/\/schemas\.microsoft\.com\/office\/word" w:val="15"\/>/);
  });

  test('an English transcript: en-US, US Letter; no title, no dc:title', () => {
    const parts = partsOf('Anna Lee: Hello, everyone.\n', { tradition: 'dialogue' });
    assert.match(parts['docProps/core.xml'], /<cp:coreProperties [^>]*><dc:language>en-US<\/dc:language><\/cp:coreProperties>$/);
    assert.match(parts['word/styles.xml'], /<w:lang w:val="en-US"\/>/);
    assert.match(parts['word/document.xml'], /<w:pgSz w:w="12240" w:h="15840"\/>/);
  });
});

describe('Word: every word, and nothing as markup', () => {
  test('every word of every sample is kept, one Turn paragraph per turn', () => {
    for (const name of sampleNames()) {
      const transcript = parseTranscript(readSample(name));
      const parts = docxParts(toDocx(exportDocument(transcript)));
      assert.deepEqual(missingWords(contentWords(transcript), docxText(parts['word/document.xml'])), [], name);
      assert.equal(docxParagraphs(parts['word/document.xml']).filter((p) => p.startsWith('Turn | ')).length, transcript.turns.length, name);
      assert.deepEqual(xmlErrors(parts), [], name);
    }
  });

  test('hostile text stays text: tags, `]]>`, entities, U+0000 (as U+FFFD, which XML can hold) and U+202E', () => {
    const text = [
      'Title ]]> &amp; <b>bold</b> \u0000 \u202Eevil',
      '',
      'Anna Lee: <img src=x onerror=alert(1)> </w:t></w:r><w:r><w:t>x',
      '&lt;script&gt; "quoted" \'single\'',
      '',
      'https://example.org/"><script>alert(1)</script>',
    ].join('\n');
    const document: ExportDocument = exportDocument(parseTranscript(text, { tradition: 'dialogue' }));
    document.sections[0].turns[0].label = '<img src=x onerror=alert(1)>';
    const parts = docxParts(toDocx(document));
    assert.deepEqual(xmlErrors(parts), []);
    assert.deepEqual(docxParagraphs(parts['word/document.xml']), [
      'Title | Title ]]> &amp; <b>bold</b> \uFFFD \u202Eevil',
      'Turn | {Speaker:<img src=x onerror=alert(1)>:} <img src=x onerror=alert(1)> </w:t></w:r><w:r><w:t>x',
      'TurnContinuation | &lt;script&gt; "quoted" \'single\'',
      'Source | {Hyperlink:https://example.org/"><script>alert(1)</script>}',
    ]);
    for (const part of Object.values(parts)) assert.doesNotMatch(part, /<img|<script|<b>/);
    assert.match(parts['word/_rels/document.xml.rels'], /Target="https:\/\/example\.org\/%22%3E%3Cscript%3Ealert\(1\)%3C\/script%3E"/);
  });
});

describe('Word: the format table and the command line', () => {
  test('`docx` in the table: a binary .docx whose bytes are a ZIP', () => {
    const format = exportFormat('docx');
    assert.deepEqual(format && { id: format.id, name: format.name, extension: format.extension, mediaType: format.mediaType }, {
      id: 'docx',
      name: 'Word',
      extension: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    const result = exportTranscript(parseTranscript(MEETING), format!, { locale: 'en' });
    assert.ok(result.ok && result.content.kind === 'binary');
    assert.deepEqual([...result.content.bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
  });

  test('stenogram export --to docx needs -o; with it, writes the file', () => {
    const toStdout = run('export', '--to', 'docx', samplePath('roundtable-en.transcript'), '--lang', 'en');
    assert.deepEqual([toStdout.code, toStdout.out], [2, []]);
    assert.match(toStdout.err, /Word is not text: name the file to write with -o/);

    const target = join(mkdtempSync(join(tmpdir(), 'stenogram-docx-')), 'roundtable-en.docx');
    const written = run('export', '--to', 'docx', samplePath('roundtable-en.transcript'), '-o', target);
    assert.deepEqual([written.code, written.out], [0, [`${samplePath('roundtable-en.transcript')} → ${target}`]]);
    assert.deepEqual(new Uint8Array(readFileSync(target)), docxOf(readSample('roundtable-en.transcript')));
  });
});
