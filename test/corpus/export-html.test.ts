// `npm run test:corpus`: the HTML export and the live preview over every transcript of
// ../shared/corpus. Each page shows every word of its transcript (read from the text a reader sees,
// not the markup), holds one turn per turn of the model with its anchor, one section per non-empty
// section, and no element the writer does not write. Prints the pages' total size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportDocument, toHtml, transcriptPreview } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { contentWords, missingWords } from '../helpers/exportWords';
import { visibleText } from '../helpers/htmlText';
import { corpusAvailable, listCorpusFiles, readCorpusText } from './corpus';

const ELEMENTS = new Set(['a', 'bdi', 'body', 'div', 'footer', 'h1', 'h2', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'span', 'time', 'ul']);

test('HTML export of every corpus transcript: every word, every turn, only the writer’s elements', (t) => {
  if (!corpusAvailable()) {
    t.skip('../shared/corpus is absent: nothing to export (this check runs where the corpus is laid out)');
    return;
  }
  const files = listCorpusFiles();
  assert.ok(files.length >= 64, 'the corpus holds at least its 64 kremlin.ru transcripts');
  const problems: string[] = [];
  let bytes = 0;
  let turns = 0;
  for (const file of files) {
    const transcript = parseTranscript(readCorpusText(file));
    const document = exportDocument(transcript);
    const page = toHtml(document);
    bytes += Buffer.byteLength(page);
    turns += transcript.turns.length;
    const words = contentWords(transcript);
    const lost = missingWords(words, visibleText(page));
    if (lost.length > 0) problems.push(`${file}: page lacks ${lost.slice(0, 10).join(', ')}`);
    const lostInPreview = missingWords(words, visibleText(`<body>${transcriptPreview(transcript).html}</body>`));
    if (lostInPreview.length > 0) problems.push(`${file}: preview lacks ${lostInPreview.slice(0, 10).join(', ')}`);
    const anchors = [...page.matchAll(/<div class="turn [^"]+" id="(turn-\d+)">/g)].map((m) => m[1]);
    const expected = transcript.turns.map((_, i) => `turn-${i + 1}`);
    if (anchors.join() !== expected.join()) problems.push(`${file}: ${anchors.length} turns on the page, ${expected.length} in the transcript`);
    const sections = (page.match(/<section class="section" id="section-\d+">/g) ?? []).length;
    const nonEmpty = document.sections.filter((s) => s.heading || s.narration.length > 0 || s.turns.length > 0).length;
    if (sections !== nonEmpty) problems.push(`${file}: ${sections} sections on the page, ${nonEmpty} with content`);
    const body = page.slice(page.indexOf('<body>'));
    const foreign = [...new Set([...body.matchAll(/<([a-z][a-z0-9]*)/g)].map((m) => m[1]))].filter((tag) => !ELEMENTS.has(tag));
    if (foreign.length > 0) problems.push(`${file}: elements ${foreign.join(', ')}`);
  }
  t.diagnostic(`${files.length} files, ${turns} turns: ${(bytes / 1024).toFixed(0)} KB of HTML`);
  assert.deepEqual(problems, []);
});
