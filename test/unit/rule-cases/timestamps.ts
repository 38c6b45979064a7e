// The rules of the times in labels (speech-to-text exports): each case's fixtures, findings and fixes
// (none: which time is right is for whoever listens to the recording).
import type { RuleCase } from '../../helpers/rules';

export const TIMESTAMP_CASES = {
  'timestamp-invalid': {
    shows: 'seconds and minutes of 60 or more, in `Name (00:02:75):` and in Otter’s `Name  1:60` alone on its line',
    nearMiss: '`00:00:59`, `00:59:59`, `1:02:03.5`, `75:30` (the first field has no limit), `10:75` in prose',
    findings: [
      'timestamp-invalid error 1:10-1:20 The time “00:02:75” is not a real one: 75 seconds (seconds go up to 59).',
      'timestamp-invalid error 2:10-2:20 The time “00:75:10” is not a real one: 75 minutes (minutes go up to 59).',
      'timestamp-invalid error 3:10-3:14 The time “1:60” is not a real one: 60 seconds (seconds go up to 59).',
    ],
    fixes: [[], [], []],
  },

  'timestamp-order': {
    shows: 'a time earlier than the one before it, and one earlier than the last time across a turn with none',
    nearMiss: 'the same time twice, a turn with no time between rising times, an hour’s jump',
    findings: [
      'timestamp-order warning 2:0-2:10 The time 00:01:10 is earlier than the time before it, 00:01:30.',
      'timestamp-order warning 4:0-4:10 The time 00:01:05 is earlier than the time before it, 00:01:10.',
    ],
    fixes: [[], []],
  },

  'timestamp-beyond-media': {
    shows: 'times past a recording of 2 minutes (the media panel says how long it is)',
    nearMiss: 'times up to the recording’s last second, a turn with no time',
    options: { mediaDuration: 120 },
    findings: [
      'timestamp-beyond-media warning 3:10-3:20 The time 00:02:01 is past the end of the recording (00:02:00).',
      'timestamp-beyond-media warning 4:10-4:20 The time 00:03:30 is past the end of the recording (00:02:00).',
    ],
    fixes: [[], []],
  },
} satisfies Record<string, RuleCase>;
