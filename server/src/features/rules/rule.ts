// What a diagnostic rule is: a check that reads the model and reports findings of its one code, each
// with the fixes that repair it. The table in `index.ts` gives each check its code and default
// severity; the driver in `../diagnostics.ts` runs the checks and applies the settings.
import type { TextEdit } from 'vscode-languageserver-types';
import type { DominantForm, MalformedContext, Position, Range, Speaker, Tradition, Transcript, Turn, UnrecognisedLabels } from '../../transcript';
import type { Locale, MessageId } from '../../l10n';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes are applied by "fix all", `source.fixAll.stenogram` and `stenogram lint --fix`:
   *  each has one right answer and only restores what the rule names. */
  safe: boolean;
}

/** What the rules know of the whole transcript: computed once, reused while no label changes. */
export interface FindingContext {
  initials: 'compact' | 'spaced' | undefined;
  forms: Map<string, DominantForm>;
  /** Speakers whose name is a near miss of another's, with the candidates. */
  nearMisses: Map<string, Speaker[]>;
  malformed: MalformedContext;
  /** The line ending fixes insert (a split turn's line break). */
  eol: Transcript['eol'];
  /** The tradition the file is read by: what ends its labels, which rules its norms silence. */
  tradition: Tradition;
  /** Lines that open like labels no tradition reads (`labels-unrecognised`). */
  unrecognised: UnrecognisedLabels | undefined;
  /** The turns whose label holds a real time, by index (`timestamp-order`): a splice keeps every label. */
  timed: number[];
}

/** Lines `[from, to)`: findings are computed for these lines only. */
export interface LineWindow {
  from: number;
  to: number;
}

/** Everything a check reads besides the turn it is given. */
export interface RuleScope {
  transcript: Transcript;
  context: FindingContext;
  /** The lines checked; undefined: all of them. */
  window: LineWindow | undefined;
  locale: Locale;
  /** A message in the findings' language. */
  t: (id: MessageId, ...args: (string | number)[]) => string;
  /** `stenogram.labels.initials` as set (`auto` when unset). */
  initialsSetting: 'auto' | 'compact' | 'spaced' | undefined;
  /** From `stenogram.speakers.json`: the key of an alias (`путин в.в.`) → the person's label (`В.Путин`). */
  aliases: ReadonlyMap<string, string> | undefined;
  /** The length of the transcript's recording in seconds, when the media panel knows it. */
  mediaDuration: number | undefined;
}

/** Report a finding of the rule's code. `fixAll` is what "fix all" applies instead of the first safe
 *  fix, where several rules rewrite one label (see `Finding.fixAll`). */
export type Report = (range: Range, message: string, fixes?: Fix[], fixAll?: TextEdit[]) => void;

/** A check run on each turn of the window: a plain call per turn, the hot loop of every edit. */
export type TurnCheck = (turn: Turn, scope: RuleScope, report: Report) => void;

/** A check run once over the transcript (it keeps to `scope.window` itself). */
export type TranscriptCheck = (scope: RuleScope, report: Report) => void;

export const inWindow = (scope: RuleScope, line: number): boolean => !scope.window || (line >= scope.window.from && line < scope.window.to);

export const point = (line: number, character: number): Position => ({ line, character });
export const insert = (at: Position, newText: string): TextEdit => ({ range: { start: at, end: at }, newText });
export const replace = (range: Range, newText: string): TextEdit => ({ range, newText });

export function rangeIn(line: number, character: number, length: number): Range {
  return { start: point(line, character), end: point(line, character + length) };
}
