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
  // A position past the end of the line stands at its end (LSP clients may send either).
  position = { line: position.line, character: Math.min(Math.max(position.character, 0), line.length) };
  const typed = line.slice(0, position.character).replace(/^\uFEFF/, '');
  if (!TYPED_LABEL.test(typed)) return [];
  // In the middle of an existing paragraph (`Это важно |и нужно.`) only what a label could begin with.
  const rest = line.slice(position.character);
  const typing = typed.replace(/[\s\u00A0]+/g, ' ').trimStart().toLowerCase();
  const from = Math.min(line.length - line.replace(/^\uFEFF/, '').length, position.character);
  const range = { start: { line: position.line, character: from }, end: position };

  // The likely next speaker: before the cursor, the speaker of the turn before the last turn —
  // a role too (`Вопрос:` after `В.Путин:` in a press conference).
  const last = findTurnBefore(transcript, position.line - 1);
  let next: string | undefined;
  if (last) {
    for (let i = last.index - 1; i >= 0; i--) {
      const key = transcript.turns[i].label.key;
      if (key !== last.label.key) {
        next = key;
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
    ...(i === 0 ? { preselect: true } : {}),
  }));
  const cyrillic = (transcript.lines.slice(0, 200).map((l) => l.text).join(' ').match(/[А-Яа-яЁё]/g) ?? []).length;
  const latin = (transcript.lines.slice(0, 200).map((l) => l.text).join(' ').match(/[A-Za-z]/g) ?? []).length;
  const nextRole = next !== undefined && transcript.speakers.get(next)?.isRole ? transcript.speakers.get(next)!.displayName : undefined;
  const roles = new Set(cyrillic >= latin ? ROLES_RU : ROLES_EN);
  for (const s of transcript.speakers.values()) if (s.isRole) roles.add(s.displayName);
  [...roles].forEach((role, i) => {
    const isNext = role === nextRole;
    items.push({
      label: role,
      kind: CompletionItemKind.Keyword,
      detail: isNext ? message(locale, 'completion.next') : message(locale, 'completion.role'),
      sortText: isNext ? '' : `1${String(i).padStart(4, '0')}`,
      filterText: role,
      textEdit: { range, newText: `${role}: ` },
      ...(isNext ? { preselect: true } : {}),
    });
  });
  if (nextRole) for (const item of items) if (item.label !== nextRole) delete item.preselect;
  // Typing into an existing paragraph: only labels that begin with what is typed.
  if (rest.trim() !== '' && typing !== '') return items.filter((item) => item.label.toLowerCase().startsWith(typing));
  if (rest.trim() !== '' && typed.trim() === '' && position.character > from) return [];
  return items;
}
