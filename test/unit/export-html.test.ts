// The HTML export (`stenogram export --to html`) and the live preview's body: the page written out in
// full for a small meeting, its Content-Security-Policy matching its one style block, speakers in the
// statistics view's colours, every word of the samples on the page, hostile text kept as text, and
// the preview flavour (data-line for scroll sync, no colour of its own).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  computeStatistics,
  exportDocument,
  exportFormat,
  exportTranscript,
  PAGE_POLICY,
  PAGE_STYLE,
  PREVIEW_STYLE,
  previewHtml,
  toHtml,
  transcriptPreview,
} from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { SPEAKER_PALETTE } from '../../protocol';
import { contentWords, missingWords } from '../helpers/exportWords';
import { REPO_ROOT } from '../helpers/fixtures';
import { HOSTILE_SHOWN, HOSTILE_TRANSCRIPT, visibleText } from '../helpers/htmlText';
import { run } from '../helpers/cli';

const MEETING = [
  'Встреча с волонтёрами',
  '',
  '2023-05-02 15:00:00',
  '',
  'Москва, Кремль',
  '',
  'Владимир Путин встретился с волонтёрами.',
  '* * *',
  'Начало встречи',
  'В.Путин: Добрый день, уважаемые друзья! (Аплодисменты.)',
  'Вопрос: Можно вопрос о [нашем] проекте?',
  'В.Путин: Да, пожалуйста.',
  'Е.Корочкина (как переведено): Спасибо &lt;…&gt; большое.',
  'Мы работаем третий год. (Смех и аплодисменты.)',
  '* * *',
  'Б.Орлов: Вторая часть.',
  '',
  'http://kremlin.ru/events/president/news/copy/71000',
  '',
].join('\n');

const html = (text: string): string => toHtml(exportDocument(parseTranscript(text)));
const bodyOf = (page: string): string => page.slice(page.indexOf('<body>'), page.indexOf('</body>') + '</body>'.length);
const SAMPLES = ['bilateral-meeting', 'press-conference', 'roundtable-en'].map((name) => ({
  name,
  text: readFileSync(join(REPO_ROOT, 'samples', `${name}.transcript`), 'utf8'),
}));

describe('HTML export: the page', () => {
  test('a meeting: header, lead, speakers in their colours, contents, sections, turns with anchors, source', () => {
    assert.equal(
      bodyOf(html(MEETING)),
      `<body>
<header>
<h1>Встреча с волонтёрами</h1>
<p class="meta"><time datetime="2023-05-02T15:00:00">2023-05-02 15:00:00</time> · <span class="place">Москва, Кремль</span></p>
</header>
<div class="lead">
<p>Владимир Путин встретился с волонтёрами.</p>
</div>
<section class="speakers" aria-labelledby="speakers-title">
<h2 id="speakers-title">Спикеры</h2>
<ul>
<li class="sp1"><span class="swatch" aria-hidden="true"></span><bdi class="name">В.Путин</bdi> <span class="who">— Владимир Путин</span> <span class="numbers">(2 реплики · 7 слов)</span></li>
<li class="sp2 role"><span class="swatch" aria-hidden="true"></span><bdi class="name">Вопрос</bdi> <span class="numbers">(1 реплика · 5 слов)</span></li>
<li class="sp0"><span class="swatch" aria-hidden="true"></span><bdi class="name">Е.Корочкина</bdi> <span class="numbers">(1 реплика · 9 слов)</span></li>
<li class="sp3"><span class="swatch" aria-hidden="true"></span><bdi class="name">Б.Орлов</bdi> <span class="numbers">(1 реплика · 2 слова)</span></li>
</ul>
</section>
<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">Содержание</h2>
<ol>
<li><a href="#section-1">Начало встречи</a></li>
<li><a href="#section-2">Раздел 2</a></li>
</ol>
</nav>
<main>
<section class="section" id="section-1">
<h2>Начало встречи</h2>
<div class="turn sp1" id="turn-1">
<p><a class="label" href="#turn-1"><bdi class="name">В.Путин</bdi>:</a> Добрый день, уважаемые друзья! <span class="remark applause">(Аплодисменты.)</span></p>
</div>
<div class="turn sp2" id="turn-2">
<p><a class="label" href="#turn-2"><bdi class="name">Вопрос</bdi>:</a> Можно вопрос о <span class="insertion">[нашем]</span> проекте?</p>
</div>
<div class="turn sp1" id="turn-3">
<p><a class="label" href="#turn-3"><bdi class="name">В.Путин</bdi>:</a> Да, пожалуйста.</p>
</div>
<div class="turn sp0" id="turn-4">
<p><a class="label" href="#turn-4"><bdi class="name">Е.Корочкина</bdi> <bdi class="note">(как переведено)</bdi>:</a> Спасибо <span class="omission">&lt;…&gt;</span> большое.</p>
<p>Мы работаем третий год. <span class="remark laughter applause">(Смех и аплодисменты.)</span></p>
</div>
</section>
<section class="section" id="section-2">
<hr class="separator">
<div class="turn sp3" id="turn-5">
<p><a class="label" href="#turn-5"><bdi class="name">Б.Орлов</bdi>:</a> Вторая часть.</p>
</div>
</section>
</main>
<footer>
<p class="source">Источник: <a href="http://kremlin.ru/events/president/news/copy/71000">http://kremlin.ru/events/president/news/copy/71000</a></p>
</footer>
</body>`,
    );
  });

  test('the head: the language of the transcript, its title, a policy that admits only the page’s own style', () => {
    const page = html(MEETING);
    assert.equal(
      page.slice(0, page.indexOf('<style>')),
      `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="Stenogram">
<title>Встреча с волонтёрами</title>
`,
    );
    assert.equal(page.slice(page.indexOf('<style>'), page.indexOf('<body>')), `<style>${PAGE_STYLE}</style>\n</head>\n`);
    assert.match(PAGE_POLICY, /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; base-uri 'none'; form-action 'none'$/);
  });

  test('the policy’s hash is the style block’s (a browser applies no other style)', () => {
    const hash = `sha256-${createHash('sha256').update(PAGE_STYLE, 'utf8').digest('base64')}`;
    assert.ok(PAGE_POLICY.includes(`'${hash}'`), `htmlStyle.ts: set PAGE_STYLE_HASH to '${hash}'`);
  });

  test('the style: the palette’s speaker colours (the same light and dark), print in black on white without the contents', () => {
    for (const [i, { colour }] of SPEAKER_PALETTE.entries()) {
      assert.equal(PAGE_STYLE.split(`.sp${i} { --speaker: ${colour}; }`).length, 2, `sp${i} once`);
    }
    assert.match(PAGE_STYLE, /@media \(prefers-color-scheme: dark\) \{/);
    const print = PAGE_STYLE.slice(PAGE_STYLE.indexOf('@media print'));
    assert.match(print, /--fg: #000000; --bg: #ffffff;/);
    assert.match(print, /\.contents, \.swatch \{ display: none; \}/);
    assert.match(print, /break-after: avoid/);
    assert.doesNotMatch(PAGE_STYLE, /url\(|@import/, 'the page loads nothing');
  });

  test('an English transcript: lang="en" and the page’s own words in English', () => {
    const page = html('Briefing\n\n2024-01-05\n\nMS. PSAKI: Hi everyone.\nQ    Thanks, Jen.\n* * *\nPart two\nMS. PSAKI: Go ahead.\n');
    assert.match(page, /<html lang="en">/);
    assert.match(page, /<time datetime="2024-01-05">2024-01-05<\/time>/);
    assert.deepEqual([...page.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]), ['Speakers', 'Contents', 'Part two']);
    assert.match(page, /<span class="numbers">\(2 turns · 4 words\)<\/span>/);
  });

  test('a timestamped label: the time before the name', () => {
    const page = html('[00:01:23] Anna Petrova: Hello.\n[00:01:30] Speaker 1: Hi.\n');
    assert.match(page, /<a class="label" href="#turn-1"><span class="time">00:01:23<\/span> <bdi class="name">Anna Petrova<\/bdi>:<\/a> Hello\.<\/p>/);
  });

  test('an omission shows as <…> whichever way the file writes it; other marks as written', () => {
    const page = html('В.Путин: Один &lt;…&gt; два <…> три […] четыре [слово] (Смех.)\n');
    assert.match(
      page,
      /Один <span class="omission">&lt;…&gt;<\/span> два <span class="omission">&lt;…&gt;<\/span> три <span class="omission">&lt;…&gt;<\/span> четыре <span class="insertion">\[слово\]<\/span> <span class="remark laughter">\(Смех\.\)<\/span><\/p>/,
    );
  });

  test('an empty file: a page with the generic title and nothing else', () => {
    const page = html('');
    assert.match(page, /<title>Transcript<\/title>/);
    assert.equal(bodyOf(page), '<body>\n\n</body>');
  });

  test('a source that is not a web address is text, never a link', () => {
    const doc = exportDocument(parseTranscript('Заседание\n\nВ.Путин: Текст.\n'));
    const page = toHtml({ ...doc, source: 'javascript:alert(1)' });
    assert.match(page, /<p class="source">Источник: javascript:alert\(1\)<\/p>/);
    assert.doesNotMatch(page, /href="javascript/);
  });

  test('speakers take the colours of the statistics view: ranked by words, then by first turn', () => {
    for (const { name, text } of SAMPLES) {
      const transcript = parseTranscript(text);
      const byStatistics = computeStatistics(transcript).speakers.map((s, i) => `${s.name} sp${i}`);
      const page = toHtml(exportDocument(transcript));
      const onPage = [...page.matchAll(/<li class="(sp\d+)(?: role)?"><span class="swatch" aria-hidden="true"><\/span><bdi class="name">([^<]*)<\/bdi>/g)].map((m) => `${m[2]} ${m[1]}`);
      assert.deepEqual(onPage.sort(), byStatistics.sort(), name);
    }
  });

  test('the format table: html, .html, text/html, through exportTranscript', () => {
    const format = exportFormat('html');
    assert.deepEqual(format && { id: format.id, name: format.name, extension: format.extension, mediaType: format.mediaType }, {
      id: 'html',
      name: 'HTML',
      extension: 'html',
      mediaType: 'text/html',
    });
    const result = exportTranscript(parseTranscript(MEETING), format!, { locale: 'en' });
    assert.deepEqual(result, { ok: true, content: { kind: 'text', text: html(MEETING) } });
  });

  test('the CLI writes the page to standard output', () => {
    const { code, out, err } = run('export', '--to', 'html', join(REPO_ROOT, 'samples', 'bilateral-meeting.transcript'));
    assert.deepEqual([code, err], [0, '']);
    assert.equal(`${out.join('\n')}\n`, html(SAMPLES[0].text));
  });
});

describe('HTML export: every word kept', () => {
  for (const { name, text } of SAMPLES) {
    test(`samples/${name}.transcript`, () => {
      const transcript = parseTranscript(text);
      assert.deepEqual(missingWords(contentWords(transcript), visibleText(toHtml(exportDocument(transcript)))), []);
    });
  }
});

describe('HTML export: nothing from the transcript becomes markup', () => {
  const page = html(HOSTILE_TRANSCRIPT);
  const body = bodyOf(page);

  test('every hostile piece shows as written', () => {
    const shown = visibleText(page);
    assert.deepEqual(HOSTILE_SHOWN.filter((piece) => !shown.includes(piece)), []);
  });

  test('the only elements and attributes are the writer’s own', () => {
    const tags = [...body.matchAll(/<[a-z][^>]*>/g)].map((m) => m[0]);
    assert.deepEqual([...new Set(tags.map((tag) => /^<([a-z0-9]+)/.exec(tag)![1]))].sort(), ['a', 'bdi', 'body', 'div', 'footer', 'h1', 'h2', 'header', 'li', 'main', 'p', 'section', 'span', 'time', 'ul']);
    const attributes = tags.flatMap((tag) => [...tag.matchAll(/ ([a-z-]+)=/g)].map((m) => m[1]));
    assert.deepEqual([...new Set(attributes)].sort(), ['aria-hidden', 'aria-labelledby', 'class', 'datetime', 'href', 'id']);
    assert.deepEqual(tags.flatMap((tag) => [...tag.matchAll(/ href="([^"]*)"/g)].map((m) => m[1])), ['#turn-1', '#turn-2', '#turn-3', 'http://example.org/?a=1&amp;amp;b=&lt;2&gt;']);
  });

  test('the title in <title> is text too; a U+0000 becomes U+FFFD, a U+202E stays, isolated in its <bdi>', () => {
    assert.match(page, /<title>Заседание &lt;img src=x onerror="window.__pwned='title'"&gt; \]\]&gt; &amp;amp; \u202eлесонаК<\/title>/);
    assert.doesNotMatch(page, /\u0000/);
    assert.match(body, /Лид &lt;svg onload="window.__pwned='lead'"&gt;&lt;\/svg&gt; &amp;lt;b&amp;gt; \uFFFD конец\./);
    assert.match(body, /<bdi class="note">\(\u202eтекст\)<\/bdi>/);
  });
});

describe('the live preview’s body', () => {
  const transcript = parseTranscript(MEETING);
  const body = previewHtml(exportDocument(transcript), transcript.lines.length);

  test('the header, each section and each turn carry their source line; the article the line count', () => {
    assert.deepEqual(
      [...body.matchAll(/<(\w+)(?: class="([^"]*)")?(?: id="([^"]*)")?(?: lang="ru")? data-line(-count)?="(\d+)"/g)].map((m) => `${m[1]} ${m[3] ?? m[2] ?? ''} ${m[4] ? 'lines' : 'line'} ${m[5]}`),
      [
        'article transcript lines 19',
        'header  line 0',
        'section section-1 line 7',
        'div turn-1 line 9',
        'div turn-2 line 10',
        'div turn-3 line 11',
        'div turn-4 line 12',
        'section section-2 line 14',
        'div turn-5 line 15',
      ],
    );
  });

  test('the transcript only: no speaker list, no contents, labels are not links (the source is)', () => {
    assert.deepEqual([...new Set([...body.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]))].sort(), ['a', 'article', 'bdi', 'div', 'footer', 'h1', 'h2', 'header', 'hr', 'main', 'p', 'section', 'span', 'time']);
    assert.deepEqual([...body.matchAll(/ href="([^"]*)"/g)].map((m) => m[1]), ['http://kremlin.ru/events/president/news/copy/71000']);
    assert.match(body, /<p><span class="label"><bdi class="name">В\.Путин<\/bdi>:<\/span> Да, пожалуйста\.<\/p>/);
  });

  test('the theme’s colours but for the speakers’, which are the palette’s; no inline style', () => {
    assert.doesNotMatch(body, / style=/);
    const speakers = SPEAKER_PALETTE.map(({ colour }, i) => `.sp${i} { --speaker: ${colour}; }`);
    for (const rule of speakers) assert.ok(PREVIEW_STYLE.includes(rule), rule);
    assert.doesNotMatch(speakers.reduce((style, rule) => style.replace(rule, ''), PREVIEW_STYLE), /#[0-9a-f]{3,6}\b|rgb\(/i);
    assert.match(PREVIEW_STYLE, /--fg: var\(--vscode-editor-foreground\); --bg: var\(--vscode-editor-background\);/);
  });

  test('transcriptPreview: the body, the style, the language and the title', () => {
    assert.deepEqual(transcriptPreview(transcript), { html: body, style: PREVIEW_STYLE, language: 'ru', title: 'Встреча с волонтёрами' });
    assert.deepEqual(transcriptPreview(parseTranscript('')), {
      html: '<article class="transcript" lang="en" data-line-count="1">\n\n</article>\n',
      style: PREVIEW_STYLE,
      language: 'en',
    });
  });

  test('every word of the samples, and hostile text kept as text', () => {
    for (const { name, text } of SAMPLES) {
      const t = parseTranscript(text);
      assert.deepEqual(missingWords(contentWords(t), visibleText(`<body>${transcriptPreview(t).html}</body>`)), [], name);
    }
    const hostile = transcriptPreview(parseTranscript(HOSTILE_TRANSCRIPT)).html;
    const shown = visibleText(`<body>${hostile}</body>`);
    assert.deepEqual(HOSTILE_SHOWN.filter((piece) => !shown.includes(piece)), []);
    assert.doesNotMatch(hostile, /<(img|script|svg|iframe|b|i)\b/);
  });
});
