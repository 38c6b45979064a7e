// `mocha` as the suites import it, in a browser's web worker extension host: mocha's browser build
// (its Node build needs Node's modules), and the TDD functions (suite, test, suiteSetup…) taken from
// the context mocha fills for its root suite. scripts/build-e2e.mjs puts this in mocha's place in the
// web tests module; web/index.ts calls useTdd before it loads a suite.
import 'mocha/mocha.js';

type Tdd = Record<'suite' | 'test' | 'suiteSetup' | 'suiteTeardown' | 'setup' | 'teardown', (...args: unknown[]) => unknown>;

/** What mocha's browser build leaves on the global scope. */
interface MochaBrowserBuild {
  new (options: Record<string, unknown>): MochaInstance;
}

export interface MochaInstance {
  suite: { emit(event: 'pre-require', context: object, file: string, mocha: MochaInstance): void };
  run(done: () => void): { stats?: { suites: number; tests: number; passes: number; pending: number; failures: number }; on(event: 'fail', listener: (test: { fullTitle(): string }, error: unknown) => void): void };
}

export const Mocha = (globalThis as unknown as { Mocha: MochaBrowserBuild }).Mocha;

const tdd: Partial<Tdd> = {};

/** Give the suites mocha's TDD functions for `mocha`'s root suite. */
export function useTdd(mocha: MochaInstance): void {
  mocha.suite.emit('pre-require', tdd, '', mocha);
}

/** `suite(...)` and the others, resolved when called (a suite module is read after useTdd). */
const delegate =
  (name: keyof Tdd) =>
  (...args: unknown[]): unknown => {
    const fn = tdd[name];
    if (!fn) throw new Error(`mocha's ${name} is not set up: call useTdd before loading a suite`);
    return fn(...args);
  };

export const suite = delegate('suite');
export const test = delegate('test');
export const suiteSetup = delegate('suiteSetup');
export const suiteTeardown = delegate('suiteTeardown');
export const setup = delegate('setup');
export const teardown = delegate('teardown');
