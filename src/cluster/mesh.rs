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
        conn.list_custom(
            "core.liqo.io",
            "v1beta1",
            "ForeignCluster",
            "foreignclusters",
            None,
            &all
        ),
        conn.list_custom(
            "offloading.liqo.io",
            "v1beta1",
            "NamespaceOffloading",
            "namespaceoffloadings",
            None,
            &all
        ),
        conn.list_namespaced::<Pod>(Some(ROOT_NAMESPACE), &istiod),
        conn.list_namespaced::<Pod>(None, &gateways),
        conn.list_namespaced::<Pod>(namespace, &all),
        conn.list_custom(
            "networking.istio.io",
            "v1",
            "DestinationRule",
            "destinationrules",
            None,
            &all
        ),
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
