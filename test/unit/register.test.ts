// The speaker register, `stenogram.speakers.json`: readRegister (entries by speaker key, aliases
// included, problems in plain words), SpeakerRegister.load over workspace folders, and the JSON
// schema VS Code validates the file with. No JSON-schema library is used: the schema's keywords are
// read and applied by hand below, and a test fails if the schema starts using one this does not know.
// Outputs we believe are wrong are asserted as they should be and marked todo.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RegisterEntry } from '../../server/src/features';
import { diskFiles } from '../../server/src/diskFiles';
import { readRegister, REGISTER_FILE, SpeakerRegister } from '../../server/src/register';
import { REPO_ROOT } from '../helpers/fixtures';

/** An entry as the hover reads it: name, role and aliases (other fields are not this test's concern). */
function entryView(e: RegisterEntry): { name?: string; role?: string; aliases?: string[] } {
  const out: { name?: string; role?: string; aliases?: string[] } = {};
  if (e.name !== undefined) out.name = e.name;
  if (e.role !== undefined) out.role = e.role;
  if (e.aliases !== undefined) out.aliases = e.aliases;
  return out;
}

function entriesView(entries: ReadonlyMap<string, RegisterEntry>): Record<string, ReturnType<typeof entryView>> {
  return Object.fromEntries([...entries].map(([key, e]) => [key, entryView(e)]));
}

function read(json: unknown): { entries: Record<string, ReturnType<typeof entryView>>; problems: string[]; raw: Map<string, RegisterEntry> } {
  const { entries, problems } = readRegister(typeof json === 'string' ? json : JSON.stringify(json));
  return { entries: entriesView(entries), problems, raw: entries };
}

describe('readRegister', () => {
  test('a valid file: each key and each alias map to the one entry of that person', () => {
    const { entries, problems, raw } = read({
      'В. Путин': { name: 'Владимир Путин', role: 'Президент России', aliases: ['Vladimir Putin', 'Президент'] },
      'Н.Назарбаев': { name: 'Нурсултан Назарбаев' },
    });
    const putin = { name: 'Владимир Путин', role: 'Президент России', aliases: ['Vladimir Putin', 'Президент'] };
    assert.deepEqual(problems, []);
    assert.deepEqual(entries, {
      'в.путин': putin,
      'vladimir putin': putin,
      президент: putin,
      'н.назарбаев': { name: 'Нурсултан Назарбаев' },
    });
    assert.equal(raw.get('vladimir putin'), raw.get('в.путин'), 'an alias is the same entry, not a copy');
    assert.equal(raw.get('президент'), raw.get('в.путин'));
  });

  test('keys are normalised as labels are: `В. Путин`, `В.Путин`, `Путин В.В.` and `в.путин` are one key', () => {
    for (const label of ['В. Путин', 'В.Путин', 'Путин В.В.', 'в.путин', ' В.Путин ']) {
      assert.deepEqual(read({ [label]: { name: 'Владимир Путин' } }).entries, { 'в.путин': { name: 'Владимир Путин' } }, label);
    }
  });

  test('two keys of one person: the first one written wins, silently', () => {
    assert.deepEqual(read({ 'В.Путин': { name: 'A' }, 'В. Путин': { name: 'B' } }), {
      entries: { 'в.путин': { name: 'A' } },
      problems: [],
      raw: readRegister(JSON.stringify({ 'В.Путин': { name: 'A' } })).entries,
    });
  });

  test('name and role are trimmed; blank ones are left out', () => {
    assert.deepEqual(read({ 'К.Морозов': { name: '  Кирилл Морозов ', role: '   ' }, 'Т.Алиев': { name: '', role: ' Президент ' } }).entries, {
      'к.морозов': { name: 'Кирилл Морозов' },
      'т.алиев': { role: 'Президент' },
    });
  });

  test('not valid JSON: one problem, no entries', () => {
    assert.deepEqual(read('{ "В.Путин": { "name": "X" '), {
      entries: {},
      problems: ["not valid JSON (Expected ',' or '}' after property value in JSON at position 27)"],
      raw: new Map(),
    });
  });

  test('a top level that is not an object: one problem, no entries', () => {
    for (const json of ['[]', '"В.Путин"', 'null', '42', 'true', '[{"name": "X"}]']) {
      assert.deepEqual(read(json).problems, ['the top level must be an object of labels'], json);
      assert.deepEqual(read(json).entries, {}, json);
    }
  });

  test('an entry that is not an object is reported by its label; the others are kept', () => {
    assert.deepEqual(
      read({ 'В.Путин': 'Владимир Путин', 'Н.Назарбаев': { name: 'Нурсултан Назарбаев' }, 'А.Б': [], 'В.Г': null, 'Д.Е': 7 }),
      {
        entries: { 'н.назарбаев': { name: 'Нурсултан Назарбаев' } },
        problems: [
          '“В.Путин”: the value must be an object with name, role, aliases',
          '“А.Б”: the value must be an object with name, role, aliases',
          '“В.Г”: the value must be an object with name, role, aliases',
          '“Д.Е”: the value must be an object with name, role, aliases',
        ],
        raw: readRegister(JSON.stringify({ 'Н.Назарбаев': { name: 'Нурсултан Назарбаев' } })).entries,
      },
    );
  });

  test('aliases that are not strings, or blank, are dropped and reported; the rest still name the person', () => {
    const { entries, problems } = read({ 'В.Путин': { name: 'Владимир Путин', aliases: ['Vladimir Putin', 42, null, '', '  ', { a: 1 }, ['x'], 'Президент'] } });
    const putin = { name: 'Владимир Путин', aliases: ['Vladimir Putin', 'Президент'] };
    assert.deepEqual(problems, [
      '“В.Путин”: alias 42 is not a label',
      '“В.Путин”: alias null is not a label',
      '“В.Путин”: alias "" is not a label',
      '“В.Путин”: alias "  " is not a label',
      '“В.Путин”: alias {"a":1} is not a label',
      '“В.Путин”: alias ["x"] is not a label',
    ]);
    assert.deepEqual(entries, { 'в.путин': putin, 'vladimir putin': putin, президент: putin });
  });

  test('problems in Russian when VS Code speaks Russian', () => {
    const json = JSON.stringify({ 'В.Путин': { name: '', role: 1, extra: true, aliases: ['Путин В.В.', 'Путин В.В.', 7] }, 'А.Б': 'x' });
    assert.deepEqual(readRegister(json, 'ru').problems, [
      '«В.Путин»: неизвестное поле «extra»',
      '«В.Путин»: name должно быть непустой строкой',
      '«В.Путин»: role должно быть строкой',
      '«В.Путин»: псевдоним «Путин В.В.» указан дважды',
      '«В.Путин»: псевдоним 7 не является меткой',
      '«А.Б»: значением должен быть объект с полями name, role, aliases',
    ]);
    assert.deepEqual(readRegister('[]', 'ru').problems, ['на верхнем уровне должен быть объект, ключи которого — метки']);
  });

  test('a file saved with a byte order mark is read', () => {
    assert.deepEqual(read('\uFEFF{"В.Путин": {"name": "Владимир Путин"}}').problems, []);
    assert.deepEqual(read('\uFEFF{"В.Путин": {"name": "Владимир Путин"}}').entries, { 'в.путин': { name: 'Владимир Путин' } });
  });
});

describe('SpeakerRegister.load: the register files of the workspace folders', () => {
  const root = mkdtempSync(join(tmpdir(), 'stenogram-register-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  /** A folder under the temporary root with `stenogram.speakers.json` holding `json` (if given). */
  function folder(name: string, json?: string): string {
    const path = join(root, name);
    mkdirSync(path, { recursive: true });
    if (json !== undefined) writeFileSync(join(path, REGISTER_FILE), json);
    return pathToFileURL(path).href;
  }

  test('folders in order: an earlier folder’s label is kept, a later one adds its own; problems name the folder', async () => {
    const first = folder('first', JSON.stringify({ 'К.Морозов': { name: 'Кирилл Морозов' } }));
    const none = folder('none');
    const broken = folder('broken', '{ not json');
    const second = folder('second', JSON.stringify({ 'К. Морозов': { name: 'Другой Морозов' }, 'Т.Алиев': { role: 'Президент' }, 'Х.Ц': 'x' }));
    const reported: string[] = [];
    const register = new SpeakerRegister(() => diskFiles);
    await register.load([first, none, 'untitled:whatever', broken, second], (m) => reported.push(m));
    assert.deepEqual(entriesView(register.get()), { 'к.морозов': { name: 'Кирилл Морозов' }, 'т.алиев': { role: 'Президент' } });
    assert.deepEqual(reported, [
      `${REGISTER_FILE} in ${broken}: not valid JSON (Expected property name or '}' in JSON at position 2)`,
      `${REGISTER_FILE} in ${second}: “Х.Ц”: the value must be an object with name, role, aliases`,
    ]);
  });

  test('a folder URI as VS Code spells it (a space and Cyrillic percent-encoded) is read', async () => {
    const uri = folder('Стенограммы 2017', JSON.stringify({ 'В.Путин': { name: 'Владимир Путин' } }));
    assert.ok(uri.includes('%20') && uri.includes('%D0%A1'), uri);
    const register = new SpeakerRegister(() => diskFiles);
    await register.load([uri], () => assert.fail('no problem to report'));
    assert.deepEqual(entriesView(register.get()), { 'в.путин': { name: 'Владимир Путин' } });
  });

  test('loading again replaces what was read before (the file changed, or was deleted)', async () => {
    const uri = folder('changing', JSON.stringify({ 'В.Путин': { name: 'Владимир Путин' } }));
    const register = new SpeakerRegister(() => diskFiles);
    await register.load([uri], () => {});
    writeFileSync(join(root, 'changing', REGISTER_FILE), JSON.stringify({ 'Т.Алиев': { name: 'Тимур Алиев' } }));
    await register.load([uri], () => {});
    assert.deepEqual(entriesView(register.get()), { 'т.алиев': { name: 'Тимур Алиев' } });
    rmSync(join(root, 'changing', REGISTER_FILE));
    await register.load([uri], () => {});
    assert.deepEqual(entriesView(register.get()), {});
  });
});

// ---------------------------------------------------------------------------------------------
// The JSON schema

const SCHEMA_PATH = join(REPO_ROOT, 'schemas', 'stenogram.speakers.schema.json');

type Schema = {
  type?: string;
  minLength?: number;
  pattern?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  items?: Schema;
  uniqueItems?: boolean;
  [keyword: string]: unknown;
};

/** Keywords this file applies; the others only annotate (VS Code shows them, nothing validates). */
const APPLIED = ['type', 'minLength', 'pattern', 'properties', 'additionalProperties', 'propertyNames', 'items', 'uniqueItems'];
const ANNOTATIONS = ['$schema', 'title', 'description', 'defaultSnippets', 'markdownDescription'];

/** Where `value` breaks `schema`, as `path: what` lines; [] when it is valid. */
function violations(value: unknown, schema: Schema, path = '$'): string[] {
  const out: string[] = [];
  const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (schema.type !== undefined && typeOf(value) !== schema.type) return [`${path}: not ${schema.type}`];
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) out.push(`${path}: shorter than ${schema.minLength}`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) out.push(`${path}: does not match ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => schema.items && out.push(...violations(item, schema.items, `${path}[${i}]`)));
    if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) out.push(`${path}: items repeat`);
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (schema.propertyNames) out.push(...violations(key, schema.propertyNames, `${path} key ${JSON.stringify(key)}`));
      const own = schema.properties?.[key];
      if (own) out.push(...violations(v, own, `${path}.${key}`));
      else if (schema.additionalProperties === false) out.push(`${path}.${key}: not allowed`);
      else if (typeof schema.additionalProperties === 'object') out.push(...violations(v, schema.additionalProperties, `${path}[${JSON.stringify(key)}]`));
    }
  }
  return out;
}

function keywordsOf(schema: Schema, path = '$'): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(schema)) {
    out.push(`${path}.${k}`);
    if (k === 'properties') for (const [p, s] of Object.entries(v as Record<string, Schema>)) out.push(...keywordsOf(s, `${path}.properties.${p}`));
    else if (['additionalProperties', 'propertyNames', 'items'].includes(k) && typeof v === 'object') out.push(...keywordsOf(v as Schema, `${path}.${k}`));
  }
  return out;
}

describe('the JSON schema of stenogram.speakers.json', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Schema;

  test('the manifest validates stenogram.speakers.json with it', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: REGISTER_FILE, url: './schemas/stenogram.speakers.schema.json' }]);
  });

  test('it parses, and uses only keywords this test applies or that only annotate', () => {
    const unknown = keywordsOf(schema).filter((k) => {
      const keyword = k.slice(k.lastIndexOf('.') + 1);
      return !APPLIED.includes(keyword) && !ANNOTATIONS.includes(keyword);
    });
    assert.deepEqual(unknown, []);
  });

  test('its shape is what readRegister reads: an object of labels, each an object of name, role and aliases', () => {
    const entry = schema.additionalProperties as Schema;
    assert.equal(schema.type, 'object');
    assert.deepEqual(schema.propertyNames, { minLength: 1, pattern: '^[^:\\r\\n]+$' });
    assert.equal(entry.type, 'object');
    assert.equal(entry.additionalProperties, false);
    assert.deepEqual(Object.keys(entry.properties ?? {}), ['name', 'role', 'aliases']);
    assert.deepEqual(
      Object.fromEntries(Object.entries(entry.properties ?? {}).map(([k, s]) => [k, { type: s.type, minLength: s.minLength, items: s.items && { type: s.items.type, minLength: s.items.minLength, pattern: s.items.pattern }, uniqueItems: s.uniqueItems }])),
      {
        name: { type: 'string', minLength: 1, items: undefined, uniqueItems: undefined },
        role: { type: 'string', minLength: undefined, items: undefined, uniqueItems: undefined },
        aliases: { type: 'array', minLength: undefined, items: { type: 'string', minLength: 1, pattern: '^[^:\\r\\n]+$' }, uniqueItems: true },
      },
    );
  });

  // Documents the schema accepts are read without a problem, every key and alias an entry.
  const VALID: [what: string, doc: unknown, entries: Record<string, ReturnType<typeof entryView>>][] = [
    ['an empty register', {}, {}],
    ['an entry with nothing in it', { 'В.Путин': {} }, { 'в.путин': {} }],
    [
      'name, role and aliases',
      { 'В.Путин': { name: 'Владимир Путин', role: 'Президент России', aliases: ['Vladimir Putin', 'Президент'] } },
      {
        'в.путин': { name: 'Владимир Путин', role: 'Президент России', aliases: ['Vladimir Putin', 'Президент'] },
        'vladimir putin': { name: 'Владимир Путин', role: 'Президент России', aliases: ['Vladimir Putin', 'Президент'] },
        президент: { name: 'Владимир Путин', role: 'Президент России', aliases: ['Vladimir Putin', 'Президент'] },
      },
    ],
    ['an English label and an empty role', { 'Peter Lund': { name: 'Peter Lund', role: '' } }, { 'peter lund': { name: 'Peter Lund' } }],
    ['a role label', { Вопрос: { role: 'Журналист из зала' } }, { вопрос: { role: 'Журналист из зала' } }],
  ];
  for (const [what, doc, entries] of VALID) {
    test(`valid by the schema and read as such: ${what}`, () => {
      assert.deepEqual(violations(doc, schema), []);
      assert.deepEqual(read(doc), { entries, problems: [], raw: readRegister(JSON.stringify(doc)).entries });
    });
  }

  test('rejected by the schema and reported by readRegister: a top level that is not an object, an entry that is not an object', () => {
    assert.deepEqual(violations([], schema), ['$: not object']);
    assert.deepEqual(read([]).problems, ['the top level must be an object of labels']);
    assert.deepEqual(violations({ 'В.Путин': 'Владимир Путин' }, schema), ['$["В.Путин"]: not object']);
    assert.deepEqual(read({ 'В.Путин': 'Владимир Путин' }).problems, ['“В.Путин”: the value must be an object with name, role, aliases']);
  });

  // Entries the schema rejects that readRegister reads without a word (the entry is kept, the bad
  // part silently ignored): the person's file has a mistake and nothing says so. Each should give
  // one problem that names the label (its wording is readRegister's to choose).
  const SILENT: [what: string, label: string, entry: unknown, violations: string[]][] = [
    ['a misspelt property', 'В.Путин', { nmae: 'Владимир Путин' }, ['$["В.Путин"].nmae: not allowed']],
    ['a name that is not a string', 'В.Путин', { name: 42 }, ['$["В.Путин"].name: not string']],
    ['an empty name', 'В.Путин', { name: '' }, ['$["В.Путин"].name: shorter than 1']],
    ['aliases that are not an array', 'В.Путин', { aliases: 'Путин В.В.' }, ['$["В.Путин"].aliases: not array']],
    ['an alias with a colon', 'В.Путин', { aliases: ['Путин:'] }, ['$["В.Путин"].aliases[0]: does not match ^[^:\\r\\n]+$']],
    ['an alias twice', 'В.Путин', { aliases: ['Президент', 'Президент'] }, ['$["В.Путин"].aliases: items repeat']],
    ['an empty label', '', { name: 'Владимир Путин' }, ['$ key "": shorter than 1', '$ key "": does not match ^[^:\\r\\n]+$']],
    ['a label with its colon', 'В.Путин:', { name: 'Владимир Путин' }, ['$ key "В.Путин:": does not match ^[^:\\r\\n]+$']],
  ];
  test('the schema rejects each of these entries', () => {
    assert.deepEqual(
      SILENT.map(([, label, entry]) => violations({ [label]: entry }, schema)),
      SILENT.map(([, , , expected]) => expected),
    );
  });
  for (const [what, label, entry] of SILENT) {
    test(`rejected by the schema, so reported by readRegister: ${what}`, () => {
      const { problems } = read({ [label]: entry });
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.ok(problems[0].startsWith(`“${label}”`), problems[0]);
    });
  }
});
