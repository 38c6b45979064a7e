// Completion of speaker labels at the start of a line: the speakers of this file, the likely next
// speaker first (in a dialogue, whoever spoke before the last speaker), then by how often they
// speak; then role labels. Inserts `Label: `, replacing only what was typed before the cursor.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { findTurnBefore, type Position, type Transcript } from '../transcript';
import { message, type Locale } from '../l10n';

const ROLES_RU = ['Вопрос', 'Реплика', 'Голос из зала', 'Ведущий'];
const ROLES_EN = ['Question', 'Remark', 'Response', 'Moderator'];
/** What may stand before the cursor while a label is being typed: letters, initials, spaces. */
const TYPED_LABEL = /^[\p{L}][\p{L}.\s\u00A0’'-]{0,80}$|^$/u;

export function completeLabels(transcript: Transcript, position: Position, locale: Locale): CompletionItem[] {
  const line = transcript.lines[position.line]?.text;
  if (line === undefined) return [];
  const typed = line.slice(0, position.character).replace(/^\uFEFF/, '');
  if (!TYPED_LABEL.test(typed)) return [];
  const from = line.length - line.replace(/^\uFEFF/, '').length;
  const range = { start: { line: position.line, character: from }, end: position };

  // The likely next speaker: before the cursor, the speaker of the turn before the last turn.
  const last = findTurnBefore(transcript, position.line - 1);
  let next: string | undefined;
  if (last) {
    for (let i = last.index - 1; i >= 0; i--) {
      const key = transcript.turns[i].label.key;
      if (key !== last.label.key) {
        next = transcript.speakers.get(key)?.isRole ? undefined : key;
        break;
      }
    }
  }
  const people = [...transcript.speakers.values()]
    .filter((s) => !s.isRole)
    .sort((a, b) => Number(b.key === next) - Number(a.key === next) || b.turns.length - a.turns.length || a.turns[0] - b.turns[0]);
  const items: CompletionItem[] = people.map((s, i) => ({
    label: s.displayName,
    kind: CompletionItemKind.Reference,
    detail: s.key === next ? message(locale, 'completion.next') : message(locale, 'completion.turns', s.turns.length, s.words),
    sortText: String(i).padStart(5, '0'),
    filterText: s.displayName,
    textEdit: { range, newText: `${s.displayName}: ` },
    preselect: i === 0 ? true : undefined,
  }));
  const cyrillic = (transcript.lines.slice(0, 200).map((l) => l.text).join(' ').match(/[А-Яа-яЁё]/g) ?? []).length;
  const latin = (transcript.lines.slice(0, 200).map((l) => l.text).join(' ').match(/[A-Za-z]/g) ?? []).length;
  const roles = new Set(cyrillic >= latin ? ROLES_RU : ROLES_EN);
  for (const s of transcript.speakers.values()) if (s.isRole) roles.add(s.displayName);
  [...roles].forEach((role, i) => {
    items.push({
      label: role,
      kind: CompletionItemKind.Keyword,
      detail: message(locale, 'completion.role'),
      sortText: `1${String(i).padStart(4, '0')}`,
      filterText: role,
      textEdit: { range, newText: `${role}: ` },
    });
  });
  return items;
}
