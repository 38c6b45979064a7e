// The xml:id of every person, section, utterance and time point of a TEI file, unique in the file.
// People keep the id the export document gives them (`В.Путин`, `MS._PSAKI`) so that `who="#В.Путин"`
// reads as the label; utterances and sections take their anchors (`turn-12`, `section-1`), as the
// other formats do. Two things can still go wrong, and both would make the file invalid:
//  - a person whose label reads `turn-1:` would share an utterance's id: the later one gets `-2`;
//  - validators check names by the XML 1.0 fourth edition's tables (Unicode 2.0), in which `µ`, `²`,
//    `ӏ` or a letter outside the Basic Multilingual Plane is no name character, though
//    `\p{L}`/`\p{N}` take them: such characters become `_` (`Speaker²` → `Speaker_`).
import type { ExportDocument, ExportPerson, ExportSection, ExportTurn } from './exportDocument';

/** Letters that start a name in both editions of XML 1.0 (a conservative part of the fourth
 *  edition's BaseChar and Ideographic: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Georgian,
 *  kana, CJK, Hangul). */
const LETTER =
  'A-Za-z_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u0131\u0134-\u013E\u0141-\u0148\u014A-\u017E\u0180-\u01C3\u01CD-\u01F0' +
  '\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03CE\u0401-\u040C\u040E-\u044F\u0451-\u045C\u045E-\u0481' +
  '\u0490-\u04C4\u04D0-\u04EB\u04EE-\u04F5\u0531-\u0556\u0561-\u0586\u05D0-\u05EA\u0621-\u063A\u0641-\u064A' +
  '\u10A0-\u10C5\u10D0-\u10F6\u1E00-\u1E9B\u1EA0-\u1EF9\u3041-\u3094\u30A1-\u30FA\u4E00-\u9FA5\uAC00-\uD7A3';
/** What may follow the first letter: digits, `.`, `-` and combining accents (`й` written as `и` + U+0306). */
const NOT_NAME_CHAR = new RegExp(`[^${LETTER}0-9.\\-\u0300-\u0345]+`, 'g');
const STARTS_WITH_LETTER = new RegExp(`^[${LETTER}]`);

export interface TeiIds {
  person(person: ExportPerson): string;
  section(section: ExportSection): string;
  turn(turn: ExportTurn): string;
  /** The `<when>` a timed turn starts at. */
  time(turn: ExportTurn): string;
  /** The `<when>` the timeline counts from: the start of the recording. */
  origin: string;
}

export function teiIds(document: ExportDocument): TeiIds {
  const taken = new Set<string>();
  const reserve = (wanted: string): string => {
    let base = wanted.replace(NOT_NAME_CHAR, '_');
    if (!STARTS_WITH_LETTER.test(base)) base = `p-${base}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  const people = new Map(document.people.map((p) => [p, reserve(p.id)]));
  const sections = new Map<ExportSection, string>();
  const turns = new Map<ExportTurn, string>();
  const times = new Map<ExportTurn, string>();
  for (const section of document.sections) {
    sections.set(section, reserve(section.anchor));
    for (const turn of section.turns) {
      const id = reserve(turn.anchor);
      turns.set(turn, id);
      if (turn.time) times.set(turn, reserve(`${id}.start`));
    }
  }
  const origin = reserve('recording-start');
  // Every turn's speaker is one of the document's people, and every section and turn was reserved above.
  return {
    person: (p) => people.get(p)!,
    section: (s) => sections.get(s)!,
    turn: (t) => turns.get(t)!,
    time: (t) => times.get(t)!,
    origin,
  };
}
