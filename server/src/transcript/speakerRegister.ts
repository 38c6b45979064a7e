// The file's speaker register: one entry per key, with the forms its labels take, its turns and
// its words.

import type { Speaker, SpeakerForm, Transcript, Turn } from './model';

/** Build the register: one entry per key, forms with counts, turn indexes, words. */
export function buildSpeakerRegister(turns: readonly Turn[]): Map<string, Speaker> {
  const register = new Map<string, Speaker>();
  for (const turn of turns) {
    let speaker = register.get(turn.label.key);
    if (!speaker) {
      speaker = {
        key: turn.label.key,
        displayName: turn.label.name,
        forms: [],
        isRole: turn.label.form === 'role',
        turns: [],
        words: 0,
      };
      register.set(turn.label.key, speaker);
    }
    speaker.turns.push(turn.index);
    speaker.words += turn.words;
    // Forms that differ only in the kind of space (`Peter\u00A0Lund`, `Peter Lund`) are one form.
    const label = turn.label.name.replace(/[\s\u00A0]+/g, ' ');
    const form = speaker.forms.find((f) => f.label === label);
    if (form) form.count++;
    else speaker.forms.push({ label, count: 1 });
  }
  mergeCapitalsIntoNames(register, turns);
  for (const speaker of register.values()) {
    speaker.displayName = displayForm(speaker.forms);
    // Without the room push left for more items (the register lives as long as the model).
    speaker.turns = speaker.turns.slice();
    speaker.forms = speaker.forms.slice();
  }
  return register;
}

/** ALL-CAPS labels of a person who also has an ordinary label: `… DMITRY PESKOV` → `dmitry peskov`. */
function mergeCapitalsIntoNames(register: Map<string, Speaker>, turns: readonly Turn[]): void {
  for (const [key, speaker] of register) {
    const ws = key.split(' ');
    if (ws.length < 3) continue;
    for (let n = 2; n <= Math.min(4, ws.length - 1); n++) {
      const suffix = ws.slice(ws.length - n).join(' ');
      const target = register.get(suffix);
      if (target && target !== speaker) {
        for (const t of speaker.turns) {
          turns[t].label.key = suffix;
        }
        target.turns.push(...speaker.turns);
        target.turns.sort((a, b) => a - b);
        target.words += speaker.words;
        target.forms.push(...speaker.forms);
        register.delete(key);
        break;
      }
    }
  }
}

/** The form used most often; on a tie the one not in capitals, then the shorter
 *  (`Anna Hale` over `Governor … Anna Hale`, `Tomas Wik` over `TOMAS WIK`). */
function displayForm(forms: readonly SpeakerForm[]): string {
  const caps = (f: { label: string }) => (f.label === f.label.toUpperCase() && f.label !== f.label.toLowerCase() ? 1 : 0);
  let best = forms[0];
  for (const f of forms) {
    const better =
      f.count > best.count ||
      (f.count === best.count && (caps(f) < caps(best) || (caps(f) === caps(best) && f.label.length < best.label.length)));
    if (better) best = f;
  }
  return best.label;
}

/** The register as an ordered list, most words first. */
export function speakersByWords(transcript: Transcript): Speaker[] {
  return [...transcript.speakers.values()].sort((a, b) => b.words - a.words || a.turns[0] - b.turns[0]);
}
