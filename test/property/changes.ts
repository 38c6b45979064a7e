// Random edits (arbitraries.ts EditChoice) made concrete against a document's current text: the
// didChange content change an editor would send, with a range in LSP positions, or the whole text.
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { EditChoice } from './arbitraries';

/** The content change `choice` stands for on `document` as it is now. */
export function contentChange(document: TextDocument, choice: EditChoice): TextDocumentContentChangeEvent {
  const text = document.getText();
  if (choice.full) return { text: text.slice(0, Math.floor(choice.at * text.length)) + choice.text };
  const start = Math.floor(choice.at * text.length);
  const end = start + Math.floor(choice.length * (text.length - start));
  return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: choice.text };
}

/** Apply one didChange (several content changes, each on the result of the one before) as the
 *  server's TextDocuments does; returns the changes sent and the document one version on. */
export function applyChangeEvent(document: TextDocument, choices: readonly EditChoice[]): { changes: TextDocumentContentChangeEvent[]; next: TextDocument } {
  const next = TextDocument.create(document.uri, document.languageId, document.version, document.getText());
  const changes: TextDocumentContentChangeEvent[] = [];
  for (const choice of choices) {
    const change = contentChange(next, choice);
    changes.push(change);
    TextDocument.update(next, [change], next.version);
  }
  return { changes, next: TextDocument.create(document.uri, document.languageId, document.version + 1, next.getText()) };
}

/** A typing edit of the samples' property tests: `at` (0 … 1,000,000) is where it starts in the text
 *  as a share of its length, `length` how many characters it replaces, `text` what it types. */
export interface SampleEdit {
  at: number;
  length: number;
  text: string;
}

/** The content change `e` stands for on the server's document (a LineDocument) as it is now. */
export function sampleChange(
  server: { getText(): string; positionAt(offset: number): { line: number; character: number } },
  e: SampleEdit,
): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } {
  const text = server.getText();
  const from = Math.floor((e.at / 1_000_001) * text.length);
  const to = Math.min(text.length, from + e.length);
  return { range: { start: server.positionAt(from), end: server.positionAt(to) }, text: e.text };
}
