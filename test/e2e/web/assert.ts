// `node:assert/strict` as the suites use it (ok, equal, deepEqual, match), for a browser's web worker
// extension host, which has no Node modules: scripts/build-e2e.mjs puts this in its place in the web
// tests module. deepEqual is strict, as Node's: same primitives (Object.is), same prototypes, the
// same own keys with deep-equal values.

export class AssertionError extends Error {
  override name = 'AssertionError';
}

const show = (value: unknown) => JSON.stringify(value, null, 1) ?? String(value);

/** The test's own message first (if any), then what was compared. */
function fail(message: string | undefined, compared: string): never {
  throw new AssertionError(message ? `${message}\n${compared}` : compared);
}

function deepStrictEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepStrictEqual(x, b[i]));
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.length === keysB.length && keysA.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepStrictEqual(recordA[k], recordB[k]));
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`);
}

export function equal(actual: unknown, expected: unknown, message?: string): void {
  if (!Object.is(actual, expected)) fail(message, `Expected values to be strictly equal:\n  actual: ${show(actual)}\nexpected: ${show(expected)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (!deepStrictEqual(actual, expected)) fail(message, `Expected values to be strictly deep-equal:\n  actual: ${show(actual)}\nexpected: ${show(expected)}`);
}

export function match(actual: string, expected: RegExp, message?: string): void {
  if (!expected.test(actual)) fail(message, `The input did not match ${expected}: ${show(actual)}`);
}
