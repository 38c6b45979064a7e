// Completion of speaker labels at the start of a line: the speakers of this file, the likely next
// speaker first (in a dialogue, whoever spoke before the last speaker), then by how often they
// speak; then the role labels the file uses, then the common ones it does not; last, a new section
// (`* * *`, its heading, its first turn) in the transcript's language. Inserts `Label: `, replacing
// only what was typed before the cursor.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { findTurnBefore, languageOf, type Position, type Transcript } from '../transcript';
import { message, type Locale } from '../l10n';

const ROLES_RU = ['Вопрос', 'Реплика', 'Голос из зала', 'Ведущий'];
const ROLES_EN = ['Question', 'Remark', 'Response', 'Moderator'];
/** What may stand before the cursor while a label is being typed: letters, initials, spaces. */
const TYPED_LABEL = /^[\p{L}][\p{L}.\s\u00A0’'-]{0,80}$|^$/u;
/** A section separator being typed: `*`, `***`, `* * *`. */
const TYPED_SEPARATOR = /^\*[*\s\u00A0]{0,8}$/;
/** The words a section item is found by, in both languages whatever the UI's. */
const SECTION_WORDS = 'section раздел';

export function completeLabels(transcript: Transcript, position: Position, locale: Locale): CompletionItem[] {
  const line = transcript.lines[position.line]?.text;
  if (line === undefined) return [];
  // A position past the end of the line stands at its end (LSP clients may send either).
  position = { line: position.line, character: Math.min(Math.max(position.character, 0), line.length) };
  const typed = line.slice(0, position.character).replace(/^\uFEFF/, '');
  const from = Math.min(line.length - line.replace(/^\uFEFF/, '').length, position.character);
  const range = { start: { line: position.line, character: from }, end: position };
  if (TYPED_SEPARATOR.test(typed) && line.slice(position.character).trim() === '') return [sectionItem(transcript, range, typed, locale)];
  if (!TYPED_LABEL.test(typed)) return [];
  // In the middle of an existing paragraph (`Это важно |и нужно.`) only what a label could begin with.
  const rest = line.slice(position.character);
  const typing = typed.replace(/[\s\u00A0]+/g, ' ').trimStart().toLowerCase();

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
  const nextRole = next !== undefined && transcript.speakers.get(next)?.isRole ? transcript.speakers.get(next)!.displayName : undefined;
  rankedRoles(transcript).forEach(({ role, used }, i) => {
    const isNext = role === nextRole;
    items.push({
      label: role,
      kind: CompletionItemKind.Keyword,
      detail: isNext ? message(locale, 'completion.next') : message(locale, used ? 'completion.role' : 'completion.role-unused'),
      sortText: isNext ? '' : `${used ? 1 : 2}${String(i).padStart(4, '0')}`,
      filterText: role,
      textEdit: { range, newText: `${role}: ` },
      ...(isNext ? { preselect: true } : {}),
    });
  });
  if (nextRole) for (const item of items) if (item.label !== nextRole) delete item.preselect;
  // Typing into an existing paragraph: only labels that begin with what is typed.
  if (rest.trim() !== '' && typing !== '') return items.filter((item) => item.label.toLowerCase().startsWith(typing));
  if (rest.trim() !== '' && typed.trim() === '' && position.character > from) return [];
  if (rest.trim() === '') items.push(sectionItem(transcript, range, SECTION_WORDS, locale));
  return items;
}

/** The role labels the file uses, most turns first, then the common roles of its language it does
 *  not use (`Голос из зала`, `Moderator`): offered, but after every label the file already has. */
function rankedRoles(transcript: Transcript): { role: string; used: boolean }[] {
  const used = [...transcript.speakers.values()]
    .filter((s) => s.isRole)
    .sort((a, b) => b.turns.length - a.turns.length || a.turns[0] - b.turns[0])
    .map((s) => s.displayName);
  const common = (languageOf(transcript) === 'ru' ? ROLES_RU : ROLES_EN).filter((role) => !used.some((u) => u.toLowerCase() === role.toLowerCase()));
  return [...used.map((role) => ({ role, used: true })), ...common.map((role) => ({ role, used: false }))];
}

/** A new section: the separator, a heading and a first turn to fill in, worded in the transcript's
 *  language (a Russian transcript gets `Заголовок раздела`, whatever the UI's language). */
function sectionItem(transcript: Transcript, range: Range, filterText: string, locale: Locale): CompletionItem {
  const language = languageOf(transcript);
  return {
    label: '* * *',
    kind: CompletionItemKind.Snippet,
    detail: message(locale, 'completion.section'),
    sortText: '30000',
    filterText,
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: `* * *\n\${1:${message(language, 'completion.section-heading')}}\n\${2:${message(language, 'completion.section-speaker')}}: $0` },
  };
}
