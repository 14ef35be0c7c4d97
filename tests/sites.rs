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
            "MEMORY",
            "PEERING",
            "GATEWAY"
        ]
    );
    assert_eq!(
        rows[1][..8],
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
        rows[2][..8],
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
        rows[3][..8],
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
        rows[4][..8],
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
        rows[5][..8],
        ["<none>", "-", "cloud-spare", "no", "-", "Ready", "2", "8Gi"]
    );
    assert_eq!(rows.len(), 7);
    assert_eq!(
        text.lines().last(),
        Some("Mesh-wide mTLS: PERMISSIVE"),
        "Istio's default"
    );
    // No ForeignCluster and no gateway in this cluster: the edge rows say so.
    assert_eq!(rows[1][8..], ["-", "none"]);
    assert!(
        text.lines()
            .nth(3)
            .unwrap()
            .contains("no ForeignCluster for edge1"),
        "{text}"
    );
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
fn sites_makes_four_list_requests() {
    let server = seeded_server();
    let home = tempfile::tempdir().unwrap();
    server.clear_log();
    plugin_for(&server, home.path())
        .arg("sites")
        .assert()
        .success();
    let requests = server.requests();
    let mut seen: Vec<(&str, &str)> = requests
        .iter()
        .map(|r| (r.verb.as_str(), r.resource.as_str()))
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        [
            ("list", "foreignclusters"),
            ("list", "nodes"),
            ("list", "peerauthentications"),
            ("list", "pods")
        ],
        "nodes, peerings, gateway pods and the mesh-wide mTLS policy, whatever the cluster size"
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

#[test]
fn edge_sites_show_their_peering_health_and_every_site_its_gateway() {
    let server = seeded_server();
    common::seed_example_mesh(&server);
    let patch = common::kubectl(
        &server,
        &[
            "patch",
            "foreignclusters.core.liqo.io",
            "edge2",
            "--subresource",
            "status",
            "--type",
            "json",
            "-p",
            r#"[{"op": "replace", "path": "/status/modules/networking/conditions/0", "value": {"type": "NetworkConnectionStatus", "status": "Error", "message": "gateway unreachable"}}]"#,
        ],
    );
    assert!(patch.status.success(), "{}", stderr(&patch));
    let del = common::kubectl(
        &server,
        &["delete", "pod", "--all", "-n", "istio-ingress-cloud"],
    );
    assert!(del.status.success());
    let home = tempfile::tempdir().unwrap();
    let out = plugin_for(&server, home.path())
        .args(["sites", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let site = |name: &str| {
        doc["sites"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(site("edge1")["peering"], "healthy");
    assert_eq!(site("edge1")["gateway"], true);
    assert_eq!(
        site("edge2")["peering"],
        "networking NetworkConnectionStatus=Error: gateway unreachable"
    );
    assert!(
        site("cloud").get("peering").is_none(),
        "the local site has no peering"
    );
    assert_eq!(site("cloud")["gateway"], false);
    assert_eq!(doc["meshMtls"], "PERMISSIVE");
}
