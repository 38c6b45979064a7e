// The traditions Stenogram reads, and which one a file follows.
import type { SourceLine } from '../model';
import { court } from './court';
import { dialogue } from './dialogue';
import { kremlin } from './kremlin';
import { parliament } from './parliament';
import { speechToText } from './speechToText';
import type { Tradition, TraditionId } from './types';
import { usHearing } from './usHearing';
import { usPress } from './usPress';

export type { ShapeId, Terminator, Tradition, TraditionId, TraditionSetting } from './types';

/** In the order detection prefers them on a tie: today's default first. */
export const TRADITIONS: readonly Tradition[] = [kremlin, court, usPress, usHearing, parliament, dialogue, speechToText];

export const TRADITION_IDS: readonly TraditionId[] = TRADITIONS.map((t) => t.id);

export function traditionById(id: string | undefined): Tradition | undefined {
  return TRADITIONS.find((t) => t.id === id);
}

/** The tradition a model was read by (`transcript.tradition` keeps its id). */
export function traditionOf(transcript: { tradition: { id: TraditionId } }): Tradition {
  return traditionById(transcript.tradition.id) ?? kremlin;
}

/** Detection reads this many non-blank lines from the start: enough for any tradition to show its
 *  labels, and a keystroke in a 10 MB file never rereads the whole file for it. */
export const DETECTION_LINES = 400;

/** How many of the lines read must be a tradition's cues before it wins over kremlin.ru's reading
 *  (one in a file of a few lines: `Mr. INOUYE. When these hearings began…` alone). */
const MIN_CUES = 2;
const SHORT_FILE = 10;

export interface Detection {
  tradition: Tradition;
  /** Cue lines per tradition, for `stenogram stats` and tests. */
  scores: Record<TraditionId, number>;
  /** The last line detection read (a later edit cannot change the result); MAX_SAFE_INTEGER when it
   *  read every line. */
  lastLine: number;
}

/** The tradition a file follows, from its first DETECTION_LINES non-blank lines: the one whose cues
 *  match most lines, kremlin.ru's when none has MIN_CUES. */
export function detectTradition(lines: readonly SourceLine[]): Detection {
  const scores = Object.fromEntries(TRADITIONS.map((t) => [t.id, 0])) as Record<TraditionId, number>;
  let read = 0;
  let i = 0;
  for (; i < lines.length && read < DETECTION_LINES; i++) {
    let text = lines[i].text;
    if (text.length === 0) continue;
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim().length === 0) continue;
    read++;
    const head = text.length > 300 ? text.slice(0, 300) : text;
    for (const t of TRADITIONS) {
      for (const cue of t.cues) {
        if (cue.test(head)) {
          scores[t.id]++;
          break;
        }
      }
    }
  }
  // One cue is enough in a file of a few lines, or where no other tradition shows any.
  const cued = TRADITIONS.filter((t) => scores[t.id] > 0).length;
  const min = read < SHORT_FILE || cued === 1 ? 1 : MIN_CUES;
  let best: Tradition = kremlin;
  for (const t of TRADITIONS) if (scores[t.id] >= min && scores[t.id] > scores[best.id]) best = t;
  // Short of DETECTION_LINES, lines added anywhere are read: any edit may change the result.
  return { tradition: best, scores, lastLine: read < DETECTION_LINES ? Number.MAX_SAFE_INTEGER : i - 1 };
}
