// Who a speaker is, from the best source the workspace has: the register (`stenogram.speakers.json`),
// else the lead (`… встреча Владимира Путина с Президентом Казахстана Касым-Жомартом Токаевым`, read
// back to the nominative), else what the labels themselves say (a scraped tooltip, a role + name label
// on a first appearance). The hover shows it; the exports name people with it.
import { findLeadMentions, findRole, nominativePersonName, nominativeRole, type Speaker, type Transcript } from '../transcript';

export interface RegisterEntry {
  /** The person's label as the register's key writes it: `В.Путин`. */
  label: string;
  name?: string;
  role?: string;
  aliases?: string[];
}

export interface SpeakerIdentity {
  /** The person's name, when the source gives it apart from the role: `Касым-Жомарт Токаев`. */
  name?: string;
  /** Their office or function: `Президент Республики Казахстан`. */
  role?: string;
  /** Role and name as one phrase, as the hover shows it. */
  who: string;
  /** Where it comes from. */
  whence: 'register' | 'lead' | 'label';
}

/** Who a speaker is by the transcript alone: `transcriptIdentity`, or the server's copy of it kept per document. */
export type TranscriptIdentity = (transcript: Transcript, speaker: Speaker) => SpeakerIdentity | undefined;

/** Who `speaker` is, or undefined when neither the register, the lead nor the labels say. */
export function identifySpeaker(
  transcript: Transcript,
  speaker: Speaker,
  register?: ReadonlyMap<string, RegisterEntry>,
  fromTranscript: TranscriptIdentity = transcriptIdentity,
): SpeakerIdentity | undefined {
  const registered = register?.get(speaker.key);
  if (registered?.name || registered?.role) {
    return { name: registered.name, role: registered.role, who: [registered.role, registered.name].filter(Boolean).join(' '), whence: 'register' };
  }
  return fromTranscript(transcript, speaker);
}

/** Who `speaker` is by the lead, else by their labels. It reads the lead and the speaker's labels
 *  only, which an edit spliced into the turns leaves as they were (transcript/incremental.ts): the
 *  answer holds for every version spliced from this one. */
export function transcriptIdentity(transcript: Transcript, speaker: Speaker): SpeakerIdentity | undefined {
  const mentions = findLeadMentions(transcript).filter((m) => m.key === speaker.key);
  // The lead may name someone twice; the mention with a title before it says more.
  const mention = mentions.find((m) => findRole(m.before)) ?? mentions[0];
  if (mention) {
    const name = nominativePersonName(mention.text, speaker.displayName) ?? mention.text;
    const found = findRole(mention.before);
    const role = found ? nominativeRole(found) : undefined;
    return { name, role, who: [role, name].filter(Boolean).join(' '), whence: 'lead' };
  }
  const who = whoFromLabels(transcript, speaker.turns);
  return who ? { who, whence: 'label' } : undefined;
}

/** What the labels themselves say: a role + name label on a first appearance (`Moderator Ksenia
 *  Razuvayeva`), or a scraped tooltip (`А.Алиханов Алиханов Антон Андреевич Министр промышленности …`). */
function whoFromLabels(transcript: Transcript, turns: readonly number[]): string | undefined {
  for (const i of turns) {
    const label = transcript.turns[i].label;
    if (label.tooltip) {
      // The tooltip repeats the surname, then gives first name, patronymic and role.
      const words = label.tooltip.text.split(/[\s\u00A0]+/);
      const surname = words[0];
      const given: string[] = [];
      let k = 1;
      while (k < words.length && given.length < 2 && /^[А-ЯЁA-Z][а-яёa-z'’-]+$/.test(words[k]) && (given.length === 0 || /(?:вич|вна|чна|оглы|кызы)$/.test(words[k]))) {
        given.push(words[k]);
        k++;
      }
      const role = words.slice(k).join(' ');
      if (given.length > 0) return [role, ...given, surname].filter(Boolean).join(' ');
    }
  }
  // A longer label of the same speaker puts a role before the name they otherwise go by:
  // `Moderator Ksenia Razuvayeva` beside `Ksenia Razuvayeva`.
  // A name is looked up by each ending of the label that follows a space, not compared with every
  // other label: the most frequent speaker of a long transcript has thousands of turns.
  const names = new Set(turns.map((i) => transcript.turns[i].label.name.replace(/[\s\u00A0]+/g, ' ')));
  for (const i of turns) {
    const label = transcript.turns[i].label;
    const line = transcript.lines[label.range.start.line].text;
    const full = line.slice(label.range.start.character, label.nameRange.end.character).replace(/[\s\u00A0]+/g, ' ');
    if (endsWithName(full, names)) return full;
    if (label.form === 'role-name' && label.nameRange.start.character > label.range.start.character) return full;
  }
  return undefined;
}

/** Whether `full` ends with ` ` and one of `names` (`Moderator Ksenia Razuvayeva` and `Ksenia Razuvayeva`). */
function endsWithName(full: string, names: ReadonlySet<string>): boolean {
  for (let k = full.indexOf(' '); k >= 0; k = full.indexOf(' ', k + 1)) if (names.has(full.slice(k + 1))) return true;
  return false;
}
