//! Snapshots: everything a command needs, read with list calls (never one request per object).

use super::client::Connection;
use crate::error::Result;
use k8s_openapi::api::core::v1::Node;
use kube::api::ListParams;

/// What `sites` needs: every node of the main cluster (virtual nodes included).
#[derive(Debug, Clone, Default)]
pub struct SiteSnapshot {
    pub nodes: Vec<Node>,
}

impl SiteSnapshot {
    pub async fn read(conn: &Connection) -> Result<Self> {
        Ok(SiteSnapshot {
            nodes: conn.list_cluster::<Node>(&ListParams::default()).await?,
        })
    }
}

use crate::model::app::{AppSnapshot, Source};
use crate::model::labels;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::autoscaling::v2::HorizontalPodAutoscaler;
use k8s_openapi::api::core::v1::{ConfigMap, Namespace, Service};

/// Reads what the planners need about `namespace` (`None`: every namespace) with one list
/// request per kind: 7 requests whatever the number of services.
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
    let drs = conn.list_custom(
        "networking.istio.io",
        "v1",
        "DestinationRule",
        "destinationrules",
        namespace,
        &all,
    );
    let offloadings = conn.list_custom(
        "offloading.liqo.io",
        "v1beta1",
        "NamespaceOffloading",
        "namespaceoffloadings",
        namespace,
        &all,
    );
    let (namespaces, nodes, services, deployments, hpas, config_maps, drs, offloadings) = futures::try_join!(
        ns_list,
        nodes,
        services,
        deployments,
        hpas,
        config_maps,
        drs,
        offloadings
    )?;
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
        config_maps,
        cloud_site: cloud_site.to_string(),
        documents: Vec::new(),
    })
}
