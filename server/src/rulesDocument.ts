// Where a diagnostic's "more information" link points: docs/rules.md as shipped with the extension
// (and the CLI), one section per rule code. A file: link works offline and matches the installed version.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

let cached: string | undefined;

/** `file:///…/docs/rules.md`, found above this module (dist/ when bundled, server/src/ under tests). */
export function rulesDocumentUrl(): string {
  if (cached) return cached;
  let dir = __dirname;
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'docs', 'rules.md');
    if (existsSync(candidate)) return (cached = pathToFileURL(candidate).href);
    dir = dirname(dir);
  }
  return (cached = 'https://github.com/stenogram/stenogram/blob/main/docs/rules.md');
}
