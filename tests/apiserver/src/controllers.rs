//! Optional controller simulation: only the status fields that fluidos-mesh waits for.
//!
//! Off by default; a test switches on what it needs. Nothing is scheduled and no pod runs.
//! - Deployments: after `deployment_delay`, `status` reports every desired replica ready.
//! - NamespaceOffloadings: after `offloading_delay`, `status.offloadingPhase` is `Ready` when at
//!   least one Liqo virtual node matches `spec.clusterSelector`, else `NoClusterSelected`; per
//!   matched cluster a `Ready` condition in `remoteNamespacesConditions`. Node changes re-run it.

use crate::resources::ResourceType;
use crate::server::{Shared, State, lock};
use crate::status::now_rfc3339;
use crate::store::WriteOptions;
use serde_json::{Map, Value, json};
use std::time::Duration;

#[derive(Debug, Clone, Default)]
pub struct Controllers {
    pub deployment_delay: Option<Duration>,
    pub offloading_delay: Option<Duration>,
}

const STATUS_WRITER: WriteOptions<'static> = WriteOptions {
    manager: Some("fluidos-test-controllers"),
    dry_run: false,
    strict: false,
};

pub fn after_write(state: &State, shared: &Shared, rt: &ResourceType, object: &Value) {
    let c = &shared.controllers;
    match (rt.group.as_str(), rt.kind.as_str()) {
        ("apps", "Deployment") => {
            if let Some(delay) = c.deployment_delay {
                let key = (ns_of(object), name_of(object));
                let state = state.clone();
                tokio::spawn(async move {
                    tokio::time::sleep(delay).await;
                    deployment_ready(&mut lock(&state), &key.0, &key.1);
                });
            }
        }
        ("offloading.liqo.io", "NamespaceOffloading") | ("", "Node") => {
            if let Some(delay) = c.offloading_delay {
                let state = state.clone();
                tokio::spawn(async move {
                    tokio::time::sleep(delay).await;
                    reconcile_offloadings(&mut lock(&state));
                });
            }
        }
        _ => {}
    }
}

fn ns_of(o: &Value) -> String {
    o["metadata"]["namespace"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn name_of(o: &Value) -> String {
    o["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn find_type(shared: &Shared, group: &str, plural: &str) -> Option<ResourceType> {
    shared
        .registry
        .types
        .iter()
        .find(|t| t.group == group && t.plural == plural)
        .cloned()
}

fn deployment_ready(shared: &mut Shared, ns: &str, name: &str) {
    let Some(rt) = find_type(shared, "apps", "deployments") else {
        return;
    };
    let Ok(mut d) = shared.store.get(&rt, Some(ns), name) else {
        return;
    };
    let replicas = d["spec"]["replicas"].as_i64().unwrap_or(1);
    d["status"] = json!({
        "observedGeneration": d["metadata"]["generation"],
        "replicas": replicas, "readyReplicas": replicas, "availableReplicas": replicas,
        "updatedReplicas": replicas,
        "conditions": [{"type": "Available", "status": "True", "reason": "MinimumReplicasAvailable",
                        "lastTransitionTime": now_rfc3339(), "lastUpdateTime": now_rfc3339()}]
    });
    let _ = shared
        .store
        .update(&rt, Some(ns), name, d, true, STATUS_WRITER);
}

fn expression_matches(expr: &Value, labels: &Map<String, Value>) -> bool {
    let key = expr["key"].as_str().unwrap_or_default();
    let value = labels.get(key).and_then(Value::as_str);
    let values: Vec<&str> = expr["values"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    match expr["operator"].as_str().unwrap_or_default() {
        "In" => value.is_some_and(|v| values.contains(&v)),
        "NotIn" => value.is_none_or(|v| !values.contains(&v)),
        "Exists" => value.is_some(),
        "DoesNotExist" => value.is_none(),
        _ => false,
    }
}

/// A core/v1 NodeSelector: terms are ORed, expressions inside a term ANDed; empty selects all.
pub fn node_selector_matches(selector: &Value, labels: &Map<String, Value>) -> bool {
    let terms: Vec<&Value> = selector["nodeSelectorTerms"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    terms.is_empty()
        || terms.iter().any(|t| {
            t["matchExpressions"]
                .as_array()
                .into_iter()
                .flatten()
                .all(|e| expression_matches(e, labels))
        })
}

fn reconcile_offloadings(shared: &mut Shared) {
    let (Some(nodes_rt), Some(off_rt)) = (
        find_type(shared, "", "nodes"),
        find_type(shared, "offloading.liqo.io", "namespaceoffloadings"),
    ) else {
        return;
    };
    let none = Default::default();
    let virtual_nodes: Vec<Map<String, Value>> = shared
        .store
        .list(
            &nodes_rt,
            None,
            &crate::selector::LabelSelector::parse("liqo.io/type=virtual-node").unwrap_or_default(),
            &none,
        )
        .into_iter()
        .filter_map(|n| n["metadata"]["labels"].as_object().cloned())
        .collect();
    for mut off in shared.store.list(&off_rt, None, &Default::default(), &none) {
        let ns = ns_of(&off);
        let mut conditions = Map::new();
        for labels in virtual_nodes
            .iter()
            .filter(|l| node_selector_matches(&off["spec"]["clusterSelector"], l))
        {
            let id = labels
                .get("liqo.io/remote-cluster-id")
                .and_then(Value::as_str)
                .unwrap_or("unknown");
            conditions.insert(
                id.to_string(),
                json!([{"type": "Ready", "status": "True", "reason": "RemoteNamespaceReady",
                "message": "remote namespace created", "lastTransitionTime": now_rfc3339()}]),
            );
        }
        let phase = if conditions.is_empty() {
            "NoClusterSelected"
        } else {
            "Ready"
        };
        let status = json!({"observedGeneration": off["metadata"]["generation"], "offloadingPhase": phase,
            "remoteNamespaceName": ns, "remoteNamespacesConditions": conditions});
        if off["status"]["offloadingPhase"] == phase
            && off["status"]["remoteNamespacesConditions"]
                .as_object()
                .map(|m| m.len())
                == Some(conditions.len())
        {
            continue;
        }
        off["status"] = status;
        let name = name_of(&off);
        let _ = shared
            .store
            .update(&off_rt, Some(&ns), &name, off, true, STATUS_WRITER);
    }
}
