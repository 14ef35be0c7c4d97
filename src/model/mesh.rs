//! The cluster-wide half of the mesh as `check` reads it: Liqo peerings, the Istio control
//! plane, the ingress gateways, and the pods of the checked namespaces.

use super::app::name_of;
use super::hosts::ROOT_NAMESPACE;
use super::labels;
use super::peering::Peering;
use k8s_openapi::api::core::v1::{Node, Pod};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// Istio's sidecar container (a native sidecar, i.e. an init container, from Istio 1.27 on).
pub const PROXY_CONTAINER: &str = "istio-proxy";
/// The label Istio's charts put on istiod's pods.
pub const ISTIOD_SELECTOR: &str = "app=istiod";
/// The label every site's ingress gateway carries (one Gateway object serves them all).
pub const GATEWAY_SELECTOR: &str = "istio=ingressgateway";

#[derive(Debug, Clone, Default)]
pub struct MeshSnapshot {
    pub foreign_clusters: Vec<Value>,
    /// Every NamespaceOffloading (istio-system's among them).
    pub offloadings: Vec<Value>,
    /// Pods labelled [`ISTIOD_SELECTOR`] in istio-system.
    pub istiod_pods: Vec<Pod>,
    /// Pods labelled [`GATEWAY_SELECTOR`] in every namespace.
    pub gateway_pods: Vec<Pod>,
    /// Every pod of the checked namespace(s).
    pub app_pods: Vec<Pod>,
    /// DestinationRules of every namespace: those in the root namespace apply mesh-wide, and
    /// those elsewhere that name a checked service are reported as not reaching its callers.
    pub destination_rules: Vec<Value>,
}

impl MeshSnapshot {
    pub fn peerings(&self) -> Vec<Peering> {
        self.foreign_clusters
            .iter()
            .map(Peering::from_foreign_cluster)
            .collect()
    }

    pub fn istio_system_offloading(&self) -> Option<&Value> {
        self.offloadings
            .iter()
            .find(|o| o["metadata"]["namespace"] == ROOT_NAMESPACE)
    }
}

/// Node name → site (zone label), for placing pods.
pub fn node_sites(nodes: &[Node]) -> BTreeMap<String, String> {
    nodes
        .iter()
        .filter_map(|n| {
            let zone = n.metadata.labels.as_ref()?.get(labels::ZONE)?;
            Some((name_of(&n.metadata).to_string(), zone.clone()))
        })
        .collect()
}

pub fn pod_site<'a>(pod: &Pod, sites: &'a BTreeMap<String, String>) -> Option<&'a str> {
    let node = pod.spec.as_ref()?.node_name.as_ref()?;
    sites.get(node).map(String::as_str)
}

pub fn pod_ready(pod: &Pod) -> bool {
    pod.status
        .as_ref()
        .and_then(|s| s.conditions.as_ref())
        .is_some_and(|cs| cs.iter().any(|c| c.type_ == "Ready" && c.status == "True"))
}

/// Whether the pod runs Envoy next to the application (classic or native sidecar).
pub fn has_proxy(pod: &Pod) -> bool {
    pod.spec.as_ref().is_some_and(|s| {
        s.containers.iter().any(|c| c.name == PROXY_CONTAINER)
            || s.init_containers
                .iter()
                .flatten()
                .any(|c| c.name == PROXY_CONTAINER && c.restart_policy.as_deref() == Some("Always"))
    })
}

/// Running (not finished) pods.
pub fn is_live(pod: &Pod) -> bool {
    let phase = pod.status.as_ref().and_then(|s| s.phase.as_deref());
    !matches!(phase, Some("Succeeded" | "Failed"))
}

/// The sites where at least one of `pods` is ready.
pub fn ready_sites(pods: &[Pod], sites: &BTreeMap<String, String>) -> BTreeSet<String> {
    pods.iter()
        .filter(|p| pod_ready(p))
        .filter_map(|p| pod_site(p, sites).map(String::from))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pod(containers: Value, init: Value, node: &str, ready: &str) -> Pod {
        serde_json::from_value(json!({
            "metadata": {"name": "p"},
            "spec": {"nodeName": node, "containers": containers, "initContainers": init},
            "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": ready}]}
        }))
        .unwrap()
    }

    #[test]
    fn a_proxy_is_a_container_or_a_native_sidecar_init_container() {
        let app = json!([{"name": "app"}]);
        let classic = json!([{"name": "app"}, {"name": "istio-proxy"}]);
        let native = json!([{"name": "istio-proxy", "restartPolicy": "Always"}]);
        let plain_init = json!([{"name": "istio-proxy"}]);
        assert!(has_proxy(&pod(classic, json!([]), "n", "True")));
        assert!(has_proxy(&pod(app.clone(), native, "n", "True")));
        assert!(!has_proxy(&pod(app.clone(), plain_init, "n", "True")));
        assert!(!has_proxy(&pod(app, json!([]), "n", "True")));
    }

    #[test]
    fn ready_sites_follow_the_pods_nodes_zone_labels() {
        let nodes: Vec<Node> = serde_json::from_value(json!([
            {"metadata": {"name": "a", "labels": {"topology.kubernetes.io/zone": "cloud"}}},
            {"metadata": {"name": "b", "labels": {"topology.kubernetes.io/zone": "edge1"}}},
            {"metadata": {"name": "c"}}
        ]))
        .unwrap();
        let sites = node_sites(&nodes);
        let c = json!([{"name": "x"}]);
        let pods = [
            pod(c.clone(), json!([]), "a", "True"),
            pod(c.clone(), json!([]), "b", "False"),
            pod(c, json!([]), "c", "True"),
        ];
        assert_eq!(
            ready_sites(&pods, &sites),
            BTreeSet::from(["cloud".to_string()])
        );
    }
}
