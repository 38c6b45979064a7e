// XML as the research formats (TEI, Akoma Ntoso) and Word's document.xml need it: text and attribute
// values escaped, and characters XML 1.0 cannot hold at all (C0 controls other than tab and line
// breaks, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD, so that a hostile transcript still
// gives a well-formed file and loses no other character.

/** Characters no XML 1.0 document may contain. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` as element content: `&`, `<`, `>` escaped. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** `text` as an attribute value in double quotes: `&`, `<`, `>`, `"` escaped, and line breaks and tabs
 *  as references (an attribute's white space is otherwise normalised to spaces). */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/["\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An element: `tag` with `attributes` (undefined values left out) around `content` (already XML);
 *  `<tag/>` when there is no content. */
export function element(tag: string, attributes: Record<string, string | undefined>, content?: string): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttribute(value)}"`)
    .join('');
  return content === undefined || content === '' ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${content}</${tag}>`;
}
