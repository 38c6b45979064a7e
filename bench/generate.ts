// Deterministic large transcripts for benchmarks: built from the turns of samples/ with a seeded
// generator (many sections, thousands of speakers and turns, long turns, NBSP and Cyrillic
// throughout). No big file is kept in git.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTranscript } from '../server/src/transcript';

/** mulberry32: a small, fast, seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['Орлов', 'Лебедев', 'Смирнов', 'Кузнецов', 'Соколов', 'Попов', 'Волков', 'Морозов', 'Новиков', 'Фёдоров',
  'Кара-Мурзаев', 'Гайнуллин', 'Прохоров', 'Валлентер', 'Зайцев', 'Белов', 'Титов', 'Жуков', 'Ершов', 'Щукин'];
const INITIALS = 'АБВГДЕЖЗИКЛМНОПРСТУФЭЮЯ';

function paragraphsOfSamples(): string[] {
  const dir = join(__dirname, '..', 'samples');
  const out: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.transcript')).sort()) {
    const t = parseTranscript(readFileSync(join(dir, name), 'utf8'));
    for (const turn of t.turns) {
      if (turn.text.text) out.push(turn.text.text);
      for (const p of turn.paragraphs) out.push(p.text);
    }
  }
  return out;
}

/** A transcript of about `targetChars` UTF-16 units. */
export function generateTranscript(targetChars: number, seed = 1): string {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const paragraphs = paragraphsOfSamples();
  const speakers: string[] = [];
  const syllables = ['ко', 'ва', 'ли', 'не', 'ро', 'ми', 'ту', 'за', 'шин', 'лов', 'ев', 'ин'];
  for (let i = 0; i < 3000; i++) {
    const stem = pick(SURNAMES);
    const extra = i % 5 === 0 ? '' : pick(syllables) + pick(syllables);
    speakers.push(`${pick([...INITIALS])}.${stem.slice(0, -2)}${extra}${stem.slice(-2)}`);
  }
  const lines: string[] = [
    '',
    'Заседание Государственного совета по вопросам развития северных территорий',
    '',
    '',
    '2024-11-20 10:00:00',
    '',
    'Москва, Кремль',
    '',
    'В Кремле состоялось заседание Государственного совета, посвящённое развитию северных территорий.',
  ];
  let size = lines.reduce((n, l) => n + l.length + 1, 0);
  let section = 0;
  let previous = '';
  while (size < targetChars) {
    if (section === 0 || random() < 0.01) {
      section++;
      lines.push('* * *', `Часть ${section}. Выступления участников заседания`);
    }
    let speaker = random() < 0.3 ? 'В.Председатель' : pick(speakers);
    if (speaker === previous) speaker = pick(speakers);
    previous = speaker;
    const label = random() < 0.03 ? 'Вопрос' : speaker;
    lines.push(`${label}: ${pick(paragraphs)}`);
    const more = random() < 0.2 ? Math.floor(random() * 12) : Math.floor(random() * 3);
    for (let k = 0; k < more; k++) lines.push(pick(paragraphs));
    if (random() < 0.01) lines.push('&lt;…&gt;');
    size += lines.slice(-1 - more).reduce((n, l) => n + l.length + 1, 0);
  }
  lines.push('', '', 'http://example.org/events/news/copy/99999');
  return lines.join('\n');
}
