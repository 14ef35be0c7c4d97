//! `check`: named checks in categories, each with a stable code and a hint that fixes it (the
//! shape of `linkerd check`). Pure: every check reads a snapshot and returns a finding.

mod mesh;
mod mtls;
pub mod permissions;
mod services;
mod traffic;

use crate::latency::workmodel::Graph;
use crate::model::app::AppSnapshot;
use crate::model::labels;
use crate::model::mesh::MeshSnapshot;
use crate::model::site::SiteKind;
use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Ok,
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub code: &'static str,
    pub category: String,
    pub description: String,
    pub status: Severity,
    /// The objects concerned (empty when the check passes).
    pub objects: Vec<String>,
    /// The command or change that fixes it (only when it fails).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Finding {
    fn new(code: &'static str, category: &str, description: &str) -> Finding {
        Finding {
            code,
            category: category.into(),
            description: description.into(),
            status: Severity::Ok,
            objects: vec![],
            hint: None,
        }
    }

    /// Fails with `severity` when `objects` is not empty.
    fn unless_empty(
        mut self,
        severity: Severity,
        objects: Vec<String>,
        hint: impl Into<String>,
    ) -> Finding {
        if !objects.is_empty() {
            self.status = severity;
            self.objects = objects;
            self.hint = Some(hint.into());
        }
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub checks: Vec<Finding>,
    pub summary: Summary,
}

impl Report {
    pub fn new(checks: Vec<Finding>) -> Report {
        let count = |s| checks.iter().filter(|c| c.status == s).count();
        let summary = Summary {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
        };
        Report { checks, summary }
    }
}

/// Cluster-wide checks on the sites (skipped offline, where there are no nodes).
pub fn sites(snap: &AppSnapshot) -> Vec<Finding> {
    if snap.nodes.is_empty() {
        return vec![];
    }
    let inventory = snap.sites();
    let unlabelled: Vec<&crate::model::NodeInfo> = inventory.unlabelled_nodes.iter().collect();
    let cat = "sites";
    let real: Vec<String> = unlabelled
        .iter()
        .filter(|n| !n.is_virtual)
        .map(|n| format!("node/{}", n.name))
        .collect();
    let virtual_nodes: Vec<String> = unlabelled
        .iter()
        .filter(|n| n.is_virtual)
        .map(|n| format!("node/{}", n.name))
        .collect();
    let cloud_missing = if inventory.site(&snap.cloud_site).is_none() {
        vec![format!("site/{}", snap.cloud_site)]
    } else {
        vec![]
    };
    let mixed: Vec<String> = inventory
        .sites
        .iter()
        .filter(|s| s.kind == SiteKind::Mixed)
        .map(|s| format!("site/{}", s.name))
        .collect();
    vec![
        Finding::new("FM001", cat, "every node has a topology.kubernetes.io/zone label (Istio derives a pod's locality from it)")
            .unless_empty(Severity::Error, real, format!("kubectl label node NODE {}=<site>", labels::ZONE)),
        Finding::new("FM002", cat, "every Liqo virtual node has a zone label")
            .unless_empty(Severity::Error, virtual_nodes, "set it on the VirtualNode's spec.labels (Liqo owns the Node), or install Liqo on the edge with --cluster-labels topology.kubernetes.io/zone=<site>"),
        Finding::new("FM003", cat, "the cloud site has nodes")
            .unless_empty(Severity::Error, cloud_missing, "label the main cluster's nodes with the cloud site's zone, or pass --cloud-site"),
        Finding::new("FM004", cat, "no zone mixes real and virtual nodes")
            .unless_empty(Severity::Warning, mixed, "give the edge clusters' virtual nodes their own zone values"),
    ]
}

/// The checks that need the live mesh (not run offline): peerings, control plane, gateways.
/// `snapshots`: the checked namespaces, for the sites their copies are pinned to.
pub fn mesh_checks(snapshots: &[AppSnapshot], mesh: &MeshSnapshot) -> Vec<Finding> {
    let Some(first) = snapshots.first() else {
        return vec![];
    };
    let copy_sites: BTreeSet<String> = snapshots
        .iter()
        .flat_map(|s| s.microservices())
        .flat_map(|ms| ms.copies.into_iter().map(|c| c.site))
        .filter(|s| *s != first.cloud_site)
        .collect();
    let mut out = vec![mesh::peerings(mesh)];
    out.extend(mesh::control_plane(first, mesh, &copy_sites));
    out
}

/// Every check for one namespace (and the traffic shape when the call graph is known);
/// `mesh` (live only) adds the sidecar check.
pub fn namespace(
    snap: &AppSnapshot,
    mesh: Option<&MeshSnapshot>,
    graph: Option<&Graph>,
) -> Vec<Finding> {
    let mut out = services::namespace_checks(snap);
    if let Some(mesh) = mesh {
        out.push(mesh::proxies(snap, mesh));
    }
    out.extend(mtls::checks(snap, mesh));
    for ms in snap.microservices() {
        out.extend(services::service_checks(snap, &ms));
    }
    if let Some(g) = graph {
        out.push(traffic::back_and_forth(snap, g));
    }
    out
}

#[cfg(test)]
mod tests;
