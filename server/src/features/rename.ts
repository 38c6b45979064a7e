// textDocument/prepareRename and textDocument/rename: rename a speaker from one of their labels, in
// this transcript and (with `stenogram.rename.scope` = workspace) in the others.
// Rename touches labels only: the same name inside turn text is left as it is.
import type { TextEdit } from 'vscode-languageserver-types';
import {
  labelMatcher,
  parseTranscript,
  speakerAt,
  traditionOf,
  type Label,
  type LabelMatch,
  type Position,
  type Range,
  type Transcript,
  type Turn,
} from '../transcript';
import { message, type Locale } from '../l10n';
import { currentThenOthers, type TranscriptSource } from './speakerOccurrences';

/** Why rename will not go ahead, in the user's language; the server answers it as a refused request. */
export class RenameRefusal extends Error {}

/** How a file's tradition reads a label (`MS. PSAKI:` in a press briefing, `Председательствующий.` in the Duma). */
const matcherOf = (transcript: Transcript) => labelMatcher(traditionOf(transcript));
type Matcher = ReturnType<typeof labelMatcher>;

/** One label line as rename would write it. */
interface PlannedRename {
  range: Range;
  /** The whole line with the new name in it. */
  line: string;
  /** It reads as a label on its own, not only for a speaker the file already knows. */
  alone: boolean;
}

/** The turn whose label is under `position`: rename works on labels only. */
function labelledTurnAt(transcript: Transcript, position: Position, locale: Locale): { key: string; turn: Turn } {
  const at = speakerAt(transcript, position);
  if (!at?.turn) throw new RenameRefusal(message(locale, 'rename.not-a-label'));
  return { key: at.key, turn: at.turn };
}

export function prepareRename(transcript: Transcript, position: Position, locale: Locale): { range: Range; placeholder: string } {
  const { turn } = labelledTurnAt(transcript, position, locale);
  return { range: turn.label.nameRange, placeholder: turn.label.name };
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
  const at = labelledTurnAt(current.transcript, position, locale);
  const invalid = () => new RenameRefusal(message(locale, 'rename.invalid', newName));
  const name = newName.replace(/[\s\u00A0]+/g, ' ').trim();
  const newKey = newLabelKey(current.transcript, at.turn, name);
  if (newKey === undefined) throw invalid();
  const keys = samePerson(at.key);
  const changes: Record<string, TextEdit[]> = {};
  for (const source of currentThenOthers(current, others)) {
    const planned = plannedRenames(source.transcript, keys, name, newKey);
    if (!planned) throw invalid();
    // Lines that read as labels only for a speaker the file knows need one that reads alone.
    if (planned.length > 0 && !planned.some((p) => p.alone) && !source.transcript.speakers.has(newKey)) throw invalid();
    // The header reads a first line as a title unless it is a label on its own, and a label may read
    // as one only for a speaker the file knows: so read the renamed file once, as the editor will,
    // and refuse where a renamed turn would not be a turn of the new name any more.
    if (planned.length > 0 && !renamedTurnsHold(source.transcript, planned, name)) throw invalid();
    const edits: TextEdit[] = planned.map((p) => ({ range: p.range, newText: name }));
    edits.sort((a, b) => a.range.start.line - b.range.start.line);
    if (edits.length > 0) changes[source.uri] = edits;
  }
  return changes;
}

/** The speaker key `name` reads as, or undefined when it is no name to rename `turn`'s label to. */
function newLabelKey(transcript: Transcript, turn: Turn, name: string): string | undefined {
  // The new name must still read as a label, or the turns would silently become prose.
  const check = matcherOf(transcript)(`${name}: x`);
  // The new name must read as a label of the same kind: a person does not become a role (`Вопрос`),
  // and a label is not renamed into lowercase.
  const sameKind = check !== undefined && (check.form === 'role') === (turn.label.form === 'role') && !/^[a-zа-яё]/.test(name);
  if (!name || /[:\r\n]/.test(name) || !check || !sameKind || check.nameEnd !== name.length || check.nameStart !== 0) return undefined;
  return check.key;
}

/** How each label of `keys` in `transcript` is renamed to `name`, or undefined when one cannot be. */
function plannedRenames(transcript: Transcript, keys: ReadonlySet<string>, name: string, newKey: string): PlannedRename[] | undefined {
  const matchLabel = matcherOf(transcript);
  const planned: PlannedRename[] = [];
  for (const key of keys) {
    for (const i of transcript.speakers.get(key)?.turns ?? []) {
      const label = transcript.turns[i].label;
      if (label.name === name) continue;
      const chosen = plannedRename(transcript.lines[label.nameRange.start.line].text, label, name, newKey, matchLabel);
      if (!chosen) return undefined;
      planned.push(chosen);
    }
  }
  return planned;
}

/** How the label line `text` is renamed, or undefined when no rename of it reads as a label of `name`. */
function plannedRename(text: string, label: Label, name: string, newKey: string, matchLabel: Matcher): PlannedRename | undefined {
  // Each renamed line must still read as a turn of the new name. The person part is replaced
  // (`President of Russia Vladimir Putin` keeps its role); where that would not read as a label
  // (`DEPUTY CHIEF OF STAFF В.Путин`), the whole label is; where neither would, rename refuses
  // rather than turn a turn into prose.
  const options: Range[] = [label.nameRange, { start: label.range.start, end: (label.tooltip ?? label).range.end }];
  for (const range of options) {
    const line = text.slice(0, range.start.character) + name + text.slice(range.end.character);
    const at = range.start.character;
    const readsAsName = (match: LabelMatch | undefined) => match !== undefined && match.nameStart === at && match.nameEnd === at + name.length;
    if (readsAsName(matchLabel(line))) return { range, line, alone: true };
    if (readsAsName(matchLabel(line, new Set([newKey])))) return { range, line, alone: false };
  }
  return undefined;
}

/** Whether every planned line, renamed, opens a turn of `name` when the renamed text is parsed. */
function renamedTurnsHold(transcript: Transcript, planned: readonly { range: Range; line: string }[], name: string): boolean {
  const renamed = new Map(planned.map((p) => [p.range.start.line, p.line]));
  const text = transcript.lines.map((l, i) => (renamed.get(i) ?? l.text) + l.terminator).join('');
  const after = parseTranscript(text, transcript.tradition.detected ? undefined : { tradition: transcript.tradition.id });
  const starts = new Map(after.turns.map((t) => [t.startLine, t.label.name]));
  return planned.every((p) => starts.get(p.range.start.line) === name);
}
