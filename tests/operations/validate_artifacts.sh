#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Generates every artifact for one scenario and hands each to the tool that reads it:
#   yamllint (all YAML), Kubernetes' OpenAPI schema (Deployments, HPA), promtool check rules, promtool test
#   rules (each alert fires in a scaling scenario and stays silent in a healthy one), a JSON parser (ASG),
#   sh -n (the command lines).
# Usage: validate_artifacts.sh ENGRAM_CAPACITY SCENARIO OUTDIR PROMTOOL YAMLLINT NODE SOURCE_DIR
set -eu
cli=$1 scenario=$2 out=$3/$2 promtool=$4 yamllint=$5 node=$6 src=$7

case "$scenario" in
    default) args="" ;;
    sharded) args="--nodes 1e9 --active-ratio 0.1" ;;            # 1e8 hot nodes: 10 shards
    numa) args="--nodes 5e7 --active-ratio 0.2" ;;               # over 32 GiB: the numactl line
    reference) args="--nodes 2e6 --profile reference" ;;         # the spec script's arithmetic
    *) echo "validate_artifacts: unknown scenario $scenario" >&2; exit 2 ;;
esac

rm -rf "$out"
# shellcheck disable=SC2086 # args is a word list
"$cli" generate all --output-dir "$out" --today 2026-12-01 $args >/dev/null

for tool in "$promtool" "$yamllint" "$node"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "validate_artifacts: $tool not found (scripts/install-deps.sh --test)" >&2; exit 1; }
done

cd "$out"
echo "== yamllint"
"$yamllint" --strict -c "$src/yamllint.yaml" ./*.yaml
echo "== Kubernetes OpenAPI schema"
"$node" "$src/k8s-validator/validate-k8s.mjs" engram-deployment-guaranteed.yaml engram-deployment-burstable.yaml \
    engram-hpa.yaml
echo "== promtool check rules"
"$promtool" check rules engram-alerts.rules.yaml
echo "== promtool test rules"
"$promtool" test rules engram-alerts.test.yaml
echo "== AWS Auto Scaling group JSON"
"$node" -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const o = j.MixedInstancesPolicy.LaunchTemplate.Overrides;
  if (o.length !== 3) { console.error("expected 3 instance types, got " + o.length); process.exit(1); }
  console.log("engram-asg.json: " + o.map(x => x.InstanceType).join(", "));' engram-asg.json
echo "== shell lines"
for f in ./*.sh; do sh -n "$f"; done
echo "validate_artifacts: $scenario passed"
