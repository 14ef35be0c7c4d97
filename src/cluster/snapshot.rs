//! Snapshots: everything a command needs, read with list calls (never one request per object).

use super::client::Connection;
use crate::error::Result;
use k8s_openapi::api::core::v1::Node;
use kube::api::ListParams;
use serde_json::Value;

/// What `sites` needs: every node of the main cluster (virtual nodes included), the Liqo
/// peerings, the ingress gateway pods and the mesh-wide mTLS policy (four list requests).
#[derive(Debug, Clone, Default)]
pub struct SiteSnapshot {
    pub nodes: Vec<Node>,
    pub foreign_clusters: Vec<Value>,
    pub gateway_pods: Vec<k8s_openapi::api::core::v1::Pod>,
    /// PeerAuthentications of the root namespace (the mesh-wide mTLS mode).
    pub root_peer_authentications: Vec<Value>,
}

impl SiteSnapshot {
    pub async fn read(conn: &Connection) -> Result<Self> {
        let all = ListParams::default();
        let gateways = ListParams::default().labels(crate::model::mesh::GATEWAY_SELECTOR);
        let (nodes, foreign_clusters, gateway_pods, root_peer_authentications) = futures::try_join!(
            conn.list_cluster::<Node>(&all),
            conn.list_kind("ForeignCluster", None, &all),
            conn.list_namespaced(None, &gateways),
            conn.list_kind(
                "PeerAuthentication",
                Some(crate::model::hosts::ROOT_NAMESPACE),
                &all
            ),
        )?;
        Ok(SiteSnapshot {
            nodes,
            foreign_clusters,
            gateway_pods,
            root_peer_authentications,
        })
    }

    /// The sites with their peering health and gateways.
    pub fn inventory(&self) -> crate::model::SiteInventory {
        use crate::model::mesh::{is_live, node_sites, ready_sites};
        let live: Vec<_> = self
            .gateway_pods
            .iter()
            .filter(|p| is_live(p))
            .cloned()
            .collect();
        let gateways = ready_sites(&live, &node_sites(&self.nodes));
        let mut inventory = crate::model::SiteInventory::from_nodes(&self.nodes)
            .with_mesh(&self.foreign_clusters, &gateways);
        inventory.mesh_mtls = Some(
            crate::model::mtls::mesh_mode(&self.root_peer_authentications)
                .unwrap_or("PERMISSIVE")
                .to_string(),
        );
        inventory
    }
}

use crate::model::app::{AppSnapshot, Source};
use crate::model::labels;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::autoscaling::v2::HorizontalPodAutoscaler;
use k8s_openapi::api::core::v1::{ConfigMap, Namespace, Service};

/// Reads what the planners need about `namespace` (`None`: every namespace) with one list
/// request per kind (two for PeerAuthentications: the namespace's and the root's): 10 requests
/// whatever the number of services.
pub async fn read_app(
    conn: &Connection,
    namespace: Option<&str>,
    cloud_site: &str,
) -> Result<AppSnapshot> {
    let all = ListParams::default();
    let ns_list = conn.list_cluster::<Namespace>(&all);
    let nodes = conn.list_cluster::<Node>(&all);
    let services = conn.list_namespaced::<Service>(namespace, &all);
    let deployments = conn.list_namespaced::<Deployment>(namespace, &all);
    let hpas = conn.list_namespaced::<HorizontalPodAutoscaler>(namespace, &all);
    let managed = ListParams::default().labels(&format!(
        "{}={}",
        labels::MANAGED_BY,
        labels::MANAGED_BY_VALUE
    ));
    let config_maps = conn.list_namespaced::<ConfigMap>(namespace, &managed);
    let drs = conn.list_kind("DestinationRule", namespace, &all);
    let offloadings = conn.list_kind("NamespaceOffloading", namespace, &all);
    let pas = conn.list_kind("PeerAuthentication", namespace, &all);
    let root_pas = conn.list_kind(
        "PeerAuthentication",
        Some(crate::model::hosts::ROOT_NAMESPACE),
        &all,
    );
    let (
        namespaces,
        nodes,
        services,
        deployments,
        hpas,
        config_maps,
        drs,
        offloadings,
        pas,
        root_pas,
    ) = futures::try_join!(
        ns_list,
        nodes,
        services,
        deployments,
        hpas,
        config_maps,
        drs,
        offloadings,
        pas,
        root_pas,
    )?;
    // The root namespace's policies are mesh-wide; with -A they are in both lists.
    let mut peer_authentications = pas;
    for p in root_pas {
        if !peer_authentications.contains(&p) {
            peer_authentications.push(p);
        }
    }
    let name = namespace.unwrap_or_default().to_string();
    Ok(AppSnapshot {
        source: Source::Cluster,
        namespace_object: namespaces
            .into_iter()
            .find(|n| n.metadata.name.as_deref() == Some(name.as_str())),
        offloading: offloadings
            .iter()
            .find(|o| {
                o["metadata"]["name"] == crate::plan::namespace::OFFLOADING_NAME
                    && o["metadata"]["namespace"] == name.as_str()
            })
            .cloned(),
        offloadings,
        namespace: name,
        nodes,
        services,
        deployments,
        hpas,
        destination_rules: drs,
        peer_authentications,
        config_maps,
        cloud_site: cloud_site.to_string(),
        documents: Vec::new(),
    })
}
