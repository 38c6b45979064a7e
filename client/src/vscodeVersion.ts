// What the desktop client bundles in semver's place (esbuild.mjs, `alias`): vscode-languageclient/node
// uses semver for one check — that VS Code's version satisfies its `^1.91.0` — and semver's 20 KB,
// in a .vsix that must stay under 500 KB, would do only that. These two functions read exactly the
// versions VS Code reports (`1.99.3`, `1.100.0-insider`) and caret ranges; any other range is an error,
// so a client that one day asks something else fails loudly instead of passing wrongly.

export interface Version {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

/** `1.99.3`, `1.100.0-insider` → its parts; null for anything else (as semver's `parse`). */
export function parse(version: unknown): Version | null {
  const m = typeof version === 'string' ? /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(version.trim()) : null;
  return m ? { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ? m[4].split('.') : [] } : null;
}

/** Whether `version` satisfies a caret range `^M.m.p` (same major; minor.patch at least m.p). */
export function satisfies(version: Version | string, range: string): boolean {
  const v = typeof version === 'string' ? parse(version) : version;
  const r = /^\^(\d+)\.(\d+)\.(\d+)$/.exec(range);
  if (!r) throw new Error(`Stenogram's client reads only caret ranges (^1.91.0), not ${range}`);
  if (!v || v.prerelease.length > 0) return false;
  const [major, minor, patch] = [Number(r[1]), Number(r[2]), Number(r[3])];
  return v.major === major && (v.minor > minor || (v.minor === minor && v.patch >= patch));
}
