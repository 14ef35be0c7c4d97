use super::*;
use crate::manifests;
use crate::plan::unoffload::{Leaving, UnoffloadRequest, plan_unoffload};
use serde_json::json;
use std::path::Path;

fn example() -> AppSnapshot {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/mubench-app");
    let docs = manifests::read(&[root]).unwrap();
    manifests::snapshot(&docs, "fluidosmesh", "cloud").unwrap()
}

fn request(service: &str, sites: &[&str]) -> OffloadRequest {
    OffloadRequest {
        service: service.into(),
        sites: sites.iter().map(|s| s.to_string()).collect(),
        holder: "test".into(),
        ..Default::default()
    }
}

fn described(cs: &ChangeSet) -> Vec<String> {
    cs.steps.iter().map(Step::describe).collect()
}

/// What the cluster would hold after `cs`: applies/creates replace, deletes remove.
fn after(mut snap: AppSnapshot, cs: &ChangeSet) -> AppSnapshot {
    let docs: Vec<manifests::Document> = Vec::new();
    let _ = docs;
    for step in &cs.steps {
        match step {
            Step::Apply { object, .. } | Step::Create { object } | Step::Restore { object } => {
                upsert(&mut snap, object)
            }
            Step::Delete { target, .. } => remove(&mut snap, target),
            Step::WaitReady { .. } => {}
        }
    }
    snap
}

fn upsert(snap: &mut AppSnapshot, object: &Value) {
    let target = ObjectRef::of(object);
    remove(snap, &target);
    let mut merged = object.clone();
    merged["metadata"]["namespace"] = json!(snap.namespace);
    match target.kind.as_str() {
        "Deployment" => snap
            .deployments
            .push(serde_json::from_value(merged).unwrap()),
        "HorizontalPodAutoscaler" => snap.hpas.push(serde_json::from_value(merged).unwrap()),
        "ConfigMap" => snap
            .config_maps
            .push(serde_json::from_value(merged).unwrap()),
        "DestinationRule" => snap.destination_rules.push(merged),
        "NamespaceOffloading" => snap.offloading = Some(merged),
        "Namespace" => snap.namespace_object = Some(serde_json::from_value(merged).unwrap()),
        other => panic!("unexpected kind {other}"),
    }
}

fn remove(snap: &mut AppSnapshot, t: &ObjectRef) {
    let keep = |name: Option<&String>| name.map(String::as_str) != Some(t.name.as_str());
    match t.kind.as_str() {
        "Deployment" => snap.deployments.retain(|d| keep(d.metadata.name.as_ref())),
        "HorizontalPodAutoscaler" => snap.hpas.retain(|d| keep(d.metadata.name.as_ref())),
        "ConfigMap" => snap.config_maps.retain(|d| keep(d.metadata.name.as_ref())),
        "DestinationRule" => snap
            .destination_rules
            .retain(|d| d["metadata"]["name"] != t.name),
        _ => {}
    }
}

#[test]
fn the_first_move_migrates_to_a_cloud_anchor_then_adds_the_edge_copy() {
    let cs = plan_offload(&example(), &request("s0", &["edge1"])).unwrap();
    assert_eq!(
        described(&cs),
        [
            "create configmap/fluidos-mesh-lock-s0 in fluidosmesh",
            "create configmap/fluidos-mesh-original-s0 in fluidosmesh",
            "create deployment/s0-cloud in fluidosmesh",
            "create horizontalpodautoscaler/s0-cloud in fluidosmesh",
            "delete horizontalpodautoscaler/s0 in fluidosmesh",
            "delete deployment/s0 in fluidosmesh",
            "create deployment/s0-edge1 in fluidosmesh",
            "create horizontalpodautoscaler/s0-edge1 in fluidosmesh",
            "create destinationrule/s0 in fluidosmesh",
            "delete configmap/fluidos-mesh-lock-s0 in fluidosmesh",
        ]
    );
    let objects = cs.objects();
    let anchor = objects
        .iter()
        .find(|o| o["metadata"]["name"] == "s0-cloud" && o["kind"] == "Deployment")
        .unwrap();
    let edge = objects
        .iter()
        .find(|o| o["metadata"]["name"] == "s0-edge1" && o["kind"] == "Deployment")
        .unwrap();
    // Disjoint selectors: each copy selects only its own site's pods.
    assert_eq!(
        anchor["spec"]["selector"]["matchLabels"],
        json!({"app": "s0", "fluidos-mesh.io/site": "cloud"})
    );
    assert_eq!(
        edge["spec"]["selector"]["matchLabels"],
        json!({"app": "s0", "fluidos-mesh.io/site": "edge1"})
    );
    assert_eq!(anchor["spec"]["replicas"], 1);
    // The original HPA (min 1, max 5, 70%) is cloned for each copy.
    let edge_hpa = objects
        .iter()
        .find(|o| o["metadata"]["name"] == "s0-edge1" && o["kind"] == "HorizontalPodAutoscaler")
        .unwrap();
    assert_eq!(
        (
            edge_hpa["spec"]["maxReplicas"].clone(),
            edge_hpa["spec"]["scaleTargetRef"]["name"].clone()
        ),
        (json!(5), json!("s0-edge1"))
    );
    for o in &objects {
        assert_eq!(
            o["metadata"]["labels"]["app.kubernetes.io/managed-by"], "fluidos-mesh",
            "{}",
            o["metadata"]["name"]
        );
    }
}

#[test]
fn running_the_same_move_again_changes_nothing_and_takes_no_lock() {
    let snap = example();
    let first = plan_offload(&snap, &request("s0", &["edge1"])).unwrap();
    let second = plan_offload(&after(snap, &first), &request("s0", &["edge1"])).unwrap();
    assert_eq!(described(&second), Vec::<String>::new());
}

#[test]
fn a_later_move_reuses_the_anchor() {
    let snap = example();
    let first = plan_offload(&snap, &request("s0", &["edge1"])).unwrap();
    let second = plan_offload(&after(snap, &first), &request("s0", &["edge2"])).unwrap();
    assert_eq!(
        described(&second),
        [
            "create configmap/fluidos-mesh-lock-s0 in fluidosmesh",
            "create deployment/s0-edge2 in fluidosmesh",
            "create horizontalpodautoscaler/s0-edge2 in fluidosmesh",
            "delete configmap/fluidos-mesh-lock-s0 in fluidosmesh",
        ]
    );
}

#[test]
fn a_service_with_three_versioned_deployments_gets_a_copy_of_each() {
    let mut snap = example();
    let base = snap.deployment("s2").cloned().unwrap();
    snap.deployments
        .retain(|d| d.metadata.name.as_deref() != Some("s2"));
    for v in ["v1", "v2", "v3"] {
        let mut d = to_json(&base);
        d["metadata"]["name"] = json!(format!("s2-{v}"));
        d["spec"]["selector"]["matchLabels"] = json!({"app": "s2", "version": v});
        d["spec"]["template"]["metadata"]["labels"] = json!({"app": "s2", "version": v});
        snap.deployments.push(serde_json::from_value(d).unwrap());
    }
    let cs = plan_offload(&snap, &request("s2", &["edge1"])).unwrap();
    let names: Vec<String> = cs
        .objects()
        .iter()
        .filter(|o| o["kind"] == "Deployment")
        .map(|o| o["metadata"]["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        [
            "s2-v1-cloud",
            "s2-v1-edge1",
            "s2-v2-cloud",
            "s2-v2-edge1",
            "s2-v3-cloud",
            "s2-v3-edge1"
        ]
    );
    let v2 = cs
        .objects()
        .into_iter()
        .find(|o| o["metadata"]["name"] == "s2-v2-edge1")
        .unwrap()
        .clone();
    assert_eq!(
        v2["spec"]["selector"]["matchLabels"],
        json!({"app": "s2", "version": "v2", "fluidos-mesh.io/site": "edge1"})
    );
    // Without an original HPA, each copy gets the defaults.
    let hpa = cs
        .objects()
        .into_iter()
        .find(|o| o["kind"] == "HorizontalPodAutoscaler" && o["metadata"]["name"] == "s2-v2-edge1")
        .unwrap()
        .clone();
    assert_eq!(
        (
            hpa["spec"]["minReplicas"].clone(),
            hpa["spec"]["maxReplicas"].clone()
        ),
        (json!(1), json!(10))
    );
}

#[test]
fn an_existing_destination_rule_gets_only_outlier_detection() {
    let mut snap = example();
    snap.destination_rules.push(json!({"apiVersion": "networking.istio.io/v1", "kind": "DestinationRule",
        "metadata": {"name": "s0-dr", "namespace": "fluidosmesh"}, "spec": {"host": "s0", "trafficPolicy": {"loadBalancer": {"simple": "LEAST_REQUEST"}}}}));
    let cs = plan_offload(&snap, &request("s0", &["edge1"])).unwrap();
    let dr = cs
        .objects()
        .into_iter()
        .find(|o| o["kind"] == "DestinationRule")
        .unwrap()
        .clone();
    assert_eq!(dr["metadata"]["name"], "s0-dr");
    assert_eq!(dr["spec"]["host"], "s0");
    assert!(dr["spec"]["trafficPolicy"]["outlierDetection"].is_object());
    assert_eq!(
        dr["spec"]["trafficPolicy"]["loadBalancer"],
        json!({"simple": "LEAST_REQUEST"}),
        "the user's algorithm is repeated unchanged, nothing else"
    );
}

#[test]
fn bad_requests_are_usage_errors_naming_the_fix() {
    let snap = example();
    let cases = [
        (
            OffloadRequest {
                hpa: HpaSettings {
                    min: Some(5),
                    max: Some(2),
                    cpu_target: None,
                },
                ..request("s0", &["edge1"])
            },
            "--min 5 is greater than --max 2",
        ),
        (
            OffloadRequest {
                replicas: Some(-1),
                ..request("s0", &["edge1"])
            },
            "--replicas must be 0 or more",
        ),
        (request("S0", &["edge1"]), "invalid service name \"S0\""),
        (request("s0", &["cloud"]), "is the cloud site"),
        (request("s0", &[]), "no target site"),
    ];
    for (req, expected) in cases {
        let err = plan_offload(&snap, &req).unwrap_err();
        assert!(
            err.usage && err.message.contains(expected),
            "{expected}: {err:?}"
        );
    }
}

#[test]
fn unknown_service_and_services_without_deployments_are_clear_errors() {
    let mut snap = example();
    let err = plan_offload(&snap, &request("nope", &["edge1"])).unwrap_err();
    assert!(
        err.message
            .contains("service \"nope\" not found in namespace \"fluidosmesh\""),
        "{err:?}"
    );
    snap.deployments
        .retain(|d| d.metadata.name.as_deref() != Some("s4"));
    let err = plan_offload(&snap, &request("s4", &["edge1"])).unwrap_err();
    assert!(
        err.message.contains("no Deployment runs the pods") && err.hint.contains("StatefulSets"),
        "{err:?}"
    );
    let mut svc = to_json(snap.service("s5").unwrap());
    svc["spec"]["selector"] = json!({});
    snap.services
        .retain(|s| s.metadata.name.as_deref() != Some("s5"));
    snap.services.push(serde_json::from_value(svc).unwrap());
    let err = plan_offload(&snap, &request("s5", &["edge1"])).unwrap_err();
    assert!(err.message.contains("has no selector"), "{err:?}");
}

#[test]
fn unoffload_removes_the_edge_copy_and_restore_returns_to_the_original() {
    let snap = example();
    let moved = after(
        snap.clone(),
        &plan_offload(&snap, &request("s0", &["edge1"])).unwrap(),
    );
    let from_edge = UnoffloadRequest {
        service: "s0".into(),
        from: Leaving::Sites(vec!["edge1".into()]),
        restore: false,
        holder: "t".into(),
    };
    assert_eq!(
        described(&plan_unoffload(&moved, &from_edge).unwrap()),
        [
            "create configmap/fluidos-mesh-lock-s0 in fluidosmesh",
            "delete horizontalpodautoscaler/s0-edge1 in fluidosmesh",
            "delete deployment/s0-edge1 in fluidosmesh",
            "delete configmap/fluidos-mesh-lock-s0 in fluidosmesh",
        ]
    );
    let restore = UnoffloadRequest {
        restore: true,
        from: Leaving::All,
        ..from_edge
    };
    let cs = plan_unoffload(&moved, &restore).unwrap();
    let restored = after(moved, &cs);
    let original = snap.deployment("s0").map(to_json).unwrap();
    let back = restored.deployment("s0").map(to_json).unwrap();
    assert_eq!(
        back["spec"], original["spec"],
        "the original Deployment comes back exactly"
    );
    assert!(restored.hpa_for("s0").is_some(), "and its HPA");
    assert!(
        restored
            .deployments
            .iter()
            .all(|d| !crate::model::app::is_managed(&d.metadata)),
        "no copy is left"
    );
    assert!(restored.destination_rules.is_empty() && restored.config_maps.is_empty());
}
