// The `stenogram.*` settings over the protocol, as VS Code provides them: a client that declares
// `workspace.configuration` is asked with `workspace/configuration` for the section `stenogram`
// and answers from its settings (here: what the test assigns), and when they change it sends
// `workspace/didChangeConfiguration`; the server re-reads them and re-publishes every open document,
// without a reopen. A client without the capability gets the defaults, or pushes its settings.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  type Diagnostic,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { documentUri, LspTestClient, portable, RULES_DOC, vscodeSettings } from './client';

const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

const diagnostic = (code: string, r: Range, severity: DiagnosticSeverity, message: string): Diagnostic => ({
  range: r,
  severity,
  code,
  codeDescription: { href: `${RULES_DOC}#${code}` },
  source: 'stenogram',
  message,
});

/** A space before a colon (line 0) and none after one (line 1). */
const TEXT = 'В.Соколов : Начнём.\nН.Абдуллаев:Да.\n';
const SPACE_BEFORE = (severity: DiagnosticSeverity) =>
  diagnostic('speaker-space-before-colon', range(0, 0, 0, 10), severity, 'Space before the colon of the label “В.Соколов”.');
const NO_SPACE_AFTER = diagnostic('speaker-no-space-after-colon', range(1, 11, 1, 12), DiagnosticSeverity.Warning, 'No space after the colon of the label “Н.Абдуллаев”.');

describe('settings pulled with workspace/configuration (a client that declares workspace.configuration)', () => {
  let client: LspTestClient;
  const uri = documentUri('settings-pulled');

  before(async () => {
    client = await LspTestClient.initialized({ settings: vscodeSettings({ diagnostics: { 'speaker-space-before-colon': 'off' } }) });
  });

  after(async () => {
    await client?.dispose();
  });

  /** Change what the client answers, tell the server as VS Code does, and wait for it to have asked again. */
  const changeSettings = async (settings: unknown) => {
    const answered = client.configurationAnswers;
    client.settings = settings;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.configurationAnswered(answered + 1);
  };

  test('the server registers for didChangeConfiguration of `stenogram` and asks for that section', () => {
    assert.deepEqual(
      client.registrations.map((r) => ({ method: r.method, registerOptions: r.registerOptions })),
      [{ method: 'workspace/didChangeConfiguration', registerOptions: { section: 'stenogram' } }],
    );
    assert.deepEqual(
      client.configurationRequests.map((r) => r.items.map((i) => i.section)),
      [['stenogram']],
    );
  });

  test('speaker-space-before-colon: "off" → not published', async () => {
    await client.open(uri, TEXT);
    const published = await client.diagnostics(uri);
    assert.deepEqual({ ...published, diagnostics: portable(published.diagnostics) }, { uri, version: 1, diagnostics: [NO_SPACE_AFTER] });
  });

  test('changed to "error" + didChangeConfiguration → re-published with severity error, the document not reopened', async () => {
    await changeSettings(vscodeSettings({ diagnostics: { 'speaker-space-before-colon': 'error' } }));
    const published = await client.diagnostics(uri);
    assert.deepEqual(
      { ...published, diagnostics: portable(published.diagnostics) },
      { uri, version: 1, diagnostics: [SPACE_BEFORE(DiagnosticSeverity.Error), NO_SPACE_AFTER] },
    );
  });

  test('a nonsense severity ("loud") falls back to the default (warning)', async () => {
    await changeSettings(vscodeSettings({ diagnostics: { 'speaker-space-before-colon': 'loud' } }));
    const published = await client.diagnostics(uri);
    assert.deepEqual(
      { ...published, diagnostics: portable(published.diagnostics) },
      { uri, version: 1, diagnostics: [SPACE_BEFORE(DiagnosticSeverity.Warning), NO_SPACE_AFTER] },
    );
  });

  test('diagnostics.enable: false → an empty publish', async () => {
    await changeSettings(vscodeSettings({ diagnostics: { enable: false } }));
    assert.deepEqual(await client.diagnostics(uri), { uri, version: 1, diagnostics: [] });
  });

  test('diagnostics.enable: true again → the problems come back', async () => {
    await changeSettings(vscodeSettings());
    const published = await client.diagnostics(uri);
    assert.deepEqual(
      { ...published, diagnostics: portable(published.diagnostics) },
      { uri, version: 1, diagnostics: [SPACE_BEFORE(DiagnosticSeverity.Warning), NO_SPACE_AFTER] },
    );
  });

  test('labels.initials flips speaker-initials-spacing: auto follows the file, "compact" and "spaced" override it', async () => {
    // Two spaced labels and one compact: the file writes initials with a space.
    const labels = documentUri('settings-initials');
    await client.open(labels, 'В. Соколов: Начнём.\nН.Абдуллаев: Да.\nВ. Соколов: Продолжим.\n');
    const auto = await client.diagnostics(labels);
    assert.deepEqual(portable(auto.diagnostics), [
      diagnostic('speaker-initials-spacing', range(1, 0, 1, 11), DiagnosticSeverity.Warning, 'Write the initials with a space, as this file does: “Н. Абдуллаев”.'),
    ]);
    // The settings change re-publishes every open document: the one above as well.
    await changeSettings(vscodeSettings({ labels: { initials: 'compact' } }));
    const compact = await client.diagnostics(labels);
    assert.deepEqual(portable(compact.diagnostics), [
      diagnostic('speaker-initials-spacing', range(0, 0, 0, 10), DiagnosticSeverity.Warning, 'Write the initials without a space (setting stenogram.labels.initials): “В.Соколов”.'),
      diagnostic('speaker-initials-spacing', range(2, 0, 2, 10), DiagnosticSeverity.Warning, 'Write the initials without a space (setting stenogram.labels.initials): “В.Соколов”.'),
    ]);
    await client.diagnostics(uri); // the other open document, re-published too
    await changeSettings(vscodeSettings({ labels: { initials: 'spaced' } }));
    // Forced by the setting, the message names the setting rather than the file's usage.
    assert.deepEqual(portable((await client.diagnostics(labels)).diagnostics), [
      diagnostic('speaker-initials-spacing', range(1, 0, 1, 11), DiagnosticSeverity.Warning, 'Write the initials with a space (setting stenogram.labels.initials): “Н. Абдуллаев”.'),
    ]);
    await client.diagnostics(uri);
  });

  test('the server logged no error', () => {
    assert.deepEqual(client.loggedErrors, []);
  });
});

describe('settings answered in part', () => {
  test('an answer with only `{ diagnostics: { … } }` (no other keys): the rest are defaults', async () => {
    const client = await LspTestClient.initialized({ settings: { diagnostics: { 'speaker-space-before-colon': 'off' } } });
    try {
      const uri = documentUri('settings-partial');
      await client.open(uri, TEXT);
      assert.deepEqual(portable((await client.diagnostics(uri)).diagnostics), [NO_SPACE_AFTER]);
    } finally {
      await client.dispose();
    }
  });

  test('an answer of null for the section: the defaults', async () => {
    const client = await LspTestClient.initialized({ settings: null });
    try {
      const uri = documentUri('settings-null');
      await client.open(uri, TEXT);
      assert.deepEqual(portable((await client.diagnostics(uri)).diagnostics), [SPACE_BEFORE(DiagnosticSeverity.Warning), NO_SPACE_AFTER]);
    } finally {
      await client.dispose();
    }
  });
});

describe('settings of a folder (the manifest gives every stenogram.diagnostics.* setting `scope: resource`)', () => {
  test(
    'a rule turned off in one folder’s settings is off for documents of that folder',
    async () => {
      const folder = documentUri('folder-a/x').replace(/x\.transcript$/, '');
      const client = await LspTestClient.initialized({
        scopedSettings: (scopeUri) =>
          scopeUri?.startsWith(folder) ? vscodeSettings({ diagnostics: { 'speaker-space-before-colon': 'off' } }) : vscodeSettings(),
      });
      try {
        const inFolder = `${folder}in-folder.transcript`;
        const elsewhere = documentUri('not-in-folder');
        await client.open(inFolder, TEXT);
        await client.open(elsewhere, TEXT);
        assert.deepEqual(portable((await client.diagnostics(elsewhere)).diagnostics), [SPACE_BEFORE(DiagnosticSeverity.Warning), NO_SPACE_AFTER]);
        assert.deepEqual(portable((await client.diagnostics(inFolder)).diagnostics), [NO_SPACE_AFTER]);
      } finally {
        await client.dispose();
      }
    },
  );
});

describe('a client WITHOUT the workspace.configuration capability', () => {
  let client: LspTestClient;
  const uri = documentUri('settings-no-capability');

  before(async () => {
    client = await LspTestClient.initialized({ configuration: false });
  });

  after(async () => {
    await client?.dispose();
  });

  test('gets the defaults, and is neither asked for settings nor sent a registration', async () => {
    await client.open(uri, TEXT);
    const published = await client.diagnostics(uri);
    assert.deepEqual(
      { ...published, diagnostics: portable(published.diagnostics) },
      { uri, version: 1, diagnostics: [SPACE_BEFORE(DiagnosticSeverity.Warning), NO_SPACE_AFTER] },
    );
    assert.deepEqual(client.configurationRequests, []);
    assert.deepEqual(client.registrations, []);
  });

  test('settings pushed in didChangeConfiguration apply: "off", then "error"', async () => {
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { stenogram: { diagnostics: { 'speaker-space-before-colon': 'off' } } },
    });
    assert.deepEqual(portable((await client.diagnostics(uri)).diagnostics), [NO_SPACE_AFTER]);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { stenogram: { diagnostics: { 'speaker-space-before-colon': 'error' } } },
    });
    assert.deepEqual(portable((await client.diagnostics(uri)).diagnostics), [SPACE_BEFORE(DiagnosticSeverity.Error), NO_SPACE_AFTER]);
    assert.deepEqual(client.configurationRequests, []);
  });
});
