#!/usr/bin/env bash
# Runs `kubectl fluidos-mesh sites` without a real cluster: starts the loopback test API server
# (a stand-in, see README "How the tests work") seeded with examples/sites.yaml and
# examples/mesh.yaml (peerings, istiod, gateways), points the
# plugin at it, and stops the server afterwards. Extra arguments go to `sites` (e.g. -o json).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q --locked -p fluidos-test-apiserver
log=$(mktemp)
target/debug/fluidos-test-apiserver --seed examples/sites.yaml --seed examples/mesh.yaml >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do
  grep -q '^kubeconfig:' "$log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.1
done
kubeconfig=$(sed -n 's/^kubeconfig: //p' "$log")
if command -v kubectl >/dev/null && command -v kubectl-fluidos_mesh >/dev/null; then
  kubectl fluidos-mesh --kubeconfig "$kubeconfig" sites "$@"
else
  echo "(kubectl or the installed plugin is not on PATH; running target/debug/kubectl-fluidos_mesh)" >&2
  cargo run -q --locked --bin kubectl-fluidos_mesh -- --kubeconfig "$kubeconfig" sites "$@"
fi
