// Every user-facing string exists in English and Russian, read from the sources themselves, so a
// string added in one language only fails here:
// - the manifest: each user-facing field of package.json is a `%key%`, each key is in
//   package.nls.json and package.nls.ru.json, and the two files hold the same keys;
// - the client: each `vscode.l10n.t(…)` in client/src passes a literal message whose key is in
//   l10n/bundle.l10n.ru.json, the bundle holds no key the code no longer asks for, and no message
//   box or panel is given a literal string that skips `vscode.l10n.t`;
// - the server: its messages live in server/src/l10n.ts in both languages (l10n.test.ts checks
//   each pair); here, that no server source hands the user a literal string instead.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { l10nCalls } from '../helpers/l10nCalls';

const ROOT = join(__dirname, '..', '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;

/** The distinct `{n}` placeholders of a text, sorted. */
function placeholders(text: string): string {
  return [...new Set(text.match(/\{\d+\}/g) ?? [])].sort().join(' ');
}

/** Keys on one side only, each named with the side it is missing from. */
function onlyOneSide(a: string[], b: string[], aName: string, bName: string): string[] {
  return [...a.filter((k) => !b.includes(k)).map((k) => `${k} (missing from ${bName})`), ...b.filter((k) => !a.includes(k)).map((k) => `${k} (missing from ${aName})`)];
}

interface Manifest {
  description: string;
  contributes: {
    languages: { id: string; aliases: string[] }[];
    semanticTokenTypes: { id: string; description: string }[];
    configuration: { properties: Record<string, { description?: string; markdownDescription?: string; enumDescriptions?: string[] }> };
    commands: { command: string; title: string; category?: string; shortTitle?: string }[];
    views: Record<string, { id: string; name: string }[]>;
    viewsWelcome: { view: string; contents: string }[];
    walkthroughs?: unknown[];
  };
}

describe('l10n completeness: the manifest (package.nls.json, package.nls.ru.json)', () => {
  const manifestText = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as Manifest;
  const en = readJson<Record<string, string>>('package.nls.json');
  const ru = readJson<Record<string, string>>('package.nls.ru.json');
  const PLACEHOLDER = /^%[\w.-]+%$/;

  test('package.nls.json and package.nls.ru.json hold the same keys', () => {
    assert.deepEqual(onlyOneSide(Object.keys(en), Object.keys(ru), 'package.nls.json', 'package.nls.ru.json'), []);
  });

  test('no text is blank, and both languages use the same {n} placeholders', () => {
    const wrong = Object.keys(en).flatMap((key) => [
      ...(typeof en[key] !== 'string' || !en[key].trim() ? [`${key}: blank in English`] : []),
      ...(typeof ru[key] !== 'string' || !ru[key]?.trim() ? [`${key}: blank in Russian`] : []),
      ...(typeof ru[key] === 'string' && placeholders(en[key]) !== placeholders(ru[key]) ? [`${key}: placeholders differ`] : []),
    ]);
    assert.deepEqual(wrong, []);
  });

  test('every %key% that package.json uses is in package.nls.json, and every key there is used', () => {
    const used = [...new Set([...manifestText.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]))];
    assert.ok(used.length > 0);
    assert.deepEqual(used.filter((k) => !(k in en)), [], 'used in package.json, missing from package.nls.json');
    assert.deepEqual(Object.keys(en).filter((k) => !used.includes(k)), [], 'in package.nls.json, used nowhere');
  });

  test('every user-facing field of the manifest is a %key%, not text in one language', () => {
    const { contributes } = manifest;
    const fields: [string, string | undefined][] = [
      ['description', manifest.description],
      ...contributes.languages.map((l): [string, string] => [`languages.${l.id}.aliases[0] (the name VS Code shows)`, l.aliases[0]]),
      ...contributes.semanticTokenTypes.map((t): [string, string] => [`semanticTokenTypes.${t.id}.description`, t.description]),
      ...Object.entries(contributes.configuration.properties).flatMap(([id, p]) => [
        ...(['description', 'markdownDescription'] as const).filter((f) => p[f] !== undefined).map((f): [string, string | undefined] => [`${id}.${f}`, p[f]]),
        ...(p.enumDescriptions ?? []).map((d, i): [string, string] => [`${id}.enumDescriptions[${i}]`, d]),
      ]),
      ...contributes.commands.flatMap((c) => [
        [`${c.command}.title`, c.title] as [string, string],
        ...(c.category !== undefined ? [[`${c.command}.category`, c.category] as [string, string]] : []),
        ...(c.shortTitle !== undefined ? [[`${c.command}.shortTitle`, c.shortTitle] as [string, string]] : []),
      ]),
      ...Object.values(contributes.views).flat().map((v): [string, string] => [`views.${v.id}.name`, v.name]),
      ...contributes.viewsWelcome.map((w, i): [string, string] => [`viewsWelcome[${i}] of ${w.view}`, w.contents]),
    ];
    assert.ok(fields.length > 40, `only ${fields.length} fields found: has the manifest's shape changed?`);
    assert.deepEqual(fields.filter(([, value]) => !PLACEHOLDER.test(value ?? '')).map(([where]) => where), []);
    assert.equal(contributes.walkthroughs, undefined, 'walkthroughs: add their titles and descriptions to this test');
  });

  test('the language keeps both names as aliases, so either finds it in Change Language Mode', () => {
    const aliases = manifest.contributes.languages.find((l) => l.id === 'transcript')?.aliases ?? [];
    assert.deepEqual(aliases, ['%language.transcript.alias%', 'Transcript', 'Стенограмма', 'transcript']);
    assert.deepEqual([en['language.transcript.alias'], ru['language.transcript.alias']], ['Transcript', 'Стенограмма']);
  });
});

describe('l10n completeness: the client (vscode.l10n.t, l10n/bundle.l10n.ru.json)', () => {
  const CLIENT = join(ROOT, 'client', 'src');
  const calls = l10nCalls(CLIENT);
  const bundle = readJson<Record<string, string>>('l10n/bundle.l10n.ru.json');
  const keys = [...new Set(calls.map((c) => c.key).filter((k): k is string => k !== undefined))];

  test('package.json points VS Code at l10n/', () => {
    assert.equal(readJson<{ l10n?: string }>('package.json').l10n, './l10n');
  });

  test('every vscode.l10n.t call passes a literal message (a bundle can only hold literals)', () => {
    assert.ok(calls.length > 30, `only ${calls.length} calls found: has the extraction broken?`);
    assert.deepEqual(calls.filter((c) => c.key === undefined).map((c) => `${c.file}:${c.line} ${c.source}`), []);
  });

  test('every message the client asks for has its Russian text in the bundle', () => {
    assert.deepEqual(keys.filter((k) => !(k in bundle)), []);
  });

  test('the bundle holds no key the client no longer asks for', () => {
    assert.deepEqual(Object.keys(bundle).filter((k) => !keys.includes(k)), []);
  });

  test('Russian texts are not blank and keep the {n} placeholders of their message', () => {
    const wrong = calls
      .filter((c): c is typeof c & { key: string; message: string } => c.key !== undefined && c.message !== undefined && c.key in bundle)
      .filter((c) => !bundle[c.key].trim() || placeholders(bundle[c.key]) !== placeholders(c.message))
      .map((c) => `${c.key} → ${bundle[c.key]}`);
    assert.deepEqual(wrong, []);
  });

  test('no message box, status bar, tree item or panel is given a literal string', () => {
    const literal = String.raw`\s*['"\`][^'"\`$]*[A-Za-zА-Яа-я]{2}`;
    const direct = new RegExp(
      String.raw`(?:show(?:Information|Warning|Error)Message|showQuickPick|showInputBox|createWebviewPanel\([^,]+,)\(?${literal}|\.(?:text|tooltip|title|description|message|placeHolder|prompt|name) =${literal}`,
    );
    const found = readdirSync(CLIENT)
      .filter((n) => n.endsWith('.ts'))
      .flatMap((name) =>
        readFileSync(join(CLIENT, name), 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `${name}:${i + 1}`, line }))
          .filter(({ line }) => direct.test(line) && !/^\s*(\/\/|\*)/.test(line)),
      )
      .map(({ where, line }) => `${where}: ${line.trim()}`);
    assert.deepEqual(found, []);
  });
});

describe('l10n completeness: the server hands the user no literal text', () => {
  const SERVER = join(ROOT, 'server', 'src');
  const files = ['server.ts', 'register.ts', ...readdirSync(join(SERVER, 'features')).filter((n) => n.endsWith('.ts')).map((n) => `features/${n}`)];

  test('error replies, refusals, code action titles, code lenses, completion details and register problems come from l10n.ts', () => {
    const literal = String.raw`\s*['"\`][^'"\`]*[A-Za-zА-Яа-я]{3}`;
    const direct = new RegExp(
      String.raw`new ResponseError\([^,]+,${literal}|problems(?:\.push\(|: \[)${literal}|new RenameRefusal\(${literal}|\b(?:title|tooltip|detail|documentation):${literal}|showMessage\(|show(?:Information|Warning|Error)Message\(${literal}`,
    );
    const found = files.flatMap((name) =>
      readFileSync(join(SERVER, name), 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${name}:${i + 1}`, line }))
        .filter(({ line }) => direct.test(line) && !/^\s*(\/\/|\*)/.test(line))
        .map(({ where, line }) => `${where}: ${line.trim()}`),
    );
    assert.deepEqual(found, []);
  });
});
