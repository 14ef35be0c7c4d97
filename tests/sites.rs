//! `kubectl fluidos-mesh sites` end to end against the loopback test API server.

mod common;

use common::{plugin_for, seeded_server, stderr, stdout};
use serde_json::Value;

#[test]
fn prints_one_row_per_node_grouped_by_site_and_warns_about_unlabelled_nodes() {
    let server = seeded_server();
    let home = tempfile::tempdir().unwrap();
    let out = plugin_for(&server, home.path())
        .arg("sites")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let rows: Vec<Vec<&str>> = text
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(
        rows[0],
        [
            "SITE",
            "KIND",
            "NODE",
            "VIRTUAL",
            "CLUSTER-ID",
            "READY",
            "CPU",
            "MEMORY"
        ]
    );
    assert_eq!(
        rows[1],
        [
            "cloud",
            "local",
            "cloud-control-plane",
            "no",
            "-",
            "Ready",
            "4",
            "16Gi"
        ]
    );
    assert_eq!(
        rows[2],
        [
            "cloud",
            "local",
            "cloud-worker",
            "no",
            "-",
            "Ready",
            "7.8",
            "31Gi"
        ]
    );
    assert_eq!(
        rows[3],
        [
            "edge1",
            "edge",
            "liqo-edge1",
            "yes",
            "edge1",
            "Ready",
            "2",
            "4Gi"
        ]
    );
    assert_eq!(
        rows[4],
        [
            "edge2",
            "edge",
            "liqo-edge2",
            "yes",
            "edge2",
            "NotReady",
            "1.5",
            "2Gi"
        ]
    );
    assert_eq!(
        rows[5],
        ["<none>", "-", "cloud-spare", "no", "-", "Ready", "2", "8Gi"]
    );
    assert_eq!(rows.len(), 6);
    assert!(
        !text.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
    let err = stderr(&out);
    assert!(
        err.contains("node \"cloud-spare\" has no topology.kubernetes.io/zone label"),
        "{err}"
    );
    assert!(
        err.contains("kubectl label node cloud-spare topology.kubernetes.io/zone=<site>"),
        "{err}"
    );
}

#[test]
fn json_and_yaml_describe_the_same_sites() {
    let server = seeded_server();
    let home = tempfile::tempdir().unwrap();
    let json = plugin_for(&server, home.path())
        .args(["sites", "-o", "json"])
        .output()
        .unwrap();
    assert!(json.status.success());
    let doc: Value = serde_json::from_slice(&json.stdout).unwrap();
    let names: Vec<&str> = doc["sites"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["cloud", "edge1", "edge2"]);
    assert_eq!(doc["sites"][0]["cpuMillis"], 11800);
    assert_eq!(doc["sites"][0]["readyNodes"], 2);
    assert_eq!(doc["sites"][1]["kind"], "edge");
    assert_eq!(doc["sites"][1]["nodes"][0]["virtual"], true);
    assert_eq!(doc["sites"][1]["nodes"][0]["remoteClusterId"], "edge1");
    assert_eq!(doc["sites"][2]["nodes"][0]["ready"], "NotReady");
    assert_eq!(doc["unlabelledNodes"][0]["name"], "cloud-spare");

    let yaml = plugin_for(&server, home.path())
        .args(["sites", "-o", "yaml"])
        .output()
        .unwrap();
    assert!(yaml.status.success());
    let from_yaml: Value = serde_saphyr::from_str(&stdout(&yaml)).unwrap();
    assert_eq!(from_yaml, doc, "YAML and JSON carry the same document");
}

#[test]
fn sites_makes_exactly_one_list_request() {
    let server = seeded_server();
    let home = tempfile::tempdir().unwrap();
    server.clear_log();
    plugin_for(&server, home.path())
        .arg("sites")
        .assert()
        .success();
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    assert_eq!(
        (requests[0].verb.as_str(), requests[0].resource.as_str()),
        ("list", "nodes")
    );
}

#[test]
fn the_real_kubectl_reads_the_same_nodes() {
    let server = seeded_server();
    let home = tempfile::tempdir().unwrap();
    let kubectl = common::kubectl(&server, &["get", "nodes", "-o", "json"]);
    assert!(kubectl.status.success(), "{}", stderr(&kubectl));
    let nodes: Value = serde_json::from_slice(&kubectl.stdout).unwrap();
    let mut from_kubectl: Vec<String> = nodes["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["metadata"]["name"].as_str().unwrap().to_string())
        .collect();
    let ours = plugin_for(&server, home.path())
        .args(["sites", "-o", "json"])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&ours.stdout).unwrap();
    let mut from_plugin: Vec<String> = doc["sites"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["nodes"].as_array().unwrap().iter())
        .chain(doc["unlabelledNodes"].as_array().unwrap())
        .map(|n| n["name"].as_str().unwrap().to_string())
        .collect();
    from_kubectl.sort();
    from_plugin.sort();
    assert_eq!(from_plugin, from_kubectl);
}

#[test]
fn an_empty_cluster_says_so() {
    let server = fluidos_test_apiserver::TestServer::builder().start();
    let home = tempfile::tempdir().unwrap();
    let out = plugin_for(&server, home.path())
        .arg("sites")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("No nodes found."));
}
