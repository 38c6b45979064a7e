// statisticsHtml: the statistics view's page. What the transcript says (speaker names, title, date)
// and the file name come out as text, never as markup; the page carries its Content-Security-Policy
// with the nonce, runs no script and loads nothing; the table, the share bars and the timeline are
// drawn from the server's numbers.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { statisticsHtml, type StatisticsData, type StatisticsStrings } from '../../client/src/statisticsHtml';
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
  total: 'Total',
  role: '(role)',
  sections: 'Sections',
  shareChart: 'Share of the words',
  timeline: 'Turns along the document',
  otherSpeakers: 'Every further speaker',
  noTurns: 'This transcript has no speaker turns yet.',
  unavailable: 'No statistics for this document.',
  tradition: (name, detected) => `Tradition: ${name} (${detected ? 'detected' : 'setting stenogram.tradition'})`,
  line: (line) => `line ${line}`,
  firstTurn: (line) => `Go to the first turn (line ${line})`,
  turnMark: (turn, line, speaker, words) => `Turn ${turn}, line ${line} · ${speaker} · words: ${words}`,
  shareBar: (speaker, share, words) => `${speaker}: ${share} of the words (words: ${words})`,
};

function page(data: StatisticsData | null, fileName = 'встреча.transcript', locale = 'en'): string {
  return statisticsHtml(data, { nonce: NONCE, fileName, locale, strings: STRINGS });
}

/** What an HTML attribute value means once the browser has decoded its character references. */
function decode(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

function speaker(name: string, over: Partial<StatisticsData['speakers'][number]> = {}): StatisticsData['speakers'][number] {
  return { key: name.toLowerCase(), name, isRole: false, turns: 1, words: 5, share: 0.5, longestTurnWords: 5, firstTurnLine: 0, lastTurnLine: 0, ...over };
}

const HOSTILE: StatisticsData = {
  title: '</title><script>alert("title")</script>',
  date: '<img src=x onerror=alert(1)>',
  turns: 2,
  words: 10,
  sections: 0,
  speakers: [speaker('<script>alert(1)</script>'), speaker('"onmouseover="alert(2)', { firstTurnLine: 1, lastTurnLine: 1 })],
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
      ['!doctype', 'body', 'div', 'g', 'h1', 'h2', 'head', 'html', 'meta', 'p', 'rect', 'span', 'style', 'svg', 'table', 'tbody', 'td', 'text', 'tfoot', 'th', 'thead', 'title', 'tr'],
    );
    assert.deepEqual(tags.filter((t) => /\son\w+=/i.test(t)), [], 'no event handler attribute');
  });

  test('each hostile string is there, escaped, where it belongs', () => {
    assert.ok(html.includes('<h1>&lt;/title&gt;&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</h1>'));
    assert.ok(html.includes('<p class="summary">&lt;img src=x onerror=alert(1)&gt; · &quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;.transcript</p>'));
    assert.ok(html.includes('</svg> &lt;script&gt;alert(1)&lt;/script&gt;</td>'), 'first table row');
    assert.ok(html.includes('</svg> &quot;onmouseover=&quot;alert(2)</td>'), 'second table row');
    assert.ok(html.includes('<text x="0" y="12">&lt;script&gt;alert(1)&lt;/script&gt;</text>'), 'share bar label');
    assert.ok(html.includes('<title>&quot;onmouseover=&quot;alert(2): 50% of the words (words: 5)</title>'), 'share bar tooltip');
    assert.ok(html.includes('<title>Turn 1, line 1 · &lt;script&gt;alert(1)&lt;/script&gt; · words: 5</title>'), 'timeline tooltip');
  });

  test('the Content-Security-Policy admits only the nonce’s style block: no remote content, no inline script', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, 'the CSP meta element');
    assert.equal(decode(meta[1]), `default-src 'none'; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; img-src data:;`);
    assert.ok(html.indexOf(meta[0]) < html.indexOf('<style'), 'the policy comes before the style block');
    assert.deepEqual(html.match(/<style[^>]*>/g), [`<style nonce="${NONCE}">`]);
    const tags = html.match(/<[^>]*>/g) ?? [];
    assert.deepEqual(tags.filter((t) => /\sstyle=/.test(t)), [], 'no style attribute: the policy would refuse it');
    assert.deepEqual(tags.filter((t) => /\s(?:src|href|xlink:href)=/.test(t)), [], 'nothing to load');
    assert.doesNotMatch(html, /https?:|url\(|@import/, 'no remote address');
  });

  test('a nonce that is not base64 is refused rather than written into the page', () => {
    assert.throws(() => statisticsHtml(HOSTILE, { nonce: `${NONCE}"><script>`, fileName: 'x', locale: 'en', strings: STRINGS }), /nonce/);
    assert.throws(() => statisticsHtml(HOSTILE, { nonce: 'short', fileName: 'x', locale: 'en', strings: STRINGS }), /nonce/);
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

  test('a tradition named by the setting says so; its name is text, escaped like every other', () => {
    const named = page({ ...computeStatistics(parseTranscript(MEETING)), tradition: { id: 'x', name: '<b>"Hearing"</b>', detected: false } });
    assert.ok(named.includes('· встреча.transcript · Tradition: &lt;b&gt;&quot;Hearing&quot;&lt;/b&gt; (setting stenogram.tradition)</p>'));
  });

  test('one table row per speaker, most words first, a role marked, with the average turn in words; the total row', () => {
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1].replace(/<svg class="swatch".*?<\/svg> /, '').replace(/<[^>]+>/g, '|'));
    assert.deepEqual(rows, [
      '|Speaker||Turns||Words||Share||Average turn||Longest turn|',
      '|В.Путин||2||7||46.7%||3.5||4|',
      '|Е.Корочкина||1||6||40%||6||6|',
      '|Вопрос |(role)|||1||2||13.3%||2||2|',
      '|Total||4||15||100%||3.8||6|',
    ]);
    assert.deepEqual([...html.matchAll(/<tr><td><svg class="swatch"[^>]*><rect class="(\w+)"/g)].map((m) => m[1]), ['sp0', 'sp1', 'sp2']);
  });

  test('with a line link, each speaker’s name opens their first turn; the link is escaped, nothing else links', () => {
    const linked = statisticsHtml(computeStatistics(parseTranscript(MEETING), { timeline: true }), {
      nonce: NONCE,
      fileName: 'встреча.transcript',
      locale: 'en',
      strings: STRINGS,
      lineHref: (line) => `command:go?${JSON.stringify(['file:///a"b', line])}`,
    });
    assert.deepEqual(
      [...linked.matchAll(/<a href="([^"]*)" title="([^"]*)">([^<]*)<\/a>/g)].map((m) => [decode(m[1]), m[2], m[3]]),
      [
        ['command:go?["file:///a\\"b",5]', 'Go to the first turn (line 6)', 'В.Путин'],
        ['command:go?["file:///a\\"b",9]', 'Go to the first turn (line 10)', 'Е.Корочкина'],
        ['command:go?["file:///a\\"b",6]', 'Go to the first turn (line 7)', 'Вопрос'],
      ],
    );
    assert.equal(linked.match(/<a /g)?.length, 3);
    assert.doesNotMatch(html, /<a /, 'no link without lineHref');
  });

  test('share bars: as long as each speaker’s share of all words, in the speaker’s colour', () => {
    assert.deepEqual(
      [...html.matchAll(/<rect class="(sp\d+)" x="0" y="(\d+)" width="([\d.]+%)" height="8"/g)].map((m) => [m[1], m[2], m[3]]),
      [
        ['sp0', '17', '46.67%'],
        ['sp1', '47', '40%'],
        ['sp2', '77', '13.33%'],
      ],
    );
  });

  test('timeline: one mark per turn where it stands among the 12 lines, as wide as its lines, as tall as its words', () => {
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
  });

  test('colours come from the theme: every speaker class fills with a VS Code colour variable', () => {
    for (const c of ['sp0', 'sp1', 'sp2']) assert.match(html, new RegExp(`\\.${c} \\{ fill: var\\(--vscode-[\\w-]+\\); \\}`));
    assert.doesNotMatch(html.slice(html.indexOf('<style'), html.indexOf('</style>')), /#[0-9a-f]{3,6}\b|rgb\(/i, 'no fixed colour');
  });

  test('Russian numbers: decimal comma, a no-break space before the percent sign', () => {
    const ru = page(computeStatistics(parseTranscript(MEETING), { timeline: true }), 'встреча.transcript', 'ru');
    assert.ok(ru.includes('<td class="num">46,7\u00A0%</td>'));
  });

  test('past ten speakers, the rest share one colour, and the legend says so', () => {
    const many: StatisticsData = {
      turns: 12,
      words: 60,
      sections: 0,
      speakers: Array.from({ length: 12 }, (_, i) => speaker(`С.Спикер${i + 1}`, { share: 1 / 12 })),
    };
    const html12 = page(many);
    assert.deepEqual(
      [...html12.matchAll(/<tr><td><svg class="swatch"[^>]*><rect class="([\w-]+)"/g)].map((m) => m[1]),
      ['sp0', 'sp1', 'sp2', 'sp3', 'sp4', 'sp5', 'sp6', 'sp7', 'sp8', 'sp9', 'sp-other', 'sp-other'],
    );
    assert.match(html12, /<p class="legend"><svg class="swatch"[^>]*><rect class="sp-other"[^>]*\/><\/svg> Every further speaker<\/p>/);
    assert.doesNotMatch(html12, /class="timeline"/, 'no timeline without the server’s marks');
  });

  test('no turns: the notice, no table and no charts', () => {
    const empty = page(computeStatistics(parseTranscript('Встреча с волонтёрами\n\n2023-05-02 15:00:00\n'), { timeline: true }));
    assert.ok(empty.includes('<p class="notice">This transcript has no speaker turns yet.</p>'));
    assert.doesNotMatch(empty, /<table|<svg/);
  });

  test('no data (the server does not have the document): the file name and why there is nothing', () => {
    const none = page(null, 'a<b>.transcript');
    assert.ok(none.includes('<h1>a&lt;b&gt;.transcript</h1>\n<p class="notice">No statistics for this document.</p>'));
    assert.match(none, /<meta http-equiv="Content-Security-Policy"/);
  });
});
