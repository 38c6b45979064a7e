// HTML: one standalone page (`stenogram export --to html`) and the body of the live preview, from the
// same markup. The page has the header (title, date, place), the lead, the speakers, a table of
// contents by section, the sections with their turns, and the source link:
//
//   <div class="turn sp0" id="turn-1"><p><a class="label" href="#turn-1"><bdi class="name">В.Путин</bdi>:</a> Добрый день!</p></div>
//
// Each speaker has the colour the statistics view gives them (protocol/palette.ts: ranked by words).
// The page loads nothing and runs nothing: its style is inline and its Content-Security-Policy admits
// that style block alone. Every piece of the transcript is escaped as text (`<img onerror=…>` shows as
// written), and labels sit in `<bdi>` so that a U+202E in one cannot reverse the text after it.
//
// The preview flavour is the body only, for the webview the client hosts: no table of contents or
// speaker list (the editor has its outline and the Speakers view), `data-line` (the 0-based source
// line) on the header, sections and turns for scroll sync, and colours from the VS Code theme
// (htmlStyle.ts).
import { speakerColourClass } from '../../../../protocol';
import { message, type Locale } from '../../l10n';
import type { ExportDocument, ExportPerson, ExportSection, ExportTurn, Paragraph } from './exportDocument';
import { PAGE_STYLE, PAGE_STYLE_HASH } from './htmlStyle';
import { xmlAttribute as attribute, xmlText as text } from './xml';

interface Render {
  preview: boolean;
  language: Locale;
  /** Each speaker's place in the palette, by ExportPerson.id. */
  colours: Map<string, number>;
}

/** The Content-Security-Policy of the exported page: nothing but its own style block. */
export const PAGE_POLICY = `default-src 'none'; style-src '${PAGE_STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

/** The standalone page. */
export function toHtml(document: ExportDocument): string {
  const r = render(document, false);
  const title = document.title ?? document.sections.find((s) => s.heading)?.heading ?? message(r.language, 'html.untitled');
  return `<!DOCTYPE html>
<html lang="${document.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Stenogram">
<title>${text(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
${[header(document, r), lead(document), speakers(document, r), contents(document, r), sections(document, r), footer(document, r)].filter(Boolean).join('\n')}
</body>
</html>
`;
}

/** The preview's body: what the webview shows inside its own page. `lines`: the transcript's line
 *  count, where the last turn ends for scroll sync. */
export function previewHtml(document: ExportDocument, lines: number): string {
  const r = render(document, true);
  const body = [header(document, r), lead(document), sections(document, r), footer(document, r)].filter(Boolean).join('\n');
  return `<article class="transcript" lang="${document.language}" data-line-count="${lines}">\n${body}\n</article>\n`;
}

function render(document: ExportDocument, preview: boolean): Render {
  return { preview, language: document.language, colours: speakerColours(document.people) };
}

/** Each speaker's place in the palette: ranked as the statistics view ranks them, most words first,
 *  then the first to speak (people come in order of first turn). */
export function speakerColours(people: readonly ExportPerson[]): Map<string, number> {
  const ranked = people.map((person, order) => ({ person, order })).sort((a, b) => b.person.words - a.person.words || a.order - b.order);
  return new Map(ranked.map(({ person }, rank) => [person.id, rank]));
}

function colourOf(person: ExportPerson, r: Render): string {
  return speakerColourClass(r.colours.get(person.id) ?? -1);
}

const line = (r: Render, n: number): string => (r.preview ? ` data-line="${n}"` : '');

function header(document: ExportDocument, r: Render): string {
  const parts: string[] = [];
  if (document.title) parts.push(`<h1>${text(document.title)}</h1>`);
  const when: string[] = [];
  if (document.date) {
    const iso = document.date.iso ? ` datetime="${attribute(document.date.iso)}"` : '';
    when.push(`<time${iso}>${text(document.date.text)}</time>`);
  }
  if (document.place) when.push(`<span class="place">${text(document.place)}</span>`);
  if (when.length > 0) parts.push(`<p class="meta">${when.join(' · ')}</p>`);
  if (parts.length === 0) return '';
  return `<header${line(r, 0)}>\n${parts.join('\n')}\n</header>`;
}

function lead(document: ExportDocument): string {
  if (document.lead.length === 0) return '';
  return `<div class="lead">\n${document.lead.map((p) => `<p>${inline(p)}</p>`).join('\n')}\n</div>`;
}

/** Who speaks, each with their colour and, where the register, the lead or the labels say it, who
 *  they are. */
function speakers(document: ExportDocument, r: Render): string {
  if (document.people.length === 0) return '';
  const items = document.people.map((person) => {
    const who = person.who && person.who !== person.label ? ` <span class="who">— ${text(person.who)}</span>` : '';
    const numbers = message(r.language, 'html.speaker-numbers', person.turns, person.words);
    const classes = [colourOf(person, r), ...(person.isRole ? ['role'] : [])].join(' ');
    return `<li class="${classes}"><span class="swatch" aria-hidden="true"></span><bdi class="name">${text(person.label)}</bdi>${who} <span class="numbers">(${text(numbers)})</span></li>`;
  });
  return titledList('section', 'speakers', message(r.language, 'html.speakers'), 'ul', items);
}

const isEmpty = (section: ExportSection): boolean => !section.heading && section.narration.length === 0 && section.turns.length === 0;

/** A link to each section, when there are two or more to choose from. */
function contents(document: ExportDocument, r: Render): string {
  const shown = document.sections.map((section, i) => ({ section, i })).filter(({ section }) => !isEmpty(section));
  if (shown.length < 2) return '';
  const items = shown.map(({ section, i }) => {
    const name = section.heading ?? message(r.language, 'html.section', i + 1);
    return `<li><a href="#${section.anchor}">${text(name)}</a></li>`;
  });
  return titledList('nav', 'contents', message(r.language, 'html.contents'), 'ol', items);
}

/** `<nav class="contents" aria-labelledby="contents-title"><h2 id="contents-title">Contents</h2><ol>…</ol></nav>`. */
function titledList(element: 'section' | 'nav', name: string, title: string, list: 'ul' | 'ol', items: string[]): string {
  return `<${element} class="${name}" aria-labelledby="${name}-title">\n<h2 id="${name}-title">${text(title)}</h2>\n<${list}>\n${items.join('\n')}\n</${list}>\n</${element}>`;
}

function sections(document: ExportDocument, r: Render): string {
  const out = document.sections.filter((s) => !isEmpty(s)).map((s, i) => section(s, i, r));
  return out.length > 0 ? `<main>\n${out.join('\n')}\n</main>` : '';
}

function section(s: ExportSection, i: number, r: Render): string {
  const parts: string[] = [];
  // A separator with no heading after it (`* * *` between two runs of turns) stays a separator.
  if (s.heading) parts.push(`<h2>${text(s.heading)}</h2>`);
  else if (i > 0) parts.push('<hr class="separator">');
  for (const p of s.narration) parts.push(`<p class="narration">${inline(p)}</p>`);
  for (const t of s.turns) parts.push(turn(t, r));
  return `<section class="section" id="${s.anchor}"${line(r, s.line)}>\n${parts.join('\n')}\n</section>`;
}

function turn(t: ExportTurn, r: Render): string {
  const [first, ...rest] = t.paragraphs;
  const paragraphs = [`<p>${label(t, r)}${first ? ` ${inline(first)}` : ''}</p>`, ...rest.map((p) => `<p>${inline(p)}</p>`)];
  return `<div class="turn ${colourOf(t.speaker, r)}" id="${t.anchor}"${line(r, t.line)}>\n${paragraphs.join('\n')}\n</div>`;
}

/** `[00:01:23] К.Валлентер (как переведено):`, the note set apart from the name; on the page a link to
 *  the turn itself, so that a reader can copy it. */
function label(t: ExportTurn, r: Render): string {
  const time = t.time ? `<span class="time">${text(t.time.text)}</span> ` : '';
  const name = t.note && t.label.endsWith(t.note) && t.label.length > t.note.length ? t.label.slice(0, -t.note.length).trimEnd() : t.label;
  const note = name !== t.label ? ` <bdi class="note">${text(t.note!)}</bdi>` : '';
  const content = `${time}<bdi class="name">${text(name)}</bdi>${note}:`;
  return r.preview ? `<span class="label">${content}</span>` : `<a class="label" href="#${t.anchor}">${content}</a>`;
}

/** A paragraph's text, its editorial marks as spans: `<span class="remark laughter">(Смех.)</span>`. An
 *  omission shows as its meaning, `<…>`, whichever way the file writes it (`&lt;…&gt;` is the print
 *  version's), as the other formats write it. */
function inline(paragraph: Paragraph): string {
  return paragraph
    .map((piece) => {
      if (piece.kind === 'text') return text(piece.text);
      return `<span class="${[piece.mark, ...piece.sounds].join(' ')}">${text(piece.mark === 'omission' ? '<…>' : piece.text)}</span>`;
    })
    .join('');
}

/** The source address: a link when it is a web address, text otherwise. */
function footer(document: ExportDocument, r: Render): string {
  if (!document.source) return '';
  const source = text(document.source);
  const link = /^https?:\/\//i.test(document.source) ? `<a href="${attribute(document.source)}">${source}</a>` : source;
  return `<footer>\n<p class="source">${text(message(r.language, 'html.source'))}: ${link}</p>\n</footer>`;
}
