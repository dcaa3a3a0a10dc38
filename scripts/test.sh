#!/usr/bin/env bash
# Install the test dependencies into .venv and run the whole test suite (this is what CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip || true  # an old pip works too
.venv/bin/python -m pip install -q -e '.[test]'

# The browser tests drive Debian's Chromium headless (never `playwright install`: no downloads here).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing chromium for the browser tests..." >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
      || echo "warning: could not install chromium; browser tests will be skipped" >&2
  else
    echo "warning: /usr/bin/chromium is missing and cannot be installed here; browser tests will be skipped" >&2
  fi
fi

# The push tests also run against Debian's Virtuoso when it can be installed (skipped otherwise).
if ! command -v virtuoso-t >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing virtuoso for the triple-store tests..." >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null; } \
    || echo "warning: could not install virtuoso; its test will be skipped" >&2
fi

.venv/bin/ruff check kg tests benchmarks
.venv/bin/mypy kg
.venv/bin/python -m pytest "$@"
