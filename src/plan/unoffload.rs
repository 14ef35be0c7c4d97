//! `unoffload svc`: remove edge copies (the cloud anchor serves their calls by locality
//! failover), or `--restore` the service to exactly its original Deployment and HPA.

use super::offload::resolve;
use super::package;
use super::{ChangeSet, ObjectRef, PlanError, Step, to_json};
use crate::model::app::{AppSnapshot, Microservice, Source, is_managed};
use serde_json::{Value, json};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Leaving {
    Sites(Vec<String>),
    /// Every edge site.
    All,
}

#[derive(Debug, Clone)]
pub struct UnoffloadRequest {
    pub service: String,
    pub from: Leaving,
    pub restore: bool,
    pub holder: String,
}

fn delete_copy(snap: &AppSnapshot, cs: &mut ChangeSet, deployment: &Value) {
    let name = deployment["metadata"]["name"].as_str().unwrap_or_default();
    if let Some(hpa) = snap.hpa_for(name).filter(|h| is_managed(&h.metadata)) {
        let previous = to_json(hpa);
        cs.push(Step::Delete {
            target: ObjectRef::of(&previous),
            previous,
        });
    }
    cs.push(Step::Delete {
        target: ObjectRef::of(deployment),
        previous: deployment.clone(),
    });
}

fn anchor_ready(snap: &AppSnapshot, ms: &Microservice) -> Result<(), PlanError> {
    if snap.source == Source::Files {
        return Ok(());
    }
    for origin in ms.origins() {
        let Some(anchor) = ms.copy(&origin, &snap.cloud_site) else {
            return Err(PlanError::new(
                format!(
                    "service {:?} has no cloud anchor {}",
                    ms.name(),
                    package::copy_name(&origin, &snap.cloud_site)
                ),
                "a service must never be edge-only; run offload svc again to recreate the anchor, then unoffload",
            ));
        };
        let status = anchor.deployment.status.as_ref();
        let ready = status.and_then(|s| s.ready_replicas).unwrap_or(0);
        let wanted = anchor
            .deployment
            .spec
            .as_ref()
            .and_then(|s| s.replicas)
            .unwrap_or(1);
        if ready < 1 || ready < wanted.min(1) {
            return Err(PlanError::new(
                format!(
                    "the cloud anchor {} is not ready ({ready}/{wanted}): removing edge copies would leave calls with nowhere to go",
                    package::copy_name(&origin, &snap.cloud_site)
                ),
                format!(
                    "wait for it (kubectl rollout status deploy/{} -n {}) and try again",
                    package::copy_name(&origin, &snap.cloud_site),
                    snap.namespace
                ),
            ));
        }
    }
    Ok(())
}

pub fn plan_unoffload(snap: &AppSnapshot, req: &UnoffloadRequest) -> Result<ChangeSet, PlanError> {
    let ms = resolve(snap, &req.service)?;
    if let Leaving::Sites(sites) = &req.from
        && let Some(cloud) = sites.iter().find(|s| **s == snap.cloud_site)
    {
        return Err(PlanError::usage(
            format!("{cloud:?} is the cloud site: the anchor stays while the service exists"),
            "to return to the original Deployment, use --restore",
        ));
    }
    let mut cs = ChangeSet::default();
    if req.restore {
        restore(snap, &ms, &mut cs)?;
    } else {
        let leaving: Vec<_> = ms
            .copies
            .iter()
            .filter(|c| c.site != snap.cloud_site)
            .filter(|c| match &req.from {
                Leaving::All => true,
                Leaving::Sites(sites) => sites.contains(&c.site),
            })
            .collect();
        if !leaving.is_empty() {
            anchor_ready(snap, &ms)?;
        }
        for copy in leaving {
            delete_copy(snap, &mut cs, &to_json(&copy.deployment));
        }
    }
    Ok(cs.locked(package::lock(&req.service, &snap.namespace, &req.holder)))
}

/// Recreate each original from its backup, wait for it, then remove every copy, the plugin's
/// DestinationRule fields and the backups.
fn restore(snap: &AppSnapshot, ms: &Microservice, cs: &mut ChangeSet) -> Result<(), PlanError> {
    if ms.copies.is_empty() {
        return Ok(());
    }
    for origin in ms.origins() {
        let backup_name = package::backup_name(&origin);
        let backup = snap.config_map(&backup_name).ok_or_else(|| {
            PlanError::new(
                format!("no backup of the original deployment {origin:?} (configmap {backup_name} is missing)"),
                "the original cannot be restored exactly; remove the copies by hand or keep the current layout",
            )
        })?;
        let data = backup.data.clone().unwrap_or_default();
        let parse = |key: &str| {
            data.get(key)
                .and_then(|t| serde_json::from_str::<Value>(t).ok())
        };
        let original = parse("deployment.json").ok_or_else(|| {
            PlanError::new(
                format!("backup {backup_name} is unreadable"),
                "inspect it with kubectl get cm -o yaml",
            )
        })?;
        if snap.deployment(&origin).is_none() {
            let target = ObjectRef::of(&original);
            cs.push(Step::Create { object: original });
            if let Some(hpa) = parse("hpa.json") {
                cs.push(Step::Create { object: hpa });
            }
            if snap.source == Source::Cluster {
                cs.push(Step::WaitReady { target });
            }
        }
        for copy in ms.copies.iter().filter(|c| c.origin == origin) {
            delete_copy(snap, cs, &to_json(&copy.deployment));
        }
        let previous = to_json(backup);
        cs.push(Step::Delete {
            target: ObjectRef::of(&previous),
            previous,
        });
    }
    if let Some(dr) = snap.destination_rule_for(ms.name()) {
        if is_managed_value(dr) {
            cs.push(Step::Delete {
                target: ObjectRef::of(dr),
                previous: dr.clone(),
            });
        } else if !dr["spec"]["trafficPolicy"]["outlierDetection"].is_null()
            && owns_outlier_detection(dr)
        {
            // Re-applying only the host releases the fields the plugin added; the user's stay.
            let released = json!({"apiVersion": dr["apiVersion"], "kind": "DestinationRule",
                "metadata": {"name": dr["metadata"]["name"], "namespace": dr["metadata"]["namespace"]},
                "spec": {"host": dr["spec"]["host"]}});
            cs.push(Step::Apply {
                object: released,
                previous: Some(dr.clone()),
            });
        }
    }
    Ok(())
}

fn is_managed_value(object: &Value) -> bool {
    object["metadata"]["labels"][crate::model::labels::MANAGED_BY]
        == crate::model::labels::MANAGED_BY_VALUE
}

/// Whether the plugin's field manager owns `spec.trafficPolicy.outlierDetection`.
fn owns_outlier_detection(dr: &Value) -> bool {
    dr["metadata"]["managedFields"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|m| {
            m["manager"] == crate::model::labels::FIELD_MANAGER
                && !m["fieldsV1"]["f:spec"]["f:trafficPolicy"]["f:outlierDetection"].is_null()
        })
}
