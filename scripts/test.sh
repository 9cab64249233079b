#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls this script).
# Needs only a Rust toolchain (rustup); everything else comes from crates.io.
# Tests that score against the open corpora read ../shared/data beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null 2>&1; then
  echo "cargo not found: install Rust with rustup (https://rustup.rs) and re-run." >&2
  exit 1
fi

echo "== cargo fmt --check"
cargo fmt --all -- --check

echo "== cargo clippy (all targets, warnings are errors)"
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== cargo test"
cargo test --workspace --locked
