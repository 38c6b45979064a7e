// Speakers as symbols: on a label (or a speaker's name in the lead), highlight every turn of that
// speaker, go to their first appearance, find their labels across transcripts, and rename them.
// Rename touches labels only: the same name inside turn text is left as it is.
import { DocumentHighlightKind, type DocumentHighlight, type Location, type TextEdit } from 'vscode-languageserver-types';
import { findLeadMentions, labelMatcher, parseTranscript, speakerAt, traditionOf, type Position, type Range, type Transcript } from '../transcript';

/** How a file's tradition reads a label (`MS. PSAKI:` in a press briefing, `Председательствующий.` in the Duma). */
const matcherOf = (transcript: Transcript) => labelMatcher(traditionOf(transcript));
import { message, type Locale } from '../l10n';

export interface TranscriptSource {
  uri: string;
  transcript: Transcript;
}

export class RenameRefusal extends Error {}

export function documentHighlights(transcript: Transcript, position: Position): DocumentHighlight[] {
  const at = speakerAt(transcript, position);
  if (!at) return [];
  const out: DocumentHighlight[] = [];
  for (const m of findLeadMentions(transcript)) if (m.key === at.key) out.push({ range: m.range, kind: DocumentHighlightKind.Read });
  const speaker = transcript.speakers.get(at.key);
  for (const i of speaker?.turns ?? []) out.push({ range: transcript.turns[i].label.nameRange, kind: DocumentHighlightKind.Text });
  return out;
}

/** The speaker's first appearance: their mention in the lead, or else their first turn. */
export function definition(transcript: Transcript, uri: string, position: Position): Location | undefined {
  const at = speakerAt(transcript, position);
  if (!at) return undefined;
  const mention = findLeadMentions(transcript).find((m) => m.key === at.key);
  if (mention) return { uri, range: mention.range };
  const first = transcript.speakers.get(at.key)?.turns[0];
  return first === undefined ? undefined : { uri, range: transcript.turns[first].label.nameRange };
}

/** Every label of the speaker under `position`, in this transcript and in `others` (same key). */
export function references(
  current: TranscriptSource,
  position: Position,
  others: readonly TranscriptSource[],
  includeDeclaration: boolean,
): Location[] {
  const at = speakerAt(current.transcript, position);
  if (!at) return [];
  const out: Location[] = [];
  if (includeDeclaration) {
    const mention = findLeadMentions(current.transcript).find((m) => m.key === at.key);
    if (mention) out.push({ uri: current.uri, range: mention.range });
  }
  for (const source of [current, ...others.filter((o) => o.uri !== current.uri)]) {
    for (const i of source.transcript.speakers.get(at.key)?.turns ?? []) {
      out.push({ uri: source.uri, range: source.transcript.turns[i].label.nameRange });
    }
  }
  return out;
}

export function prepareRename(transcript: Transcript, position: Position, locale: Locale): { range: Range; placeholder: string } {
  const at = speakerAt(transcript, position);
  if (!at?.turn) throw new RenameRefusal(message(locale, 'rename.not-a-label'));
  return { range: at.turn.label.nameRange, placeholder: at.turn.label.name };
}

/** Edits per URI that rename the speaker under `position` in every given transcript. */
export function rename(
  current: TranscriptSource,
  position: Position,
  newName: string,
  others: readonly TranscriptSource[],
  locale: Locale,
  /** Keys of the same person by stenogram.speakers.json (aliases); the speaker's own key is implied. */
  samePerson: (key: string) => ReadonlySet<string> = (key) => new Set([key]),
): Record<string, TextEdit[]> {
  const at = speakerAt(current.transcript, position);
  if (!at?.turn) throw new RenameRefusal(message(locale, 'rename.not-a-label'));
  const name = newName.replace(/[\s\u00A0]+/g, ' ').trim();
  // The new name must still read as a label, or the turns would silently become prose.
  const check = matcherOf(current.transcript)(`${name}: x`);
  // The new name must read as a label of the same kind: a person does not become a role (`Вопрос`),
  // and a label is not renamed into lowercase.
  const sameKind = check !== undefined && (check.form === 'role') === (at.turn.label.form === 'role') && !/^[a-zа-яё]/.test(name);
  if (!name || /[:\r\n]/.test(name) || !check || !sameKind || check.nameEnd !== name.length || check.nameStart !== 0) {
    throw new RenameRefusal(message(locale, 'rename.invalid', newName));
  }
  const keys = samePerson(at.key);
  const changes: Record<string, TextEdit[]> = {};
  const newKey = check.key;
  for (const source of [current, ...others.filter((o) => o.uri !== current.uri)]) {
    const edits: TextEdit[] = [];
    const matchLabel = matcherOf(source.transcript);
    // Each renamed line must still read as a turn of the new name. The person part is replaced
    // (`President of Russia Vladimir Putin` keeps its role); where that would not read as a label
    // (`DEPUTY CHIEF OF STAFF В.Путин`), the whole label is; where neither would, rename refuses
    // rather than turn a turn into prose.
    const planned: { range: Range; line: string; alone: boolean; known: boolean }[] = [];
    for (const key of keys) {
      for (const i of source.transcript.speakers.get(key)?.turns ?? []) {
        const label = source.transcript.turns[i].label;
        if (label.name === name) continue;
        const text = source.transcript.lines[label.nameRange.start.line].text;
        const options: Range[] = [label.nameRange, { start: label.range.start, end: (label.tooltip ?? label).range.end }];
        let chosen: (typeof planned)[number] | undefined;
        for (const range of options) {
          const line = text.slice(0, range.start.character) + name + text.slice(range.end.character);
          const at = range.start.character;
          const alone = matchLabel(line);
          const known = matchLabel(line, new Set([newKey]));
          if (alone && alone.nameStart === at && alone.nameEnd === at + name.length) chosen = { range, line, alone: true, known: true };
          else if (known && known.nameStart === at && known.nameEnd === at + name.length) chosen = { range, line, alone: false, known: true };
          if (chosen) break;
        }
        if (!chosen) throw new RenameRefusal(message(locale, 'rename.invalid', newName));
        planned.push(chosen);
      }
    }
    // Lines that read as labels only for a speaker the file knows need one that reads alone.
    if (planned.length > 0 && !planned.some((p) => p.alone) && !source.transcript.speakers.has(newKey)) {
      throw new RenameRefusal(message(locale, 'rename.invalid', newName));
    }
    // The header reads a first line as a title unless it is a label on its own, and a label may read
    // as one only for a speaker the file knows: so read the renamed file once, as the editor will,
    // and refuse where a renamed turn would not be a turn of the new name any more.
    if (planned.length > 0 && !renamedTurnsHold(source.transcript, planned, name)) {
      throw new RenameRefusal(message(locale, 'rename.invalid', newName));
    }
    for (const p of planned) edits.push({ range: p.range, newText: name });
    edits.sort((a, b) => a.range.start.line - b.range.start.line);
    if (edits.length > 0) changes[source.uri] = edits;
  }
  return changes;
}

/** Whether every planned line, renamed, opens a turn of `name` when the renamed text is parsed. */
function renamedTurnsHold(transcript: Transcript, planned: readonly { range: Range; line: string }[], name: string): boolean {
  const renamed = new Map(planned.map((p) => [p.range.start.line, p.line]));
  const text = transcript.lines.map((l, i) => (renamed.get(i) ?? l.text) + l.terminator).join('');
  const after = parseTranscript(text, transcript.tradition.detected ? undefined : { tradition: transcript.tradition.id });
  const starts = new Map(after.turns.map((t) => [t.startLine, t.label.name]));
  return planned.every((p) => starts.get(p.range.start.line) === name);
}
