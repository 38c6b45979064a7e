// Hover: who a speaker is (as the lead names them, or the workspace register), the date line in
// words, the transcript's make-up on its title, the source URL's parts, and what an editorial mark
// means. Every piece of text that comes from the transcript is escaped: no markdown, HTML or
// command link written in a transcript reaches the renderer.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import {
  contains,
  languageOf,
  speakerAt,
  type Mark,
  type Position,
  type Range,
  type Transcript,
  WORDS_PER_MINUTE,
  timeText,
} from '../transcript';
import { dateReason, message, type Locale } from '../l10n';
import { showBidiControls } from './invisibles';
import { identifySpeaker, type RegisterEntry, type TranscriptIdentity } from './speakerIdentity';
import { timeHover } from './timeHover';

export { WORDS_PER_MINUTE };

export interface HoverContext {
  uri: string;
  locale: Locale;
  /** For "how long ago"; tests pin it. */
  now?: Date;
  /** `stenogram.speakers.json` entries by speaker key. */
  register?: ReadonlyMap<string, RegisterEntry>;
  /** Who a speaker is by the transcript alone; the server passes its copy kept per document version,
   *  since the labels of a frequent speaker are many. */
  identity?: TranscriptIdentity;
}

/** Escape text for CommonMark so it renders as itself: no emphasis, links, HTML or code; and no
 *  bidirectional control (U+202E) turning it around on screen: those show as `\u202e`. */
export function escapeMarkdown(text: string): string {
  return showBidiControls(text)
    .replace(/[\\`*_{}[\]()#+\-.!|~<>&"']/g, (c) => {
      if (c === '<') return '&lt;';
      if (c === '>') return '&gt;';
      if (c === '&') return '&amp;';
      if (c === '"') return '&quot;';
      if (c === "'") return '&#39;';
      return `\\${c}`;
    })
    .replace(/\r?\n|\r/g, ' ');
}

function markdown(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

/** A link to a line of the document, for file: documents only (others get the line number alone). */
function lineLink(uri: string, line: number, locale: Locale): string {
  const text = message(locale, 'hover.line', line + 1);
  return uri.startsWith('file:') ? `[${text}](${uri}#L${line + 1})` : text;
}

function percent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

function speakerHover(transcript: Transcript, position: Position, context: HoverContext): Hover | undefined {
  const at = speakerAt(transcript, position);
  if (!at) return undefined;
  const speaker = transcript.speakers.get(at.key);
  if (!speaker) return undefined;
  const { locale, uri } = context;
  const lines: string[] = [];
  const label = at.turn?.label.name ?? speaker.displayName;
  const identity = identifySpeaker(transcript, speaker, context.register, context.identity);
  const who = identity?.who;
  const whence = identity && message(locale, `hover.from-${identity.whence}`);
  lines.push(`**${escapeMarkdown(label)}**${who ? ` — ${escapeMarkdown(who)}` : ''}`);
  lines.push('');
  if (who || !speaker.isRole) {
    lines.push(who ? `*${whence}*` : `*${message(locale, 'hover.unknown-speaker')}*`);
    lines.push('');
  }
  // `[00:01:23] Anna Lee:`: where this turn starts in the recording.
  const time = at.turn?.label.time;
  if (time) {
    lines.push(message(locale, 'hover.turn-time', escapeMarkdown(timeText(time))));
    lines.push('');
  }
  const first = transcript.turns[speaker.turns[0]];
  const last = transcript.turns[speaker.turns[speaker.turns.length - 1]];
  const share = transcript.words > 0 ? speaker.words / transcript.words : 0;
  lines.push(
    message(locale, 'hover.speaker-numbers', speaker.turns.length, speaker.words, percent(share, locale)),
  );
  lines.push('');
  lines.push(
    speaker.turns.length > 1
      ? message(locale, 'hover.first-last', lineLink(uri, first.startLine, locale), lineLink(uri, last.startLine, locale))
      : message(locale, 'hover.only-turn', lineLink(uri, first.startLine, locale)),
  );
  const others = speaker.forms.map((f) => f.label).filter((f) => f !== label.replace(/[\s\u00A0]+/g, ' '));
  if (others.length > 0) {
    lines.push('');
    lines.push(message(locale, 'hover.other-forms', others.map((f) => escapeMarkdown(f)).join(', ')));
  }
  return markdown(lines.join('\n'), at.range);
}

function dateHover(transcript: Transcript, position: Position, context: HoverContext): Hover | undefined {
  const date = transcript.header.date;
  if (!date || !contains(date.range, position)) return undefined;
  const { locale } = context;
  if (!date.value) return markdown(message(locale, 'hover.date-invalid', escapeMarkdown(date.text), date.invalid ? dateReason(locale, date.invalid) : ''), date.range);
  // The date in the transcript's words (`вторник, 11 апреля 2023 г.` in a Russian transcript), how
  // long ago in the UI's.
  const tag = languageOf(transcript) === 'ru' ? 'ru-RU' : 'en-GB';
  const day = new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date.value);
  const time =
    date.hour !== undefined
      ? `, ${String(date.hour).padStart(2, '0')}:${String(date.minute ?? 0).padStart(2, '0')}`
      : '';
  const now = context.now ?? new Date();
  return markdown(`**${day}${time}**\n\n${ago(date.value, now, locale)}`, date.range);
}

/** "8 years ago", "3 дня назад", "in 2 months": the largest whole unit. */
function ago(then: Date, now: Date, locale: Locale): string {
  const seconds = (then.getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365.25 * 86400],
    ['month', 30.44 * 86400],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

function titleHover(transcript: Transcript, position: Position, context: HoverContext): Hover | undefined {
  const title = transcript.header.title;
  if (!title || !contains(title.range, position)) return undefined;
  const { locale } = context;
  const minutes = Math.round(transcript.words / WORDS_PER_MINUTE);
  const people = [...transcript.speakers.values()].filter((s) => !s.isRole).length;
  const sections = transcript.sections.filter((s) => s.separator).length;
  const lines = [
    `**${escapeMarkdown(title.text)}**`,
    '',
    message(locale, 'hover.title-numbers', transcript.turns.length, people, transcript.words, sections),
    '',
    message(locale, 'hover.speaking-time', duration(minutes, locale), WORDS_PER_MINUTE),
  ];
  return markdown(lines.join('\n'), title.range);
}

function duration(minutes: number, locale: Locale): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h > 0 ? message(locale, 'hover.hours-minutes', h, m) : message(locale, 'hover.minutes', m);
}

function sourceHover(transcript: Transcript, position: Position, context: HoverContext): Hover | undefined {
  const source = transcript.source;
  if (!source || !contains(source.range, position)) return undefined;
  const { locale } = context;
  let path = '';
  try {
    path = new URL(source.url).pathname;
  } catch {
    path = '';
  }
  const english = /^en\./i.test(source.host) || /\/en\//.test(path);
  const print = /\/(?:copy|print)(?:\/|$)/.test(path);
  const lines = [
    message(locale, 'hover.site', escapeMarkdown(source.host || '—')),
    '',
    message(locale, english ? 'hover.language-en' : 'hover.language-ru'),
    '',
    source.documentId ? message(locale, 'hover.document-id', escapeMarkdown(source.documentId)) : message(locale, 'hover.no-document-id'),
    '',
    message(locale, print ? 'hover.print-version' : 'hover.web-version'),
  ];
  return markdown(lines.join('\n'), source.range);
}

function markHover(transcript: Transcript, position: Position, context: HoverContext): Hover | undefined {
  const mark: Mark | undefined = transcript.marks.find((m) => contains(m.range, position));
  if (!mark) return undefined;
  const id = mark.kind === 'insertion' ? 'hover.mark-insertion' : mark.kind === 'remark' ? 'hover.mark-remark' : 'hover.mark-omission';
  return markdown(`\`${showBidiControls(mark.text).replace(/`/g, "'")}\` — ${message(context.locale, id)}`, mark.range);
}

export function hover(transcript: Transcript, position: Position, context: HoverContext): Hover | null {
  return (
    timeHover(transcript, position, context.uri, context.locale) ??
    speakerHover(transcript, position, context) ??
    dateHover(transcript, position, context) ??
    titleHover(transcript, position, context) ??
    sourceHover(transcript, position, context) ??
    markHover(transcript, position, context) ??
    null
  );
}
