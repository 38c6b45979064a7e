// protocol/: the custom requests' method names as they go over the wire (test/lsp asks the server by
// these strings; the client sends them through the request types), with the parameters passed by
// name, as one object, the way VS Code's client sends them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParameterStructures } from 'vscode-languageserver-protocol';
import { CursorInfoRequest, SpeakersRequest, StatisticsRequest, TurnNavigationRequest } from '../../protocol';

test('the four custom requests: method names under stenogram/, params as one object', () => {
  const requests = [TurnNavigationRequest, SpeakersRequest, StatisticsRequest, CursorInfoRequest];
  assert.deepEqual(
    requests.map((r) => r.method),
    ['stenogram/turnNavigation', 'stenogram/speakers', 'stenogram/statistics', 'stenogram/cursorInfo'],
  );
  assert.deepEqual(
    requests.map((r) => [r.numberOfParams, r.parameterStructures]),
    requests.map(() => [1, ParameterStructures.auto]),
  );
});
