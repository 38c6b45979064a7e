// `speaker-initials-spacing`: initials written the other way than the setting, or than most labels
// of the file (`В. Путин` among `В.Путин`).
import { initialsStyle, withInitialsStyle } from '../../transcript';
import { labelFixAll } from './labelRepair';
import { replace, type TurnCheck } from './rule';

export const speakerInitialsSpacing: TurnCheck = (turn, scope, report) => {
  const { label } = turn;
  const initials = scope.context.initials;
  if (label.form !== 'initials' || !initials) return;
  const style = initialsStyle(label.name);
  if (!style || style === initials) return;
  const target = withInitialsStyle(label.name, initials);
  const why = scope.initialsSetting === 'compact' || scope.initialsSetting === 'spaced' ? 'setting' : 'file';
  report(
    label.nameRange,
    scope.t(`speaker-initials-spacing.${initials}-${why}`, target),
    [{ title: scope.t('fix.rewrite-label', target), edits: [replace(label.nameRange, target)], safe: true }],
    labelFixAll(turn, scope),
  );
};
