#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Rebuilds tests/operations/k8s-validator/validate-k8s.mjs: entry.mjs bundled with kubernetes-models (the
# Kubernetes OpenAPI schema as validators) and yaml. Needs npm and the npm registry; run by hand when
# updating the versions below, then commit the bundle.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/tests/operations/k8s-validator/entry.mjs" "$work/"
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund kubernetes-models@5.1.0 yaml@2.9.1 esbuild@0.25
npx esbuild entry.mjs --bundle --minify --platform=node --format=esm --target=node18 --legal-comments=eof \
    --banner:js="import { createRequire as __ecwCreateRequire } from 'node:module'; const require = __ecwCreateRequire(import.meta.url);" \
    --outfile="$here/tests/operations/k8s-validator/validate-k8s.mjs"
