// What the TEI export must hold for any transcript, beyond the schema (which checks neither words nor
// references): one `<u>` per turn, every `#id` it points to defined, every word of the transcript in
// its text (not in attribute values), and no element but those the writer writes: a label
// `<img onerror=…>` that reached the output as markup would show here as an element `img`.
import type { Transcript } from '../../server/src/transcript';
import { contentWords, missingWords } from './exportWords';

/** The elements tei.ts writes. */
const TEI_ELEMENTS = new Set(
  ('TEI teiHeader fileDesc titleStmt title extent measure publicationStmt p sourceDesc bibl idno date profileDesc settingDesc ' +
    'setting placeName particDesc listPerson person personGrp persName name affiliation roleName langUsage language text front div ' +
    'body timeline when head note u seg vocal kinesic desc supplied gap').split(' '),
);

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The text of the elements, as a reader of the XML gets it: tags gone, references resolved. */
export function xmlTextContent(xml: string): string {
  return xml
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) =>
      name.startsWith('#') ? String.fromCodePoint(parseInt(name.slice(name[1] === 'x' ? 2 : 1), name[1] === 'x' ? 16 : 10)) : ENTITIES[name],
    );
}

/** What is wrong with `xml` as the TEI export of `transcript`: [] when nothing is. */
export function teiProblems(transcript: Transcript, xml: string): string[] {
  const problems: string[] = [];
  const utterances = xml.match(/<u[ >/]/g)?.length ?? 0;
  if (utterances !== transcript.turns.length) problems.push(`${utterances} <u> for ${transcript.turns.length} turns`);
  const ids = new Set([...xml.matchAll(/ xml:id="([^"]*)"/g)].map((m) => m[1]));
  for (const [, attribute, target] of xml.matchAll(/ (who|start|since|origin)="#([^"]*)"/g)) {
    if (!ids.has(target)) problems.push(`${attribute}="#${target}" points to no xml:id`);
  }
  for (const [, tag] of xml.matchAll(/<([^\s/>?!]+)/g)) if (!TEI_ELEMENTS.has(tag)) problems.push(`an element <${tag}> the writer does not write`);
  const missing = missingWords(contentWords(transcript), xmlTextContent(xml));
  if (missing.length > 0) problems.push(`words lost: ${missing.slice(0, 10).join(', ')}`);
  return problems;
}
