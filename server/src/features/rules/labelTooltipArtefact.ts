// `label-tooltip-artefact`: a scraped page's tooltip glued to the label.
import { replace, type TurnCheck } from './rule';

export const labelTooltipArtefact: TurnCheck = ({ label }, { t }, report) => {
  if (!label.tooltip) return;
  const published = label.note ? `${label.name} ${label.note.text}` : label.name;
  report(label.tooltip.range, t('label-tooltip-artefact', label.name, label.tooltip.text, published), [
    {
      title: t('fix.remove-tooltip'),
      edits: [replace({ start: label.nameRange.end, end: label.tooltip.range.end }, '')],
      safe: false,
    },
  ]);
};
