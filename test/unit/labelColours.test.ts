// labelRangesByColour: with `stenogram.speakerColors` on, each speaker's labels take the palette
// colour of the speaker's rank (the server's `rank`: the statistics' order), so a label wears the
// swatch the statistics view shows; speakers past the palette keep the theme's colours.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { labelRangesByColour } from '../../client/src/labelColours';
import { PALETTE_SIZE } from '../../protocol';
import { speakersTree } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';

const lines = (ranges: { start: { line: number; character: number }; end: { line: number; character: number } }[]) =>
  ranges.map((r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`);

describe('labelRangesByColour', () => {
  test('each speaker’s label ranges under their rank’s colour: most words first, a tie to who spoke first', () => {
    const tree = speakersTree(parseTranscript(['Вопрос: Когда откроют мост?', 'Р.Мансуров: В июле, как и обещали всем.', 'Вопрос: А дорогу?', ' Р.Мансуров: Тоже.', ''].join('\n')));
    const colours = labelRangesByColour(tree);
    assert.equal(colours.length, PALETTE_SIZE);
    assert.deepEqual(colours.slice(0, 3).map(lines), [['1:0-1:10', '3:1-3:11'], ['0:0-0:6', '2:0-2:6'], []]);
  });

  test('speakers past the palette’s seven colours get none', () => {
    const names = ['А.Иванов', 'Б.Петров', 'В.Сидоров', 'Г.Смирнов', 'Д.Кузнецов', 'Е.Попов', 'Ж.Васильев', 'З.Соколов', 'И.Михайлов'];
    const text = names.map((name, i) => `${name}: ${'слово '.repeat(9 - i)}`).join('\n');
    const colours = labelRangesByColour(speakersTree(parseTranscript(text)));
    assert.deepEqual(
      colours.map(lines),
      names.slice(0, 7).map((name, i) => [`${i}:0-${i}:${name.length}`]),
    );
  });
});
