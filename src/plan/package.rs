//! The seed's packaging of one microservice, as pure functions: per-site Deployment and HPA, the
//! DestinationRule fields that turn locality routing on, and the backup of the original.

use super::changeset::strip_server_fields;
use crate::model::labels;
use serde_json::{Map, Value, json};

/// HPA settings from flags; unset fields keep the original HPA's (or the defaults).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct HpaSettings {
    pub min: Option<i32>,
    pub max: Option<i32>,
    pub cpu_target: Option<i32>,
}

pub const DEFAULT_MIN: i32 = 1;
pub const DEFAULT_MAX: i32 = 10;
pub const DEFAULT_CPU_TARGET: i32 = 60;

pub fn copy_name(origin: &str, site: &str) -> String {
    format!("{origin}-{site}")
}

pub fn backup_name(origin: &str) -> String {
    format!("fluidos-mesh-original-{origin}")
}

pub fn lock_name(service: &str) -> String {
    format!("fluidos-mesh-lock-{service}")
}

fn ownership_labels(service: &str, origin: &str, site: Option<&str>) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert(labels::MANAGED_BY.into(), json!(labels::MANAGED_BY_VALUE));
    m.insert(labels::SERVICE.into(), json!(service));
    m.insert(labels::ORIGIN.into(), json!(origin));
    if let Some(site) = site {
        m.insert(labels::SITE.into(), json!(site));
    }
    m
}

fn insert_label(object: &mut Value, pointer: &str, key: &str, value: &str) {
    if object.pointer(pointer).is_none_or(|v| !v.is_object()) {
        set_pointer(object, pointer, json!({}));
    }
    if let Some(Value::Object(m)) = object.pointer_mut(pointer) {
        m.insert(key.into(), json!(value));
    }
}

/// Sets `pointer` (creating parent objects) to `value`.
fn set_pointer(object: &mut Value, pointer: &str, value: Value) {
    let mut cursor = object;
    let tokens: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    for (i, t) in tokens.iter().enumerate() {
        if !cursor.is_object() {
            *cursor = json!({});
        }
        let map = cursor.as_object_mut().expect("made an object above");
        if i == tokens.len() - 1 {
            map.insert(t.to_string(), value);
            return;
        }
        cursor = map.entry(t.to_string()).or_insert_with(|| json!({}));
    }
}

/// Adds `zone In [site]` to every required node-selector term (AND with what the template
/// already requires), or creates the one term.
fn pin_to_site(spec: &mut Value, site: &str) {
    let requirement = json!({"key": labels::ZONE, "operator": "In", "values": [site]});
    let pointer =
        "/affinity/nodeAffinity/requiredDuringSchedulingIgnoredDuringExecution/nodeSelectorTerms";
    let mut terms: Vec<Value> = spec
        .pointer(pointer)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if terms.is_empty() {
        terms.push(json!({"matchExpressions": []}));
    }
    for term in terms.iter_mut() {
        let mut exprs: Vec<Value> = term["matchExpressions"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        exprs.retain(|e| e["key"] != labels::ZONE);
        exprs.push(requirement.clone());
        term["matchExpressions"] = Value::Array(exprs);
    }
    set_pointer(spec, pointer, Value::Array(terms));
}

/// The per-site copy `<origin>-<site>` of an original Deployment (given as its JSON).
pub fn site_deployment(
    original: &Value,
    service: &str,
    site: &str,
    replicas: Option<i64>,
) -> Value {
    let origin = original["metadata"]["name"].as_str().unwrap_or_default();
    let namespace = original["metadata"]["namespace"].clone();
    let mut spec = original["spec"].clone();
    insert_label(&mut spec, "/selector/matchLabels", labels::SITE, site);
    insert_label(&mut spec, "/template/metadata/labels", labels::SITE, site);
    if let Some(template_spec) = spec.pointer_mut("/template/spec") {
        pin_to_site(template_spec, site);
    }
    match replicas {
        Some(r) => spec["replicas"] = json!(r),
        None => {
            if let Some(m) = spec.as_object_mut() {
                m.remove("replicas");
            }
        }
    }
    let mut meta_labels = original["metadata"]["labels"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    meta_labels.extend(ownership_labels(service, origin, Some(site)));
    json!({
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": copy_name(origin, site), "namespace": namespace, "labels": meta_labels},
        "spec": spec,
    })
}

/// The HPA of a per-site copy: the original HPA's spec when there is one, else the defaults;
/// flags override either.
pub fn site_hpa(original_hpa: Option<&Value>, copy: &Value, settings: HpaSettings) -> Value {
    let name = copy["metadata"]["name"].as_str().unwrap_or_default();
    let mut spec = original_hpa.map(|h| h["spec"].clone()).unwrap_or_else(|| {
        json!({"minReplicas": DEFAULT_MIN, "maxReplicas": DEFAULT_MAX, "metrics": [{"type": "Resource",
            "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": DEFAULT_CPU_TARGET}}}]})
    });
    spec["scaleTargetRef"] = json!({"apiVersion": "apps/v1", "kind": "Deployment", "name": name});
    if let Some(min) = settings.min {
        spec["minReplicas"] = json!(min);
    }
    if let Some(max) = settings.max {
        spec["maxReplicas"] = json!(max);
    }
    if let Some(cpu) = settings.cpu_target {
        let cpu_metric = json!({"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": cpu}}});
        let mut metrics: Vec<Value> = spec["metrics"].as_array().cloned().unwrap_or_default();
        metrics.retain(|m| !(m["type"] == "Resource" && m["resource"]["name"] == "cpu"));
        metrics.insert(0, cpu_metric);
        spec["metrics"] = Value::Array(metrics);
    }
    let copy_labels = &copy["metadata"]["labels"];
    let mut meta_labels = Map::new();
    for key in [
        labels::MANAGED_BY,
        labels::SERVICE,
        labels::ORIGIN,
        labels::SITE,
    ] {
        if let Some(v) = copy_labels.get(key) {
            meta_labels.insert(key.into(), v.clone());
        }
    }
    json!({
        "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": name, "namespace": copy["metadata"]["namespace"], "labels": meta_labels},
        "spec": spec,
    })
}

/// Outlier detection as the seed configures it: Istio routes by locality only when it is set.
pub fn outlier_detection() -> Value {
    json!({"consecutive5xxErrors": 5, "interval": "10s", "baseEjectionTime": "30s", "maxEjectionPercent": 100})
}

pub fn service_fqdn(service: &str, namespace: &str) -> String {
    format!("{service}.{namespace}.svc.cluster.local")
}

/// The DestinationRule fields the plugin owns, as a partial object for server-side apply. With
/// an existing rule (`existing`), its name and host are reused and nothing else is touched
/// besides `policy` (whose `Keep` repeats the live algorithm, so re-applying never drops it).
pub fn destination_rule(
    service: &str,
    namespace: &str,
    existing: Option<&Value>,
    policy: &super::policy::Policy,
) -> Value {
    let (name, host) = match existing {
        Some(dr) => (
            dr["metadata"]["name"]
                .as_str()
                .unwrap_or(service)
                .to_string(),
            dr["spec"]["host"]
                .as_str()
                .map(String::from)
                .unwrap_or_else(|| service_fqdn(service, namespace)),
        ),
        None => (service.to_string(), service_fqdn(service, namespace)),
    };
    let mut metadata = json!({"name": name, "namespace": namespace});
    if existing.is_none() {
        metadata["labels"] =
            json!({labels::MANAGED_BY: labels::MANAGED_BY_VALUE, labels::SERVICE: service});
    }
    let mut traffic = json!({"outlierDetection": outlier_detection()});
    if let Some(lb) = policy.load_balancer(existing) {
        traffic["loadBalancer"] = lb;
    }
    json!({
        "apiVersion": "networking.istio.io/v1", "kind": "DestinationRule", "metadata": metadata,
        "spec": {"host": host, "trafficPolicy": traffic},
    })
}

/// The ConfigMap that keeps the original Deployment (and HPA) exactly, for `--restore`.
pub fn backup(service: &str, original: &Value, original_hpa: Option<&Value>) -> Value {
    let origin = original["metadata"]["name"].as_str().unwrap_or_default();
    let mut data = Map::new();
    data.insert(
        "deployment.json".into(),
        json!(strip_server_fields(original).to_string()),
    );
    if let Some(hpa) = original_hpa {
        data.insert(
            "hpa.json".into(),
            json!(strip_server_fields(hpa).to_string()),
        );
    }
    json!({
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": backup_name(origin), "namespace": original["metadata"]["namespace"],
                     "labels": ownership_labels(service, origin, None)},
        "data": data,
    })
}

/// The per-service lock: created first, deleted last; a second move finds it and stops.
pub fn lock(service: &str, namespace: &str, holder: &str) -> Value {
    json!({
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": lock_name(service), "namespace": namespace,
                     "labels": {labels::MANAGED_BY: labels::MANAGED_BY_VALUE, labels::SERVICE: service}},
        "data": {"holder": holder},
    })
}

#[cfg(test)]
mod tests;
