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
        "FM001", "FM002", "FM003", "FM010", "FM011", "FM020", "FM023", "FM025", "FM026",
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
