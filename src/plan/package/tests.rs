use super::*;
use crate::plan::policy::Policy;

fn original() -> Value {
    json!({"apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "s0", "namespace": "demo", "labels": {"app": "s0"}, "resourceVersion": "9", "uid": "u"},
        "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "s0"}},
            "template": {"metadata": {"labels": {"app": "s0", "version": "v1"}},
                "spec": {"containers": [{"name": "s0", "image": "i"}]}}},
        "status": {"readyReplicas": 2}})
}

#[test]
fn a_site_copy_adds_the_site_label_to_selector_and_template_and_pins_the_zone() {
    let copy = site_deployment(&original(), "s0", "edge1", Some(1));
    assert_eq!(copy["metadata"]["name"], "s0-edge1");
    assert_eq!(
        copy["spec"]["selector"]["matchLabels"],
        json!({"app": "s0", "fluidos-mesh.io/site": "edge1"})
    );
    assert_eq!(
        copy["spec"]["template"]["metadata"]["labels"]["fluidos-mesh.io/site"],
        "edge1"
    );
    assert_eq!(
        copy["spec"]["template"]["metadata"]["labels"]["version"],
        "v1"
    );
    let terms = &copy["spec"]["template"]["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
        ["nodeSelectorTerms"];
    assert_eq!(
        terms,
        &json!([{"matchExpressions": [{"key": "topology.kubernetes.io/zone", "operator": "In", "values": ["edge1"]}]}])
    );
    for (k, v) in [
        ("app.kubernetes.io/managed-by", "fluidos-mesh"),
        ("fluidos-mesh.io/service", "s0"),
        ("fluidos-mesh.io/origin", "s0"),
        ("fluidos-mesh.io/site", "edge1"),
    ] {
        assert_eq!(copy["metadata"]["labels"][k], v, "{k}");
    }
    assert_eq!(copy["spec"]["replicas"], 1);
    assert!(copy.get("status").is_none() && copy["metadata"].get("uid").is_none());
}

#[test]
fn existing_required_affinity_is_combined_with_and() {
    let mut o = original();
    o["spec"]["template"]["spec"]["affinity"] = json!({"nodeAffinity": {"requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": [
        {"matchExpressions": [{"key": "disk", "operator": "In", "values": ["ssd"]}]},
        {"matchExpressions": [{"key": "gpu", "operator": "Exists"}]}]}}});
    let copy = site_deployment(&o, "s0", "cloud", None);
    let terms = copy["spec"]["template"]["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]["nodeSelectorTerms"].as_array().unwrap().clone();
    assert_eq!(
        terms.len(),
        2,
        "each OR term keeps its requirement and gains the zone"
    );
    for t in terms {
        let exprs = t["matchExpressions"].as_array().unwrap();
        assert_eq!(exprs.len(), 2);
        assert_eq!(exprs[1]["values"], json!(["cloud"]));
    }
    assert!(
        copy["spec"].get("replicas").is_none(),
        "replicas left to the live object / HPA"
    );
}

#[test]
fn hpa_defaults_clone_and_overrides() {
    let copy = site_deployment(&original(), "s0", "edge1", Some(1));
    let default = site_hpa(None, &copy, HpaSettings::default());
    assert_eq!(default["spec"]["minReplicas"], 1);
    assert_eq!(default["spec"]["maxReplicas"], 10);
    assert_eq!(
        default["spec"]["metrics"][0]["resource"]["target"]["averageUtilization"],
        60
    );
    assert_eq!(default["spec"]["scaleTargetRef"]["name"], "s0-edge1");
    let orig = json!({"spec": {"minReplicas": 2, "maxReplicas": 4, "scaleTargetRef": {"name": "s0"},
        "metrics": [{"type": "Resource", "resource": {"name": "memory", "target": {"type": "Utilization", "averageUtilization": 80}}}]}});
    let cloned = site_hpa(
        Some(&orig),
        &copy,
        HpaSettings {
            max: Some(8),
            cpu_target: Some(50),
            ..Default::default()
        },
    );
    assert_eq!(cloned["spec"]["minReplicas"], 2);
    assert_eq!(cloned["spec"]["maxReplicas"], 8);
    assert_eq!(
        cloned["spec"]["metrics"].as_array().unwrap().len(),
        2,
        "memory metric kept, cpu added"
    );
    assert_eq!(cloned["spec"]["scaleTargetRef"]["name"], "s0-edge1");
    assert_eq!(
        cloned["metadata"]["labels"]["fluidos-mesh.io/site"],
        "edge1"
    );
}

#[test]
fn destination_rule_reuses_an_existing_rule_and_only_adds_outlier_detection() {
    let fresh = destination_rule("s0", "demo", None, &Policy::Keep);
    assert_eq!(fresh["spec"]["host"], "s0.demo.svc.cluster.local");
    assert_eq!(
        fresh["metadata"]["labels"]["app.kubernetes.io/managed-by"],
        "fluidos-mesh"
    );
    let existing = json!({"metadata": {"name": "s0-rule"}, "spec": {"host": "s0", "trafficPolicy": {"loadBalancer": {"simple": "ROUND_ROBIN"}}}});
    let partial = destination_rule("s0", "demo", Some(&existing), &Policy::Keep);
    assert_eq!(partial["metadata"]["name"], "s0-rule");
    assert_eq!(partial["spec"]["host"], "s0");
    assert!(
        partial["metadata"].get("labels").is_none(),
        "no ownership label on the user's rule"
    );
    assert_eq!(
        partial["spec"]["trafficPolicy"]["loadBalancer"],
        json!({"simple": "ROUND_ROBIN"}),
        "only the algorithm is repeated, unchanged, so a later apply cannot drop it"
    );
    let chosen = destination_rule(
        "s0",
        "demo",
        Some(&existing),
        &Policy::Lb(crate::plan::policy::Lb::LeastRequest),
    );
    assert_eq!(
        chosen["spec"]["trafficPolicy"]["loadBalancer"],
        json!({"simple": "LEAST_REQUEST"})
    );
    assert!(chosen["spec"]["trafficPolicy"]["outlierDetection"].is_object());
}

#[test]
fn backup_keeps_the_exact_original_without_server_fields() {
    let b = backup("s0", &original(), None);
    let kept: Value = serde_json::from_str(b["data"]["deployment.json"].as_str().unwrap()).unwrap();
    assert_eq!(kept["spec"], original()["spec"]);
    assert!(kept["metadata"].get("resourceVersion").is_none() && kept.get("status").is_none());
    assert_eq!(b["metadata"]["name"], "fluidos-mesh-original-s0");
}
