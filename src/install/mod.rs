//! `install` / `uninstall` as plans (pure): WORKFLOW.md §2 as an ordered list of phases, each
//! either API objects (through the one applier) or a Helm release (through helm).

mod charts;
#[cfg(test)]
mod tests;

pub use charts::{DEFAULT_ISTIO_VERSION, ISTIO_REPO};

use crate::model::hosts::ROOT_NAMESPACE;
use crate::model::labels;
use crate::plan::namespace::{NamespaceRequest, PodOffloadingStrategy, namespace_offloading};
use crate::plan::{ChangeSet, ObjectRef, PlanError, Step, apply_if_changed};
use crate::tools::helm::{ChartSource, HelmRelease};
use serde_json::{Value, json};

/// The namespace of a site's ingress gateway.
pub fn gateway_namespace(site: &str) -> String {
    format!("istio-ingress-{site}")
}

pub const MONITORING_NAMESPACE: &str = "monitoring";

#[derive(Debug, Clone)]
pub struct InstallRequest {
    /// Every site that gets a gateway, the cloud site among them.
    pub sites: Vec<String>,
    pub cloud_site: String,
    pub istio_version: String,
    pub gateway_service_type: String,
    pub telemetry: bool,
    /// The mesh-wide mTLS mode (`STRICT` or `PERMISSIVE`), as PeerAuthentication `default`.
    pub mtls: String,
    /// Percentage of requests traced (`meshConfig.defaultConfig.tracing.sampling`).
    pub tracing_sampling: Option<f64>,
    /// Where the Istio charts come from (`--chart-dir` also serves the telemetry charts).
    pub charts: ChartSource,
}

/// What the cluster already has (empty when planning without one).
#[derive(Debug, Clone, Default)]
pub struct Live {
    pub namespaces: Vec<Value>,
    pub offloadings: Vec<Value>,
    pub objects: Vec<Value>,
}

impl Live {
    fn find(&self, r: &ObjectRef) -> Option<Value> {
        self.namespaces
            .iter()
            .chain(&self.offloadings)
            .chain(&self.objects)
            .find(|o| {
                o["kind"] == r.kind.as_str()
                    && o["metadata"]["name"] == r.name.as_str()
                    && o["metadata"]["namespace"].as_str() == r.namespace.as_deref()
            })
            .cloned()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    Objects { title: String, changes: ChangeSet },
    Install { title: String, release: HelmRelease },
    Uninstall { title: String, release: HelmRelease },
}

impl Phase {
    pub fn title(&self) -> &str {
        match self {
            Phase::Objects { title, .. }
            | Phase::Install { title, .. }
            | Phase::Uninstall { title, .. } => title,
        }
    }
}

fn namespace(name: &str) -> Value {
    json!({"apiVersion": "v1", "kind": "Namespace",
           "metadata": {"name": name, "labels": {labels::MANAGED_BY: labels::MANAGED_BY_VALUE}}})
}

/// Applies `desired` (only what differs), then waits for offloadings to be ready.
fn objects(title: String, desired: Vec<Value>, live: &Live) -> Phase {
    let mut changes = ChangeSet::default();
    for object in desired {
        let previous = live.find(&ObjectRef::of(&object));
        let waits = object["kind"] == "NamespaceOffloading";
        let target = ObjectRef::of(&object);
        apply_if_changed(&mut changes, object, previous);
        if waits {
            changes.push(Step::WaitReady { target });
        }
    }
    Phase::Objects { title, changes }
}

/// The mesh as it should be, in install order: groups of objects and chart releases.
enum Part {
    Objects(String, Vec<Value>),
    Release(String, HelmRelease),
}

fn layout(req: &InstallRequest) -> Result<Vec<Part>, PlanError> {
    if !req.sites.contains(&req.cloud_site) {
        return Err(PlanError::usage(
            format!("--sites must include the cloud site {:?}", req.cloud_site),
            "the cloud runs istiod and every service; list it too, e.g. --sites cloud,edge1",
        ));
    }
    for site in &req.sites {
        crate::model::names::check_dns_label("site", site)
            .map_err(|e| PlanError::usage(e, "site names are zone label values such as edge1"))?;
    }
    let local = NamespaceRequest {
        sites: None,
        strategy: PodOffloadingStrategy::Local,
        injection: false,
        mtls: None,
    };
    let mut parts = vec![Part::Objects(
        format!("namespace {ROOT_NAMESPACE}, offloaded with podOffloadingStrategy Local"),
        vec![
            namespace(ROOT_NAMESPACE),
            namespace_offloading(ROOT_NAMESPACE, &local),
        ],
    )];
    for release in charts::control_plane(req) {
        let title = format!(
            "chart {} ({}) in {}",
            release.chart, release.name, release.namespace
        );
        parts.push(Part::Release(title, release));
    }
    // After `base`, which brings the PeerAuthentication CRD.
    parts.push(Part::Objects(
        format!("mesh-wide mTLS {}", req.mtls),
        vec![crate::plan::namespace::peer_authentication(
            ROOT_NAMESPACE,
            &req.mtls,
        )],
    ));
    for site in &req.sites {
        let ns = gateway_namespace(site);
        let mut desired = vec![namespace(&ns)];
        if *site != req.cloud_site {
            let at_site = NamespaceRequest {
                sites: Some(vec![site.clone()]),
                strategy: PodOffloadingStrategy::LocalAndRemote,
                injection: false,
                mtls: None,
            };
            desired.push(namespace_offloading(&ns, &at_site));
        }
        parts.push(Part::Objects(
            format!("namespace {ns} for site {site}"),
            desired,
        ));
        parts.push(Part::Release(
            format!("ingress gateway of site {site}"),
            charts::gateway(req, site),
        ));
    }
    if req.telemetry {
        parts.push(Part::Objects(
            format!("namespace {MONITORING_NAMESPACE}"),
            vec![namespace(MONITORING_NAMESPACE)],
        ));
        for release in charts::telemetry(req) {
            let title = format!("chart {} in {}", release.chart, release.namespace);
            parts.push(Part::Release(title, release));
        }
        parts.push(Part::Objects(
            "monitors for the Envoy sidecars and istiod".into(),
            charts::monitors(),
        ));
    }
    Ok(parts)
}

/// Install or upgrade in place: objects that already match are left alone, so a second run
/// writes nothing (helm releases are compared by the caller, see `tools::helm::up_to_date`).
pub fn plan_install(req: &InstallRequest, live: &Live) -> Result<Vec<Phase>, PlanError> {
    Ok(layout(req)?
        .into_iter()
        .map(|part| match part {
            Part::Objects(title, desired) => objects(title, desired, live),
            Part::Release(title, release) => Phase::Install { title, release },
        })
        .collect())
}

/// What `uninstall` removes, read from what `install` left: a gateway for every
/// `istio-ingress-*` namespace (and the cloud), the telemetry when `monitoring` exists.
pub fn installed_request(live: &Live, cloud_site: &str) -> InstallRequest {
    let names: Vec<&str> = live
        .namespaces
        .iter()
        .filter_map(|n| n["metadata"]["name"].as_str())
        .collect();
    let prefix = gateway_namespace("");
    let mut sites: Vec<String> = names
        .iter()
        .filter_map(|n| n.strip_prefix(&prefix).map(String::from))
        .collect();
    if !sites.iter().any(|s| s == cloud_site) {
        sites.insert(0, cloud_site.to_string());
    }
    InstallRequest {
        sites,
        cloud_site: cloud_site.to_string(),
        istio_version: String::new(),
        gateway_service_type: String::new(),
        telemetry: names.contains(&MONITORING_NAMESPACE),
        mtls: "PERMISSIVE".into(),
        tracing_sampling: None,
        charts: ChartSource::Repo(String::new()),
    }
}

/// Namespaces whose pods get sidecars from the control plane `uninstall` would remove.
pub fn injected_namespaces(live: &Live) -> Vec<String> {
    live.namespaces
        .iter()
        .filter(|n| {
            let l = &n["metadata"]["labels"];
            l[labels::ISTIO_INJECTION] == "enabled" || l[labels::ISTIO_REVISION].is_string()
        })
        .filter_map(|n| n["metadata"]["name"].as_str().map(String::from))
        .collect()
}

/// Everything in reverse order. Only objects the plugin labelled as its own are deleted;
/// releases are uninstalled only when helm lists them (the caller skips the others).
/// Refuses while namespaces still have sidecar injection on, unless `force`.
pub fn plan_uninstall(
    req: &InstallRequest,
    live: &Live,
    force: bool,
) -> Result<Vec<Phase>, PlanError> {
    let injected = injected_namespaces(live);
    if !injected.is_empty() && !force {
        return Err(PlanError::usage(
            format!(
                "namespaces still have sidecar injection on: {}",
                injected.join(", ")
            ),
            "move their services back and unoffload them first (kubectl fluidos-mesh unoffload namespace NS), or pass --force to leave their pods without a control plane",
        ));
    }
    let mut phases = Vec::new();
    for part in layout(req)?.into_iter().rev() {
        match part {
            Part::Release(title, release) => phases.push(Phase::Uninstall { title, release }),
            Part::Objects(title, desired) => {
                let mut removal = ChangeSet::default();
                for object in desired.iter().rev() {
                    let target = ObjectRef::of(object);
                    let Some(previous) = live.find(&target) else {
                        continue;
                    };
                    if previous["metadata"]["labels"][labels::MANAGED_BY]
                        == labels::MANAGED_BY_VALUE
                    {
                        removal.push(Step::Delete { target, previous });
                    }
                }
                phases.push(Phase::Objects {
                    title,
                    changes: removal,
                });
            }
        }
    }
    Ok(phases)
}
