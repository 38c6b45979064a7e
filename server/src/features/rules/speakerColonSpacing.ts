// The colon after a label, as the parser read it: `Name :` (`speaker-space-before-colon`),
// `Name::` (`speaker-double-colon`), `Name:Text` (`speaker-no-space-after-colon`).
import { insert, replace, type TurnCheck } from './rule';

// The squiggle covers the label and the space (`Е.Воронина :` → `Е.Воронина `), since a lone space is
// too narrow to see or hover; the fix still removes only the space.
export const speakerSpaceBeforeColon: TurnCheck = ({ label }, { t }, report) => {
  if (!label.spaceBeforeColon) return;
  report({ start: label.range.start, end: label.spaceBeforeColon.end }, t('speaker-space-before-colon', label.name), [
    { title: t('fix.remove-space-before-colon'), edits: [replace(label.spaceBeforeColon, '')], safe: true },
  ]);
};

export const speakerDoubleColon: TurnCheck = ({ label }, { t }, report) => {
  if (!label.extraColons) return;
  report(label.extraColons, t('speaker-double-colon', label.name), [
    { title: t('fix.remove-extra-colons'), edits: [replace(label.extraColons, '')], safe: true },
  ]);
};

export const speakerNoSpaceAfterColon: TurnCheck = ({ label }, { t }, report) => {
  if (!label.missingSpaceAfterColon) return;
  const colonsEnd = label.extraColons?.end ?? label.colon.end;
  report({ start: label.colon.start, end: colonsEnd }, t('speaker-no-space-after-colon', label.name), [
    { title: t('fix.insert-space-after-colon'), edits: [insert(colonsEnd, ' ')], safe: true },
  ]);
};
