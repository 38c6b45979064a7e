#!/usr/bin/env bash
# Sets up the VS Code that the e2e tests run in, offline: code-server from the npm registry and
# Debian's chromium to drive its workbench. Idempotent and cached: a second run prints one line.
#
#   bash scripts/setup-e2e.sh            set up what is missing
#   bash scripts/setup-e2e.sh --force    rebuild the code-server cache from scratch
#
# What it does (see docs/e2e.md):
#   1. Debian packages: chromium (the browser), ripgrep (VS Code's search binary, which its npm
#      package would download from GitHub), libkrb5-dev and a C++ toolchain (to build VS Code's
#      native modules). Installed with apt-get as root (or through sudo) only when missing.
#   2. code-server, pinned by test/e2e/host/package-lock.json, installed with --ignore-scripts into
#      .e2e-cache/host (or $STENOGRAM_E2E_CACHE/host); then its postinstall done by hand without
#      downloads: VS Code's own dependencies, ripgrep linked to /usr/bin/rg, the native modules
#      rebuilt for this Node, the links its postinstall.sh makes, the built-in extensions'
#      dependencies and argon2.
# The cache is keyed by the lockfile, this script, the Node ABI and the CPU: any change rebuilds it.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CACHE="${STENOGRAM_E2E_CACHE:-$ROOT/.e2e-cache}"
HOST_SPEC="$ROOT/test/e2e/host"
HOST="$CACHE/host"
STAMP="$HOST/.stenogram-setup"
FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1

APT_PACKAGES=(chromium ripgrep libkrb5-dev g++ make python3 pkg-config)
# VS Code's native modules that must be built for the server to start and run extensions.
NATIVE_MODULES=(kerberos @vscode/spdlog native-watchdog node-pty)

log() { printf '[setup-e2e] %s\n' "$*"; }
fail() { printf '[setup-e2e] error: %s\n' "$*" >&2; exit 1; }

# --- 1. Debian packages --------------------------------------------------------------------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  if [[ "$(id -u)" == 0 ]]; then
    SUDO=()
  elif command -v sudo >/dev/null; then
    SUDO=(sudo)
  else
    fail "missing Debian packages (${missing[*]}); run as root: apt-get update && apt-get install -y ${missing[*]}"
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  log "Debian packages installed in $SECONDS s"
fi
[[ -x /usr/bin/chromium ]] || fail "/usr/bin/chromium is missing after installing the chromium package"
[[ -x /usr/bin/rg ]] || fail "/usr/bin/rg is missing after installing the ripgrep package"

# --- 2. code-server ------------------------------------------------------------------------------
key="$(
  {
    cat "$HOST_SPEC/package-lock.json" "$0"
    node -p 'process.versions.modules + " " + process.arch + " " + process.platform'
  } | sha256sum | cut -d' ' -f1
)"
if ((FORCE == 0)) && [[ -f "$STAMP" && "$(cat "$STAMP")" == "$key" ]]; then
  log "code-server $(node -p "require('$HOST/node_modules/code-server/package.json').version") is set up in $HOST"
  exit 0
fi

mkdir -p "$CACHE"
# Built beside the cache and renamed into place at the end: an interrupted setup leaves no
# half-built host that a later run would take for a finished one.
BUILD="$CACHE/host.building"
rm -rf "$BUILD"
mkdir -p "$BUILD"
cp "$HOST_SPEC/package.json" "$HOST_SPEC/package-lock.json" "$BUILD/"

log "installing code-server from test/e2e/host/package-lock.json (scripts off: its postinstall downloads)"
(cd "$BUILD" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

VSCODE="$BUILD/node_modules/code-server/lib/vscode"
[[ -d "$VSCODE" ]] || fail "code-server has no lib/vscode folder"

log "installing VS Code's own dependencies"
(cd "$VSCODE" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)

# @vscode/ripgrep's postinstall downloads rg from GitHub unless bin/ already exists.
mkdir -p "$VSCODE/node_modules/@vscode/ripgrep/bin"
ln -sfn /usr/bin/rg "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"

log "building VS Code's native modules for Node $(node --version) (about 30 s)"
(cd "$VSCODE" && npm_config_yes=true npm rebuild --loglevel=error >/dev/null)
for module in "${NATIVE_MODULES[@]}"; do
  compgen -G "$VSCODE/node_modules/$module/build/Release/*.node" >/dev/null ||
    fail "the native module $module was not built (is a C++ toolchain installed?)"
done

# The links code-server's postinstall.sh makes.
ln -sfn node_modules "$VSCODE/node_modules.asar"
ln -sfn code-linux.sh "$VSCODE/bin/remote-cli/code-server"
ln -sfn browser-linux.sh "$VSCODE/bin/helpers/browser.sh"

log "installing the built-in extensions' dependencies"
(cd "$VSCODE/extensions" && npm install --omit=dev --no-audit --no-fund --loglevel=error >/dev/null)

log "building argon2 (code-server's password hashing, loaded at start)"
(cd "$BUILD" && npm rebuild argon2 --loglevel=error >/dev/null)
compgen -G "$BUILD/node_modules/argon2/lib/binding/*/argon2.node" >/dev/null || fail "argon2 was not built"

echo "$key" >"$BUILD/.stenogram-setup"
rm -rf "$HOST"
mv "$BUILD" "$HOST"
log "code-server set up in $HOST; setup took $SECONDS s"
