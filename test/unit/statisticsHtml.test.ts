// statisticsHtml: the statistics view's page. What the transcript says (speaker names, title, date)
// and the file name come out as text, never as markup; the page carries its Content-Security-Policy
// with the nonce, runs no script and loads nothing but its style sheet; the summary, the table, the
// share bars and the timeline, with their legends and links, are drawn from the server's numbers.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SPEAKER_PALETTE } from '../../protocol';
import { duration, formatters, statisticsHtml, type StatisticsData, type StatisticsStrings } from '../../client/src/statisticsHtml';
import { escapeHtml } from '../../client/src/webviewPage';
import { computeStatistics } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';

const NONCE = 'ZmFrZS1ub25jZS1mb3ItdGVzdHM=';

const STRINGS: StatisticsStrings = {
  speakers: 'Speakers',
  speaker: 'Speaker',
  turns: 'Turns',
  words: 'Words',
  share: 'Share',
  longestTurn: 'Longest turn',
  averageTurn: 'Average turn',
  speakingTime: 'Speaking time',
  laughter: 'Laughter',
  applause: 'Applause',
  total: 'Total',
  role: '(role)',
  sections: 'Sections',
  shareChart: 'Share of the words',
  shareLegend: 'A bar’s length is the speaker’s share of all the words.',
  shareLegendClick: 'Click a bar or a name to go to the speaker’s first turn.',
  timeline: 'Turns along the document',
  timelineLegend: (most) => `Each mark is a turn: as wide as its lines, as tall as its words (the tallest: ${most} words).`,
  timelineLegendClick: 'Click a mark to go to that turn.',
  otherSpeakers: 'Every further speaker',
  noTurns: 'This transcript has no speaker turns yet.',
  unavailable: 'No statistics for this document.',
  copyCsv: 'Copy as CSV',
  exportCsv: 'Export CSV…',
  tradition: (name, detected) => `Tradition: ${name} (${detected ? 'detected' : 'setting stenogram.tradition'})`,
  speakingTimeTimed: (time) => `Speaking time: ${time}, by the timestamps`,
  speakingTimePartlyTimed: (time, estimated, wpm) => `Speaking time: ≈ ${time}, by the timestamps; ${estimated} turns at ${wpm} words a minute`,
  speakingTimeEstimated: (time, wpm) => `Speaking time: ≈ ${time} at ${wpm} words a minute`,
  hoursMinutes: (h, m) => `${h} h ${m} min`,
  minutesSeconds: (m, sec) => `${m} min ${sec} s`,
  seconds: (sec) => `${sec} s`,
  line: (line) => `line ${line}`,
  firstTurn: (line) => `Go to the first turn (line ${line})`,
  turnMark: (turn, line, speaker, words) => `Turn ${turn}, line ${line} · ${speaker} · words: ${words}`,
  shareBar: (speaker, share, words) => `${speaker}: ${share} of the words (words: ${words})`,
};

const CSP_SOURCE = 'https://*.vscode-cdn.net';
const STYLE_SHEET = 'https://file+.vscode-resource.vscode-cdn.net/ext/media/statistics.css';
const PAGE = { nonce: NONCE, cspSource: CSP_SOURCE, styleSheet: STYLE_SHEET, strings: STRINGS };

function page(data: StatisticsData | null, fileName = 'встреча.transcript', locale = 'en'): string {
  return statisticsHtml(data, { ...PAGE, fileName, locale });
}

/** What an HTML attribute value means once the browser has decoded its character references. */
function decode(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

function speaker(name: string, over: Partial<StatisticsData['speakers'][number]> = {}): StatisticsData['speakers'][number] {
  return {
    key: name.toLowerCase(),
    name,
    isRole: false,
    turns: 1,
    words: 5,
    share: 0.5,
    longestTurnWords: 5,
    speakingSeconds: 3,
    audience: { laughter: 0, applause: 0 },
    firstTurnLine: 0,
    lastTurnLine: 0,
    ...over,
  };
}

const HOSTILE: StatisticsData = {
  title: '</title><script>alert("title")</script>',
  date: '<img src=x onerror=alert(1)>',
  turns: 2,
  words: 10,
  sections: 0,
  speakers: [speaker('<script>alert(1)</script>'), speaker('"onmouseover="alert(2)', { firstTurnLine: 1, lastTurnLine: 1 })],
  speakingTime: { seconds: 5, timedTurns: 0, wordsPerMinute: 120 },
  audience: { laughter: 0, applause: 0 },
  lines: 2,
  timeline: [
    { line: 0, endLine: 0, speakerIndex: 0, words: 5 },
    { line: 1, endLine: 1, speakerIndex: 1, words: 5 },
  ],
};

describe('escapeHtml', () => {
  test('the five characters that can end text or an attribute', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.equal(escapeHtml('В.Путин: «Уважаемые коллеги!»'), 'В.Путин: «Уважаемые коллеги!»');
  });
});

describe('statisticsHtml: nothing from the transcript becomes markup', () => {
  const html = page(HOSTILE, '"><script>alert(3)</script>.transcript');

  test('hostile names, title, date and file name are text: every tag in the page is one the view writes, with no event handler', () => {
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /"onmouseover="/);
    // Text has no raw `<` or `>` left, so every `<…>` is a real tag.
    const tags = html.match(/<[^>]*>/g) ?? [];
    assert.deepEqual(
      [...new Set(tags.map((t) => /^<\/?([\w!]+)/.exec(t)?.[1]?.toLowerCase()))].sort(),
      ['!doctype', 'body', 'div', 'g', 'h1', 'h2', 'head', 'html', 'link', 'meta', 'p', 'rect', 'span', 'style', 'svg', 'table', 'tbody', 'td', 'text', 'tfoot', 'th', 'thead', 'title', 'tr'],
    );
    assert.deepEqual(tags.filter((t) => /\son\w+=/i.test(t)), [], 'no event handler attribute');
  });

  test('each hostile string is there, escaped, where it belongs', () => {
    assert.ok(html.includes('<h1>&lt;/title&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</h1>'));
    assert.ok(html.includes('<p class="summary">&lt;img src=x onerror=alert(1)&gt; · &quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;.transcript</p>'));
    assert.ok(html.includes('</svg> &lt;script&gt;alert(1)&lt;/script&gt;</span></td>'), 'first table row');
    assert.ok(html.includes('</svg> &quot;onmouseover=&quot;alert(2)</span></td>'), 'second table row');
    assert.ok(html.includes('<text x="0" y="12">&lt;script&gt;alert(1)&lt;/script&gt;</text>'), 'share bar label');
    assert.ok(html.includes('<title>&quot;onmouseover=&quot;alert(2): 50% of the words (words: 5)</title>'), 'share bar tooltip');
    assert.ok(html.includes('<title>Turn 1, line 1 · &lt;script&gt;alert(1)&lt;/script&gt; · words: 5</title>'), 'timeline tooltip');
  });

  test('the Content-Security-Policy admits the extension’s style sheets and the nonce’s style block: no script, nothing remote', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, 'the CSP meta element');
    assert.equal(decode(meta[1]), `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; img-src data:;`);
    assert.ok(html.indexOf(meta[0]) < html.indexOf('<link'), 'the policy comes before the style sheet');
    assert.deepEqual(html.match(/<style[^>]*>/g), [`<style nonce="${NONCE}">`]);
    const tags = html.match(/<[^>]*>/g) ?? [];
    assert.deepEqual(tags.filter((t) => /\sstyle=/.test(t)), [], 'no style attribute: the policy would refuse it');
    assert.deepEqual(
      tags.filter((t) => /\s(?:src|href|xlink:href)=/.test(t)),
      [`<link rel="stylesheet" href="${STYLE_SHEET}">`],
      'nothing to load but the style sheet',
    );
    assert.doesNotMatch(html.replace(STYLE_SHEET, '').replace(CSP_SOURCE, ''), /https?:|url\(|@import/, 'no other address');
  });

  test('a nonce that is not base64, or a csp source that could end the policy, is refused rather than written into the page', () => {
    assert.throws(() => statisticsHtml(HOSTILE, { ...PAGE, nonce: `${NONCE}"><script>`, fileName: 'x', locale: 'en' }), /nonce/);
    assert.throws(() => statisticsHtml(HOSTILE, { ...PAGE, nonce: 'short', fileName: 'x', locale: 'en' }), /nonce/);
    for (const cspSource of [`${CSP_SOURCE}; script-src *`, `${CSP_SOURCE} 'unsafe-inline'`, '', '*']) {
      assert.throws(() => statisticsHtml(HOSTILE, { ...PAGE, cspSource, fileName: 'x', locale: 'en' }), /Content-Security-Policy/, cspSource);
    }
    // vscode.dev names the extension's own origin before the CDN's; code-server, 'self'.
    assert.doesNotThrow(() => statisticsHtml(HOSTILE, { ...PAGE, cspSource: `https://vscode.dev/ext/ ${CSP_SOURCE}`, fileName: 'x', locale: 'en' }));
    assert.doesNotThrow(() => statisticsHtml(HOSTILE, { ...PAGE, cspSource: `'self' ${CSP_SOURCE}`, fileName: 'x', locale: 'en' }));
  });

  test('an unknown or hostile locale falls back to English numbers and is escaped in `lang`', () => {
    const odd = page(HOSTILE, 'x.transcript', '"><x');
    assert.ok(odd.includes('<html lang="&quot;&gt;&lt;x">'));
    assert.ok(odd.includes('<td class="num">50%</td>'));
  });
});

describe('statisticsHtml: drawn from the server’s numbers', () => {
  const MEETING = [
    'Встреча с волонтёрами',
    '',
    '2023-05-02 15:00:00',
    '',
    'Владимир Путин встретился с волонтёрами.',
    'В.Путин: Добрый день, уважаемые друзья!',
    'Вопрос: Можно вопрос?',
    'В.Путин: Да, пожалуйста.',
    '(Смех.)',
    'Е.Корочкина: Спасибо большое.',
    'Мы работаем третий год.',
    '',
  ].join('\n');
  const html = page(computeStatistics(parseTranscript(MEETING), { timeline: true }));

  test('heading and summary: the title, then the date, the file name, the sections (when there are several) and the tradition', () => {
    assert.ok(html.includes('<h1>Встреча с волонтёрами</h1>\n<p class="summary">2023-05-02 15:00:00 · встреча.transcript · Tradition: kremlin.ru (detected)</p>'));
    const sectioned = page(computeStatistics(parseTranscript(`${MEETING}* * *\nВ.Путин: Продолжим.\n* * *\nВ.Путин: Спасибо.\n`)));
    assert.ok(sectioned.includes('<p class="summary">2023-05-02 15:00:00 · встреча.transcript · Sections: 2 · Tradition: kremlin.ru (detected)</p>'));
  });

  test('summary: the speaking time and how it was found, and the audience’s laughter and applause when the file reports any', () => {
    assert.ok(html.includes('<p class="summary">Speaking time: ≈ 8 s at 120 words a minute</p>\n<p class="summary">Laughter: 1 · Applause: 0</p>\n<h2>'));
    const timed = page(computeStatistics(parseTranscript('[00:00:00] Anna Lee: Welcome.\n[00:12:05] Tom Hart: Thank you.\n[01:30:00] Anna Lee: Bye.\n')));
    assert.ok(timed.includes('<p class="summary">Speaking time: ≈ 1 h 30 min, by the timestamps; 1 turns at 120 words a minute</p>\n<h2>'), 'the last turn has no end');
    const allTimed = page({ ...computeStatistics(parseTranscript(MEETING)), speakingTime: { seconds: 725, timedTurns: 4, wordsPerMinute: 120 } });
    assert.ok(allTimed.includes('<p class="summary">Speaking time: 12 min 5 s, by the timestamps</p>'));
    const quiet = page(computeStatistics(parseTranscript(MEETING.replace('(Смех.)\n', ''))));
    assert.doesNotMatch(quiet, /Laughter|Applause/, 'no laughter or applause: no line and no columns');
  });

  test('a tradition named by the setting says so; its name is text, escaped like every other', () => {
    const named = page({ ...computeStatistics(parseTranscript(MEETING)), tradition: { id: 'x', name: '<b>"Hearing"</b>', detected: false } });
    assert.ok(named.includes('· встреча.transcript · Tradition: &lt;b&gt;&quot;Hearing&quot;&lt;/b&gt; (setting stenogram.tradition)</p>'));
  });

  test('one table row per speaker, most words first, a role marked: words a turn, speaking time, laughter and applause; the total row', () => {
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1].replace(/<svg class="swatch".*?<\/svg> /, '').replace(/<[^>]+>/g, '|'));
    assert.deepEqual(rows, [
      '|Speaker||Turns||Words||Share||Average turn||Longest turn||Speaking time||Laughter||Applause|',
      '||В.Путин|||2||7||46.7%||3.5||4||4 s||1||0|',
      '||Е.Корочкина|||1||6||40%||6||6||3 s||0||0|',
      '||Вопрос| |(role)|||1||2||13.3%||2||2||1 s||0||0|',
      '|Total||4||15||100%||3.8||6||8 s||1||0|',
    ]);
    assert.deepEqual([...html.matchAll(/<tr><td><span class="who"><svg class="swatch"[^>]*><rect class="fill (\w+)"/g)].map((m) => m[1]), ['sp0', 'sp1', 'sp2']);
  });

  const linked = statisticsHtml(computeStatistics(parseTranscript(MEETING), { timeline: true }), {
    ...PAGE,
    fileName: 'встреча.transcript',
    locale: 'en',
    lineHref: (line) => `command:go?${JSON.stringify(['file:///a"b', line])}`,
    csvHrefs: { copy: 'command:copy?["file:///a"]', export: 'command:export?["file:///a"]' },
  });
  const links = (page: string, before: RegExp) => [...page.matchAll(new RegExp(`${before.source}<a href="([^"]*)"`, 'g'))].map((m) => decode(m[1]));

  test('with a line link, each speaker’s name opens their first turn; the link is escaped', () => {
    assert.deepEqual(
      [...linked.matchAll(/<a href="([^"]*)" title="([^"]*)">([^<]*)<\/a>/g)].map((m) => [decode(m[1]), m[2], m[3]]),
      [
        ['command:go?["file:///a\\"b",5]', 'Go to the first turn (line 6)', 'В.Путин'],
        ['command:go?["file:///a\\"b",9]', 'Go to the first turn (line 10)', 'Е.Корочкина'],
        ['command:go?["file:///a\\"b",6]', 'Go to the first turn (line 7)', 'Вопрос'],
      ],
    );
    assert.doesNotMatch(html, /<a /, 'no link without lineHref');
  });

  test('with a line link, each share bar opens the speaker’s first turn and each timeline mark its turn; the legends say so', () => {
    const bars = linked.slice(linked.indexOf('<svg class="bars"'), linked.indexOf('</svg>', linked.indexOf('<svg class="bars"')));
    assert.deepEqual(links(bars, /\n/), ['command:go?["file:///a\\"b",5]', 'command:go?["file:///a\\"b",9]', 'command:go?["file:///a\\"b",6]']);
    const marks = [...linked.matchAll(/<a href="([^"]*)"><rect class="mark (sp\d+)"/g)].map((m) => [decode(m[1]), m[2]]);
    assert.deepEqual(marks, [
      ['command:go?["file:///a\\"b",5]', 'sp0'],
      ['command:go?["file:///a\\"b",6]', 'sp2'],
      ['command:go?["file:///a\\"b",7]', 'sp0'],
      ['command:go?["file:///a\\"b",9]', 'sp1'],
    ]);
    assert.ok(linked.includes('<p class="legend">A bar’s length is the speaker’s share of all the words. Click a bar or a name to go to the speaker’s first turn.</p>'));
    assert.ok(linked.includes('<p class="legend">Each mark is a turn: as wide as its lines, as tall as its words (the tallest: 6 words). Click a mark to go to that turn.</p>'));
    assert.ok(html.includes('<p class="legend">A bar’s length is the speaker’s share of all the words.</p>'), 'no click to speak of without links');
  });

  test('Copy as CSV and Export CSV… links under the summary, when the view gives them', () => {
    assert.deepEqual(
      [...linked.matchAll(/<p class="actions">(.*?)<\/p>/g)].map((m) => m[1]),
      ['<a href="command:copy?[&quot;file:///a&quot;]">Copy as CSV</a><a href="command:export?[&quot;file:///a&quot;]">Export CSV…</a>'],
    );
    assert.doesNotMatch(html, /class="actions"/);
  });

  test('share bars: as long as each speaker’s share of all words, in the speaker’s colour', () => {
    assert.deepEqual(
      [...html.matchAll(/<rect class="fill (sp\d+)" x="0" y="(\d+)" width="([\d.]+%)" height="8"/g)].map((m) => [m[1], m[2], m[3]]),
      [
        ['sp0', '17', '46.67%'],
        ['sp1', '47', '40%'],
        ['sp2', '77', '13.33%'],
      ],
    );
  });

  test('timeline: one mark per turn where it stands among the 12 lines, as wide as its lines, as tall as its words; a key of whose colour is whose', () => {
    assert.deepEqual(
      [...html.matchAll(/<rect class="mark (sp\d+)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"><title>([^<]*)<\/title>/g)].map((m) => m.slice(1)),
      [
        ['sp0', '416.67', '10.67', '83.33', '29.33', 'Turn 1, line 6 · В.Путин · words: 4'],
        ['sp2', '500', '21.33', '83.33', '18.67', 'Turn 2, line 7 · Вопрос · words: 2'],
        ['sp0', '583.33', '16', '166.67', '24', 'Turn 3, line 8 · В.Путин · words: 3'],
        ['sp1', '750', '0', '166.67', '40', 'Turn 4, line 10 · Е.Корочкина · words: 6'],
      ],
    );
    assert.ok(html.includes('<div class="axis"><span>line 1</span><span>line 12</span></div>'));
    const key = /<p class="legend colours">(.*?)<\/p>/.exec(html)?.[1] ?? '';
    assert.deepEqual(
      [...key.matchAll(/<rect class="fill (sp\d+)"[^>]*\/><\/svg>([^<]*)<\/span>/g)].map((m) => [m[1], m[2]]),
      [
        ['sp0', 'В.Путин'],
        ['sp1', 'Е.Корочкина'],
        ['sp2', 'Вопрос'],
      ],
    );
  });

  test('colours: the palette’s, in the nonce’s style block, one rule a colour', () => {
    const style = html.slice(html.indexOf('<style'), html.indexOf('</style>'));
    assert.deepEqual(style.split('\n').slice(1, -1), SPEAKER_PALETTE.map(({ colour }, i) => `.sp${i} { fill: ${colour}; }`));
  });

  test('Russian numbers: decimal comma, a no-break space before the percent sign', () => {
    const ru = page(computeStatistics(parseTranscript(MEETING), { timeline: true }), 'встреча.transcript', 'ru');
    assert.ok(ru.includes('<td class="num">46,7\u00A0%</td>'));
  });

  test('durations: seconds, minutes and seconds, hours and minutes', () => {
    const fmt = formatters('en');
    assert.deepEqual(
      [0, 59.4, 60, 725, 3599, 3600, 5430, 7170, 36000].map((s) => duration(s, STRINGS, fmt)),
      ['0 s', '59 s', '1 min 0 s', '12 min 5 s', '59 min 59 s', '1 h 0 min', '1 h 31 min', '2 h 0 min', '10 h 0 min'],
    );
  });

  test('past seven speakers, the rest share one colour, and the legends say so', () => {
    const many: StatisticsData = {
      turns: 9,
      words: 45,
      sections: 0,
      speakers: Array.from({ length: 9 }, (_, i) => speaker(`С.Спикер${i + 1}`, { share: 1 / 9, firstTurnLine: i })),
      speakingTime: { seconds: 27, timedTurns: 0, wordsPerMinute: 120 },
      audience: { laughter: 0, applause: 0 },
      lines: 9,
      timeline: Array.from({ length: 9 }, (_, i) => ({ line: i, endLine: i, speakerIndex: i, words: 5 })),
    };
    const html9 = page(many);
    assert.deepEqual(
      [...html9.matchAll(/<tr><td><span class="who"><svg class="swatch"[^>]*><rect class="fill ([\w-]+)"/g)].map((m) => m[1]),
      ['sp0', 'sp1', 'sp2', 'sp3', 'sp4', 'sp5', 'sp6', 'sp-other', 'sp-other'],
    );
    assert.match(html9, /<p class="legend"><svg class="swatch"[^>]*><rect class="fill sp-other"[^>]*\/><\/svg> Every further speaker<\/p>/);
    const key = /<p class="legend colours">(.*?)<\/p>/.exec(html9)?.[1] ?? '';
    assert.deepEqual(
      [...key.matchAll(/<\/svg>([^<]*)<\/span>/g)].map((m) => m[1]),
      ['С.Спикер1', 'С.Спикер2', 'С.Спикер3', 'С.Спикер4', 'С.Спикер5', 'С.Спикер6', 'С.Спикер7', 'Every further speaker'],
    );
    assert.doesNotMatch(page({ ...many, timeline: undefined }), /class="timeline"/, 'no timeline without the server’s marks');
  });

  test('no turns: the notice, no table and no charts', () => {
    const empty = page(computeStatistics(parseTranscript('Встреча с волонтёрами\n\n2023-05-02 15:00:00\n'), { timeline: true }));
    assert.ok(empty.includes('<p class="notice">This transcript has no speaker turns yet.</p>'));
    assert.doesNotMatch(empty, /<table|<svg|Speaking time/);
  });

  test('no data (the server does not have the document): the file name and why there is nothing', () => {
    const none = page(null, 'a<b>.transcript');
    assert.ok(none.includes('<h1>a&lt;b&gt;.transcript</h1>\n<p class="notice">No statistics for this document.</p>'));
    assert.match(none, /<meta http-equiv="Content-Security-Policy"/);
  });
});
