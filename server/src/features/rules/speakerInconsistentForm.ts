// `speaker-inconsistent-form`: a label that departs from the form the speaker's other turns use
// (`Путин В.В.` among `В.Путин`), or an alias of a person whose own label the file also uses.
import { canonicalLabel, departedForm, type Transcript, type Turn } from '../../transcript';
import { replace, type Fix, type Report, type RuleScope, type TurnCheck } from './rule';

export const speakerInconsistentForm: TurnCheck = (turn, scope, report) => {
  reportDeparted(turn, scope, report);
  reportAlias(turn, scope, report);
};

function reportDeparted(turn: Turn, { transcript, context, t }: RuleScope, report: Report): void {
  const dominant = departedForm(turn, context.forms);
  if (!dominant) return;
  const { label } = turn;
  const canonical = canonicalLabel(label.name);
  const others = dominant.turns.filter((i) => canonicalLabel(transcript.turns[i].label.name) === canonical);
  const fixes: Fix[] = [{ title: t('fix.rewrite-label', dominant.text), edits: [replace(label.nameRange, dominant.text)], safe: false }];
  if (others.length > 1) {
    fixes.push({
      title: t('fix.rewrite-label-all', label.name, dominant.text),
      edits: others.map((i) => replace(transcript.turns[i].label.nameRange, dominant.text)),
      safe: false,
    });
  }
  report(label.nameRange, t('speaker-inconsistent-form', label.name, dominant.text, dominant.count, dominant.turns.length), fixes);
}

// An alias the register ties to a person whose own label this file also uses: `Президент:`
// beside `В.Путин:` when stenogram.speakers.json lists "Президент" among В.Путин's aliases.
function reportAlias({ label }: Turn, { transcript, aliases, t }: RuleScope, report: Report): void {
  const registered = aliases?.get(label.key);
  if (!registered || canonicalLabel(registered) === canonicalLabel(label.name) || !speaksUnder(transcript, registered, label.key)) return;
  report(label.nameRange, t('speaker-inconsistent-form.alias', label.name, registered), [
    { title: t('fix.rewrite-label', registered), edits: [replace(label.nameRange, registered)], safe: false },
  ]);
}

/** Whether a speaker other than `key` is labelled `name` (compared canonically). */
function speaksUnder(transcript: Transcript, name: string, key: string): boolean {
  return [...transcript.speakers.values()].some((s) => s.key !== key && canonicalLabel(s.displayName) === canonicalLabel(name));
}
