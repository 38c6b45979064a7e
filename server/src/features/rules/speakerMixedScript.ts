// `speaker-mixed-script`: a Latin letter among Cyrillic ones in a label, or the reverse (`Вo.Пyтин`).
import { findLookalikes } from '../../transcript';
import { labelFixAll } from './labelRepair';
import { rangeIn, replace, type TurnCheck } from './rule';

export const speakerMixedScript: TurnCheck = (turn, scope, report) => {
  const { label } = turn;
  const lookalikes = findLookalikes(label.name);
  if (lookalikes.length === 0) return;
  const { t } = scope;
  let fixed = label.name;
  for (const l of lookalikes) fixed = fixed.slice(0, l.index) + l.replacement + fixed.slice(l.index + 1);
  const named = lookalikes
    .map((l) => t(/[A-Za-z]/.test(l.char) ? 'speaker-mixed-script.latin' : 'speaker-mixed-script.cyrillic', l.char))
    .join(', ');
  report(
    label.nameRange,
    t('speaker-mixed-script', label.name, named),
    [
      {
        title: t('fix.replace-lookalikes', fixed),
        edits: lookalikes.map((l) => replace(rangeIn(turn.startLine, label.nameRange.start.character + l.index, 1), l.replacement)),
        safe: true,
      },
    ],
    labelFixAll(turn, scope),
  );
};
