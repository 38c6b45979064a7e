// `npm run test:corpus`: every transcript of ../shared/corpus (and the shared kremlin.ru sample)
// exported to Akoma Ntoso is valid against ../shared/schemas/akomantoso30.xsd, holds one <speech>
// per turn and keeps every word of the transcript in the text it shows. Prints the files, speeches
// and the largest export.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportFormat, exportTranscript } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { contentWords, missingWords } from '../helpers/exportWords';
import { akomaNtosoErrors, akomaNtosoSchemaAvailable, SCHEMAS_DIR, shownText, type XmlDocument } from '../helpers/xsd';
import { CORPUS_DIR, corpusAvailable, listCorpusFiles, readCorpusText } from './corpus';

const SHARED_SAMPLE = join(CORPUS_DIR, '..', 'samples', 'kremlin-56509.transcript');

/** Documents validated per run of xmllint: the schema compiles once per run, and libxml2's memory
 *  holds this many of the largest exports. */
const BATCH = 20;

test('Akoma Ntoso export of every corpus transcript: valid, one <speech> per turn, no word lost', async (t) => {
  if (!corpusAvailable()) return t.skip('../shared/corpus is absent: skipped (this check runs where the corpus is laid out)');
  if (!akomaNtosoSchemaAvailable()) return t.skip(`${SCHEMAS_DIR}/akomantoso30.xsd is absent: nothing to validate against`);
  const sources = listCorpusFiles().map((file) => ({ name: file, text: readCorpusText(file) }));
  assert.ok(sources.length >= 64, 'the corpus holds at least its 64 kremlin.ru transcripts');
  if (existsSync(SHARED_SAMPLE)) sources.push({ name: 'samples/kremlin-56509.transcript', text: readFileSync(SHARED_SAMPLE, 'utf8') });

  const problems: string[] = [];
  const documents: XmlDocument[] = [];
  let speeches = 0;
  for (const { name, text } of sources) {
    const transcript = parseTranscript(text);
    const result = exportTranscript(transcript, exportFormat('akn')!, { locale: 'en' });
    if (!result.ok || result.content.kind !== 'text') {
      problems.push(`${name}: not written (${result.ok ? 'binary' : result.message})`);
      continue;
    }
    const xml = result.content.text;
    const count = (xml.match(/<speech /g) ?? []).length;
    speeches += count;
    if (count !== transcript.turns.length) problems.push(`${name}: ${count} speeches for ${transcript.turns.length} turns`);
    const missing = missingWords(contentWords(transcript), shownText(xml));
    if (missing.length > 0) problems.push(`${name}: words lost: ${missing.slice(0, 10).join(', ')}`);
    documents.push({ name, xml });
  }
  for (let i = 0; i < documents.length; i += BATCH) problems.push(...(await akomaNtosoErrors(documents.slice(i, i + BATCH))));

  const largest = documents.reduce((a, b) => (b.xml.length > a.xml.length ? b : a));
  t.diagnostic(`${documents.length} files, ${speeches} speeches; largest export ${largest.name}, ${Math.round(largest.xml.length / 1024)} KB`);
  assert.deepEqual(problems.slice(0, 20), []);
});
