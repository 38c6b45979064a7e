// Word (.docx): a document a newsroom opens and edits. Every paragraph carries a style
// (docxParts.ts) and nothing else, so restyling "Speaker" restyles every label:
//
//   Title              Встреча с волонтёрами
//   Subtitle           2023-05-02 15:00:00 · Москва, Кремль
//   Lead               Владимир Путин встретился с волонтёрами.
//   heading 2          Начало встречи
//   Turn               [Speaker: В.Путин:] Добрый день! [Editorial Mark: (Аплодисменты.)]
//   Turn Continuation  Мы работаем третий год.
//   Source             [Hyperlink: http://kremlin.ru/events/president/news/71015]
//
// A .docx is a ZIP of a few XML parts; we write WordprocessingML ourselves and zip it with fflate
// (9 KB in the bundle, where the `docx` package would add 220 KB). Text from the transcript is
// escaped (xml.ts), so a label `<img onerror=…>` or a `]]>` stays text.
import { zipSync } from 'fflate';
import type { ExportDocument, ExportTurn, Paragraph } from './exportDocument';
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  DECLARATION,
  documentRelationshipsXml,
  languageTag,
  NAMESPACES,
  packageRelationshipsXml,
  settingsXml,
  SOURCE_LINK_ID,
  STYLE,
  stylesXml,
  uriTarget,
} from './docxParts';
import { element, xmlText } from './xml';

/** Every entry's time in the ZIP: a fixed one, so that one transcript always gives the same bytes
 *  (1980 is the first year a ZIP can tell). */
const ZIP_TIME = new Date(1980, 0, 1);

/** A4 for a Russian document, US Letter for an English one; 2 cm margins. Twentieths of a point. */
const PAGE = {
  ru: { width: 11906, height: 16838 },
  en: { width: 12240, height: 15840 },
};
const MARGIN = 1134;

/** `document` as the bytes of a .docx file. */
export function toDocx(document: ExportDocument): Uint8Array {
  const language = languageTag(document.language);
  const utf8 = new TextEncoder();
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypesXml(),
    '_rels/.rels': packageRelationshipsXml(),
    'docProps/core.xml': corePropertiesXml(document.title, language),
    'docProps/app.xml': appPropertiesXml(),
    'word/document.xml': documentXml(document),
    'word/styles.xml': stylesXml(language),
    'word/settings.xml': settingsXml(),
    'word/_rels/document.xml.rels': documentRelationshipsXml(document.source === undefined ? undefined : uriTarget(document.source)),
  };
  const files = Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, utf8.encode(xml)]));
  return zipSync(files, { level: 6, mtime: ZIP_TIME });
}

/** `word/document.xml`: the body's paragraphs, then the page. */
function documentXml(document: ExportDocument): string {
  const paragraphs = bodyParagraphs(document);
  const page = PAGE[document.language];
  const margins = String(MARGIN);
  const sectionProperties = element(
    'w:sectPr',
    {},
    element('w:pgSz', { 'w:w': String(page.width), 'w:h': String(page.height) }) +
      element('w:pgMar', { 'w:top': margins, 'w:right': margins, 'w:bottom': margins, 'w:left': margins, 'w:header': '708', 'w:footer': '708', 'w:gutter': '0' }),
  );
  // A body needs a paragraph for Word to put the cursor in, even when the transcript is empty.
  const body = (paragraphs.length > 0 ? paragraphs.join('') : '<w:p/>') + sectionProperties;
  return DECLARATION + element('w:document', NAMESPACES, element('w:body', {}, body));
}

function bodyParagraphs(document: ExportDocument): string[] {
  const out: string[] = [];
  if (document.title) out.push(paragraph(STYLE.title, run(document.title)));
  const when = [document.date?.text, document.place].filter((s): s is string => !!s);
  if (when.length > 0) out.push(paragraph(STYLE.subtitle, run(when.join(' · '))));
  for (const p of document.lead) out.push(paragraph(STYLE.lead, inlineRuns(p)));
  document.sections.forEach((section, i) => {
    if (section.heading) out.push(paragraph(STYLE.heading, run(section.heading)));
    // A `* * *` with no heading after it still parts the sections; the first needs no separator.
    else if (i > 0) out.push(paragraph(STYLE.sectionBreak, run('* * *')));
    for (const p of section.narration) out.push(paragraph(STYLE.narration, inlineRuns(p)));
    for (const turn of section.turns) out.push(...turnParagraphs(turn));
  });
  if (document.source) out.push(paragraph(STYLE.source, sourceLink(document.source)));
  return out;
}

/** A turn's first paragraph opens with its time and its label (`[00:01:23] Anna Petrova:`); each
 *  further paragraph is a continuation. */
function turnParagraphs(turn: ExportTurn): string[] {
  const [first, ...rest] = turn.paragraphs;
  const opening = (turn.time ? run(`[${turn.time.text}] `, STYLE.time) : '') + run(`${turn.label}:`, STYLE.speaker) + (first ? inlineRuns(afterLabel(first)) : '');
  return [paragraph(STYLE.turn, opening), ...rest.map((p) => paragraph(STYLE.continuation, inlineRuns(p)))];
}

/** Text as written, each editorial mark in its own style; an omission as its meaning, `<…>`
 *  (`&lt;…&gt;` is how the print version writes it), as the Markdown writer does. */
function inlineRuns(p: Paragraph): string {
  return p.map((piece) => (piece.kind === 'text' ? run(piece.text) : run(piece.mark === 'omission' ? '<…>' : piece.text, STYLE.mark))).join('');
}

/** The turn's text after a space, in its first run when that is text. */
function afterLabel(p: Paragraph): Paragraph {
  const [head, ...tail] = p;
  return head?.kind === 'text' ? [{ kind: 'text', text: ` ${head.text}` }, ...tail] : [{ kind: 'text', text: ' ' }, ...p];
}

function paragraph(style: string, runs: string): string {
  return element('w:p', {}, element('w:pPr', {}, element('w:pStyle', { 'w:val': style })) + runs);
}

/** A run of `text` in a character style. A tab is Word's `<w:tab/>`; spaces at either end are kept
 *  (`xml:space="preserve"`), as Word drops them otherwise. */
function run(text: string, style?: string): string {
  if (text === '') return '';
  const properties = style ? element('w:rPr', {}, element('w:rStyle', { 'w:val': style })) : '';
  const content = text
    .split('\t')
    .map((piece) => (piece === '' ? '' : element('w:t', { 'xml:space': 'preserve' }, xmlText(piece))))
    .join('<w:tab/>');
  return element('w:r', {}, properties + content);
}

function sourceLink(url: string): string {
  return element('w:hyperlink', { 'r:id': SOURCE_LINK_ID, 'w:history': '1' }, run(url, STYLE.hyperlink));
}
