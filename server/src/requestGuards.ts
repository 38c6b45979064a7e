// How the server takes a request: a handler that fails is answered (empty, or with an error for the
// client to show) and never takes the server down; parameters a client may send malformed are
// checked before use.
import type { ResponseError } from 'vscode-languageserver';

/** How a failed request is answered: with an empty result, or with an error for the client to show. */
export type Failure<R> = (error: unknown) => R | ResponseError<void>;
export type Answer<R> = R | ResponseError<void> | Promise<R | ResponseError<void>>;

/** Run a request's handler; a failure, thrown or rejected, is answered by `failure`, never taken
 *  down the server. */
export function guarded<P, R>(failure: Failure<R>, handler: (params: P) => R | Promise<R>): (params: P) => Answer<R> {
  return (params: P) => {
    try {
      const answer = handler(params);
      return answer instanceof Promise ? answer.catch(failure) : answer;
    } catch (error) {
      return failure(error);
    }
  };
}

/** FormattingOptions and ranges as the protocol defines them; anything else is answered with no edits. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
export const isPosition = (p: unknown): boolean => isObject(p) && Number.isInteger(p.line) && Number.isInteger(p.character);
export const isRange = (r: unknown): boolean => isObject(r) && isPosition(r.start) && isPosition(r.end);
