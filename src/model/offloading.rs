//! Liqo namespace offloading as the snapshot shows it.

use super::app::AppSnapshot;
use serde_json::Value;

/// Whether the namespace is offloaded to `site`: its NamespaceOffloading selects the site's
/// virtual nodes (no selector selects every peered cluster).
pub fn offloaded_to(snap: &AppSnapshot, site: &str) -> bool {
    let Some(off) = &snap.offloading else {
        return false;
    };
    if off["spec"]["podOffloadingStrategy"] == "Local" {
        return false;
    }
    let selector = &off["spec"]["clusterSelector"];
    let inventory = snap.sites();
    let Some(site) = inventory.site(site) else {
        return false;
    };
    snap.nodes
        .iter()
        .filter(|n| {
            site.nodes
                .iter()
                .any(|s| Some(&s.name) == n.metadata.name.as_ref())
        })
        .any(|n| {
            let labels = n.metadata.labels.clone().unwrap_or_default();
            node_selector_matches(selector, &labels)
        })
}

pub fn node_selector_matches(
    selector: &Value,
    labels: &std::collections::BTreeMap<String, String>,
) -> bool {
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
                .all(|e| {
                    let value = e["key"].as_str().and_then(|k| labels.get(k));
                    let values: Vec<&str> = e["values"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .collect();
                    match e["operator"].as_str().unwrap_or_default() {
                        "In" => value.is_some_and(|v| values.contains(&v.as_str())),
                        "NotIn" => value.is_none_or(|v| !values.contains(&v.as_str())),
                        "Exists" => value.is_some(),
                        "DoesNotExist" => value.is_none(),
                        _ => false,
                    }
                })
        })
}
