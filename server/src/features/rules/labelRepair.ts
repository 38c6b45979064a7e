// The one edit "fix all" applies to a label that several rules rewrite (`b. соколов:` is lowercase,
// mixed-script and spaced), so that one pass leaves nothing for the next.
import type { TextEdit } from 'vscode-languageserver-types';
import { canonicalLabel, capitaliseLabel, findLookalikes, initialsStyle, isLowercaseLabel, withInitialsStyle, type Turn } from '../../transcript';
import { replace, type RuleScope } from './rule';

/** A label with every safe label repair applied: look-alikes replaced, capitals restored (the
 *  speaker's usual spelling when it is the same label), initials written the file's way. */
function repairLabel(name: string, usual: string | undefined, initials: 'compact' | 'spaced' | undefined): string {
  let out = name;
  for (const l of findLookalikes(out)) out = out.slice(0, l.index) + l.replacement + out.slice(l.index + 1);
  if (isLowercaseLabel(out)) {
    out = usual && canonicalLabel(usual) === canonicalLabel(out) && !isLowercaseLabel(usual) ? usual : capitaliseLabel(out);
  }
  if (initials && initialsStyle(out) && initialsStyle(out) !== initials) out = withInitialsStyle(out, initials);
  return out;
}

/** The fully repaired label as "fix all" writes it, or undefined when no repair changes it. */
export function labelFixAll({ label }: Turn, { context }: RuleScope): TextEdit[] | undefined {
  const repaired = repairLabel(label.name, context.forms.get(label.key)?.text, context.initials);
  return repaired !== label.name ? [replace(label.nameRange, repaired)] : undefined;
}
