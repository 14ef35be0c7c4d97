//! Reads the cluster-wide half of the mesh for `check` (six list requests).

use super::client::Connection;
use crate::error::Result;
use crate::model::hosts::ROOT_NAMESPACE;
use crate::model::mesh::{GATEWAY_SELECTOR, ISTIOD_SELECTOR, MeshSnapshot};
use k8s_openapi::api::core::v1::Pod;
use kube::api::ListParams;

/// `namespace`: the checked application namespace (`None`: every namespace).
pub async fn read_mesh(conn: &Connection, namespace: Option<&str>) -> Result<MeshSnapshot> {
    let all = ListParams::default();
    let istiod = ListParams::default().labels(ISTIOD_SELECTOR);
    let gateways = ListParams::default().labels(GATEWAY_SELECTOR);
    let (foreign_clusters, offloadings, istiod_pods, gateway_pods, app_pods, rules) = futures::try_join!(
        conn.list_kind("ForeignCluster", None, &all),
        conn.list_kind("NamespaceOffloading", None, &all),
        conn.list_namespaced::<Pod>(Some(ROOT_NAMESPACE), &istiod),
        conn.list_namespaced::<Pod>(None, &gateways),
        conn.list_namespaced::<Pod>(namespace, &all),
        conn.list_kind("DestinationRule", None, &all),
    )?;
    Ok(MeshSnapshot {
        foreign_clusters,
        offloadings,
        istiod_pods,
        gateway_pods,
        app_pods,
        destination_rules: rules,
    })
}

/// What `install`/`uninstall` compare against: namespaces, offloadings, the monitors, nodes.
pub async fn read_install(
    conn: &Connection,
) -> Result<(crate::install::Live, Vec<k8s_openapi::api::core::v1::Node>)> {
    use k8s_openapi::api::core::v1::{Namespace, Node};
    let all = ListParams::default();
    let monitoring = Some(crate::install::MONITORING_NAMESPACE);
    let (namespaces, offloadings, pod_monitors, service_monitors, nodes, peer_auths) = futures::try_join!(
        conn.list_cluster::<Namespace>(&all),
        conn.list_kind("NamespaceOffloading", None, &all),
        conn.list_kind("PodMonitor", monitoring, &all),
        conn.list_kind("ServiceMonitor", monitoring, &all),
        conn.list_cluster::<Node>(&all),
        conn.list_kind("PeerAuthentication", Some(ROOT_NAMESPACE), &all),
    )?;
    let live = crate::install::Live {
        // Typed objects serialize with their apiVersion and kind; list_kind adds them.
        namespaces: namespaces
            .iter()
            .filter_map(|n| serde_json::to_value(n).ok())
            .collect(),
        offloadings,
        objects: pod_monitors
            .into_iter()
            .chain(service_monitors)
            .chain(peer_auths)
            .collect(),
    };
    Ok((live, nodes))
}

/// Each site's gateway Service and where it can be reached, once known.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct GatewayAddress {
    pub site: String,
    pub service: String,
    #[serde(rename = "type")]
    pub type_: String,
    /// `203.0.113.7:80`, `NodePort 31080`, or `pending`.
    pub address: String,
}

pub async fn read_gateways(conn: &Connection, sites: &[String]) -> Result<Vec<GatewayAddress>> {
    use k8s_openapi::api::core::v1::Service;
    let services = conn
        .list_namespaced::<Service>(None, &ListParams::default().labels(GATEWAY_SELECTOR))
        .await?;
    Ok(sites
        .iter()
        .filter_map(|site| {
            let ns = crate::install::gateway_namespace(site);
            let svc = services
                .iter()
                .find(|s| s.metadata.namespace.as_deref() == Some(ns.as_str()))?;
            let spec = svc.spec.as_ref()?;
            let ports = spec.ports.clone().unwrap_or_default();
            let type_ = spec.type_.clone().unwrap_or_else(|| "ClusterIP".into());
            let ingress = svc
                .status
                .as_ref()
                .and_then(|s| s.load_balancer.as_ref())
                .and_then(|lb| lb.ingress.as_ref())
                .and_then(|i| i.first())
                .and_then(|i| i.ip.clone().or_else(|| i.hostname.clone()));
            let http = ports.iter().find(|p| p.port == 80).or(ports.first());
            let address = match (type_.as_str(), ingress, http) {
                ("LoadBalancer", Some(host), Some(p)) => format!("{host}:{}", p.port),
                (_, _, Some(p)) if type_ != "ClusterIP" && p.node_port.is_some() => {
                    format!("NodePort {}", p.node_port.unwrap_or_default())
                }
                ("ClusterIP", _, _) => spec.cluster_ip.clone().unwrap_or_else(|| "pending".into()),
                _ => "pending".into(),
            };
            Some(GatewayAddress {
                site: site.clone(),
                service: format!("{ns}/{}", svc.metadata.name.clone().unwrap_or_default()),
                type_,
                address,
            })
        })
        .collect())
}
