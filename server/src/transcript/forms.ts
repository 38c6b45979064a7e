// Each speaker's dominant label form: what `speaker-inconsistent-form` compares labels against and
// what formatting with `stenogram.format.normalizeLabels` rewrites them to. One place, so that the
// diagnostic and the formatter can never disagree about which form is the speaker's usual one.
import type { Transcript, Turn } from './model';
import { findLookalikes } from './lookalikes';
import { isLowercaseLabel } from './labelText';
import { canonicalLabel } from './speakerKeys';

/** A role + name label on a speaker's first appearance (`President of Russia Vladimir Putin`, then
 *  `Vladimir Putin`) is the convention, not an inconsistency; so are roles. */
export function comparableForm(turn: Turn): boolean {
  return turn.label.form === 'initials' || turn.label.form === 'surname-initials' || turn.label.form === 'name';
}

/** `prime minister dmitry medvedev` and `dmitry medvedev`: the same name, one with a role before it,
 *  as English transcripts label a first appearance. */
export function isRolePrefixed(a: string, b: string): boolean {
  return a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

export interface DominantForm {
  canonical: string;
  text: string;
  count: number;
  /** Every comparable turn of the speaker. */
  turns: number[];
}

/** The speaker's dominant form when this turn's label departs from it (`speaker-inconsistent-form`;
 *  what normalizing labels writes instead); undefined when the label is the usual one, or not a
 *  form compared (roles, role + name on a first appearance). */
export function departedForm(turn: Turn, forms: ReadonlyMap<string, DominantForm>): DominantForm | undefined {
  const dominant = forms.get(turn.label.key);
  if (!dominant || !comparableForm(turn)) return undefined;
  const canonical = canonicalLabel(turn.label.name);
  return canonical !== dominant.canonical && !isRolePrefixed(canonical, dominant.canonical) ? dominant : undefined;
}

/** Per speaker, the label form most of its turns use (compared canonically), and its usual spelling. */
export function dominantForms(transcript: Transcript): Map<string, DominantForm> {
  const out = new Map<string, DominantForm>();
  for (const speaker of transcript.speakers.values()) {
    if (speaker.isRole) continue;
    const byCanonical = new Map<string, { count: number; texts: Map<string, number>; first: number }>();
    const turns: number[] = [];
    for (const i of speaker.turns) {
      const turn = transcript.turns[i];
      if (!comparableForm(turn)) continue;
      turns.push(i);
      const c = canonicalLabel(turn.label.name);
      const entry = byCanonical.get(c) ?? { count: 0, texts: new Map<string, number>(), first: i };
      entry.count++;
      entry.texts.set(turn.label.name, (entry.texts.get(turn.label.name) ?? 0) + 1);
      byCanonical.set(c, entry);
    }
    let best: [string, { count: number; texts: Map<string, number>; first: number }] | undefined;
    for (const e of byCanonical) if (!best || e[1].count > best[1].count) best = e;
    if (!best) continue;
    // The usual spelling of the dominant form: most often written, preferring one that breaks no other rule.
    let text = '';
    let textCount = -1;
    for (const [candidate, n] of best[1].texts) {
      const clean = !isLowercaseLabel(candidate) && findLookalikes(candidate).length === 0;
      const score = n + (clean ? 1e6 : 0);
      if (score > textCount) {
        text = candidate;
        textCount = score;
      }
    }
    out.set(speaker.key, { canonical: best[0], text, count: best[1].count, turns });
  }
  return out;
}
