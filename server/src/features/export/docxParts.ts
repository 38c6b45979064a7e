// The parts of a Word file around its text (Office Open XML, ECMA-376): what each part is
// (`[Content_Types].xml`), how they hang together (`_rels/.rels`, `word/_rels/document.xml.rels`),
// the document's properties (title and language, `docProps/core.xml`), the settings that keep Word
// out of compatibility mode, and the styles. The text itself uses styles only, never direct
// formatting, so that a newsroom restyles every label or every remark at once:
//
//   Title · Subtitle (date and place) · Lead · heading 2 (a section's heading) · Section Break
//   (`* * *`) · Narration · Turn (a turn's first paragraph) · Turn Continuation · Source
//   characters: Speaker (the label, bold) · Time · Editorial Mark (italic) · Hyperlink
//
// Word rejects a file whose properties are out of the schema's order, so every `pPr`/`rPr` below
// lists its children in that order (pStyle, keepNext, keepLines, spacing, jc, outlineLvl; rStyle,
// rFonts, b, i, color, sz, u, lang).
import { element, xmlText } from './xml';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NAMESPACES = { 'xmlns:w': W, 'xmlns:r': R };

/** Style ids as the document's paragraphs and runs name them. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  lead: 'Lead',
  heading: 'Heading2',
  sectionBreak: 'SectionBreak',
  narration: 'Narration',
  turn: 'Turn',
  continuation: 'TurnContinuation',
  source: 'Source',
  speaker: 'Speaker',
  time: 'Time',
  mark: 'EditorialMark',
  hyperlink: 'Hyperlink',
} as const;

/** The relationship id of the source link in `word/_rels/document.xml.rels`. */
export const SOURCE_LINK_ID = 'rIdSource';

/** The document's language as a language tag for Word's proofing and the properties. */
export function languageTag(language: 'ru' | 'en'): string {
  return language === 'ru' ? 'ru-RU' : 'en-US';
}

export function contentTypesXml(): string {
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const overrides: [string, string][] = [
    ['/word/document.xml', `${main}.document.main+xml`],
    ['/word/styles.xml', `${main}.styles+xml`],
    ['/word/settings.xml', `${main}.settings+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
  ];
  const content = [
    element('Default', { Extension: 'rels', ContentType: 'application/vnd.openxmlformats-package.relationships+xml' }),
    element('Default', { Extension: 'xml', ContentType: 'application/xml' }),
    ...overrides.map(([PartName, ContentType]) => element('Override', { PartName, ContentType })),
  ].join('');
  return DECLARATION + element('Types', { xmlns: 'http://schemas.openxmlformats.org/package/2006/content-types' }, content);
}

interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: 'External';
}

function relationshipsXml(relationships: Relationship[]): string {
  const content = relationships.map((r) => element('Relationship', { ...r })).join('');
  return DECLARATION + element('Relationships', { xmlns: PACKAGE_RELS }, content);
}

export function packageRelationshipsXml(): string {
  return relationshipsXml([
    { Id: 'rId1', Type: `${OFFICE_RELS}/officeDocument`, Target: 'word/document.xml' },
    { Id: 'rId2', Type: `${PACKAGE_RELS}/metadata/core-properties`, Target: 'docProps/core.xml' },
    { Id: 'rId3', Type: `${OFFICE_RELS}/extended-properties`, Target: 'docProps/app.xml' },
  ]);
}

/** The document's relationships: its styles and settings, and the source link when there is one. */
export function documentRelationshipsXml(sourceTarget?: string): string {
  return relationshipsXml([
    { Id: 'rId1', Type: `${OFFICE_RELS}/styles`, Target: 'styles.xml' },
    { Id: 'rId2', Type: `${OFFICE_RELS}/settings`, Target: 'settings.xml' },
    ...(sourceTarget === undefined ? [] : [{ Id: SOURCE_LINK_ID, Type: `${OFFICE_RELS}/hyperlink`, Target: sourceTarget, TargetMode: 'External' as const }]),
  ]);
}

/** A URL as a relationship's target, which must be a URI (Word refuses the file otherwise): what a
 *  URI cannot hold (a space, `<`, `"`, a Cyrillic letter, a `%` that starts no escape) is
 *  percent-encoded as UTF-8; escapes already there and the URI's own delimiters stay.
 *  `https://example.org/путь?q=a b` → `https://example.org/%D0%BF%D1%83%D1%82%D1%8C?q=a%20b` */
export function uriTarget(url: string): string {
  const utf8 = new TextEncoder();
  return url.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/gu, (c) =>
    [...utf8.encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

/** Title and language, which Word shows under File › Info and search tools index. */
export function corePropertiesXml(title: string | undefined, language: string): string {
  const content = (title === undefined ? '' : element('dc:title', {}, xmlText(title))) + element('dc:language', {}, xmlText(language));
  return (
    DECLARATION +
    element(
      'cp:coreProperties',
      {
        'xmlns:cp': 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        'xmlns:dcterms': 'http://purl.org/dc/terms/',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      },
      content,
    )
  );
}

export function appPropertiesXml(): string {
  return DECLARATION + element('Properties', { xmlns: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties' }, element('Application', {}, 'Stenogram'));
}

/** Compatibility mode 15 is Word 2013 and later: without it Word opens the file in compatibility mode. */
export function settingsXml(): string {
  const compat = element('w:compat', {}, element('w:compatSetting', { 'w:name': 'compatibilityMode', 'w:uri': 'http://schemas.microsoft.com/office/word', 'w:val': '15' }));
  return DECLARATION + element('w:settings', { 'xmlns:w': W }, compat);
}

interface StyleDefinition {
  type: 'paragraph' | 'character';
  id: string;
  /** `heading 2` (lowercase) is how Word names its own Heading 2, the one its navigation pane and
   *  table of contents follow. */
  name: string;
  basedOn?: string;
  next?: string;
  pPr?: string;
  rPr?: string;
}

const val = (tag: string, value: string) => element(tag, { 'w:val': value });
const spacing = (before: number, after: number) => element('w:spacing', { 'w:before': String(before), 'w:after': String(after) });
const size = (halfPoints: number) => val('w:sz', String(halfPoints)) + val('w:szCs', String(halfPoints));
const BOLD = '<w:b/><w:bCs/>';
const ITALIC = '<w:i/><w:iCs/>';

/** Word's own styles by their names: Word shows them in its UI language and lists them in its gallery. */
const BUILT_IN = new Set(['Title', 'Subtitle', 'heading 2', 'Hyperlink']);

const STYLES: StyleDefinition[] = [
  { type: 'paragraph', id: STYLE.title, name: 'Title', basedOn: 'Normal', next: STYLE.subtitle, pPr: spacing(0, 240) + val('w:outlineLvl', '0'), rPr: BOLD + size(40) },
  { type: 'paragraph', id: STYLE.subtitle, name: 'Subtitle', basedOn: 'Normal', next: STYLE.lead, pPr: spacing(0, 240), rPr: val('w:color', '595959') },
  { type: 'paragraph', id: STYLE.lead, name: 'Lead', basedOn: 'Normal', next: STYLE.lead },
  { type: 'paragraph', id: STYLE.heading, name: 'heading 2', basedOn: 'Normal', next: STYLE.turn, pPr: '<w:keepNext/><w:keepLines/>' + spacing(360, 120) + val('w:outlineLvl', '1'), rPr: BOLD + size(28) },
  { type: 'paragraph', id: STYLE.sectionBreak, name: 'Section Break', basedOn: 'Normal', next: STYLE.turn, pPr: '<w:keepNext/>' + spacing(240, 240) + val('w:jc', 'center') },
  { type: 'paragraph', id: STYLE.narration, name: 'Narration', basedOn: 'Normal', next: STYLE.turn },
  { type: 'paragraph', id: STYLE.turn, name: 'Turn', basedOn: 'Normal', next: STYLE.continuation, pPr: spacing(120, 120) },
  { type: 'paragraph', id: STYLE.continuation, name: 'Turn Continuation', basedOn: STYLE.turn, next: STYLE.continuation, pPr: spacing(0, 120) },
  { type: 'paragraph', id: STYLE.source, name: 'Source', basedOn: 'Normal', pPr: spacing(360, 0) },
  { type: 'character', id: STYLE.speaker, name: 'Speaker', basedOn: 'DefaultParagraphFont', rPr: BOLD },
  { type: 'character', id: STYLE.time, name: 'Time', basedOn: 'DefaultParagraphFont', rPr: val('w:color', '595959') },
  { type: 'character', id: STYLE.mark, name: 'Editorial Mark', basedOn: 'DefaultParagraphFont', rPr: ITALIC },
  { type: 'character', id: STYLE.hyperlink, name: 'Hyperlink', basedOn: 'DefaultParagraphFont', rPr: val('w:color', '0563C1') + val('w:u', 'single') },
];

function styleXml(style: StyleDefinition): string {
  const content = [
    val('w:name', style.name),
    style.basedOn && val('w:basedOn', style.basedOn),
    style.next && val('w:next', style.next),
    '<w:qFormat/>',
    style.pPr && element('w:pPr', {}, style.pPr),
    style.rPr && element('w:rPr', {}, style.rPr),
  ].join('');
  return element('w:style', { 'w:type': style.type, 'w:customStyle': BUILT_IN.has(style.name) ? undefined : '1', 'w:styleId': style.id }, content);
}

/** Normal (Calibri 11 pt, in the document's language), Word's default character style, and ours. */
export function stylesXml(language: string): string {
  const fonts = element('w:rFonts', { 'w:ascii': 'Calibri', 'w:hAnsi': 'Calibri', 'w:eastAsia': 'Calibri', 'w:cs': 'Calibri' });
  const defaults = element(
    'w:docDefaults',
    {},
    element('w:rPrDefault', {}, element('w:rPr', {}, fonts + size(22) + element('w:lang', { 'w:val': language }))) +
      element('w:pPrDefault', {}, element('w:pPr', {}, element('w:spacing', { 'w:after': '120', 'w:line': '264', 'w:lineRule': 'auto' }))),
  );
  const normal = element('w:style', { 'w:type': 'paragraph', 'w:default': '1', 'w:styleId': 'Normal' }, val('w:name', 'Normal') + '<w:qFormat/>');
  const defaultFont = element(
    'w:style',
    { 'w:type': 'character', 'w:default': '1', 'w:styleId': 'DefaultParagraphFont' },
    val('w:name', 'Default Paragraph Font') + val('w:uiPriority', '1') + '<w:semiHidden/><w:unhideWhenUsed/>',
  );
  return DECLARATION + element('w:styles', { 'xmlns:w': W }, defaults + normal + defaultFont + STYLES.map(styleXml).join(''));
}
