//! Offloading a namespace with Liqo (`NamespaceOffloading` named `offloading`) and turning on
//! Istio sidecar injection for it.

use super::{ChangeSet, ObjectRef, PlanError, Step, apply_if_changed, to_json};
use crate::model::app::{AppSnapshot, Source, label};
use crate::model::labels;
use crate::model::names::check_dns_label;
pub use crate::model::offloading::offloaded_to;
use serde_json::{Value, json};

/// Liqo's `podOffloadingStrategy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum PodOffloadingStrategy {
    #[default]
    #[value(name = "LocalAndRemote")]
    LocalAndRemote,
    #[value(name = "Remote")]
    Remote,
    #[value(name = "Local")]
    Local,
}

impl PodOffloadingStrategy {
    pub fn as_str(self) -> &'static str {
        match self {
            PodOffloadingStrategy::LocalAndRemote => "LocalAndRemote",
            PodOffloadingStrategy::Remote => "Remote",
            PodOffloadingStrategy::Local => "Local",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct NamespaceRequest {
    /// `None`: every peered site (no clusterSelector).
    pub sites: Option<Vec<String>>,
    pub strategy: PodOffloadingStrategy,
    pub injection: bool,
    /// The namespace's own mTLS mode (`STRICT`/`PERMISSIVE`), as a PeerAuthentication `default`.
    pub mtls: Option<&'static str>,
}

/// A namespace-wide (or, in the root namespace, mesh-wide) mTLS policy.
pub fn peer_authentication(namespace: &str, mode: &str) -> Value {
    json!({
        "apiVersion": "security.istio.io/v1", "kind": "PeerAuthentication",
        "metadata": {"name": "default", "namespace": namespace,
                     "labels": {labels::MANAGED_BY: labels::MANAGED_BY_VALUE}},
        "spec": {"mtls": {"mode": mode}},
    })
}

/// The name Liqo requires for the NamespaceOffloading object.
pub const OFFLOADING_NAME: &str = "offloading";

pub fn namespace_offloading(namespace: &str, req: &NamespaceRequest) -> Value {
    let mut spec = json!({"namespaceMappingStrategy": "EnforceSameName", "podOffloadingStrategy": req.strategy.as_str()});
    if let Some(sites) = &req.sites {
        spec["clusterSelector"] = json!({"nodeSelectorTerms": [{"matchExpressions": [
            {"key": labels::ZONE, "operator": "In", "values": sites}]}]});
    }
    json!({
        "apiVersion": "offloading.liqo.io/v1beta1", "kind": "NamespaceOffloading",
        "metadata": {"name": OFFLOADING_NAME, "namespace": namespace,
                     "labels": {labels::MANAGED_BY: labels::MANAGED_BY_VALUE}},
        "spec": spec,
    })
}

/// Checks sites named on the command line against the cluster's sites.
pub fn check_edge_sites(snap: &AppSnapshot, sites: &[String]) -> Result<(), PlanError> {
    for site in sites {
        check_dns_label("site name", site)
            .map_err(|m| PlanError::usage(m, "site names are zone label values, e.g. edge1"))?;
        if *site == snap.cloud_site {
            return Err(PlanError::usage(
                format!(
                    "{site:?} is the cloud site, where every microservice already runs (the anchor)"
                ),
                "name an edge site (list them with: kubectl fluidos-mesh sites), or set --cloud-site if the main cluster's zone has another name",
            ));
        }
        if snap.source == Source::Files {
            continue;
        }
        let inventory = snap.sites();
        match inventory.site(site) {
            None => {
                let known: Vec<&str> = inventory.names();
                return Err(PlanError::new(
                    format!(
                        "unknown site {site:?}: no node has topology.kubernetes.io/zone={site} (known sites: {})",
                        if known.is_empty() {
                            "none".into()
                        } else {
                            known.join(", ")
                        }
                    ),
                    "peer the edge cluster first (kubectl fluidos-mesh peer), or pick a site from: kubectl fluidos-mesh sites",
                ));
            }
            Some(s) if s.kind != crate::model::SiteKind::Edge => {
                return Err(PlanError::new(
                    format!(
                        "site {site:?} is not an edge site: its nodes are not Liqo virtual nodes"
                    ),
                    "offload to a site whose node is a Liqo virtual node (kubectl fluidos-mesh sites shows the KIND)",
                ));
            }
            Some(_) => {}
        }
    }
    Ok(())
}

pub fn plan_offload_namespace(
    snap: &AppSnapshot,
    req: &NamespaceRequest,
) -> Result<ChangeSet, PlanError> {
    let ns = &snap.namespace;
    check_dns_label("namespace", ns)
        .map_err(|m| PlanError::usage(m, "pass an existing namespace with -n"))?;
    if let Some(sites) = &req.sites {
        if sites.is_empty() {
            return Err(PlanError::usage(
                "--sites is empty",
                "name at least one edge site, or leave --sites out for every peered site",
            ));
        }
        check_edge_sites(snap, sites)?;
    }
    if snap.source == Source::Cluster && snap.namespace_object.is_none() {
        return Err(PlanError::new(
            format!("namespace {ns:?} not found"),
            format!("create it first: kubectl create namespace {ns}"),
        ));
    }
    let mut cs = ChangeSet::default();
    let desired = namespace_offloading(ns, req);
    apply_if_changed(&mut cs, desired.clone(), snap.offloading.clone());
    let uses_revision = snap
        .namespace_object
        .as_ref()
        .is_some_and(|n| label(&n.metadata, labels::ISTIO_REVISION).is_some());
    if req.injection && !uses_revision {
        let labelled = json!({"apiVersion": "v1", "kind": "Namespace",
            "metadata": {"name": ns, "labels": {labels::ISTIO_INJECTION: "enabled"}}});
        let live = snap.namespace_object.as_ref().map(to_json);
        apply_if_changed(&mut cs, labelled, live);
    }
    if let Some(mode) = req.mtls {
        let live = snap
            .peer_authentications
            .iter()
            .find(|p| {
                p["metadata"]["namespace"] == ns.as_str() && p["metadata"]["name"] == "default"
            })
            .cloned();
        apply_if_changed(&mut cs, peer_authentication(ns, mode), live);
    }
    if snap.source == Source::Cluster && !cs.is_empty() {
        cs.push(Step::WaitReady {
            target: ObjectRef::of(&desired),
        });
    }
    Ok(cs)
}

/// `unoffload namespace`: refuses while edge copies run there (naming them) unless `force`,
/// which first brings those services back to the cloud; then deletes the plugin's
/// NamespaceOffloading (one made by someone else is left to them).
pub fn plan_unoffload_namespace(
    snap: &AppSnapshot,
    force: bool,
    holder: &str,
) -> Result<ChangeSet, PlanError> {
    use super::unoffload::{Leaving, UnoffloadRequest, plan_unoffload};
    let ns = &snap.namespace;
    if snap.source == Source::Cluster && snap.namespace_object.is_none() {
        return Err(PlanError::new(
            format!("namespace {ns:?} not found"),
            "kubectl get namespaces",
        ));
    }
    let at_edge: Vec<String> = snap
        .microservices()
        .iter()
        .filter(|ms| ms.copies.iter().any(|c| c.site != snap.cloud_site))
        .map(|ms| ms.name().to_string())
        .collect();
    let mut cs = ChangeSet::default();
    if !at_edge.is_empty() {
        if !force {
            return Err(PlanError::new(
                format!(
                    "edge copies of {} still run in namespace {ns:?}",
                    at_edge.join(", ")
                ),
                format!(
                    "bring them back first (kubectl fluidos-mesh unoffload svc NAME --all -n {ns}), or add --force to do it now"
                ),
            ));
        }
        for service in &at_edge {
            let req = UnoffloadRequest {
                service: service.clone(),
                from: Leaving::All,
                restore: false,
                holder: holder.into(),
            };
            cs.extend(plan_unoffload(snap, &req)?);
        }
    }
    if let Some(off) = &snap.offloading {
        if off["metadata"]["labels"][labels::MANAGED_BY] != labels::MANAGED_BY_VALUE {
            return Err(PlanError::new(
                format!(
                    "the NamespaceOffloading of {ns:?} was not created by fluidos-mesh, which never deletes what it does not own"
                ),
                format!(
                    "remove it with the tool that made it, e.g.: liqoctl unoffload namespace {ns}"
                ),
            ));
        }
        cs.push(Step::Delete {
            target: ObjectRef::of(off),
            previous: off.clone(),
        });
    }
    Ok(cs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offloading_object_enforces_the_same_name_and_selects_sites() {
        let req = NamespaceRequest {
            sites: Some(vec!["edge1".into()]),
            ..Default::default()
        };
        let o = namespace_offloading("demo", &req);
        assert_eq!(o["metadata"]["name"], "offloading");
        assert_eq!(o["spec"]["namespaceMappingStrategy"], "EnforceSameName");
        assert_eq!(o["spec"]["podOffloadingStrategy"], "LocalAndRemote");
        assert_eq!(
            o["spec"]["clusterSelector"]["nodeSelectorTerms"][0]["matchExpressions"][0]["values"],
            json!(["edge1"])
        );
        let all = namespace_offloading("demo", &NamespaceRequest::default());
        assert!(all["spec"].get("clusterSelector").is_none());
    }
}
