// What a publishing tradition is, as data: the label shapes it writes, how its labels end, its role
// words and reporter marks, the lines that give it away, and the rules its norms make moot. One file
// per tradition beside this one, made by `tradition()` below from what is its own; `../traditionLabels.ts`
// reads labels by these descriptions and `./index.ts` detects which one a file follows.

export type TraditionId = 'kremlin' | 'us-press' | 'us-hearing' | 'parliament' | 'court' | 'dialogue' | 'speech-to-text';

/** How a file is to be read: by the tradition it is detected to follow (`auto`), or by the one named
 *  (`stenogram.tradition`, `--tradition`). */
export type TraditionSetting = TraditionId | 'auto';

/** Label shapes beyond the ones every file reads (`В.Путин:`, `Vladimir Putin:`, `Вопрос:` — labels.ts). */
export type ShapeId =
  /** `Mr. NORTH`, `MS. PSAKI`, `Dr. Smith`, `Chairman INOUYE`, `Attorney General MEESE`, `PRESIDENT BIDEN` */
  | 'title-name'
  /** `THE PRESIDENT`, `The Witness`, `The Court` */
  | 'the-role'
  /** One or more words in capitals: `MODERATOR`, `AIDE`, `TRUMP`, `SENIOR ADMINISTRATION OFFICIAL`, `ГОЛОВУЮЧИЙ` */
  | 'caps-name'
  /** A name and its affiliation in parentheses: `Mr. Nebenzia (Russian Federation)`, `Dr. Alice Weidel (AfD)` */
  | 'name-affiliation'
  /** `Speaker 1`, `Interviewer`, `Participant 3`: a numbered or generic speaker of a recording */
  | 'generic-speaker'
  /** A surname and initials, the initials' period ending the label: `Жириновский В. В. Уважаемые…`, `ПАРУБІЙ А.В. Шановні…` */
  | 'surname-initials'
  /** A label, then `. – ` and the speech, as the European Parliament prints it: `President. – The next item…` */
  | 'dash-after-period'
  /** A timestamp before, inside or after the label: `[00:01:23] Name:`, `Speaker 1 (00:01:23):`, `Name  0:01` */
  | 'timestamp';

/** What ends a label. `':'` everywhere; `'.'` where the period is the label's end (`Mr. NIELDS. What…`,
 *  `Председательствующий. Добрый день`); `''` where nothing does (`Q    Thanks`, `Mr. COHEN Can I…`). */
export type Terminator = ':' | '.' | '';

export interface Tradition {
  id: TraditionId;
  /** As the status bar and `stenogram stats` name it. */
  name: { en: string; ru: string };
  /** One real line of the tradition, as README's table shows it. */
  example: string;
  shapes: readonly ShapeId[];
  /** What may end a label besides the colon. */
  terminators: readonly Terminator[];
  /** What a well-formed label ends with: what fixes insert where it is missing. */
  terminator: ':' | '.';
  /** Role words that make a label on their own with any terminator the tradition allows
   *  (`Председательствующий.`, `ГОЛОВУЮЧИЙ.`), lower case. */
  roles: readonly string[];
  /** Reporter marks written without a name: `Q` (press briefings), `Q`/`A` (examinations). */
  marks: readonly string[];
  /** A mark may be followed by a single space (`Q Hey, Ian.`), not only by a tab, two spaces or a colon. */
  markSingleSpace: boolean;
  /** A label may stand alone on its line, the speech on the next (`Смолин О. Н., фракция КПРФ.`, `Name  0:01`). */
  aloneOnLine: boolean;
  /** Plain names are labels here (`Chris Wallace:`, `Keir Starmer (Holborn and St Pancras):`), not only
   *  titled or capitalised ones: a role + name reading of a capitalised phrase is then trusted. */
  plainNames: boolean;
  /** How many spaces after the label are the norm: `single` (formatting makes it one), `keep`
   *  (`MS. PSAKI:  Okay`, `Q    So`: the typographer's spacing stays). */
  spacing: 'single' | 'keep';
  /** Lines that give the tradition away; detection counts the lines each tradition's cues match. */
  cues: readonly RegExp[];
  /** Rules whose finding is this tradition's norm, not a slip (never reported for its files). */
  quiet: readonly string[];
}

/** The label shapes most traditions read besides the ones every file reads. */
export const COMMON_SHAPES: readonly ShapeId[] = ['title-name', 'the-role', 'caps-name', 'name-affiliation', 'generic-speaker', 'timestamp'];

/** What a tradition states of its own: who it is, its role words and cues, and where it departs from
 *  what most traditions do (COMMON_SHAPES; labels ended by a colon only; no reporter marks; a label
 *  not alone on its line; plain names read as labels; single spacing; no rule quiet). */
export type TraditionOwn = Pick<Tradition, 'id' | 'name' | 'example' | 'roles' | 'cues'> & Partial<Tradition>;

export function tradition(own: TraditionOwn): Tradition {
  return {
    id: own.id,
    name: own.name,
    example: own.example,
    shapes: own.shapes ?? COMMON_SHAPES,
    terminators: own.terminators ?? [':'],
    terminator: own.terminator ?? ':',
    roles: own.roles,
    marks: own.marks ?? [],
    markSingleSpace: own.markSingleSpace ?? false,
    aloneOnLine: own.aloneOnLine ?? false,
    plainNames: own.plainNames ?? true,
    spacing: own.spacing ?? 'single',
    cues: own.cues,
    quiet: own.quiet ?? [],
  };
}
