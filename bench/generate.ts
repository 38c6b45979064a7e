// Deterministic large transcripts for benchmarks: built from the paragraphs of samples/ with a seeded
// generator (many sections, thousands of speakers and turns, long turns and long lines, NBSP and
// Cyrillic throughout). No big file is kept in git: the same seed gives the same text, as long as
// samples/ does not change.
//
// The generator builds a document (sections of turns of paragraphs) and renders it twice: as a
// transcript, and as Markdown with one heading per section and per turn (the markdown-language-
// service comparison of `npm run bench` needs the same headings over the same text).
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
const INITIALS = [...'АБВГДЕЖЗИКЛМНОПРСТУФЭЮЯ'];
const SYLLABLES = ['ко', 'ва', 'ли', 'не', 'ро', 'ми', 'ту', 'за', 'шин', 'лов', 'ев', 'ин'];
/** Role labels of real transcripts (FORMAT.md). */
const ROLES = ['Вопрос', 'Реплика', 'Голос из зала', 'Ведущий'];
/** Stage remarks, a paragraph of their own or the end of one. */
const REMARKS = ['(Смех.)', '(Аплодисменты.)', '(Оживление в зале.)'];
/** Words joined by a no-break space as kremlin.ru writes them: after a dash, between initials and surname. */
const NBSP_PHRASES = ['–\u00A0это важно', 'с\u00A0В.Путиным', 'в\u00A0том числе', '2024\u00A0года', 'и\u00A0т.д.', 'о\u00A0чём говорилось'];

export interface GeneratedTurn {
  label: string;
  paragraphs: string[];
}

export interface GeneratedSection {
  heading: string;
  turns: GeneratedTurn[];
}

export interface GeneratedDocument {
  title: string;
  date: string;
  place: string;
  lead: string;
  sections: GeneratedSection[];
  url: string;
}

let samples: string[] | undefined;

/** Every turn's text and continuation paragraph of samples/, in a stable order. */
function paragraphsOfSamples(): string[] {
  if (samples) return samples;
  const dir = join(__dirname, '..', 'samples');
  const out: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.transcript')).sort()) {
    const t = parseTranscript(readFileSync(join(dir, name), 'utf8'));
    for (const turn of t.turns) {
      if (turn.text.text) out.push(turn.text.text);
      for (const p of turn.paragraphs) out.push(p.text);
    }
  }
  samples = out;
  return out;
}

/** The length of the document's transcript rendering, near enough for the generator's loop. */
function textSize(d: GeneratedDocument): number {
  let n = d.title.length + d.date.length + d.place.length + d.lead.length + d.url.length;
  for (const s of d.sections) {
    n += s.heading.length + 8;
    for (const t of s.turns) for (const p of t.paragraphs) n += p.length + 1;
  }
  return n;
}

/**
 * A document whose transcript rendering is about `targetChars` UTF-16 units: 3,000 generated speaker
 * names (initials + surname, some with a translation note), role labels, a section every ~100 turns,
 * turns of up to a dozen paragraphs, one in 50 paragraphs a long line of several sample paragraphs
 * glued together, and no-break spaces in about one paragraph in five besides the samples' own.
 */
export function generateDocument(targetChars: number, seed = 1): GeneratedDocument {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const source = paragraphsOfSamples();
  const speakers: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const stem = pick(SURNAMES);
    const extra = i % 5 === 0 ? '' : pick(SYLLABLES) + pick(SYLLABLES);
    const name = `${pick(INITIALS)}.${stem.slice(0, -2)}${extra}${stem.slice(-2)}`;
    speakers.push(i % 40 === 1 ? `${name} (как переведено)` : name);
  }
  const paragraph = (): string => {
    let p = pick(source);
    if (random() < 0.02) for (let k = 2 + Math.floor(random() * 6); k > 0; k--) p += ` ${pick(source)}`;
    if (random() < 0.2) p += ` ${pick(NBSP_PHRASES)}.`;
    if (random() < 0.02) p += ` ${pick(REMARKS)}`;
    return p;
  };
  const doc: GeneratedDocument = {
    title: 'Заседание Государственного совета по вопросам развития северных территорий',
    date: '2024-11-20 10:00:00',
    place: 'Москва, Кремль',
    lead: 'В\u00A0Кремле состоялось заседание Государственного совета, посвящённое развитию северных территорий.',
    sections: [],
    url: 'http://example.org/events/news/copy/99999',
  };
  let size = textSize(doc);
  let previous = '';
  let section: GeneratedSection | undefined;
  while (size < targetChars) {
    if (!section || random() < 0.01) {
      section = { heading: `Часть ${doc.sections.length + 1}. Выступления участников заседания`, turns: [] };
      doc.sections.push(section);
      size += section.heading.length + 8;
    }
    let speaker = random() < 0.3 ? 'В.Председатель' : pick(speakers);
    if (speaker === previous) speaker = pick(speakers);
    previous = speaker;
    const label = random() < 0.03 ? pick(ROLES) : speaker;
    const turn: GeneratedTurn = { label, paragraphs: [paragraph()] };
    const more = random() < 0.2 ? Math.floor(random() * 12) : Math.floor(random() * 3);
    for (let k = 0; k < more; k++) turn.paragraphs.push(random() < 0.01 ? '&lt;…&gt;' : paragraph());
    if (random() < 0.01) turn.paragraphs.push(pick(REMARKS));
    section.turns.push(turn);
    size += label.length + 2;
    for (const p of turn.paragraphs) size += p.length + 1;
  }
  return doc;
}

/** The document as a transcript (FORMAT.md): header, lead, `* * *` sections, `Label: text` turns. */
export function renderTranscript(doc: GeneratedDocument): string {
  const lines = ['', doc.title, '', '', doc.date, '', doc.place, '', doc.lead];
  for (const s of doc.sections) {
    lines.push('* * *', s.heading);
    for (const t of s.turns) lines.push(`${t.label}: ${t.paragraphs[0]}`, ...t.paragraphs.slice(1));
  }
  lines.push('', '', doc.url);
  return lines.join('\n');
}

/** The same document as Markdown: `#` per section, `##` per turn (its label), paragraphs between
 *  blank lines. Same headings as the transcript's outline has sections and turns, same text. */
export function renderMarkdown(doc: GeneratedDocument): string {
  const lines = [`# ${doc.title}`, '', doc.date, '', doc.place, '', doc.lead, ''];
  for (const s of doc.sections) {
    lines.push(`# ${s.heading}`, '');
    for (const t of s.turns) {
      lines.push(`## ${t.label}`, '');
      for (const p of t.paragraphs) lines.push(p, '');
    }
  }
  lines.push(doc.url, '');
  return lines.join('\n');
}

/** A transcript of about `targetChars` UTF-16 units. */
export function generateTranscript(targetChars: number, seed = 1): string {
  return renderTranscript(generateDocument(targetChars, seed));
}
