// A cue's text without its markup, split where the voice changes. What a caption file may put in a
// cue's text, and what becomes of it:
//
//   <v Anna Petrova>Hello</v>  <v.loud Anna>…      a voice span: the words are Anna Petrova's
//   <i>…</i> <b> <u> <c.yellow> <lang en> <ruby><rt>  styling: removed, the words kept
//   <00:00:01.500>                                  a karaoke time inside the cue: removed
//   <font color="#ffff00">…</font>  {\an8}           SRT styling and ASS override tags: removed
//   &amp; &lt; &gt; &nbsp; &quot; &#233; &#xE9;      character references: decoded
//
// A `<` that opens none of these stays text (`5 < 6`): browsers would drop what follows it, and an
// import must not lose words. So does an unknown `&name;`.

export interface Segment {
  /** The voice of a `<v>` span; undefined for text outside any. */
  voice?: string;
  /** The text, line breaks kept (a dialogue dash opens a line). */
  text: string;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  lrm: '\u200E',
  rlm: '\u200F',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

/** `Tom &amp; Jerry` → `Tom & Jerry`; an unknown `&name;` or a code point out of range stays as written. */
export function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (all, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? all;
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : all;
  });
}

const TAGS = 'c|i|b|u|v|lang|ruby|rt|font|span';
const START_TAG = new RegExp(String.raw`^<(${TAGS})((?:\.[^\s.<>]+)*)(?:[ \t]+([^<>\n]*))?>`, 'i');
const END_TAG = new RegExp(String.raw`^</(${TAGS})[ \t]*>`, 'i');
const KARAOKE = /^<(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}>/;
const ASS_OVERRIDE = /^\{\\[^{}\n]*\}/;

/** The cue's text as segments of one voice each (or of none), markup removed, references decoded. */
export function cueSegments(cueText: string): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { text: '' };
  const switchTo = (voice: string | undefined) => {
    if (current.text) segments.push(current);
    current = { voice, text: '' };
  };
  let plain = '';
  const flush = () => {
    current.text += decodeReferences(plain);
    plain = '';
  };
  for (let i = 0; i < cueText.length; ) {
    const c = cueText[i];
    const tag = c === '<' || c === '{' ? tagAt(cueText.slice(i)) : undefined;
    if (!tag) {
      plain += c;
      i++;
      continue;
    }
    flush();
    if (tag.voice !== undefined) switchTo(tag.voice || current.voice);
    else if (tag.closesVoice) switchTo(undefined);
    i += tag.length;
  }
  flush();
  if (current.text) segments.push(current);
  return segments;
}

interface Tag {
  length: number;
  /** The voice a `<v …>` opens ('' when it names none). */
  voice?: string;
  closesVoice?: boolean;
}

function tagAt(rest: string): Tag | undefined {
  const karaoke = KARAOKE.exec(rest) ?? ASS_OVERRIDE.exec(rest);
  if (karaoke) return { length: karaoke[0].length };
  const end = END_TAG.exec(rest);
  if (end) return { length: end[0].length, closesVoice: end[1].toLowerCase() === 'v' };
  const start = START_TAG.exec(rest);
  if (!start) return undefined;
  if (start[1].toLowerCase() !== 'v') return { length: start[0].length };
  return { length: start[0].length, voice: decodeReferences(start[3] ?? '').replace(/\s+/g, ' ').trim() };
}
