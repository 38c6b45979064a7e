// Row "symbols": the Outline of a 10 MB transcript, cold (parse the text, then documentSymbols), against
// VS Code's own Markdown language service on a 10 MB Markdown file of the same text with a heading
// per section and per turn (vscode-markdown-languageservice over markdown-it, as VS Code runs it),
// also cold: a new document the service has never seen, tokenized from text.
import MarkdownIt from 'markdown-it';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationTokenSource, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { URI } from 'vscode-uri';
import type * as Md from 'vscode-markdown-languageservice' with { 'resolution-mode': 'import' };
import { documentSymbols } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { alternate, median } from '../measure';
import { ms, row } from './row';

const RUNS = 5;

function count(symbols: readonly DocumentSymbol[]): number {
  let n = 0;
  for (const s of symbols) n += 1 + count(s.children ?? []);
  return n;
}

/** The markdown language service with markdown-it as its parser and an empty workspace. (The package
 *  is an ES module: imported, not required.) */
async function markdownService(): Promise<Md.IMdLanguageService> {
  const md = await import('vscode-markdown-languageservice');
  const it = MarkdownIt({ html: true });
  const parser: Md.IMdParser = {
    slugifier: md.githubSlugifier,
    tokenize: async (document) => it.parse(document.getText(), {}),
  };
  const never = () => ({ dispose: () => undefined });
  const workspace: Md.IWorkspace = {
    workspaceFolders: [],
    onDidChangeMarkdownDocument: never,
    onDidCreateMarkdownDocument: never,
    onDidDeleteMarkdownDocument: never,
    getAllMarkdownDocuments: async () => [],
    hasMarkdownDocument: () => false,
    openMarkdownDocument: async () => undefined,
    stat: async () => undefined,
    readDirectory: async () => [],
  };
  const logger: Md.ILogger = { level: md.LogLevel.Off, log: () => undefined };
  return md.createLanguageService({ workspace, parser, logger });
}

export const symbolsRow = row('symbols', 'document symbols, 10 MB vs markdown service, 10 MB', 1, async (inputs) => {
  const text = inputs.large;
  const markdown = inputs.largeMarkdown;
  const service = await markdownService();
  const token = new CancellationTokenSource().token;
  let ours = 0;
  let theirs = 0;
  let n = 0;
  const subject = () => {
    ours = count(documentSymbols(parseTranscript(text)));
  };
  const baseline = async () => {
    // A URI the service has not seen: nothing is answered from its cache of tables of contents.
    const document = TextDocument.create(URI.file(`/bench/outline-${++n}.md`).toString(), 'markdown', 1, markdown);
    theirs = count(await service.getDocumentSymbols(document, { includeLinkDefinitions: false }, token));
  };
  const { a, b } = await alternate(subject, baseline, { runs: RUNS });
  service.dispose();
  return {
    subject: ms('parse + documentSymbols', a, median(a)),
    baseline: ms('markdown service getDocumentSymbols', b, median(b)),
    notes: [
      `transcript: ${text.length.toLocaleString('en')} chars, ${ours.toLocaleString('en')} symbols; ` +
        `Markdown: ${markdown.length.toLocaleString('en')} chars, ${theirs.toLocaleString('en')} symbols; ${RUNS} runs each`,
    ],
  };
});
