#!/usr/bin/env bash
# Shows that a refactoring left the kit unchanged: builds the sample brand's kit at a base git
# revision and at the working tree, then compares every file but caches, byte for byte (a manifest's
# inputsDigest, a hash of the source code, is left out: see scripts/kit-digest.mjs).
#
#   bash scripts/kit-identical.sh [base-rev]      (default: origin/main, else main)
#
# The base is checked out in a temporary git worktree that borrows this tree's node_modules
# (workspace links are relative, so they point into the worktree's own packages). Exit 0 when
# both kits are identical, 1 with the list of differing files otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
base="${1:-$(git rev-parse --verify -q origin/main >/dev/null && echo origin/main || echo main)}"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

digest() { # <kit dir> → "sha256  path" for every file but caches, sorted (scripts/kit-digest.mjs)
  node "$root/scripts/kit-digest.mjs" "$1"
}

build_kit() { # <checkout> <out dir>
  (cd "$1" && npx turbo run build --output-logs=errors-only >/dev/null &&
    node packages/cli/dist/main.js kit --force --out "$2" >/dev/null)
}

git worktree add --detach "$work/base" "$base" >/dev/null
cp -a node_modules "$work/base/node_modules"
echo "kit at $base…"
build_kit "$work/base" "$work/kit-base"
echo "kit of the working tree…"
build_kit "$root" "$work/kit-head"

digest "$work/kit-base" >"$work/base.sha"
digest "$work/kit-head" >"$work/head.sha"
if diff -q "$work/base.sha" "$work/head.sha" >/dev/null; then
  echo "identical: $(wc -l <"$work/head.sha") files"
else
  echo "the kits differ:"
  diff "$work/base.sha" "$work/head.sha" | grep '^[<>]' | awk '{print $1, $3}' | sort -k2 -u
  exit 1
fi
