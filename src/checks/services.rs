//! Checks of an application namespace and of each multi-site service in it.

use super::{Finding, Severity};
use crate::model::app::{AppSnapshot, Microservice, Source, name_of, selects, template_labels};
use crate::model::hosts;
use crate::model::labels;
use crate::model::offloading::offloaded_to;
use k8s_openapi::api::apps::v1::Deployment;
use serde_json::Value;

pub fn namespace_checks(snap: &AppSnapshot) -> Vec<Finding> {
    let ns = &snap.namespace;
    let cat = format!("namespace {ns}");
    let mut pinned: Vec<String> = snap
        .microservices()
        .iter()
        .flat_map(|ms| ms.copies.iter().map(|c| c.site.clone()).collect::<Vec<_>>())
        .filter(|s| *s != snap.cloud_site)
        .collect();
    pinned.sort();
    pinned.dedup();
    let missing: Vec<String> = if snap.source == Source::Cluster {
        pinned
            .iter()
            .filter(|s| !offloaded_to(snap, s))
            .map(|s| format!("site/{s}"))
            .collect()
    } else {
        vec![]
    };
    let injection = if snap.source == Source::Cluster && !snap.injection_enabled() {
        vec![format!("namespace/{ns}")]
    } else {
        vec![]
    };
    vec![
        Finding::new(
            "FM010",
            &cat,
            "offloaded to every site where a copy is pinned (else its pods never start)",
        )
        .unless_empty(
            Severity::Error,
            missing.clone(),
            format!(
                "kubectl fluidos-mesh offload namespace {ns} --sites {}",
                pinned.join(",")
            ),
        ),
        Finding::new("FM011", &cat, "sidecar injection is enabled").unless_empty(
            Severity::Error,
            injection,
            format!("kubectl label namespace {ns} istio-injection=enabled, then restart its pods"),
        ),
    ]
}

fn selector(d: &Deployment) -> std::collections::BTreeMap<String, String> {
    d.spec
        .as_ref()
        .and_then(|s| s.selector.match_labels.clone())
        .unwrap_or_default()
}

fn pinned_zone(d: &Deployment) -> Option<Vec<String>> {
    let v = serde_json::to_value(d).ok()?;
    let terms = v.pointer("/spec/template/spec/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms")?.as_array()?.clone();
    let zones: Vec<String> = terms
        .iter()
        .flat_map(|t| {
            t["matchExpressions"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter(|e| e["key"] == labels::ZONE && e["operator"] == "In")
        .flat_map(|e| e["values"].as_array().cloned().unwrap_or_default())
        .filter_map(|v| v.as_str().map(String::from))
        .collect();
    (!zones.is_empty()).then_some(zones)
}

fn dr_problems(
    snap: &AppSnapshot,
    service: &str,
    sites: &[String],
) -> (Vec<String>, Vec<String>, Vec<String>) {
    let Some(dr) = snap.destination_rule_for(service) else {
        let mut none = vec!["destinationrule (none that applies)".to_string()];
        none.extend(hosts::unreachable_rules(
            &snap.destination_rules,
            service,
            &snap.namespace,
        ));
        return (none, vec![], vec![]);
    };
    let name = format!(
        "destinationrule/{}",
        dr["metadata"]["name"].as_str().unwrap_or("?")
    );
    let tp = &dr["spec"]["trafficPolicy"];
    let no_outlier = if tp["outlierDetection"].is_null() {
        vec![name.clone()]
    } else {
        vec![]
    };
    let locality = &tp["loadBalancer"]["localityLbSetting"];
    let disabled = if locality["enabled"] == Value::Bool(false) {
        vec![name.clone()]
    } else {
        vec![]
    };
    let listed: String = locality["distribute"].to_string();
    let partial = match locality["distribute"].as_array() {
        Some(rules) if !rules.is_empty() => sites
            .iter()
            .filter(|s| !listed.contains(&format!("/{s}")))
            .map(|s| format!("{name} (no weight for {s})"))
            .collect(),
        _ => vec![],
    };
    (no_outlier, partial, disabled)
}

/// The checks of one service; only services with per-site copies are multi-site.
pub fn service_checks(snap: &AppSnapshot, ms: &Microservice) -> Vec<Finding> {
    if ms.copies.is_empty() {
        return vec![];
    }
    let svc = ms.name();
    let ns = &snap.namespace;
    let cat = format!("service {ns}/{svc}");
    let sites = ms.sites();
    let (no_outlier, partial, disabled) = dr_problems(snap, svc, &sites);
    let deployments: Vec<&Deployment> = ms
        .originals
        .iter()
        .chain(ms.copies.iter().map(|c| &c.deployment))
        .collect();
    let mut overlaps = Vec::new();
    for (i, a) in deployments.iter().enumerate() {
        for b in deployments.iter().skip(i + 1) {
            if selects(&selector(a), template_labels(b))
                || selects(&selector(b), template_labels(a))
            {
                overlaps.push(format!(
                    "deployment/{} and deployment/{}",
                    name_of(&a.metadata),
                    name_of(&b.metadata)
                ));
            }
        }
    }
    let without_hpa: Vec<String> = ms
        .copies
        .iter()
        .map(|c| name_of(&c.deployment.metadata))
        .filter(|d| snap.hpa_for(d).is_none())
        .map(|d| format!("deployment/{d}"))
        .collect();
    let mut anchor_problems = Vec::new();
    for origin in ms.origins() {
        match ms.copy(&origin, &snap.cloud_site) {
            None => anchor_problems.push(format!(
                "{origin}: no cloud copy (the service would be edge-only)"
            )),
            Some(anchor) => {
                if pinned_zone(&anchor.deployment).is_none_or(|z| z != [snap.cloud_site.clone()]) {
                    anchor_problems.push(format!(
                        "deployment/{}: not pinned to {}",
                        name_of(&anchor.deployment.metadata),
                        snap.cloud_site
                    ));
                }
                let ready = anchor
                    .deployment
                    .status
                    .as_ref()
                    .and_then(|s| s.ready_replicas)
                    .unwrap_or(0);
                if snap.source == Source::Cluster && ready < 1 {
                    anchor_problems.push(format!(
                        "deployment/{}: not ready",
                        name_of(&anchor.deployment.metadata)
                    ));
                }
            }
        }
    }
    let service_selector = ms.selector();
    let unselected: Vec<String> = ms
        .copies
        .iter()
        .filter(|c| !selects(&service_selector, template_labels(&c.deployment)))
        .map(|c| format!("deployment/{}", name_of(&c.deployment.metadata)))
        .collect();
    let reapply = format!(
        "kubectl fluidos-mesh offload svc {svc} --to {} -n {ns}",
        sites
            .iter()
            .filter(|s| **s != snap.cloud_site)
            .cloned()
            .collect::<Vec<_>>()
            .join(",")
    );
    vec![
        Finding::new("FM020", &cat, "a DestinationRule for the service's host sets outlierDetection (else Istio does no locality routing)")
            .unless_empty(Severity::Error, no_outlier, format!("{reapply} (adds it), or set trafficPolicy.outlierDetection yourself")),
        Finding::new("FM021", &cat, "localityLbSetting.distribute, if used, gives every site a weight")
            .unless_empty(Severity::Error, partial, "list every site in distribute, or drop distribute: unlisted localities get no endpoints and failover breaks"),
        Finding::new("FM022", &cat, "localityLbSetting.enabled is not false")
            .unless_empty(Severity::Error, disabled, "remove trafficPolicy.loadBalancer.localityLbSetting.enabled: false"),
        Finding::new("FM023", &cat, "the per-site Deployments have disjoint selectors")
            .unless_empty(Severity::Error, overlaps, format!("remove the original Deployment the copies replaced (kubectl fluidos-mesh unoffload svc {svc} --restore -n {ns}, then move again)")),
        Finding::new("FM024", &cat, "each per-site Deployment has its own HPA")
            .unless_empty(Severity::Warning, without_hpa, reapply.clone()),
        Finding::new("FM025", &cat, "the cloud anchor exists, is pinned to the cloud and is ready")
            .unless_empty(Severity::Error, anchor_problems, reapply),
        Finding::new("FM026", &cat, "the Service selects the pods of every site")
            .unless_empty(Severity::Error, unselected, "make the Service select only labels every copy carries (e.g. app)"),
    ]
}
