// TEI Parla-CLARIN (the TEI customisation ParlaMint corpora are built on), valid against
// `parla-clarin.rng`. The header holds the title, the date, the place, the source URL and the people
// who speak; the body one `<div type="debateSection">` per section, and per turn its label as printed
// and one utterance with a `<seg>` per paragraph:
//
//   <note type="speaker">В.Путин</note>
//   <u xml:id="turn-1" who="#В.Путин">
//     <seg>Добрый день! <vocal type="laughter"><desc>(Смех.)</desc></vocal></seg>
//   </u>
//
// Editorial marks: `(Смех.)` → `<vocal type="laughter">`, `(Аплодисменты.)` → `<kinesic type="applause">`
// (a remark naming both gives both, its words in the first), any other remark → `<note>`, `[космодрому]`
// (words the editor supplied) → `<supplied reason="editorial">`, `&lt;…&gt;` → `<gap reason="editorial">`.
// A role label (`Вопрос`, `Q`) speaks for different people each time: it is a `<personGrp>`, so that
// every utterance still has a `who` to point to.
import type { ExportDocument, ExportPerson, ExportSection, ExportTurn, Inline, Paragraph } from './exportDocument';
import { teiIds, type TeiIds } from './teiIds';
import { element, xmlText } from './xml';

export const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';

/** The language's name in itself, for `<langUsage>`. */
const LANGUAGE_NAMES: Record<ExportDocument['language'], string> = { ru: 'русский', en: 'English' };

export function toTei(document: ExportDocument): string {
  const ids = teiIds(document);
  const tei = block('TEI', { xmlns: TEI_NAMESPACE, 'xml:lang': document.language }, [teiHeader(document, ids), teiText(document, ids)]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tei.join('\n')}\n`;
}

/** Lines of XML, each indented relative to the element they stand in. */
type Lines = string[];

/** An element whose children stand one per line, indented under it (lines are prefixed, not searched
 *  for line breaks: the work is the lines times the depth). */
function block(tag: string, attributes: Record<string, string | undefined>, children: (Lines | string | undefined)[]): Lines {
  const inner = children.flatMap((c) => (c === undefined ? [] : c));
  if (inner.length === 0) return [element(tag, attributes)];
  // Attribute values escape line breaks, so the content's `\n` is the only one: it parts the tags.
  const [open, close] = element(tag, attributes, '\n').split('\n');
  return [open, ...inner.map((line) => `  ${line}`), close];
}

const textElement = (tag: string, value: string, attributes: Record<string, string | undefined> = {}) => element(tag, attributes, xmlText(value));

function teiHeader(document: ExportDocument, ids: TeiIds): Lines {
  const title = document.title ?? '';
  const date = document.date && textElement('date', document.date.text, { when: w3cDate(document.date.iso) });
  const fileDesc = block('fileDesc', {}, [
    block('titleStmt', {}, [textElement('title', title)]),
    block('extent', {}, [element('measure', { unit: 'speeches', quantity: String(document.turns) }), element('measure', { unit: 'words', quantity: String(document.words) })]),
    block('publicationStmt', {}, [textElement('p', 'Converted from a plain-text transcript by Stenogram.', { 'xml:lang': 'en' })]),
    block('sourceDesc', {}, [
      block('bibl', {}, [
        document.title === undefined ? undefined : textElement('title', title),
        document.source === undefined ? undefined : textElement('idno', document.source, { type: 'URI' }),
        date,
      ]),
    ]),
  ]);
  const setting = document.place === undefined && date === undefined ? undefined : block('settingDesc', {}, [block('setting', {}, [document.place === undefined ? undefined : textElement('placeName', document.place), date])]);
  // listPerson must hold someone: a file with no turns has no particDesc.
  const people = document.people.length === 0 ? undefined : block('particDesc', {}, [block('listPerson', {}, document.people.flatMap((p) => person(p, ids)))]);
  const langUsage = block('langUsage', {}, [textElement('language', LANGUAGE_NAMES[document.language], { ident: document.language })]);
  return block('teiHeader', {}, [fileDesc, block('profileDesc', {}, [setting, people, langUsage])]);
}

/** `2024-02-29T14:00` is no W3C date (`when` wants seconds with the minutes): `2024-02-29T14:00:00`. */
function w3cDate(iso: string | undefined): string | undefined {
  if (!iso || !/^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?)?$/.test(iso) || iso.startsWith('0000')) return undefined;
  return /T\d\d:\d\d$/.test(iso) ? `${iso}:00` : iso;
}

/** A speaker: a person with their name (or the label when nobody says it) and role; a role label
 *  nobody names (`Вопрос`) is a group. */
function person(p: ExportPerson, ids: TeiIds): Lines {
  const id = { 'xml:id': ids.person(p) };
  if (p.isRole && !p.name) return block('personGrp', id, [textElement('name', p.label)]);
  const role = p.role === undefined ? undefined : element('affiliation', {}, textElement('roleName', p.role));
  return block('person', id, [textElement('persName', p.name ?? p.label), role]);
}

function teiText(document: ExportDocument, ids: TeiIds): Lines {
  const front = document.lead.length === 0 ? undefined : block('front', {}, [block('div', { type: 'preface' }, document.lead.map((p) => element('p', {}, inlines(p))))]);
  const timed = document.sections.flatMap((s) => s.turns).filter((t) => secondsIn(t) !== undefined);
  // Turn times are offsets into the recording: points on a timeline counted in seconds from its start.
  const timeline =
    timed.length === 0
      ? undefined
      : block('timeline', { unit: 's', origin: `#${ids.origin}` }, [
          element('when', { 'xml:id': ids.origin }),
          ...timed.map((t) => element('when', { 'xml:id': ids.time(t), interval: String(secondsIn(t)), since: `#${ids.origin}` })),
        ]);
  // A body must hold a division: an empty file gives an empty one.
  const sections = document.sections.length === 0 ? [element('div', { type: 'debateSection' })] : document.sections.flatMap((s) => section(s, ids));
  return block('text', {}, [front, block('body', {}, [timeline, ...sections])]);
}

function section(s: ExportSection, ids: TeiIds): Lines {
  return block('div', { type: 'debateSection', 'xml:id': ids.section(s) }, [
    s.heading === undefined ? undefined : textElement('head', s.heading),
    ...s.narration.map(narration),
    ...s.turns.flatMap((t) => turn(t, ids)),
  ]);
}

/** Narration between a heading and the first turn is the editor's: a `<note>`, or the incident
 *  itself when the paragraph is one remark or omission (`(Аплодисменты.)`). */
function narration(paragraph: Paragraph): string {
  const pieces = paragraph.filter((p) => p.kind === 'mark' || p.text.trim() !== '');
  if (pieces.length === 1 && pieces[0].kind === 'mark' && pieces[0].mark !== 'insertion') return inline(pieces[0]);
  return element('note', {}, inlines(paragraph));
}

/** Where a turn starts in the recording, to the millisecond (`00:01:23.4` → 83.4). */
function secondsIn(t: ExportTurn): number | undefined {
  return t.time && Number.isFinite(t.time.seconds) ? Math.round(t.time.seconds * 1000) / 1000 : undefined;
}

function turn(t: ExportTurn, ids: TeiIds): Lines {
  const start = secondsIn(t) === undefined ? undefined : `#${ids.time(t)}`;
  const u = block('u', { 'xml:id': ids.turn(t), who: `#${ids.person(t.speaker)}`, start }, t.paragraphs.map((p) => element('seg', {}, inlines(p))));
  return [textElement('note', t.label, { type: 'speaker' }), ...(t.time ? [textElement('note', t.time.text, { type: 'time' })] : []), ...u];
}

function inlines(paragraph: Paragraph): string {
  return paragraph.map(inline).join('');
}

function inline(piece: Inline): string {
  if (piece.kind === 'text') return xmlText(piece.text);
  switch (piece.mark) {
    case 'insertion':
      // `[космодрому]`: the words without the brackets, which `<supplied>` stands for.
      return element('supplied', { reason: 'editorial' }, xmlText(piece.text.slice(1, -1)));
    case 'omission':
      // The print version writes `<…>` as `&lt;…&gt;`: the same omission.
      return element('gap', { reason: 'editorial' }, textElement('desc', piece.text.replace(/^&lt;/, '<').replace(/&gt;$/, '>')));
    case 'remark':
      if (piece.sounds.length === 0) return textElement('note', piece.text);
      return piece.sounds.map((sound, i) => element(sound === 'laughter' ? 'vocal' : 'kinesic', { type: sound }, i === 0 ? textElement('desc', piece.text) : undefined)).join('');
  }
}
