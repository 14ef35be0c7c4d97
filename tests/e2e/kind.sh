#!/usr/bin/env bash
# End-to-end run against two real kind clusters, for a maintainer with internet access and
# Docker: kind, kubectl, liqoctl (v1.0+), helm (v3.8+), curl. It cannot run in this project's
# CI (no Docker registry access, no cluster); it skips with a message when a tool is missing.
#
#   tests/e2e/kind.sh            # create clusters, run, keep them for inspection
#   E2E_CLEANUP=1 tests/e2e/kind.sh
#
# What it proves: peer (liqoctl) -> install (helm) -> offload the example application -> move
# s0 to edge1 -> check passes -> a request through each site's ingress gateway is answered,
# and the edge's request reaches the edge copy of s0 (its Envoy counts it).
set -euo pipefail
cd "${0%/*}/../.."

missing=()
for tool in docker kind kubectl liqoctl helm curl cargo; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "SKIP: tests/e2e/kind.sh needs ${missing[*]} on PATH (and Docker running with internet access)"
  exit 0
fi
docker info >/dev/null 2>&1 || { echo "SKIP: Docker is not running"; exit 0; }

work=$(mktemp -d)
CLOUD=fm-cloud EDGE=fm-edge1
cleanup() {
  if [ "${E2E_CLEANUP:-0}" = 1 ]; then kind delete cluster --name "$CLOUD"; kind delete cluster --name "$EDGE"; fi
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }

step "build the plugin"
cargo build --release --locked
export PATH="$PWD/target/release:$PATH"

for pair in "$CLOUD cloud 10.111.0.0/16 10.112.0.0/16" "$EDGE edge1 10.121.0.0/16 10.122.0.0/16"; do
  set -- $pair
  step "kind cluster $1 (zone $2)"
  cat >"$work/$1.yaml" <<KIND
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
networking: {podSubnet: "$3", serviceSubnet: "$4"}
nodes:
- role: control-plane
  labels: {topology.kubernetes.io/zone: $2}
KIND
  kind get clusters | grep -qx "$1" || kind create cluster --name "$1" --config "$work/$1.yaml" --kubeconfig "$work/$1.kubeconfig"
  kind get kubeconfig --name "$1" >"$work/$1.kubeconfig"
  step "Liqo on $1"
  liqoctl install kind --kubeconfig "$work/$1.kubeconfig" --cluster-id "$2" \
    --cluster-labels "topology.kubernetes.io/zone=$2"
done
export KUBECONFIG="$work/$CLOUD.kubeconfig"

step "peer"
kubectl fluidos-mesh peer edge1 --remote-kubeconfig "$work/$EDGE.kubeconfig" --gw-server-service-type NodePort -y
kubectl fluidos-mesh sites

step "install"
kubectl fluidos-mesh install --gateway-service-type NodePort
kubectl fluidos-mesh install --gateway-service-type NodePort 2>&1 | grep -q "Nothing to change" \
  || { echo "FAIL: a second install changed something"; exit 1; }

step "the example application, offloaded, s0 moved to edge1"
kubectl apply -f examples/mubench-app/
kubectl fluidos-mesh offload namespace fluidosmesh --sites edge1 -y
kubectl fluidos-mesh offload svc s0 --to edge1 -n fluidosmesh --wait
kubectl apply -f - <<'ISTIO'
apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: fluidosmesh, namespace: fluidosmesh}
spec:
  selector: {istio: ingressgateway}
  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: s0, namespace: fluidosmesh}
spec:
  hosts: ["*"]
  gateways: [fluidosmesh]
  http: [{route: [{destination: {host: s0.fluidosmesh.svc.cluster.local}}]}]
ISTIO
kubectl fluidos-mesh status -n fluidosmesh

step "check"
kubectl fluidos-mesh check -n fluidosmesh --workmodel examples/mubench-app/workmodel.yaml

step "requests through each site's gateway"
for site in cloud edge1; do
  cluster=$CLOUD; [ "$site" = edge1 ] && cluster=$EDGE
  port=$(kubectl --kubeconfig "$work/$cluster.kubeconfig" -n "istio-ingress-$site" get svc istio-ingressgateway \
    -o jsonpath='{.spec.ports[?(@.port==80)].nodePort}')
  code=$(docker exec "$cluster-control-plane" curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/api/v1")
  echo "gateway $site (NodePort $port): HTTP $code"
  [ "$code" = 200 ] || { echo "FAIL: gateway $site answered $code"; exit 1; }
done
edge_pod=$(kubectl --kubeconfig "$work/$EDGE.kubeconfig" -n fluidosmesh get pods -l fluidos-mesh.io/site=edge1 -o name | head -n1)
served=$(kubectl --kubeconfig "$work/$EDGE.kubeconfig" -n fluidosmesh exec "$edge_pod" -c istio-proxy -- \
  pilot-agent request GET stats | grep -c 'downstream_rq_completed' || true)
echo "s0's edge copy served requests (Envoy stats lines: $served)"
[ "$served" -gt 0 ] || { echo "FAIL: the edge request did not stay at the edge"; exit 1; }
echo "PASS"
