// Speakers as symbols: on a label (or a speaker's name in the lead), highlight every turn of that
// speaker, go to their first appearance, find their labels across transcripts, and rename them.
// Rename touches labels only: the same name inside turn text is left as it is.
import { DocumentHighlightKind, type DocumentHighlight, type Location, type TextEdit } from 'vscode-languageserver-types';
import { findLeadMentions, matchLabel, speakerAt, type Position, type Range, type Transcript } from '../transcript';
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
  const check = matchLabel(`${name}: x`);
  // The new name must read as a label of the same kind: a person does not become a role (`Вопрос`),
  // and a label is not renamed into lowercase.
  const sameKind = check !== undefined && (check.form === 'role') === (at.turn.label.form === 'role') && !/^[a-zа-яё]/.test(name);
  if (!name || /[:\r\n]/.test(name) || !check || !sameKind || check.nameEnd !== name.length || check.nameStart !== 0) {
    throw new RenameRefusal(message(locale, 'rename.invalid', newName));
  }
  const keys = samePerson(at.key);
  const changes: Record<string, TextEdit[]> = {};
  for (const source of [current, ...others.filter((o) => o.uri !== current.uri)]) {
    const edits: TextEdit[] = [];
    for (const key of keys) {
      for (const i of source.transcript.speakers.get(key)?.turns ?? []) {
        const label = source.transcript.turns[i].label;
        if (label.name !== name) edits.push({ range: label.nameRange, newText: name });
      }
    }
    edits.sort((a, b) => a.range.start.line - b.range.start.line);
    if (edits.length > 0) changes[source.uri] = edits;
  }
  return changes;
}
