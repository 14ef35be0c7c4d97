//! Test doubles of `helm` and `liqoctl` (recording shell scripts first on PATH, see
//! `fluidos_test_apiserver::doubles`) that also make, in the loopback test server, the change
//! the real program would make.

use fluidos_test_apiserver::TestServer;
use fluidos_test_apiserver::doubles::{ProgramDouble, Recorded};
use std::path::Path;

/// `helm` v3.16: keeps releases in `STATE` (chart and values per namespace/name), answers
/// `list`/`get values` from it, and on `upgrade --install` of istiod or a gateway creates
/// their pods (ready, on a node of the pinned zone) and the gateway's Service through kubectl;
/// kube-prometheus-stack brings the PodMonitor and ServiceMonitor CRDs.
/// A file `STATE/fail-NAME` makes that release's upgrade fail like helm does.
pub fn helm(dir: &Path, server: &TestServer, version: &str) -> Recorded {
    let state = dir.join("helm-state");
    std::fs::create_dir_all(&state).unwrap();
    let kubectl = format!(
        // Expanded unquoted by the script: the temporary paths have no spaces.
        "kubectl --kubeconfig {} --cache-dir {}",
        server.kubeconfig().display(),
        dir.join("kube-cache").display()
    );
    let hook = format!(
        r#"
state='{state}'
k="{kubectl}"
cmd="$1"; [ "$cmd" = get ] && cmd="get-$2"
name=""; chart=""; ns=default; version=""; values=""; pos=""
prev=""
for a in "$@"; do
  case "$prev" in
    --namespace) ns="$a" ;; --version) version="$a" ;; --values) values="$a" ;; --filter) name=$(echo "$a" | tr -d '^$') ;;
    --repo|--timeout|--output) ;;
    *) case "$a" in --*) ;; *) pos="$pos $a" ;; esac ;;
  esac
  prev="$a"
done
set -- $pos
case "$cmd" in
  version) echo '{version}' ;;
  list)
    if [ -f "$state/$ns.$name.chart" ]; then
      printf '[{{"name":"%s","namespace":"%s","chart":"%s","status":"deployed"}}]\n' "$name" "$ns" "$(cat "$state/$ns.$name.chart")"
    else echo '[]'; fi ;;
  get-values) cat "$state/$ns.$3.values" ;;
  upgrade)
    name="$2"; chart=$(basename "$3")
    if [ -f "$state/fail-$name" ]; then echo "Error: UPGRADE FAILED: context deadline exceeded ($name)" >&2; exit 1; fi
    echo "Release \"$name\" has been upgraded. Happy Helming!"
    cp "$values" "$state/$ns.$name.values"
    echo "$chart-$version" > "$state/$ns.$name.chart"
    zone=$(sed -n 's/.*"topology.kubernetes.io\/zone":"\([^"]*\)".*/\1/p' "$values")
    node=$($k get nodes -l "topology.kubernetes.io/zone=$zone" -o jsonpath='{{.items[0].metadata.name}}')
    case "$chart" in
      istiod) pod="istiod-0"; labels="app: istiod" ;;
      gateway) pod="istio-ingressgateway-0"; labels="istio: ingressgateway"
        printf 'apiVersion: v1\nkind: Service\nmetadata: {{name: istio-ingressgateway, namespace: %s, labels: {{istio: ingressgateway}}}}\nspec:\n  type: NodePort\n  selector: {{istio: ingressgateway}}\n  ports: [{{name: http2, port: 80, nodePort: 31080}}]\n' "$ns" | $k apply --validate=false -f - >/dev/null ;;
      kube-prometheus-stack) pod=""
        # The chart brings the prometheus-operator CRDs (here: schemaless stand-ins).
        for kind in PodMonitor ServiceMonitor; do
          plural=$(echo "$kind" | tr 'A-Z' 'a-z')s
          printf 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {{name: %s.monitoring.coreos.com}}\nspec:\n  group: monitoring.coreos.com\n  scope: Namespaced\n  names: {{kind: %s, plural: %s}}\n  versions: [{{name: v1, served: true, storage: true, schema: {{openAPIV3Schema: {{type: object, x-kubernetes-preserve-unknown-fields: true}}}}}}]\n' "$plural" "$kind" "$plural" | $k apply --validate=false -f - >/dev/null
        done ;;
      *) pod="" ;;
    esac
    if [ -n "$pod" ]; then
      printf 'apiVersion: v1\nkind: Pod\nmetadata: {{name: %s, namespace: %s, labels: {{%s}}}}\nspec: {{nodeName: %s, containers: [{{name: main, image: istio}}]}}\n' "$pod" "$ns" "$labels" "$node" | $k apply --validate=false -f - >/dev/null
      $k patch pod "$pod" -n "$ns" --subresource status --type merge -p '{{"status":{{"phase":"Running","conditions":[{{"type":"Ready","status":"True"}}]}}}}' >/dev/null
    fi ;;
  uninstall)
    name="$2"
    rm -f "$state/$ns.$name.chart" "$state/$ns.$name.values"
    echo "release \"$name\" uninstalled"
    $k delete pods,services --all -n "$ns" >/dev/null 2>&1 || true ;;
esac
"#,
        state = state.display(),
    );
    ProgramDouble::new("helm").hook(&hook).install(dir)
}

/// `liqoctl` (client `version`): `peer` creates, in the main cluster `server`, what Liqo would:
/// the ForeignCluster `CLUSTER_ID` with every module healthy, its Ready virtual node (without
/// a zone label, as when the edge was installed without `--cluster-labels`) and its
/// VirtualNode; `unpeer` deletes them. `fail`: `peer` prints an error and exits 1 instead.
pub fn liqoctl(
    dir: &Path,
    server: &TestServer,
    version: &str,
    cluster_id: &str,
    fail: bool,
) -> Recorded {
    let k = format!(
        "kubectl --kubeconfig {} --cache-dir {}",
        server.kubeconfig().display(),
        dir.join("kube-cache").display()
    );
    let id = cluster_id;
    let hook = format!(
        r#"
k="{k}"
case "$1" in
  version) echo "Client version: {version}" ;;
  peer)
    if [ {fail} = 1 ]; then echo "ERRO failed to establish the network connection: gateway unreachable" >&2; exit 1; fi
    echo "INFO Peering enabled"
    printf 'apiVersion: v1\nkind: Namespace\nmetadata: {{name: liqo-tenant-{id}}}\n' | $k apply --validate=false -f - >/dev/null
    printf 'apiVersion: core.liqo.io/v1beta1\nkind: ForeignCluster\nmetadata: {{name: {id}}}\nspec: {{clusterID: {id}}}\n' | $k apply --validate=false -f - >/dev/null
    $k patch foreignclusters.core.liqo.io {id} --subresource status --type merge -p '{{"status":{{"role":"Provider","modules":{{"networking":{{"enabled":true,"conditions":[{{"type":"NetworkConnectionStatus","status":"Established"}}]}},"authentication":{{"enabled":true,"conditions":[{{"type":"AuthTenantStatus","status":"Ready"}}]}},"offloading":{{"enabled":true,"conditions":[{{"type":"OffloadingVirtualNodeStatus","status":"Ready"}}]}}}}}}}}' >/dev/null
    printf 'apiVersion: offloading.liqo.io/v1beta1\nkind: VirtualNode\nmetadata: {{name: {id}, namespace: liqo-tenant-{id}}}\nspec: {{clusterID: {id}}}\n' | $k apply --validate=false -f - >/dev/null
    printf 'apiVersion: v1\nkind: Node\nmetadata: {{name: liqo-{id}, labels: {{liqo.io/type: virtual-node, liqo.io/remote-cluster-id: {id}}}}}\n' | $k apply --validate=false -f - >/dev/null
    $k patch node liqo-{id} --subresource status --type merge -p '{{"status":{{"conditions":[{{"type":"Ready","status":"True"}}]}}}}' >/dev/null ;;
  unpeer)
    echo "INFO Peering disabled"
    $k delete foreignclusters.core.liqo.io {id} >/dev/null 2>&1
    $k delete node liqo-{id} >/dev/null 2>&1
    $k delete namespace liqo-tenant-{id} >/dev/null 2>&1 ;;
esac
"#,
        fail = u8::from(fail),
    );
    ProgramDouble::new("liqoctl").hook(&hook).install(dir)
}
