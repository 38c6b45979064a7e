// `speaker-lowercase`: a label written in lowercase (`е.воронина:`); the fix restores the speaker's
// usual spelling when it is the same label, capitals otherwise.
import { canonicalLabel, capitaliseLabel, isLowercaseLabel } from '../../transcript';
import { labelFixAll } from './labelRepair';
import { replace, type TurnCheck } from './rule';

export const speakerLowercase: TurnCheck = (turn, scope, report) => {
  const { label } = turn;
  if (!isLowercaseLabel(label.name)) return;
  const { t } = scope;
  const known = scope.context.forms.get(label.key);
  const target =
    known && canonicalLabel(known.text) === canonicalLabel(label.name) && !isLowercaseLabel(known.text)
      ? known.text
      : capitaliseLabel(label.name);
  report(
    label.nameRange,
    t('speaker-lowercase', label.name, target),
    [{ title: t('fix.rewrite-label', target), edits: [replace(label.nameRange, target)], safe: true }],
    labelFixAll(turn, scope),
  );
};
