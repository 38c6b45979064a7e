// Who spoke how much: turns, words, share of the transcript's words, longest turn.
import type { Transcript } from '../transcript';

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

export interface TranscriptStatistics {
  title?: string;
  date?: string;
  turns: number;
  words: number;
  sections: number;
  speakers: SpeakerStatistics[];
}

export function computeStatistics(transcript: Transcript): TranscriptStatistics {
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
  return {
    title: transcript.header.title?.text,
    date: transcript.header.date?.text,
    turns: transcript.turns.length,
    words: transcript.words,
    sections: transcript.sections.filter((s) => s.separator).length,
    speakers,
  };
}
