//! `kubectl fluidos-mesh check`: codes, hints, exit codes, JSON, offline gate.

mod common;

use common::{APP_NS, plugin, plugin_for, repo, stderr, stdout};
use serde_json::Value;

fn statuses(doc: &Value) -> Vec<(String, String)> {
    doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["code"].as_str().unwrap().to_string(),
                c["status"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_moved_service_passes_once_every_node_has_a_zone() {
    let server = common::app_server(common::fast_controllers());
    common::seed_example_mesh(&server);
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        plugin_for(&server, home.path())
            .args(args)
            .output()
            .unwrap()
    };
    assert!(
        run(&["offload", "namespace", APP_NS, "--sites", "edge1"])
            .status
            .success()
    );
    assert!(
        run(&[
            "offload", "svc", "s0", "--to", "edge1", "-n", APP_NS, "--wait"
        ])
        .status
        .success()
    );
    let out = run(&["check", "-n", APP_NS]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the example has an unlabelled node"
    );
    let text = stdout(&out);
    assert!(
        text.contains("[xx] every node has a topology.kubernetes.io/zone label")
            && text.contains("node/cloud-spare"),
        "{text}"
    );
    assert!(
        text.contains("hint: kubectl label node NODE topology.kubernetes.io/zone=<site>"),
        "{text}"
    );
    assert!(
        !text.contains('\u{1b}') && !text.contains('✔'),
        "plain ASCII when not on a terminal"
    );
    assert!(stderr(&out).contains("check found errors"));
    let label = common::kubectl(
        &server,
        &[
            "label",
            "node",
            "cloud-spare",
            "topology.kubernetes.io/zone=cloud",
        ],
    );
    assert!(label.status.success(), "{}", stderr(&label));
    let out = run(&["check", "-n", APP_NS, "-o", "json"]);
    assert!(out.status.success(), "{}", stdout(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        doc["summary"],
        serde_json::json!({"errors": 0, "warnings": 0})
    );
    let codes: Vec<String> = statuses(&doc).into_iter().map(|(c, _)| c).collect();
    for code in [
        "FM001", "FM002", "FM003", "FM005", "FM010", "FM011", "FM012", "FM020", "FM023", "FM025",
        "FM026", "FM040", "FM041", "FM042", "FM043", "FM050", "FM051", "FM052", "FM053",
    ] {
        assert!(codes.contains(&code.to_string()), "{code} in {codes:?}");
    }
}

#[test]
fn the_cluster_breaking_locality_routing_is_an_error_with_its_fix() {
    let server = common::app_server(common::fast_controllers());
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        plugin_for(&server, home.path())
            .args(args)
            .output()
            .unwrap()
    };
    assert!(
        run(&["offload", "namespace", APP_NS, "--sites", "edge1"])
            .status
            .success()
    );
    assert!(
        run(&["offload", "svc", "s0", "--to", "edge1", "-n", APP_NS])
            .status
            .success()
    );
    let del = common::kubectl(&server, &["delete", "dr", "s0", "-n", APP_NS]);
    assert!(del.status.success());
    let out = run(&["check", "-n", APP_NS, "-o", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let fm020 = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "FM020")
        .unwrap();
    assert_eq!(fm020["status"], "error");
    assert!(
        fm020["hint"]
            .as_str()
            .unwrap()
            .contains("kubectl fluidos-mesh offload svc s0 --to edge1 -n fluidosmesh")
    );
}

#[test]
fn offline_it_gates_manifests_and_warnings_can_fail_too() {
    let home = tempfile::tempdir().unwrap();
    let app = repo().join("examples/mubench-app");
    let mut docs = String::new();
    for (svc, site) in [("s1", "edge1"), ("s6", "edge1")] {
        let input = if docs.is_empty() {
            app.display().to_string()
        } else {
            "-".to_string()
        };
        let mut cmd = plugin(home.path());
        cmd.args([
            "offload", "svc", svc, "--to", site, "-o", "yaml", "-f", &input,
        ]);
        if input == "-" {
            cmd.write_stdin(docs.clone());
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        docs = stdout(&out);
    }
    let workmodel = app.join("workmodel.yaml");
    let check = |extra: &[&str]| {
        let mut cmd = plugin(home.path());
        cmd.args(["check", "-f", "-", "--workmodel"])
            .arg(&workmodel)
            .args(extra)
            .write_stdin(docs.clone());
        cmd.output().unwrap()
    };
    let out = check(&[]);
    assert!(
        out.status.success(),
        "a warning alone passes: {}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("[!!] no call leaves an edge site")
            && stdout(&out).contains("s1@edge1 -> s5@cloud -> s6@edge1"),
        "{}",
        stdout(&out)
    );
    let out = check(&["--warnings-as-errors"]);
    assert_eq!(out.status.code(), Some(1));
}

/// The example app with s0 moved to edge1 on top of the installed example mesh, every node
/// labelled: a cluster where `check` passes, for the tests below to break one thing each.
fn healthy_cluster() -> fluidos_test_apiserver::TestServer {
    let server = common::app_server(common::fast_controllers());
    common::seed_example_mesh(&server);
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["offload", "namespace", APP_NS, "--sites", "edge1"][..],
        &[
            "offload", "svc", "s0", "--to", "edge1", "-n", APP_NS, "--wait",
        ][..],
    ] {
        let out = plugin_for(&server, home.path())
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let label = common::kubectl(
        &server,
        &[
            "label",
            "node",
            "cloud-spare",
            "topology.kubernetes.io/zone=cloud",
        ],
    );
    assert!(label.status.success(), "{}", stderr(&label));
    server
}

fn check_json(server: &fluidos_test_apiserver::TestServer, extra: &[&str]) -> (Option<i32>, Value) {
    let home = tempfile::tempdir().unwrap();
    let out = plugin_for(server, home.path())
        .args(["check", "-n", APP_NS, "-o", "json"])
        .args(extra)
        .output()
        .unwrap();
    let doc = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {} {}", stdout(&out), stderr(&out)));
    (out.status.code(), doc)
}

fn finding<'a>(doc: &'a Value, code: &str) -> &'a Value {
    doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == code)
        .unwrap_or_else(|| panic!("{code} missing"))
}

#[test]
fn a_broken_mesh_fails_the_checks_that_name_it() {
    let server = healthy_cluster();
    assert_eq!(check_json(&server, &[]).0, Some(0));
    let run = |args: &[&str]| {
        let out = common::kubectl(&server, args);
        assert!(out.status.success(), "{}", stderr(&out));
    };
    // The edge1 tunnel goes down, the edge1 gateway disappears, istiod lands at the edge.
    run(&[
        "patch",
        "foreignclusters.core.liqo.io",
        "edge1",
        "--subresource",
        "status",
        "--type",
        "json",
        "-p",
        r#"[{"op": "replace", "path": "/status/modules/networking/conditions/0/status", "value": "Error"}]"#,
    ]);
    run(&["delete", "pod", "-n", "istio-ingress-edge1", "--all"]);
    run(&["delete", "pod", "-n", "istio-system", "--all"]);
    let (code, doc) = check_json(&server, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(
        finding(&doc, "FM005")["objects"][0],
        "foreigncluster/edge1: networking NetworkConnectionStatus=Error"
    );
    assert_eq!(finding(&doc, "FM040")["status"], "error");
    assert_eq!(
        finding(&doc, "FM043")["objects"],
        serde_json::json!(["site/edge1"])
    );
    assert!(
        finding(&doc, "FM043")["hint"]
            .as_str()
            .unwrap()
            .contains("install --sites cloud,edge1")
    );
    // A service pod started before injection was enabled.
    server.seed_value(serde_json::json!({"apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "s0-old", "namespace": APP_NS, "labels": {"app": "s0"}},
        "spec": {"containers": [{"name": "s0", "image": "msvcbench/microservice_v3"}]},
        "status": {"phase": "Running"}}));
    let (_, doc) = check_json(&server, &[]);
    assert_eq!(
        finding(&doc, "FM012")["objects"],
        serde_json::json!(["pod/s0-old"])
    );
}

#[test]
fn missing_permissions_are_reported_per_command_as_warnings() {
    let server = healthy_cluster();
    server.deny(fluidos_test_apiserver::Denial {
        verb: "delete".into(),
        group: "apps".into(),
        resource: "deployments".into(),
        namespace: Some(APP_NS.into()),
    });
    server.clear_log();
    let (code, doc) = check_json(&server, &[]);
    assert_eq!(code, Some(0), "warnings alone pass");
    let lists = server
        .requests()
        .iter()
        .filter(|r| r.verb == "list")
        .count();
    assert_eq!(lists, 16, "10 for the application, 6 for the mesh");
    let reviews = server.count("create", "selfsubjectaccessreviews");
    assert_eq!(
        reviews, 40,
        "8 reads, 13 moves, 5 namespaces, 2 check, 4 more for peer, 8 more for install"
    );
    let moves = finding(&doc, "FM051");
    assert_eq!(moves["status"], "warning");
    assert_eq!(
        moves["objects"],
        serde_json::json!(["delete deployments.apps -n fluidosmesh"])
    );
    assert!(
        moves["hint"]
            .as_str()
            .unwrap()
            .contains("kubectl auth can-i delete deployments.apps -n fluidosmesh")
    );
    assert_eq!(finding(&doc, "FM050")["status"], "ok");
    assert_eq!(check_json(&server, &["--warnings-as-errors"]).0, Some(1));
}

#[test]
fn a_destination_rule_in_the_root_namespace_enables_locality_routing() {
    let server = healthy_cluster();
    let out = common::kubectl(&server, &["get", "dr", "s0", "-n", APP_NS, "-o", "json"]);
    let mut rule: Value = serde_json::from_slice(&out.stdout).unwrap();
    let del = common::kubectl(&server, &["delete", "dr", "s0", "-n", APP_NS]);
    assert!(del.status.success());
    rule["metadata"] = serde_json::json!({"name": "s0-mesh-wide", "namespace": "istio-system"});
    rule["spec"]["host"] = serde_json::json!("s0.fluidosmesh.svc.cluster.local");
    server.seed_value(rule.clone());
    let (code, doc) = check_json(&server, &[]);
    assert_eq!(code, Some(0), "{doc}");
    assert_eq!(finding(&doc, "FM020")["status"], "ok");
    // The same rule in an unrelated namespace applies only to that namespace's clients.
    server.seed_value(
        serde_json::json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}}),
    );
    rule["metadata"] = serde_json::json!({"name": "s0-elsewhere", "namespace": "shop"});
    server.seed_value(rule);
    let del = common::kubectl(
        &server,
        &["delete", "dr", "s0-mesh-wide", "-n", "istio-system"],
    );
    assert!(del.status.success());
    let (code, doc) = check_json(&server, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(
        finding(&doc, "FM020")["objects"][1],
        "destinationrule/s0-elsewhere in namespace shop (applies only to clients in shop)"
    );
}

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(repo().join("docs/schemas/check.schema.json")).unwrap();
    jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).unwrap()
}

#[test]
fn json_output_follows_the_documented_schema() {
    let server = healthy_cluster();
    server.deny(fluidos_test_apiserver::Denial {
        verb: "patch".into(),
        group: "".into(),
        resource: "namespaces".into(),
        namespace: None,
    });
    let (_, passing) = check_json(&server, &[]);
    let del = common::kubectl(&server, &["delete", "dr", "s0", "-n", APP_NS]);
    assert!(del.status.success());
    let (_, failing) = check_json(&server, &[]);
    let validator = schema();
    for doc in [&passing, &failing] {
        let errors: Vec<String> = validator.iter_errors(doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    // The schema is strict enough to notice a broken document.
    let mut broken = failing.clone();
    broken["checks"][0]["status"] = serde_json::json!("fine");
    assert!(!validator.is_valid(&broken));
    let mut hintless = failing;
    let fm020 = hintless["checks"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|c| c["code"] == "FM020")
        .unwrap();
    fm020.as_object_mut().unwrap().remove("hint");
    assert!(!validator.is_valid(&hintless));
}

#[test]
fn the_text_report_matches_its_snapshot() {
    let server = healthy_cluster();
    let del = common::kubectl(
        &server,
        &["delete", "pod", "-n", "istio-ingress-edge1", "--all"],
    );
    assert!(del.status.success());
    let patch = common::kubectl(
        &server,
        &[
            "patch",
            "dr",
            "s0",
            "-n",
            APP_NS,
            "--type",
            "json",
            "-p",
            r#"[{"op": "remove", "path": "/spec/trafficPolicy/outlierDetection"}]"#,
        ],
    );
    assert!(patch.status.success(), "{}", stderr(&patch));
    let home = tempfile::tempdir().unwrap();
    let out = plugin_for(&server, home.path())
        .args(["check", "-n", APP_NS])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    common::assert_snapshot("check-broken.txt", &stdout(&out));
}
