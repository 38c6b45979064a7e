// Reading a .docx back in the Word export's tests: its parts by name, whether each is well-formed XML
// with its namespaces declared (saxes, a strict XML 1.0 parser), and its paragraphs as lines a test can write out in full:
//
//   Turn | {Speaker:В.Путин:} Добрый день! {EditorialMark:(Аплодисменты.)}
//
// (the paragraph's style, then its text, a run in a character style as `{Style:text}`, a tab as `\t`).
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/** Every part of the ZIP as text, in the ZIP's order. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, utf8.decode(data)]));
}

/** What is wrong with each part as XML: `[]` when every part is well-formed, its namespace prefixes
 *  declared, its entities known and its characters ones XML allows. */
export function xmlErrors(parts: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [name, xml] of Object.entries(parts)) {
    const parser = new SaxesParser({ xmlns: true, fileName: name });
    parser.on('error', (error) => out.push(error.message));
    parser.write(xml).close();
  }
  return out;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x?[0-9a-fA-F]+|\w+);/g, (_, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ENTITIES[name],
  );
}

interface Run {
  style?: string;
  text: string;
}

/** A run's character style and text: its `w:t` pieces, with `<w:tab/>` as a tab. */
function readRun(run: string): Run {
  const text = [...run.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : unescapeXml(m[1]))).join('');
  const style = /<w:rStyle w:val="([^"]+)"\/>/.exec(run)?.[1];
  return style ? { style, text } : { text };
}

/** The paragraphs of `word/document.xml`: each one's style and runs. */
function readParagraphs(documentXml: string): { style: string; runs: Run[] }[] {
  return [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p\/>/gs)].map((p) => {
    const body = p[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1] ?? 'Normal';
    return { style, runs: [...body.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((r) => readRun(r[1])) };
  });
}

/** The paragraphs of `word/document.xml`, each as `Style | text`, a run in a character style as `{Style:text}`. */
export function docxParagraphs(documentXml: string): string[] {
  return readParagraphs(documentXml).map((p) => `${p.style} | ${p.runs.map((r) => (r.style ? `{${r.style}:${r.text}}` : r.text)).join('')}`);
}

/** The text of the paragraphs alone, one per line. */
export function docxText(documentXml: string): string {
  return readParagraphs(documentXml)
    .map((p) => p.runs.map((r) => r.text).join(''))
    .join('\n');
}
