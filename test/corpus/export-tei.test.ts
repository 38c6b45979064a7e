// `npm run test:corpus`: every real transcript of ../shared/corpus exported to TEI Parla-CLARIN holds
// one `<u>` per turn, every word, and references that resolve (test/helpers/tei.ts), and all the files
// together are valid against ../shared/schemas/parla-clarin.rng (one jing run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportFormat, exportTranscript } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { PARLA_CLARIN_SCHEMA, relaxNgErrors, relaxNgSkipReason, type XmlFile } from '../helpers/jing';
import { teiProblems } from '../helpers/tei';
import { corpusAvailable, listCorpusFiles, readCorpusText } from './corpus';

test('TEI export of every corpus transcript: one <u> per turn, no word lost, valid Parla-CLARIN', (t) => {
  if (!corpusAvailable()) {
    t.skip('../shared/corpus is absent: nothing to export (this check runs where the corpus is laid out)');
    return;
  }
  const files = listCorpusFiles();
  assert.ok(files.length >= 64, 'the corpus holds at least its 64 kremlin.ru transcripts');
  const written: XmlFile[] = [];
  const problems: string[] = [];
  let turns = 0;
  for (const file of files) {
    const transcript = parseTranscript(readCorpusText(file));
    const result = exportTranscript(transcript, exportFormat('tei')!, { locale: 'en' });
    assert.ok(result.ok && result.content.kind === 'text', `${file}: the TEI writer gives text`);
    problems.push(...teiProblems(transcript, result.content.text).map((p) => `${file}: ${p}`));
    written.push({ name: file.replace(/\//g, '--').replace(/\.transcript$/, '.xml'), xml: result.content.text });
    turns += transcript.turns.length;
  }
  assert.deepEqual(problems, []);
  const skip = relaxNgSkipReason(PARLA_CLARIN_SCHEMA);
  if (skip) {
    t.skip(`${files.length} files hold every word; ${skip}`);
    return;
  }
  assert.deepEqual(relaxNgErrors(PARLA_CLARIN_SCHEMA, written), []);
  t.diagnostic(`${files.length} files, ${turns} utterances: valid against parla-clarin.rng`);
});
