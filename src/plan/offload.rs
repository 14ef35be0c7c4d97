//! `offload svc`: run a microservice at edge sites too, keeping the cloud as its anchor.
//!
//! The first move of a service migrates each original Deployment to a cloud copy
//! `<deployment>-<cloud>` (Deployment selectors are immutable, and two Deployments selecting the
//! same pods would make their HPAs average over each other's pods): back up the original, create
//! the cloud copy and its HPA, wait until it is ready, then remove the original and its HPA.
//! Later moves reuse the anchor.

use super::namespace::{self, NamespaceRequest, check_edge_sites, offloaded_to};
use super::package::{self, HpaSettings};
use super::{ChangeSet, ObjectRef, PlanError, Step, apply_if_changed, to_json};
use crate::model::app::{AppSnapshot, Microservice, Source, name_of};
use crate::model::labels;
use crate::model::names::check_dns_label;
use serde_json::Value;

#[derive(Debug, Clone, Default)]
pub struct OffloadRequest {
    pub service: String,
    pub sites: Vec<String>,
    /// Replicas of new edge copies (default 1; the HPA takes over from there).
    pub replicas: Option<i64>,
    pub hpa: HpaSettings,
    /// Offload the namespace to the sites first when it is not (`--offload-namespace --yes`).
    pub offload_namespace: bool,
    /// Who holds the lock (user, host, time): shown to a concurrent move.
    pub holder: String,
    /// Load balancing or session affinity for the service (`--lb`, `--sticky`).
    pub policy: super::policy::Policy,
}

pub fn validate_request(req: &OffloadRequest) -> Result<(), PlanError> {
    check_dns_label("service name", &req.service)
        .map_err(|m| PlanError::usage(m, "name a Service: kubectl get svc -n NAMESPACE"))?;
    if req.sites.is_empty() {
        return Err(PlanError::usage(
            "no target site",
            "name one or more edge sites with --to edge1[,edge2]",
        ));
    }
    if req.replicas.is_some_and(|r| r < 0) {
        return Err(PlanError::usage(
            "--replicas must be 0 or more",
            "e.g. --replicas 1",
        ));
    }
    let HpaSettings {
        min,
        max,
        cpu_target,
    } = req.hpa;
    if min.is_some_and(|m| m < 1) {
        return Err(PlanError::usage(
            "--min must be at least 1 (an HPA cannot scale to zero)",
            "e.g. --min 1",
        ));
    }
    if let (Some(min), Some(max)) = (min, max)
        && min > max
    {
        return Err(PlanError::usage(
            format!("--min {min} is greater than --max {max}"),
            "make --min at most --max",
        ));
    }
    if max.is_some_and(|m| m < 1) {
        return Err(PlanError::usage(
            "--max must be at least 1",
            "e.g. --max 10",
        ));
    }
    if cpu_target.is_some_and(|c| c < 1) {
        return Err(PlanError::usage(
            "--cpu-target must be a positive percentage",
            "e.g. --cpu-target 60",
        ));
    }
    Ok(())
}

/// The Service and its Deployments, or the error that says what is not supported.
pub fn resolve(snap: &AppSnapshot, service: &str) -> Result<Microservice, PlanError> {
    let ns = &snap.namespace;
    if snap.source == Source::Cluster && snap.namespace_object.is_none() {
        return Err(PlanError::new(
            format!("namespace {ns:?} not found"),
            "pass the application's namespace with -n (kubectl get namespaces)",
        ));
    }
    let ms = snap.microservice(service).ok_or_else(|| {
        let hint = match snap.source {
            Source::Files => {
                "check the -f input: it has no Service of that name in this namespace".to_string()
            }
            Source::Cluster => format!("list the services with: kubectl get svc -n {ns}"),
        };
        PlanError::new(
            format!("service {service:?} not found in namespace {ns:?}"),
            hint,
        )
    })?;
    if ms.selector().is_empty() {
        return Err(PlanError::new(
            format!("service {service:?} has no selector, so it has no pods to move"),
            "only Services that select their pods by labels can be offloaded",
        ));
    }
    if ms.selector().contains_key(labels::SITE) {
        return Err(PlanError::new(
            format!(
                "service {service:?} selects {}, so it could not reach every site",
                labels::SITE
            ),
            "make the Service select only site-independent labels (e.g. app)",
        ));
    }
    if ms.originals.is_empty() && ms.copies.is_empty() {
        return Err(PlanError::new(
            format!("no Deployment runs the pods of service {service:?}"),
            "fluidos-mesh moves Deployments only; StatefulSets, DaemonSets and bare pods are not supported",
        ));
    }
    Ok(ms)
}

/// The JSON of the original Deployment `origin`: live, else from its backup, else rebuilt from
/// the cloud anchor.
fn template_source(snap: &AppSnapshot, ms: &Microservice, origin: &str) -> Option<Value> {
    if let Some(d) = ms.originals.iter().find(|d| name_of(&d.metadata) == origin) {
        return Some(to_json(d));
    }
    let backup = snap.config_map(&package::backup_name(origin));
    if let Some(text) = backup
        .and_then(|b| b.data.as_ref())
        .and_then(|d| d.get("deployment.json"))
        && let Ok(v) = serde_json::from_str(text)
    {
        return Some(v);
    }
    let anchor = ms.copy(origin, &snap.cloud_site)?;
    let mut v = to_json(&anchor.deployment);
    v["metadata"]["name"] = origin.into();
    Some(v)
}

fn preconditions(snap: &AppSnapshot, req: &OffloadRequest) -> Result<Option<ChangeSet>, PlanError> {
    check_edge_sites(snap, &req.sites)?;
    if snap.source == Source::Files {
        return Ok(None);
    }
    let ns = &snap.namespace;
    if snap.namespace_object.is_none() {
        return Err(PlanError::new(
            format!("namespace {ns:?} not found"),
            "pass the application's namespace with -n",
        ));
    }
    if snap.sites().site(&snap.cloud_site).is_none() {
        return Err(PlanError::new(
            format!("the cloud site {:?} has no nodes", snap.cloud_site),
            "set --cloud-site to the zone label of the main cluster's nodes (kubectl fluidos-mesh sites)",
        ));
    }
    let missing: Vec<&String> = req
        .sites
        .iter()
        .filter(|s| !offloaded_to(snap, s))
        .collect();
    let needs_injection = !snap.injection_enabled();
    if missing.is_empty() && !needs_injection {
        return Ok(None);
    }
    let mut sites: Vec<String> = req.sites.clone();
    if let Some(existing) = snap.offloading.as_ref() {
        let selected = existing["spec"]["clusterSelector"]["nodeSelectorTerms"][0]["matchExpressions"][0]["values"].as_array();
        sites.extend(
            selected
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(String::from),
        );
    }
    sites.sort();
    sites.dedup();
    let command = format!(
        "kubectl fluidos-mesh offload namespace {ns} --sites {}",
        sites.join(",")
    );
    if !req.offload_namespace {
        let what = if missing.is_empty() {
            format!("sidecar injection is off for namespace {ns:?}")
        } else {
            format!(
                "namespace {ns:?} is not offloaded to {}",
                missing
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        return Err(PlanError::new(
            what,
            format!("run: {command}  (or add --offload-namespace --yes to do it first)"),
        ));
    }
    let ns_req = NamespaceRequest {
        sites: Some(sites),
        injection: true,
        ..Default::default()
    };
    namespace::plan_offload_namespace(snap, &ns_req).map(Some)
}

pub fn plan_offload(snap: &AppSnapshot, req: &OffloadRequest) -> Result<ChangeSet, PlanError> {
    validate_request(req)?;
    let ms = resolve(snap, &req.service)?;
    let mut cs = preconditions(snap, req)?.unwrap_or_default();
    let cloud = snap.cloud_site.clone();
    for origin in ms.origins() {
        let source = template_source(snap, &ms, &origin).ok_or_else(|| {
            PlanError::new(
                format!("cannot find the original of deployment {origin:?} (no backup, no cloud anchor)"),
                format!("restore it with kubectl, then run the move again; check: kubectl get deploy,cm -n {} -l {}={}", snap.namespace, labels::SERVICE, req.service),
            )
        })?;
        let original_hpa = snap.hpa_for(&origin).map(to_json).or_else(|| {
            let backup = snap.config_map(&package::backup_name(&origin))?;
            serde_json::from_str(backup.data.as_ref()?.get("hpa.json")?).ok()
        });
        if ms.copy(&origin, &cloud).is_none() {
            migrate_to_anchor(
                snap,
                &mut cs,
                &req.service,
                &source,
                original_hpa.as_ref(),
                req.hpa,
            );
        }
        for site in &req.sites {
            let live = ms.copy(&origin, site).map(|c| to_json(&c.deployment));
            // An explicit --replicas wins; else keep the live count (the HPA owns it once running).
            let replicas = req
                .replicas
                .or_else(|| live.as_ref().and_then(|l| l["spec"]["replicas"].as_i64()))
                .or(Some(1));
            let copy = package::site_deployment(&source, &req.service, site, replicas);
            let hpa = package::site_hpa(original_hpa.as_ref(), &copy, req.hpa);
            let live_hpa = snap
                .hpa_for(&package::copy_name(&origin, site))
                .map(to_json);
            apply_if_changed(&mut cs, copy, live);
            apply_if_changed(&mut cs, hpa, live_hpa);
        }
    }
    let existing_dr = snap.destination_rule_for(&req.service);
    let needs_rule = existing_dr
        .is_none_or(|dr| dr["spec"]["trafficPolicy"]["outlierDetection"].is_null())
        || req.policy != super::policy::Policy::Keep;
    if needs_rule {
        let dr = package::destination_rule(&req.service, &snap.namespace, existing_dr, &req.policy);
        apply_if_changed(&mut cs, dr, existing_dr.cloned());
    }
    Ok(cs.locked(package::lock(&req.service, &snap.namespace, &req.holder)))
}

/// Backup, cloud copy and its HPA, wait, then remove the original and its HPA.
fn migrate_to_anchor(
    snap: &AppSnapshot,
    cs: &mut ChangeSet,
    service: &str,
    original: &Value,
    original_hpa: Option<&Value>,
    hpa: HpaSettings,
) {
    let origin = original["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let live_original = snap
        .deployment(&origin)
        .filter(|d| !crate::model::app::is_managed(&d.metadata))
        .map(to_json);
    let live_hpa = snap.hpa_for(&origin).map(to_json);
    let backup = package::backup(service, original, original_hpa);
    apply_if_changed(
        cs,
        backup,
        snap.config_map(&package::backup_name(&origin)).map(to_json),
    );
    let replicas = original["spec"]["replicas"].as_i64().or(Some(1));
    let anchor = package::site_deployment(original, service, &snap.cloud_site, replicas);
    let anchor_hpa = package::site_hpa(original_hpa, &anchor, hpa);
    let anchor_ref = ObjectRef::of(&anchor);
    cs.push(Step::Apply {
        object: anchor,
        previous: None,
    });
    cs.push(Step::Apply {
        object: anchor_hpa,
        previous: None,
    });
    if snap.source == Source::Cluster {
        cs.push(Step::WaitReady { target: anchor_ref });
    }
    if let Some(h) = live_hpa {
        cs.push(Step::Delete {
            target: ObjectRef::of(&with_kind(
                h.clone(),
                "autoscaling/v2",
                "HorizontalPodAutoscaler",
            )),
            previous: h,
        });
    }
    if let Some(d) = live_original {
        cs.push(Step::Delete {
            target: ObjectRef::of(&with_kind(d.clone(), "apps/v1", "Deployment")),
            previous: d,
        });
    }
}

/// Typed objects serialize without apiVersion/kind when read from lists; set them.
pub fn with_kind(mut v: Value, api_version: &str, kind: &str) -> Value {
    v["apiVersion"] = api_version.into();
    v["kind"] = kind.into();
    v
}

#[cfg(test)]
mod tests;
