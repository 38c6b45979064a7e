// The HTML writer's tests share these: the text a page shows (for "every word kept", read from the
// body the way a reader sees it, not from the markup), and a transcript whose every part tries to
// become markup (for "nothing from the transcript reaches the output as markup").

/** What the body of `html` shows: its tags dropped, character references decoded. The writer puts a
 *  line break or a space between blocks and inline pieces, so no two words run together. */
export function visibleText(html: string): string {
  const body = html.replace(/^[\s\S]*?<body>/, '').replace(/<\/body>[\s\S]*$/, '');
  return body
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|#\d+|amp);/g, (_, e: string) =>
      e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === 'amp' ? '&' : String.fromCodePoint(Number(e.slice(1))),
    );
}

/** Each line a place where transcript text reaches the page: the title, the place, the lead, a
 *  heading, labels' notes (a label's note admits any text), a turn's text, marks, the source URL. */
export const HOSTILE_TRANSCRIPT = [
  `Заседание <img src=x onerror="window.__pwned='title'"> ]]> &amp; \u202eлесонаК`,
  '',
  '2024-02-29 14:00:00',
  '',
  `Москва <script>window.__pwned='place'</script>`,
  '',
  `Лид <svg onload="window.__pwned='lead'"></svg> &lt;b&gt; \u0000 конец.`,
  '* * *',
  `Раздел <iframe src="javascript:window.__pwned='heading'"></iframe>`,
  `Вопрос (<img src=x onerror="window.__pwned='label'">): Текст <img src=x onerror="window.__pwned='text'"> [<b>вставка</b>] (Смех. <i>) ]]> &amp;.`,
  `В.Путин (\u202eтекст): Ответ <a href="javascript:window.__pwned='link'">ссылка</a> \u0000 конец.`,
  `Question (<script>window.__pwned='note'</script>): Text.`,
  '',
  'http://example.org/?a=1&amp;b=<2>',
  '',
].join('\n');

/** Pieces of HOSTILE_TRANSCRIPT that must show on the page exactly as written. */
export const HOSTILE_SHOWN = [
  `Заседание <img src=x onerror="window.__pwned='title'"> ]]> &amp; \u202eлесонаК`,
  `Москва <script>window.__pwned='place'</script>`,
  `Лид <svg onload="window.__pwned='lead'"></svg> &lt;b&gt;`,
  `Раздел <iframe src="javascript:window.__pwned='heading'"></iframe>`,
  `Вопрос (<img src=x onerror="window.__pwned='label'">):`,
  `Текст <img src=x onerror="window.__pwned='text'"> [<b>вставка</b>] (Смех. <i>) ]]> &amp;.`,
  `(\u202eтекст)`,
  `Ответ <a href="javascript:window.__pwned='link'">ссылка</a>`,
  `Question (<script>window.__pwned='note'</script>):`,
  'http://example.org/?a=1&amp;b=<2>',
];
