// "Stenogram: New Transcript" and the snippets: what they insert is a transcript the model reads
// as one — title, date line, place, lead, and (New Transcript) a `* * *` section with its heading —
// laid out with the blank lines of the published transcripts (FORMAT.md), in English and Russian,
// with no diagnostic on it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dateLine, escapeSnippetText, transcriptSkeleton, type SkeletonPlaceholders } from '../../client/src/newTranscript';
import { computeFindings } from '../../server/src/features';
import { parseTranscript, type Transcript } from '../../server/src/transcript';

const ROOT = join(__dirname, '..', '..');
/** 3 December 2026, 09:05:41 local time: the date line drops the seconds, pads each field. */
const NOW = new Date(2026, 11, 3, 9, 5, 41);

const ENGLISH: SkeletonPlaceholders = {
  title: 'Title of the event',
  place: 'Place',
  lead: 'What happened and who took part.',
  heading: 'Section heading',
};

/** The Russian words the command uses, from the client's bundle (what a Russian UI shows). */
function russian(): SkeletonPlaceholders {
  const bundle = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.ru.json'), 'utf8')) as Record<string, string>;
  return { title: bundle[ENGLISH.title], place: bundle[ENGLISH.place], lead: bundle[ENGLISH.lead], heading: bundle[ENGLISH.heading] };
}

/** What the model makes of the header, the lead and the sections. */
function outline(t: Transcript) {
  return {
    title: t.header.title?.text,
    date: t.header.date?.text,
    dateValid: t.header.date?.value !== undefined,
    place: t.header.place?.text,
    lead: t.lead.map((p) => p.text),
    sections: t.sections.map((s) => ({ separator: s.separator !== undefined, heading: s.heading?.text, turns: s.turns.length })),
  };
}

describe('dateLine', () => {
  test('YYYY-MM-DD HH:MM:00 in local time', () => {
    assert.equal(dateLine(NOW), '2026-12-03 09:05:00');
    assert.equal(dateLine(new Date(2027, 0, 1, 23, 59, 59)), '2027-01-01 23:59:00');
  });
});

describe('transcriptSkeleton: the text of New Transcript', () => {
  test('the layout of the published transcripts: two blank lines after the title, one around the place, `* * *` right after the lead', () => {
    assert.equal(
      transcriptSkeleton(NOW, ENGLISH).text,
      ['Title of the event', '', '', '2026-12-03 09:05:00', '', 'Place', '', 'What happened and who took part.', '* * *', 'Section heading', ''].join('\n'),
    );
  });

  test('the snippet: tab stops title → place → lead → heading, the final cursor on the line of the first turn', () => {
    assert.equal(
      transcriptSkeleton(NOW, ENGLISH).snippet,
      [
        '${1:Title of the event}',
        '',
        '',
        '2026-12-03 09:05:00',
        '',
        '${2:Place}',
        '',
        '${3:What happened and who took part.}',
        '* * *',
        '${4:Section heading}',
        '$0',
      ].join('\n'),
    );
  });

  for (const [language, words] of [
    ['English', ENGLISH],
    ['Russian', russian()],
  ] as const) {
    test(`the model reads the ${language} skeleton as title, date, place, lead and one section with its heading`, () => {
      const transcript = parseTranscript(transcriptSkeleton(NOW, words).text);
      assert.deepEqual(outline(transcript), {
        title: words.title,
        date: '2026-12-03 09:05:00',
        dateValid: true,
        place: words.place,
        lead: [words.lead],
        sections: [{ separator: true, heading: words.heading, turns: 0 }],
      });
      assert.deepEqual(computeFindings(transcript, { locale: language === 'English' ? 'en' : 'ru' }), []);
    });
  }

  test('placeholder words that hold snippet syntax or a line break stay text on their line', () => {
    const { snippet, text } = transcriptSkeleton(NOW, { title: 'Cost: $5 {a} \\ b}', place: 'Paris\nFrance', lead: 'Lead.', heading: 'H' });
    assert.equal(escapeSnippetText('$1 } \\'), '\\$1 \\} \\\\');
    assert.equal(snippet.split('\n')[0], '${1:Cost: \\$5 {a\\} \\\\ b\\}}');
    assert.equal(text.split('\n')[0], 'Cost: $5 {a} \\ b}');
    assert.equal(text.split('\n')[5], 'Paris France');
  });

  test('CRLF when asked', () => {
    assert.equal(transcriptSkeleton(NOW, ENGLISH, '\r\n').text.split('\r\n').length, 11);
  });
});

interface SnippetFile {
  [name: string]: { prefix: string | string[]; description: string; body: string[] };
}

/** A snippet body as VS Code expands it with no typing: date variables filled, placeholders their words. */
function expand(body: string[]): string {
  const variables: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '12', CURRENT_DATE: '03', CURRENT_HOUR: '09', CURRENT_MINUTE: '05' };
  return body
    .join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{?\d+\}?/g, '')
    .replace(/\$([A-Z_]+)/g, (_, v: string) => variables[v] ?? assert.fail(`unknown variable ${v}`));
}

describe('snippets/transcript.json', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
  const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'transcript.json'), 'utf8')) as SnippetFile;

  test('contributed for the transcript language', () => {
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'transcript', path: './snippets/transcript.json' }]);
  });

  // A new section is a completion item of the server (`* * *`, worded in the transcript's language:
  // completion.test.ts), not a snippet: two snippets would both show as `***`.
  test('a header snippet in each language', () => {
    assert.deepEqual(
      Object.entries(snippets).map(([name, s]) => [name, s.prefix]),
      [
        ['Transcript header', 'header'],
        ['Заголовок стенограммы', 'заголовок'],
      ],
    );
  });

  for (const name of ['Transcript header', 'Заголовок стенограммы']) {
    test(`"${name}" expands to a header the model reads, with the date line of the format`, () => {
      const text = expand(snippets[name].body);
      const t = parseTranscript(text);
      const o = outline(t);
      assert.equal(o.date, '2026-12-03 09:05:00');
      assert.ok(o.dateValid);
      assert.equal(o.title, snippets[name].body[0].replace(/^\$\{1:(.*)\}$/, '$1'));
      assert.equal(o.place, snippets[name].body[5].replace(/^\$\{2:(.*)\}$/, '$1'));
      assert.deepEqual(o.lead, [snippets[name].body[7].replace(/^\$\{3:(.*)\}$/, '$1')]);
      assert.deepEqual(computeFindings(t, {}), []);
    });
  }
});
