// `npm run test:corpus`: Markdown export of every real transcript of ../shared/corpus keeps every word
// of the transcript (title, place, lead, headings, labels, turns) and one bold label per turn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportDocument, toMarkdown } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { contentWords, missingWords } from '../helpers/exportWords';
import { corpusAvailable, listCorpusFiles, readCorpusText } from './corpus';

test('Markdown export of ../shared/corpus: every word kept, one bold label per turn', (t) => {
  if (!corpusAvailable()) {
    t.skip('../shared/corpus is not here');
    return;
  }
  const files = listCorpusFiles();
  const problems: string[] = [];
  let turns = 0;
  for (const file of files) {
    const transcript = parseTranscript(readCorpusText(file));
    const markdown = toMarkdown(exportDocument(transcript));
    const missing = missingWords(contentWords(transcript), markdown);
    if (missing.length > 0) problems.push(`${file}: missing ${missing.slice(0, 5).join(', ')}`);
    const labels = markdown.split('\n').filter((line) => /^\*\*.*?:\*\*/.test(line)).length;
    if (labels !== transcript.turns.length) problems.push(`${file}: ${labels} bold labels for ${transcript.turns.length} turns`);
    turns += transcript.turns.length;
  }
  t.diagnostic(`markdown: ${files.length} files, ${turns} turns, every word kept in ${files.length - problems.length}`);
  assert.deepEqual(problems, []);
});
