#!/usr/bin/env bash
# Build the Linux app from a clone, then smoke-test it on a virtual screen:
#
#   bash packaging/build-linux.sh
#
# Leaves the app at dist/steps-game/steps-game, the archive to hand out at
# dist/STEPS-linux-x86_64.tar.gz with its SHA-256 beside it, and the smoke test's pictures and
# numbers in dist/smoke/. The build has its own environment in build/venv (the game installed as
# pip installs it, plus PyInstaller), which is also the pip-installed game the start-up is
# compared with. Needs Python 3.10+ built with its shared library (python.org's, distributions'
# and pyenv's with PYTHON_CONFIGURE_OPTS=--enable-shared are), and for the smoke test Xvfb,
# xdotool, xwininfo and ImageMagick, which this script installs with apt-get when they are missing.
# SKIP_SMOKE=1 builds without the smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
venv=build/venv
started=$(date +%s)

echo "== environment ($venv)"
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -r packaging/build-requirements.txt ".[voice]"
# The game itself afresh each time (pip keeps an installed version that looks the same).
"$venv/bin/python" -m pip install --quiet --force-reinstall --no-deps .

echo "== app (PyInstaller)"
rm -rf dist/steps-game build/pyinstaller
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist \
  --workpath build/pyinstaller packaging/steps-game.spec
app=dist/steps-game/steps-game
[ -x "$app" ] || { echo "build-linux: no $app" >&2; exit 1; }
echo "built $app in $(( $(date +%s) - started )) s"

echo "== archive"
archive=dist/STEPS-linux-$(uname -m).tar.gz
# tar keeps the executable bit, which a zip made here would lose for most unpackers
tar -C dist -czf "$archive" steps-game
(cd dist && sha256sum "$(basename "$archive")" > "$(basename "$archive").sha256")
cat "$archive.sha256"

if [ "${SKIP_SMOKE:-0}" = 1 ]; then
  exit 0
fi

echo "== smoke test"
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v import >/dev/null || need+=(imagemagick)
if [ "${#need[@]}" -gt 0 ]; then
  sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  echo "installing ${need[*]}"
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
fi
"$venv/bin/python" packaging/smoke.py --mode x11 --app "$app" \
  --pip-game "$venv/bin/steps-game" --out dist/smoke
