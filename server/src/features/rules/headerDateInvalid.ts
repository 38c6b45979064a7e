// `header-date-invalid`: a date line that is no real date or time (`2017-13-45 25:00:00`).
import { dateReason } from '../../l10n';
import { inWindow, type TranscriptCheck } from './rule';

export const headerDateInvalid: TranscriptCheck = (scope, report) => {
  const date = scope.transcript.header.date;
  if (date?.invalid && inWindow(scope, date.range.start.line)) report(date.range, scope.t('header-date-invalid', date.text, dateReason(scope.locale, date.invalid)));
};
