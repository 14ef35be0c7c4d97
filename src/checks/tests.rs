use super::*;
use crate::manifests;
use crate::plan::offload::{OffloadRequest, plan_offload};
use std::path::Path;

fn example_after(moves: &[(&str, &str)]) -> AppSnapshot {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/mubench-app");
    let mut docs: Vec<serde_json::Value> = manifests::read(&[root])
        .unwrap()
        .into_iter()
        .map(|d| d.value)
        .collect();
    for (svc, site) in moves {
        let snap = snapshot_of(&docs);
        let req = OffloadRequest {
            service: svc.to_string(),
            sites: vec![site.to_string()],
            holder: "t".into(),
            ..Default::default()
        };
        docs = manifests::result_set(&docs, &plan_offload(&snap, &req).unwrap());
    }
    snapshot_of(&docs)
}

fn snapshot_of(docs: &[serde_json::Value]) -> AppSnapshot {
    let docs: Vec<manifests::Document> = docs
        .iter()
        .map(|v| manifests::Document {
            origin: "t".into(),
            value: v.clone(),
        })
        .collect();
    manifests::snapshot(&docs, "fluidosmesh", "cloud").unwrap()
}

fn find<'a>(findings: &'a [Finding], code: &str) -> &'a Finding {
    findings
        .iter()
        .find(|f| f.code == code)
        .unwrap_or_else(|| panic!("{code} missing"))
}

#[test]
fn a_move_made_by_the_plugin_passes_every_service_check() {
    let snap = example_after(&[("s0", "edge1")]);
    let findings = namespace(&snap, None, None);
    let failing: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.status != Severity::Ok)
        .collect();
    assert!(failing.is_empty(), "{failing:#?}");
    assert_eq!(
        findings
            .iter()
            .filter(|f| f.category == "service fluidosmesh/s0")
            .count(),
        7
    );
}

#[test]
fn each_service_check_fails_on_its_own_breakage() {
    let base = example_after(&[("s0", "edge1")]);
    let mut no_dr = base.clone();
    no_dr.destination_rules.clear();
    assert_eq!(
        find(&namespace(&no_dr, None, None), "FM020").status,
        Severity::Error
    );

    let mut partial = base.clone();
    partial.destination_rules[0]["spec"]["trafficPolicy"]["loadBalancer"] = serde_json::json!({"localityLbSetting": {
        "distribute": [{"from": "region1/cloud/*", "to": {"region1/cloud/*": 100}}], "enabled": false}});
    let f = namespace(&partial, None, None);
    assert_eq!(find(&f, "FM021").status, Severity::Error);
    assert!(find(&f, "FM021").objects[0].contains("no weight for edge1"));
    assert_eq!(find(&f, "FM022").status, Severity::Error);

    let mut overlap = base.clone();
    let original = example_after(&[]).deployment("s0").cloned().unwrap();
    overlap.deployments.push(original);
    assert_eq!(
        find(&namespace(&overlap, None, None), "FM023").status,
        Severity::Error
    );

    let mut no_hpa = base.clone();
    no_hpa
        .hpas
        .retain(|h| h.metadata.name.as_deref() != Some("s0-edge1"));
    assert_eq!(
        find(&namespace(&no_hpa, None, None), "FM024").status,
        Severity::Warning
    );

    let mut no_anchor = base.clone();
    no_anchor
        .deployments
        .retain(|d| d.metadata.name.as_deref() != Some("s0-cloud"));
    let f = namespace(&no_anchor, None, None);
    assert_eq!(find(&f, "FM025").status, Severity::Error);
    assert!(
        find(&f, "FM025")
            .hint
            .as_deref()
            .unwrap()
            .contains("offload svc s0 --to edge1")
    );

    let mut narrow = base;
    let mut svc = serde_json::to_value(narrow.service("s0").unwrap()).unwrap();
    svc["spec"]["selector"]["tier"] = serde_json::json!("web");
    narrow
        .services
        .retain(|s| s.metadata.name.as_deref() != Some("s0"));
    narrow.services.push(serde_json::from_value(svc).unwrap());
    assert_eq!(
        find(&namespace(&narrow, None, None), "FM026").status,
        Severity::Error
    );
}

#[test]
fn back_and_forth_calls_are_found_from_the_workmodel() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/mubench-app/workmodel.yaml"
    ))
    .unwrap();
    let g = crate::latency::workmodel::parse(&text).unwrap();
    // s1 at the edge calls s5 (cloud), which calls s6; with s6 at the edge too, the call comes back.
    let looping = example_after(&[("s1", "edge1"), ("s6", "edge1")]);
    let f = namespace(&looping, None, Some(&g));
    let fm030 = find(&f, "FM030");
    assert_eq!(fm030.status, Severity::Warning);
    assert!(
        fm030.objects[0].starts_with("s1@edge1 -> s5@cloud -> s6@edge1"),
        "{:?}",
        fm030.objects
    );
    let straight = example_after(&[("s1", "edge1"), ("s5", "edge1"), ("s6", "edge1")]);
    assert_eq!(
        find(&namespace(&straight, None, Some(&g)), "FM030").status,
        Severity::Ok
    );
}

#[test]
fn site_checks_need_nodes_and_flag_unlabelled_ones() {
    let snap = example_after(&[]);
    assert!(
        sites(&snap).is_empty(),
        "offline, without nodes, there is nothing to check"
    );
    let mut with_nodes = snap;
    let docs =
        manifests::read(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/sites.yaml")])
            .unwrap();
    with_nodes.nodes = docs
        .iter()
        .map(|d| serde_json::from_value(d.value.clone()).unwrap())
        .collect();
    let f = sites(&with_nodes);
    assert_eq!(find(&f, "FM001").status, Severity::Error);
    assert_eq!(find(&f, "FM001").objects, ["node/cloud-spare"]);
    assert_eq!(find(&f, "FM002").status, Severity::Ok);
    assert_eq!(find(&f, "FM003").status, Severity::Ok);
}

fn example_docs(file: &str) -> Vec<serde_json::Value> {
    manifests::read(&[Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(file)])
    .unwrap()
    .into_iter()
    .map(|d| d.value)
    .collect()
}

/// The example mesh (examples/mesh.yaml) as `check` reads it.
fn example_mesh() -> MeshSnapshot {
    let docs = example_docs("mesh.yaml");
    let of = |kind: &'static str| docs.iter().filter(move |d| d["kind"] == kind).cloned();
    let pods: Vec<k8s_openapi::api::core::v1::Pod> = of("Pod")
        .map(|p| serde_json::from_value(p).unwrap())
        .collect();
    let (istiod, gateways) = pods
        .into_iter()
        .partition(|p| p.metadata.namespace.as_deref() == Some("istio-system"));
    MeshSnapshot {
        foreign_clusters: of("ForeignCluster").collect(),
        offloadings: of("NamespaceOffloading").collect(),
        istiod_pods: istiod,
        gateway_pods: gateways,
        ..Default::default()
    }
}

fn with_nodes(mut snap: AppSnapshot) -> AppSnapshot {
    snap.nodes = example_docs("sites.yaml")
        .into_iter()
        .map(|d| serde_json::from_value(d).unwrap())
        .collect();
    snap
}

fn statuses(findings: &[Finding]) -> Vec<(&str, Severity)> {
    findings.iter().map(|f| (f.code, f.status)).collect()
}

#[test]
fn the_installed_example_mesh_passes_every_mesh_check() {
    let snaps = [with_nodes(example_after(&[
        ("s0", "edge1"),
        ("s1", "edge2"),
    ]))];
    let f = mesh_checks(&snaps, &example_mesh());
    assert_eq!(
        statuses(&f),
        [
            ("FM005", Severity::Ok),
            ("FM040", Severity::Ok),
            ("FM041", Severity::Ok),
            ("FM042", Severity::Ok),
            ("FM043", Severity::Ok)
        ]
    );
}

#[test]
fn each_mesh_check_fails_on_its_own_breakage() {
    let snaps = [with_nodes(example_after(&[("s0", "edge1")]))];
    let check = |mesh: &MeshSnapshot, code: &str| find(&mesh_checks(&snaps, mesh), code).clone();

    let mut tunnel_down = example_mesh();
    tunnel_down.foreign_clusters[0]["status"]["modules"]["networking"]["conditions"][0]["status"] =
        serde_json::json!("Error");
    let f = check(&tunnel_down, "FM005");
    assert_eq!(f.status, Severity::Error);
    assert_eq!(
        f.objects,
        ["foreigncluster/edge1: networking NetworkConnectionStatus=Error"]
    );

    let mut not_ready = example_mesh();
    not_ready.istiod_pods[0]
        .status
        .as_mut()
        .unwrap()
        .conditions
        .as_mut()
        .unwrap()[0]
        .status = "False".into();
    assert_eq!(check(&not_ready, "FM040").status, Severity::Error);
    assert_eq!(
        check(&example_mesh_without_istiod(), "FM040").status,
        Severity::Error
    );

    let mut at_edge = example_mesh();
    at_edge.istiod_pods[0].spec.as_mut().unwrap().node_name = Some("liqo-edge1".into());
    let f = check(&at_edge, "FM041");
    assert_eq!(f.status, Severity::Error);
    assert!(f.objects[0].ends_with("runs at edge1"), "{:?}", f.objects);

    let mut remote = example_mesh();
    remote.offloadings[0]["spec"]["podOffloadingStrategy"] = serde_json::json!("LocalAndRemote");
    assert_eq!(check(&remote, "FM042").status, Severity::Error);
    let mut absent = example_mesh();
    absent.offloadings.clear();
    assert_eq!(check(&absent, "FM042").status, Severity::Warning);

    let mut no_edge_gateway = example_mesh();
    no_edge_gateway
        .gateway_pods
        .retain(|p| p.metadata.namespace.as_deref() != Some("istio-ingress-edge1"));
    let f = check(&no_edge_gateway, "FM043");
    assert_eq!(f.status, Severity::Error);
    assert_eq!(f.objects, ["site/edge1"]);
    // A site without copies needs no gateway.
    let mut no_edge2_gateway = example_mesh();
    no_edge2_gateway
        .gateway_pods
        .retain(|p| p.metadata.namespace.as_deref() != Some("istio-ingress-edge2"));
    assert_eq!(check(&no_edge2_gateway, "FM043").status, Severity::Ok);
}

fn example_mesh_without_istiod() -> MeshSnapshot {
    MeshSnapshot {
        istiod_pods: vec![],
        ..example_mesh()
    }
}

#[test]
fn service_pods_without_the_sidecar_are_named() {
    let snap = example_after(&[]);
    let pod = |name: &str, app: &str, containers: serde_json::Value| {
        serde_json::from_value(serde_json::json!({
            "metadata": {"name": name, "namespace": "fluidosmesh", "labels": {"app": app}},
            "spec": {"containers": containers},
            "status": {"phase": "Running"}
        }))
        .unwrap()
    };
    let mut mesh = example_mesh();
    mesh.app_pods = vec![
        pod(
            "s0-1",
            "s0",
            serde_json::json!([{"name": "app"}, {"name": "istio-proxy"}]),
        ),
        pod("s1-1", "s1", serde_json::json!([{"name": "app"}])),
        pod(
            "job-1",
            "not-a-service",
            serde_json::json!([{"name": "app"}]),
        ),
    ];
    let f = namespace(&snap, Some(&mesh), None);
    assert_eq!(find(&f, "FM012").status, Severity::Error);
    assert_eq!(find(&f, "FM012").objects, ["pod/s1-1"]);
    mesh.app_pods.remove(1);
    assert_eq!(
        find(&namespace(&snap, Some(&mesh), None), "FM012").status,
        Severity::Ok
    );
}

#[test]
fn a_destination_rule_in_the_root_namespace_counts_and_one_elsewhere_is_named() {
    let mut snap = example_after(&[("s0", "edge1")]);
    let mut rule = snap.destination_rules[0].clone();
    snap.destination_rules.clear();
    rule["metadata"]["namespace"] = serde_json::json!("shop");
    rule["spec"]["host"] = serde_json::json!("s0.fluidosmesh.svc.cluster.local");
    snap.destination_rules.push(rule.clone());
    let f = find(&namespace(&snap, None, None), "FM020").clone();
    assert_eq!(f.status, Severity::Error);
    assert!(
        f.objects[1].contains("in namespace shop"),
        "{:?}",
        f.objects
    );
    rule["metadata"]["namespace"] = serde_json::json!("istio-system");
    snap.destination_rules = vec![rule];
    assert_eq!(
        find(&namespace(&snap, None, None), "FM020").status,
        Severity::Ok
    );
}
