//! Discovery documents: `/version`, `/api`, `/api/v1`, `/apis`, `/apis/GROUP/VERSION`.

use crate::resources::{Registry, ResourceType};
use serde_json::{Value, json};

pub const SERVER_MINOR: &str = "33";

pub fn version() -> Value {
    json!({
        "major": "1", "minor": SERVER_MINOR,
        "gitVersion": format!("v1.{SERVER_MINOR}.0-fluidos-test"),
        "gitCommit": "0000000000000000000000000000000000000000", "gitTreeState": "clean",
        "buildDate": "2026-01-01T00:00:00Z", "goVersion": "go1.24", "compiler": "gc",
        "platform": "linux/amd64"
    })
}

pub fn core_versions(address: &str) -> Value {
    json!({"kind": "APIVersions", "versions": ["v1"],
           "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": address}]})
}

pub fn groups(registry: &Registry) -> Value {
    let groups: Vec<Value> = registry
        .groups()
        .into_iter()
        .map(|(name, versions)| {
            let entries: Vec<Value> = versions
                .iter()
                .map(|v| json!({"groupVersion": format!("{name}/{v}"), "version": v}))
                .collect();
            json!({"name": name, "versions": entries, "preferredVersion": entries[0]})
        })
        .collect();
    json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": groups})
}

fn resource_entries(t: &ResourceType) -> Vec<Value> {
    let mut entry = json!({
        "name": t.plural, "singularName": t.singular, "namespaced": t.namespaced,
        "kind": t.kind, "verbs": t.verbs,
    });
    if !t.short_names.is_empty() {
        entry["shortNames"] = json!(t.short_names);
    }
    let mut entries = vec![entry];
    if t.has_status {
        entries.push(
            json!({"name": format!("{}/status", t.plural), "singularName": "",
            "namespaced": t.namespaced, "kind": t.kind, "verbs": ["get", "patch", "update"]}),
        );
    }
    entries
}

/// `None` when the group/version is not served (the caller answers 404).
pub fn resource_list(registry: &Registry, group: &str, version: &str) -> Option<Value> {
    let types = registry.group_versions(group, version);
    if types.is_empty() {
        return None;
    }
    let group_version = if group.is_empty() {
        version.to_string()
    } else {
        format!("{group}/{version}")
    };
    let resources: Vec<Value> = types.into_iter().flat_map(resource_entries).collect();
    Some(json!({"kind": "APIResourceList", "apiVersion": "v1",
                "groupVersion": group_version, "resources": resources}))
}

/// The server-side `Table` that `kubectl get` asks for: name and creation time, like the real
/// server's default for kinds without printer columns.
pub fn table(objects: &[Value], resource_version: &str) -> Value {
    let rows: Vec<Value> = objects
        .iter()
        .map(|o| {
            json!({"cells": [o["metadata"]["name"], o["metadata"]["creationTimestamp"]],
                   "object": {"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1",
                              "metadata": o["metadata"]}})
        })
        .collect();
    json!({"kind": "Table", "apiVersion": "meta.k8s.io/v1",
           "metadata": {"resourceVersion": resource_version},
           "columnDefinitions": [
               {"name": "Name", "type": "string", "format": "name", "description": "Name", "priority": 0},
               {"name": "Created At", "type": "date", "format": "", "description": "Creation time", "priority": 0}],
           "rows": rows})
}
