// `npm run test:corpus`: the Word export of every real transcript of ../shared/corpus is a package
// whose parts are all well-formed XML, keeps every word of the transcript (title, place, lead,
// headings, labels, turns), and has one Turn paragraph, opening with its label in the Speaker style,
// per turn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportDocument, toDocx } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { docxParagraphs, docxParts, docxText, xmlErrors } from '../helpers/docx';
import { contentWords, missingWords } from '../helpers/exportWords';
import { corpusAvailable, listCorpusFiles, readCorpusText } from './corpus';

/** A labelled turn's first paragraph: `Turn | {Time:[00:01:23] }{Speaker:Anna Petrova:} …`. */
const LABELLED_TURN = /^Turn \| (\{Time:[^}]*\})?\{Speaker:/;

/** What is wrong with one file's .docx, and its size. */
function checkFile(file: string): { problems: string[]; turns: number; bytes: number } {
  const transcript = parseTranscript(readCorpusText(file));
  const docx = toDocx(exportDocument(transcript));
  const parts = docxParts(docx);
  const document = parts['word/document.xml'];
  const missing = missingWords(contentWords(transcript), docxText(document));
  const labelled = docxParagraphs(document).filter((p) => LABELLED_TURN.test(p)).length;
  const problems = [
    ...xmlErrors(parts),
    ...(missing.length > 0 ? [`missing ${missing.slice(0, 5).join(', ')}`] : []),
    ...(labelled !== transcript.turns.length ? [`${labelled} labelled Turn paragraphs for ${transcript.turns.length} turns`] : []),
  ];
  return { problems: problems.map((p) => `${file}: ${p}`), turns: transcript.turns.length, bytes: docx.length };
}

test(
  'Word export of ../shared/corpus: well-formed parts, every word kept, one labelled Turn paragraph per turn',
  { skip: corpusAvailable() ? false : '../shared/corpus is not here' },
  (t) => {
    const results = listCorpusFiles().map(checkFile);
    const problems = results.flatMap((r) => r.problems);
    const turns = results.reduce((sum, r) => sum + r.turns, 0);
    const kilobytes = Math.round(results.reduce((sum, r) => sum + r.bytes, 0) / 1024);
    t.diagnostic(`docx: ${results.length} files, ${turns} turns, ${kilobytes} KB of .docx, ${results.filter((r) => r.problems.length === 0).length} without a problem`);
    assert.deepEqual(problems, []);
  },
);
