// Speaker labels do not look like headings in VS Code's default themes. Dark Modern and Light Modern
// (with Dark+/Light+ and Dark/Light (Visual Studio) that they include) are read from code-server's
// copy of VS Code's `theme-defaults` extension, which the e2e setup caches in .e2e-cache/; each is
// applied as VS Code applies it: the grammar's tokens through vscode-textmate with the theme's rules,
// and the semantic token types through their `semanticTokenScopes` (package.json) and the same rules.
// A person's label, a role label and a label's note must each take a foreground of its own, apart
// from the title's and the section heading's.
//
// Skipped with a message where the e2e setup has not run (`bash scripts/setup-e2e.sh`).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, type IRawGrammar, type IRawTheme, type StateStack } from 'vscode-textmate';
import { REPO_ROOT } from '../helpers/fixtures';
import { editorLines, GRAMMAR_PATH } from './tokenize';

const CACHE = process.env.STENOGRAM_E2E_CACHE ?? join(REPO_ROOT, '.e2e-cache');
const THEMES = join(CACHE, 'host', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions', 'theme-defaults', 'themes');
const skip = existsSync(join(THEMES, 'dark_modern.json')) ? false : `no VS Code themes at ${THEMES}: run bash scripts/setup-e2e.sh to cache code-server`;

interface ThemeFile {
  include?: string;
  colors?: Record<string, string>;
  tokenColors?: { scope?: string | string[]; settings: { foreground?: string; fontStyle?: string } }[];
}

/** The theme's token rules, those of the themes it includes first (the later rule wins a tie, as in
 *  VS Code), with the editor's foreground as the default. */
function themeOf(file: string): IRawTheme {
  const rules: NonNullable<ThemeFile['tokenColors']> = [];
  let foreground: string | undefined;
  const read = (name: string) => {
    const theme = JSON.parse(readFileSync(join(THEMES, name), 'utf8')) as ThemeFile;
    if (theme.include) read(theme.include.replace(/^\.\//, ''));
    rules.push(...(theme.tokenColors ?? []));
    foreground = theme.colors?.['editor.foreground'] ?? foreground;
  };
  read(file);
  const settings: IRawTheme['settings'] = [{ settings: { foreground: foreground ?? '#000000' } }];
  for (const rule of rules) {
    const scopes = Array.isArray(rule.scope) ? rule.scope : typeof rule.scope === 'string' ? rule.scope.split(',').map((s) => s.trim()) : [];
    for (const scope of scopes) settings.push({ scope, settings: rule.settings });
  }
  return { settings };
}

let onig: Promise<void> | undefined;
const onigLib = () => {
  onig ??= (async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  })();
  return onig.then(() => ({
    createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  }));
};

/** The foreground `theme` gives each character of `text`, line by line, under `grammar`. */
async function foregrounds(theme: IRawTheme, grammar: IRawGrammar, text: string): Promise<string[][]> {
  const registry = new Registry({ onigLib: onigLib(), loadGrammar: async (name) => (name === grammar.scopeName ? grammar : null), theme });
  const loaded = await registry.loadGrammar(grammar.scopeName);
  assert.ok(loaded);
  const colours = registry.getColorMap();
  let state: StateStack = INITIAL;
  return editorLines(text).map((line) => {
    const { tokens, ruleStack } = loaded.tokenizeLine2(line, state);
    state = ruleStack;
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i += 2) {
      const end = i + 2 < tokens.length ? tokens[i + 2] : line.length;
      const colour = colours[(tokens[i + 1] >>> 15) & 0x1ff].toUpperCase();
      for (let c = tokens[i]; c < end; c++) out.push(colour);
    }
    return out;
  });
}

/** The foreground `theme` gives `scope`: how VS Code colours a semantic token mapped to it. */
async function scopeForeground(theme: IRawTheme, scope: string): Promise<string> {
  const [[colour]] = await foregrounds(theme, { scopeName: 'source.probe', patterns: [{ match: '.+', name: scope }] } as unknown as IRawGrammar, 'x');
  return colour;
}

const TRANSCRIPT = [
  'Встреча с волонтёрами',
  '',
  '2023-05-02 15:00:00',
  '',
  'Владимир Путин встретился с волонтёрами.',
  '* * *',
  'Вступительное слово',
  'В.Путин: Добрый день!',
  'Вопрос: Можно вопрос?',
  'М.Лавров (как переведено): Спасибо.',
  '',
].join('\n');

/** Where each piece is in TRANSCRIPT: line and first character. */
const PIECES = { title: [0, 0], sectionHeading: [6, 0], speaker: [7, 0], role: [8, 0], note: [9, 10] } as const;

const grammar = (): IRawGrammar => JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as IRawGrammar;
const semanticScopes = (): Record<string, string[]> =>
  (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { semanticTokenScopes: { scopes: Record<string, string[]> }[] } }).contributes
    .semanticTokenScopes[0].scopes;

describe('labels are not coloured as headings in the default themes', { skip }, () => {
  for (const [name, file] of [
    ['Dark Modern', 'dark_modern.json'],
    ['Light Modern', 'light_modern.json'],
  ] as const) {
    test(`${name}, the grammar: a person's label, a role label and a note each differ from the title and the section heading`, async () => {
      const colours = await foregrounds(themeOf(file), grammar(), TRANSCRIPT);
      const at = Object.fromEntries(Object.entries(PIECES).map(([piece, [line, column]]) => [piece, colours[line][column]])) as Record<keyof typeof PIECES, string>;
      for (const label of ['speaker', 'role', 'note'] as const) {
        for (const heading of ['title', 'sectionHeading'] as const) assert.notEqual(at[label], at[heading], `${label} ${at[label]} vs ${heading} ${at[heading]}`);
      }
      assert.notEqual(at.speaker, at.role, 'a person and a role');
      assert.notEqual(at.speaker, at.note, 'a name and its note');
    });

    test(`${name}, the semantic tokens: speaker, role and labelNote map to scopes coloured apart from title and sectionHeading, as the grammar colours them`, async () => {
      const theme = themeOf(file);
      const scopes = semanticScopes();
      const colour = async (type: string) => scopeForeground(theme, scopes[type][0]);
      const [speaker, role, note, title, heading] = await Promise.all(['speaker', 'role', 'labelNote', 'title', 'sectionHeading'].map(colour));
      for (const label of [speaker, role, note]) assert.ok(label !== title && label !== heading, `${label} vs ${title} / ${heading}`);
      const grammarColours = await foregrounds(theme, grammar(), TRANSCRIPT);
      assert.deepEqual([speaker, role, title], [grammarColours[7][0], grammarColours[8][0], grammarColours[0][0]], 'one colour whichever layer paints it');
    });
  }

  test('the check fails where it should: the tag scope speaker labels had took the headings’ colour in both themes', async () => {
    for (const file of ['dark_modern.json', 'light_modern.json']) {
      const theme = themeOf(file);
      assert.equal(await scopeForeground(theme, 'entity.name.tag.speaker.transcript'), await scopeForeground(theme, 'markup.heading.title.transcript'), file);
    }
  });
});
