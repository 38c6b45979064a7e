// Who spoke how much: turns, words, share of the transcript's words, longest turn; and, for the
// statistics view, where each turn stands in the document.
import type { SpeakerStatistics, StatisticsParams, TraditionInfo, TranscriptStatistics } from '../../../protocol';
import { traditionOf, type Transcript } from '../transcript';
import type { Locale } from '../l10n';

/** The tradition `transcript` is read by, its name in `locale`. */
export function traditionInfo(transcript: Transcript, locale: Locale = 'en'): TraditionInfo {
  const { id, detected } = transcript.tradition;
  return { id, name: traditionOf(transcript).name[locale], detected };
}

export interface StatisticsOptions extends Pick<StatisticsParams, 'timeline'> {
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
