#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Fresh machine to running workbench: install what is missing, build (release), start the
# workbench on its built-in default scenario. Extra arguments go to engram-workbench.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
exec ./build/release/app/workbench/engram-workbench "$@"
