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
    let findings = namespace(&snap, None);
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
        find(&namespace(&no_dr, None), "FM020").status,
        Severity::Error
    );

    let mut partial = base.clone();
    partial.destination_rules[0]["spec"]["trafficPolicy"]["loadBalancer"] = serde_json::json!({"localityLbSetting": {
        "distribute": [{"from": "region1/cloud/*", "to": {"region1/cloud/*": 100}}], "enabled": false}});
    let f = namespace(&partial, None);
    assert_eq!(find(&f, "FM021").status, Severity::Error);
    assert!(find(&f, "FM021").objects[0].contains("no weight for edge1"));
    assert_eq!(find(&f, "FM022").status, Severity::Error);

    let mut overlap = base.clone();
    let original = example_after(&[]).deployment("s0").cloned().unwrap();
    overlap.deployments.push(original);
    assert_eq!(
        find(&namespace(&overlap, None), "FM023").status,
        Severity::Error
    );

    let mut no_hpa = base.clone();
    no_hpa
        .hpas
        .retain(|h| h.metadata.name.as_deref() != Some("s0-edge1"));
    assert_eq!(
        find(&namespace(&no_hpa, None), "FM024").status,
        Severity::Warning
    );

    let mut no_anchor = base.clone();
    no_anchor
        .deployments
        .retain(|d| d.metadata.name.as_deref() != Some("s0-cloud"));
    let f = namespace(&no_anchor, None);
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
        find(&namespace(&narrow, None), "FM026").status,
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
    let f = namespace(&looping, Some(&g));
    let fm030 = find(&f, "FM030");
    assert_eq!(fm030.status, Severity::Warning);
    assert!(
        fm030.objects[0].starts_with("s1@edge1 -> s5@cloud -> s6@edge1"),
        "{:?}",
        fm030.objects
    );
    let straight = example_after(&[("s1", "edge1"), ("s5", "edge1"), ("s6", "edge1")]);
    assert_eq!(
        find(&namespace(&straight, Some(&g)), "FM030").status,
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
