// Who spoke how much: turns, words, share of the transcript's words, longest turn, speaking time
// (transcript/speakingTime.ts) and the audience's laughter and applause in their turns
// (transcript/remarks.ts); and, for the statistics view, where each turn stands in the document.
import type { AudienceCounts, SpeakerStatistics, StatisticsParams, TraditionInfo, TranscriptStatistics } from '../../../protocol';
import { audienceSounds, findTurnAt, speakingTime, traditionOf, WORDS_PER_MINUTE, type Transcript } from '../transcript';
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
  const time = speakingTime(transcript);
  const { total, bySpeaker } = audience(transcript);
  const speakers: SpeakerStatistics[] = [];
  for (const s of transcript.speakers.values()) {
    let longest = 0;
    let seconds = 0;
    for (const i of s.turns) {
      longest = Math.max(longest, transcript.turns[i].words);
      seconds += time.turns[i];
    }
    speakers.push({
      key: s.key,
      name: s.displayName,
      forms: s.forms.map((f) => f.label),
      isRole: s.isRole,
      turns: s.turns.length,
      words: s.words,
      share: transcript.words > 0 ? s.words / transcript.words : 0,
      longestTurnWords: longest,
      speakingSeconds: Math.round(seconds),
      audience: bySpeaker.get(s.key) ?? { laughter: 0, applause: 0 },
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
    speakingTime: { seconds: Math.round(time.seconds), timedTurns: time.timedTurns, wordsPerMinute: WORDS_PER_MINUTE },
    audience: total,
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

/** The laughter and applause remarks of the file, and of each speaker's turns (a remark inside a
 *  turn's lines: `В.Путин: Шучу. (Смех.)`, or a `(Аплодисменты.)` paragraph of the turn). */
function audience(transcript: Transcript): { total: AudienceCounts; bySpeaker: Map<string, AudienceCounts> } {
  const total: AudienceCounts = { laughter: 0, applause: 0 };
  const bySpeaker = new Map<string, AudienceCounts>();
  for (const mark of transcript.marks) {
    if (mark.kind !== 'remark') continue;
    const sounds = audienceSounds(mark.text);
    if (sounds.length === 0) continue;
    const key = findTurnAt(transcript, mark.range.start.line)?.label.key;
    let counts = key === undefined ? undefined : bySpeaker.get(key);
    if (key !== undefined && !counts) bySpeaker.set(key, (counts = { laughter: 0, applause: 0 }));
    for (const sound of sounds) {
      total[sound]++;
      if (counts) counts[sound]++;
    }
  }
  return { total, bySpeaker };
}
