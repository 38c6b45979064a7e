// Akoma Ntoso 3.0 (OASIS LegalDocML) `debate`, valid against akomantoso30.xsd:
//
//   <meta>        FRBR identification (/akn/ru/debate/2017-12-27/56509, its rus@ expression and .akn
//                 manifestation) and the references: a TLCPerson per speaker, a TLCRole per role,
//                 TLCConcepts for the audience's laughter and applause
//   <preface>     title, date, place
//   <debateBody>  the lead as <narrative>s, then a <debateSection> per section:
//                   <heading>Стенограмма …</heading>
//                   <speech by="#В.Путин" as="#role_Президент_России"><from>В.Путин</from><p>…</p></speech>
//                   <narrative><remark type="sceneDescription" refersTo="#applause">(Аплодисменты.)</remark></narrative>
//   <conclusions> the source URL
//
// Inside paragraphs, `(Смех.)` is a <remark> and `[космодрому]` an <ins> (the schema's "editorial
// insertion"), each with its text as written; an omission, however written, is <omissis>&lt;…&gt;</omissis>.
// A turn's time in the recording is a <recordedTime> in its <from>, a label's note (`(как переведено)`)
// a <remark> there. Every turn is one <speech>, role labels (`Вопрос:`, `Q`) too.
import type { AudienceSound } from '../../transcript';
import type { ExportDocument, ExportPerson, ExportSection, ExportTurn, Inline, Paragraph } from './exportDocument';
import { element, xmlText } from './xml';

const NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** ISO 639-2 codes, which Akoma Ntoso IRIs and FRBRlanguage use. */
const LANGUAGE_CODES = { ru: 'rus', en: 'eng' } as const;

/** FRBRdate needs a date; a transcript without one gets this, named `unknown`. */
const UNKNOWN_DATE = '0001-01-01';

/** The ontology concepts of the audience's sounds a remark reports. */
const SOUND_NAMES: Record<AudienceSound, string> = { laughter: 'Laughter', applause: 'Applause' };

/** `transcript` as an Akoma Ntoso debate record. */
export function toAkomaNtoso(document: ExportDocument): string {
  const ids = new DocumentIds(document);
  const lang = document.language;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<akomaNtoso xmlns="${NAMESPACE}">`, '  <debate name="transcript">'];
  out.push(...metaLines(document, ids));
  const preface = prefaceLines(document);
  if (preface.length > 0) out.push(`    <preface xml:lang="${lang}">`, ...preface, '    </preface>');
  out.push(`    <debateBody xml:lang="${lang}">`, ...bodyLines(document, ids), '    </debateBody>');
  if (document.source) out.push('    <conclusions>', `      <p class="source">${element('a', { href: iri(document.source) }, xmlText(document.source))}</p>`, '    </conclusions>');
  out.push('  </debate>', '</akomaNtoso>');
  return `${out.join('\n')}\n`;
}

/** Every `eId` of the document, unique as the schema requires: the speakers keep theirs, and the ids
 *  this writer makes (`stenogram`, `applause`, `dbsect_1`, a role's) give way to them with `-2`. */
class DocumentIds {
  private readonly taken = new Set<string>();
  private readonly named = new Map<string, string>();
  private readonly roles = new Map<string, string>();

  constructor(document: ExportDocument) {
    for (const person of document.people) this.taken.add(person.id);
    for (const person of document.people) if (person.role && !person.isRole) this.role(person.role);
  }

  /** The id of one of the writer's own things (`stenogram`, `applause`, `dbsect_1`), the same on every call. */
  of(name: string): string {
    let id = this.named.get(name);
    if (id === undefined) this.named.set(name, (id = this.claim(name)));
    return id;
  }

  /** A role's id, from its words: `Президент России` → `role_Президент_России`. */
  role(role: string): string {
    let id = this.roles.get(role);
    if (id === undefined) this.roles.set(role, (id = this.claim(`role_${role.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^_+|_+$/g, '')}`)));
    return id;
  }

  rolesInOrder(): [role: string, id: string][] {
    return [...this.roles];
  }

  private claim(base: string): string {
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

// ---- meta

function metaLines(document: ExportDocument, ids: DocumentIds): string[] {
  const country = countryOf(document.sourceHost);
  const date = document.date?.iso?.slice(0, 10);
  const dated = { date: date ?? UNKNOWN_DATE, name: date ? 'event' : 'unknown' };
  const work = `/akn/${country}/debate/${date ?? UNKNOWN_DATE}/${document.sourceNumber ?? 'nn'}`;
  const expression = `${work}/${LANGUAGE_CODES[document.language]}@`;
  const stenogram = `#${ids.of('stenogram')}`;
  const author = document.sourceHost ? `#${ids.of('publisher')}` : stenogram;
  const frbr = (level: string, self: string, uri: string, by: string, extra: string[]) => [
    `        <${level}>`,
    `          ${element('FRBRthis', { value: self })}`,
    `          ${element('FRBRuri', { value: uri })}`,
    `          ${element('FRBRdate', dated)}`,
    `          ${element('FRBRauthor', { href: by })}`,
    ...extra.map((line) => `          ${line}`),
    `        </${level}>`,
  ];
  return [
    '    <meta>',
    `      <identification source="${stenogram}">`,
    ...frbr('FRBRWork', `${work}/!main`, work, author, [element('FRBRcountry', { value: country })]),
    ...frbr('FRBRExpression', `${expression}/!main`, expression, author, [element('FRBRlanguage', { language: LANGUAGE_CODES[document.language] })]),
    ...frbr('FRBRManifestation', `${expression}/!main.xml`, `${expression}.akn`, stenogram, []),
    '      </identification>',
    `      <references source="${stenogram}">`,
    ...referenceElements(document, ids, country).map((line) => `        ${line}`),
    '      </references>',
    '    </meta>',
  ];
}

function referenceElements(document: ExportDocument, ids: DocumentIds, country: string): string[] {
  const out = [element('TLCOrganization', { eId: ids.of('stenogram'), href: '/akn/ontology/organization/stenogram', showAs: 'Stenogram' })];
  if (document.sourceHost) out.push(element('TLCOrganization', { eId: ids.of('publisher'), href: `/akn/ontology/organization/${country}/${iri(document.sourceHost)}`, showAs: document.sourceHost }));
  for (const person of document.people) out.push(personElement(person, country));
  for (const [role, id] of ids.rolesInOrder()) out.push(element('TLCRole', { eId: id, href: `/akn/ontology/role/${country}/${id.replace(/^role_/, '')}`, showAs: role }));
  for (const sound of soundsOf(document)) out.push(element('TLCConcept', { eId: ids.of(sound), href: `/akn/ontology/concept/akn/${sound}`, showAs: SOUND_NAMES[sound] }));
  return out;
}

/** A speaker: `showAs` is who they are where the register, the lead or the labels say, else the label;
 *  `shortForm` the label when that differs. */
function personElement(person: ExportPerson, country: string): string {
  const showAs = (!person.isRole && person.who) || person.label;
  return element('TLCPerson', {
    eId: person.id,
    href: `/akn/ontology/person/${country}/${person.id}`,
    showAs,
    shortForm: showAs === person.label ? undefined : person.label,
  });
}

/** The sounds any remark of the document reports, in a fixed order. */
function soundsOf(document: ExportDocument): AudienceSound[] {
  const found = new Set<AudienceSound>();
  const paragraphs = [...document.lead, ...document.sections.flatMap((s) => [...s.narration, ...s.turns.flatMap((t) => t.paragraphs)])];
  for (const paragraph of paragraphs) for (const piece of paragraph) if (piece.kind === 'mark') for (const sound of piece.sounds) found.add(sound);
  return (Object.keys(SOUND_NAMES) as AudienceSound[]).filter((s) => found.has(s));
}

/** ISO 3166 country of the work's IRI, from the source's host: `kremlin.ru` → `ru`, a `.gov` or `.mil`
 *  host → `us`; `zz` (the code for an unknown country) when the host does not say. */
function countryOf(host: string | undefined): string {
  const top = host?.replace(/:\d+$/, '').split('.').pop()?.toLowerCase() ?? '';
  if (top === 'uk') return 'gb';
  if (/^[a-z]{2}$/.test(top)) return top;
  return top === 'gov' || top === 'mil' ? 'us' : 'zz';
}

/** `text` as an IRI: the characters an IRI may not hold (space, `<`, `"`, `{`, `|`, controls …)
 *  percent-encoded, everything else as it is. */
function iri(text: string): string {
  return text.replace(/[\u0000-\u0020"<>\\^`{|}\u007F-\u009F\u2028\u2029\uFFF0-\uFFFF]/gu, (c) => encodeURIComponent(c));
}

// ---- preface

function prefaceLines(document: ExportDocument): string[] {
  const out: string[] = [];
  if (document.title) out.push(`<p class="title">${element('docTitle', {}, xmlText(document.title))}</p>`);
  if (document.date) {
    const when = document.date.iso ? dateTimeOf(document.date.iso) : undefined;
    out.push(`<p class="date">${when ? element('docDate', { date: when }, xmlText(document.date.text)) : xmlText(document.date.text)}</p>`);
  }
  if (document.place) out.push(`<p class="place">${xmlText(document.place)}</p>`);
  return out.map((line) => `      ${line}`);
}

/** An xsd:date or xsd:dateTime: `2024-02-29`, `2024-02-29T14:00` → `2024-02-29T14:00:00`. */
function dateTimeOf(iso: string): string {
  return /T\d\d:\d\d$/.test(iso) ? `${iso}:00` : iso;
}

// ---- body

function bodyLines(document: ExportDocument, ids: DocumentIds): string[] {
  const out: string[] = [];
  if (document.lead.length > 0) {
    out.push(`      <debateSection eId="${ids.of('dbsect_0')}" name="lead">`);
    for (const paragraph of document.lead) out.push(`        ${narrative(paragraph, ids)}`);
    out.push('      </debateSection>');
  }
  document.sections.forEach((section, i) => out.push(...sectionLines(section, `dbsect_${i + 1}`, ids)));
  // debateBody must hold at least one section, even for a file with no text.
  if (out.length === 0) out.push(`      <debateSection eId="${ids.of('dbsect_1')}" name="section"/>`);
  return out;
}

function sectionLines(section: ExportSection, name: string, ids: DocumentIds): string[] {
  const inner: string[] = [];
  if (section.heading) inner.push(element('heading', {}, xmlText(section.heading)));
  for (const paragraph of section.narration) inner.push(narrative(paragraph, ids));
  section.turns.forEach((turn, i) => inner.push(...speechLines(turn, `${name}__speech_${i + 1}`, ids)));
  const open = `      <debateSection eId="${ids.of(name)}" name="section"`;
  if (inner.length === 0) return [`${open}/>`];
  return [`${open}>`, ...inner.map((line) => `        ${line}`), '      </debateSection>'];
}

/** A turn as one <speech>. Remarks standing alone at its end (`(Аплодисменты.)` on their own line
 *  after the speech) follow it as <narrative>s; anywhere else they stay a paragraph of the speech,
 *  which may hold only blocks. The first paragraph always stays: a speech needs one. */
function speechLines(turn: ExportTurn, name: string, ids: DocumentIds): string[] {
  let end = turn.paragraphs.length;
  while (end > 1 && isRemarkAlone(turn.paragraphs[end - 1])) end--;
  const paragraphs = turn.paragraphs.slice(0, end).map((p) => `  <p>${inlines(p, ids)}</p>`);
  return [
    startTag('speech', { eId: ids.of(name), by: `#${turn.speaker.id}`, as: roleOf(turn.speaker, ids) }),
    `  <from>${fromContent(turn)}</from>`,
    ...(paragraphs.length > 0 ? paragraphs : ['  <p/>']),
    '</speech>',
    ...turn.paragraphs.slice(end).map((p) => narrative(p, ids)),
  ];
}

/** The label as written, its note (`(как переведено)`) a <remark> in it, then the time if any:
 *  `<from>Э.Макрон <remark>(как переведено)</remark></from>`. */
function fromContent(turn: ExportTurn): string {
  const note = turn.note && turn.label.endsWith(turn.note) ? turn.note : undefined;
  const label = note ? `${xmlText(turn.label.slice(0, -note.length))}${element('remark', {}, xmlText(note))}` : xmlText(turn.label);
  return turn.time ? `${label} ${timeElement(turn.time)}` : label;
}

/** `<tag attributes>` alone, for an element whose content follows on lines of its own. */
function startTag(tag: string, attributes: Record<string, string | undefined>): string {
  return element(tag, attributes).replace(/\/>$/, '>');
}

function roleOf(person: ExportPerson, ids: DocumentIds): string | undefined {
  return person.role && !person.isRole ? `#${ids.role(person.role)}` : undefined;
}

/** A time in the recording as the schema's `time`, an xsd:time: `00:01:23`, `0:01` → `00:00:01`,
 *  `00:01:23,5` → `00:01:23.5`. One of a day or more cannot be an xsd:time: an <inline> keeps its text. */
function timeElement(time: { text: string; seconds: number }): string {
  const ms = Math.round(time.seconds * 1000);
  if (!(ms >= 0 && ms < 86_400_000)) return element('inline', { name: 'recordedTime' }, xmlText(time.text));
  const two = (n: number) => String(Math.floor(n)).padStart(2, '0');
  const s = Math.floor(ms / 1000);
  const fraction = ms % 1000 > 0 ? `.${String(ms % 1000).padStart(3, '0').replace(/0+$/, '')}` : '';
  return element('recordedTime', { time: `${two(s / 3600)}:${two((s % 3600) / 60)}:${two(s % 60)}${fraction}`, type: 'startEvent' }, xmlText(time.text));
}

function isRemarkAlone(paragraph: Paragraph): boolean {
  return paragraph.some((piece) => piece.kind === 'mark') && paragraph.every((piece) => (piece.kind === 'mark' ? piece.mark === 'remark' : piece.text.trim() === ''));
}

function narrative(paragraph: Paragraph, ids: DocumentIds): string {
  return `<narrative>${inlines(paragraph, ids)}</narrative>`;
}

function inlines(paragraph: Paragraph, ids: DocumentIds): string {
  return paragraph.map((piece) => inlineXml(piece, ids)).join('');
}

function inlineXml(piece: Inline, ids: DocumentIds): string {
  const text = xmlText(piece.text);
  if (piece.kind === 'text') return text;
  if (piece.mark === 'insertion') return element('ins', {}, text);
  // An omission as its meaning, whichever way the file writes it (`&lt;…&gt;`, `<…>`, `[…]`), as the
  // Markdown writer has it.
  if (piece.mark === 'omission') return element('omissis', {}, xmlText('<…>'));
  const refersTo = piece.sounds.map((sound) => `#${ids.of(sound)}`).join(' ');
  return element('remark', { type: 'sceneDescription', refersTo: refersTo || undefined }, text);
}
