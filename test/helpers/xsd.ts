// Validating exports against the official Akoma Ntoso 3.0 schema in ../shared/schemas with libxml2
// compiled to WebAssembly (xmllint-wasm): offline, no binary to install. Compiling the schema takes
// about half a second, so several documents are checked in one run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { REPO_ROOT } from './fixtures';

export const SCHEMAS_DIR = join(REPO_ROOT, '..', 'shared', 'schemas');
const AKOMA_NTOSO_XSD = join(SCHEMAS_DIR, 'akomantoso30.xsd');

export function akomaNtosoSchemaAvailable(): boolean {
  return existsSync(AKOMA_NTOSO_XSD);
}

export interface XmlDocument {
  /** A name for the messages: `samples/press-conference.xml`. */
  name: string;
  xml: string;
}

/** What libxml2 says is wrong with each document against akomantoso30.xsd (it imports xml.xsd), as
 *  `name:line: message`; `[]` when every one is well-formed and valid. */
export async function akomaNtosoErrors(documents: readonly XmlDocument[]): Promise<string[]> {
  if (documents.length === 0) return [];
  // xmllint reads file names as arguments: keep them plain, and map them back for the messages.
  const names = new Map(documents.map((d, i) => [`doc-${i}.xml`, d.name]));
  const result = await validateXML({
    xml: documents.map((d, i) => ({ fileName: `doc-${i}.xml`, contents: d.xml })),
    schema: { fileName: 'akomantoso30.xsd', contents: readFileSync(AKOMA_NTOSO_XSD, 'utf8') },
    preload: { fileName: 'xml.xsd', contents: readFileSync(join(SCHEMAS_DIR, 'xml.xsd'), 'utf8') },
    // A long transcript's export is a few hundred kilobytes; libxml2 holds several at once.
    maxMemoryPages: 16 * 1024,
  });
  if (result.valid) return [];
  const named = (text: string) => text.replace(/doc-\d+\.xml/g, (file) => names.get(file) ?? file);
  return result.errors.map((e) => (e.loc ? `${named(e.loc.fileName)}:${e.loc.lineNumber}: ${e.message}` : named(e.rawMessage)));
}

/** The text an XML export shows a reader: its <meta> block left out, the other tags dropped and the
 *  entities read back, for the every-word check (a word only in an attribute does not count). */
export function shownText(xml: string): string {
  return xml
    .replace(/<meta>[\s\S]*<\/meta>/, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(lt|gt|quot|apos|amp|#\d+);/g, (_, name: string) =>
      name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : name === 'apos' ? "'" : name === 'amp' ? '&' : String.fromCodePoint(Number(name.slice(1))),
    );
}
