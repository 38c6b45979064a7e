// Who spoke how much: turns, words, share of the transcript's words, longest turn; and, for the
// statistics view, where each turn stands in the document.
import { traditionOf, type Transcript, type TraditionId } from '../transcript';
import type { Locale } from '../l10n';

/** The tradition a transcript is read by, named in the user's language (traditions/*.ts `name`). */
export interface TraditionInfo {
  id: TraditionId;
  name: string;
  /** True when detected from the text, false when `stenogram.tradition` (or `--tradition`) named it. */
  detected: boolean;
}

export function traditionInfo(transcript: Transcript, locale: Locale = 'en'): TraditionInfo {
  const { id, detected } = transcript.tradition;
  return { id, name: traditionOf(transcript).name[locale], detected };
}

export interface SpeakerStatistics {
  key: string;
  name: string;
  forms: string[];
  isRole: boolean;
  turns: number;
  words: number;
  /** Share of all words spoken, 0..1. */
  share: number;
  longestTurnWords: number;
  firstTurnLine: number;
  lastTurnLine: number;
}

/** One turn on the statistics view's timeline. */
export interface TimelineMark {
  /** The label line (zero-based). */
  line: number;
  /** The turn's last non-blank line. */
  endLine: number;
  /** Index into `speakers` (most words first), so the view colours a turn as its speaker's row. */
  speakerIndex: number;
  words: number;
}

export interface TranscriptStatistics {
  title?: string;
  date?: string;
  turns: number;
  words: number;
  sections: number;
  speakers: SpeakerStatistics[];
  tradition: TraditionInfo;
  /** Lines in the document (the timeline's length); only with `timeline`. */
  lines?: number;
  /** Every turn in document order; only when asked for (`{ timeline: true }`), as it grows with the file. */
  timeline?: TimelineMark[];
}

export interface StatisticsOptions {
  /** Add `lines` and `timeline`: one mark per turn. */
  timeline?: boolean;
  /** The language of the tradition's name. */
  locale?: Locale;
}

export function computeStatistics(transcript: Transcript, options: StatisticsOptions = {}): TranscriptStatistics {
  const speakers: SpeakerStatistics[] = [];
  for (const s of transcript.speakers.values()) {
    let longest = 0;
    for (const i of s.turns) longest = Math.max(longest, transcript.turns[i].words);
    speakers.push({
      key: s.key,
      name: s.displayName,
      forms: s.forms.map((f) => f.label),
      isRole: s.isRole,
      turns: s.turns.length,
      words: s.words,
      share: transcript.words > 0 ? s.words / transcript.words : 0,
      longestTurnWords: longest,
      firstTurnLine: transcript.turns[s.turns[0]].startLine,
      lastTurnLine: transcript.turns[s.turns[s.turns.length - 1]].startLine,
    });
  }
  speakers.sort((a, b) => b.words - a.words || a.firstTurnLine - b.firstTurnLine);
  const statistics: TranscriptStatistics = {
    title: transcript.header.title?.text,
    date: transcript.header.date?.text,
    turns: transcript.turns.length,
    words: transcript.words,
    sections: transcript.sections.filter((s) => s.separator).length,
    speakers,
    tradition: traditionInfo(transcript, options.locale),
  };
  if (options.timeline) {
    const indexOf = new Map(speakers.map((s, i) => [s.key, i]));
    statistics.lines = transcript.lines.length;
    statistics.timeline = transcript.turns.map((t) => ({
      line: t.startLine,
      endLine: t.endLine,
      speakerIndex: indexOf.get(t.label.key) ?? -1,
      words: t.words,
    }));
  }
  return statistics;
}
