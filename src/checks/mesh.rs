//! Checks of what the whole mesh rests on: healthy Liqo peerings, istiod at the cloud site,
//! `istio-system` kept local, an ingress gateway at every site that hosts copies, and sidecars
//! in the application's pods.

use super::{Finding, Severity};
use crate::model::app::{AppSnapshot, name_of, selects};
use crate::model::hosts::ROOT_NAMESPACE;
use crate::model::mesh::{self, MeshSnapshot};
use std::collections::BTreeSet;

/// FM005: every peering reports its modules healthy.
pub fn peerings(mesh: &MeshSnapshot) -> Finding {
    let broken: Vec<String> = mesh
        .peerings()
        .into_iter()
        .filter(|p| !p.healthy())
        .map(|p| format!("foreigncluster/{}: {}", p.cluster_id, p.problems.join("; ")))
        .collect();
    Finding::new("FM005", "sites", "every peered cluster is healthy (Liqo ForeignCluster conditions)")
        .unless_empty(Severity::Error, broken, "liqoctl info peer <cluster-id> shows the cause; kubectl get foreignclusters -o yaml has every condition")
}

/// FM040–FM043: the control plane and the gateways. `copy_sites`: the sites that host copies.
pub fn control_plane(
    snap: &AppSnapshot,
    mesh: &MeshSnapshot,
    copy_sites: &BTreeSet<String>,
) -> Vec<Finding> {
    let cat = "mesh";
    let cloud = &snap.cloud_site;
    let sites = mesh::node_sites(&snap.nodes);
    let live: Vec<_> = mesh
        .istiod_pods
        .iter()
        .filter(|p| mesh::is_live(p))
        .cloned()
        .collect();
    let not_ready = if live.iter().any(mesh::pod_ready) {
        vec![]
    } else {
        vec![format!(
            "deployment/istiod -n {ROOT_NAMESPACE} ({} pods, none ready)",
            live.len()
        )]
    };
    let elsewhere: Vec<String> = live
        .iter()
        .filter(|p| mesh::pod_site(p, &sites) != Some(cloud.as_str()))
        .map(|p| {
            let at = mesh::pod_site(p, &sites).unwrap_or("an unlabelled or unscheduled node");
            format!(
                "pod/{} -n {ROOT_NAMESPACE} runs at {at}",
                name_of(&p.metadata)
            )
        })
        .collect();
    let strategy = mesh.istio_system_offloading().map(|o| {
        o["spec"]["podOffloadingStrategy"]
            .as_str()
            .unwrap_or("LocalAndRemote")
            .to_string()
    });
    let (offload_severity, offload_problem) = match strategy.as_deref() {
        Some("Local") => (Severity::Ok, vec![]),
        Some(other) => (
            Severity::Error,
            vec![format!(
                "namespaceoffloading/offloading -n {ROOT_NAMESPACE}: podOffloadingStrategy {other}"
            )],
        ),
        None => (
            Severity::Warning,
            vec![format!("namespace/{ROOT_NAMESPACE}: not offloaded")],
        ),
    };
    let ready_gateways = mesh::ready_sites(
        &mesh
            .gateway_pods
            .iter()
            .filter(|p| mesh::is_live(p))
            .cloned()
            .collect::<Vec<_>>(),
        &sites,
    );
    let mut need_gateway = copy_sites.clone();
    if !copy_sites.is_empty() {
        need_gateway.insert(cloud.clone());
    }
    let no_gateway: Vec<String> = need_gateway
        .iter()
        .filter(|s| !ready_gateways.contains(*s))
        .map(|s| format!("site/{s}"))
        .collect();
    vec![
        Finding::new("FM040", cat, "istiod is ready")
            .unless_empty(Severity::Error, not_ready, format!("kubectl fluidos-mesh install --cloud-site {cloud}; kubectl -n {ROOT_NAMESPACE} describe deployment istiod says why it is not ready")),
        Finding::new("FM041", cat, "istiod runs only at the cloud site")
            .unless_empty(Severity::Error, elsewhere, format!("pin istiod to the cloud (nodeSelector {}={cloud}) and keep {ROOT_NAMESPACE} offloaded with podOffloadingStrategy Local: kubectl fluidos-mesh install does both", crate::model::labels::ZONE)),
        Finding::new("FM042", cat, "istio-system is offloaded with podOffloadingStrategy Local (exists everywhere, runs in the cloud)")
            .unless_empty(offload_severity, offload_problem, "kubectl fluidos-mesh install (offloads istio-system with Local and EnforceSameName)"),
        Finding::new("FM043", cat, "every site that hosts a copy of a service has a ready ingress gateway")
            .unless_empty(Severity::Error, no_gateway, format!("kubectl fluidos-mesh install --sites {} (a gateway labelled istio=ingressgateway per site)", need_gateway.iter().cloned().collect::<Vec<_>>().join(","))),
    ]
}

/// FM012: the application's pods carry the sidecar (pods started before injection was
/// enabled, or opted out, take no part in locality routing).
pub fn proxies(snap: &AppSnapshot, mesh: &MeshSnapshot) -> Finding {
    let ns = &snap.namespace;
    let selectors: Vec<_> = snap
        .services
        .iter()
        .filter_map(|s| s.spec.as_ref()?.selector.clone())
        .collect();
    let without: Vec<String> = mesh
        .app_pods
        .iter()
        .filter(|p| p.metadata.namespace.as_deref() == Some(ns.as_str()))
        .filter(|p| mesh::is_live(p) && !mesh::has_proxy(p))
        .filter(|p| {
            selectors
                .iter()
                .any(|s| selects(s, p.metadata.labels.as_ref()))
        })
        .map(|p| format!("pod/{}", name_of(&p.metadata)))
        .collect();
    Finding::new("FM012", &format!("namespace {ns}"), "the service pods have the istio-proxy sidecar")
        .unless_empty(Severity::Error, without, format!("kubectl rollout restart deployment -n {ns} (after enabling injection), and drop any sidecar.istio.io/inject=false"))
}
