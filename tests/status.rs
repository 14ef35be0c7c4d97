//! `kubectl fluidos-mesh status` against the loopback test server.

mod common;

use common::{plugin_for, repo, stderr};
use fluidos_test_apiserver::TestServer;
use serde_json::Value;

const NS: &str = "fluidosmesh";

fn server() -> TestServer {
    common::app_server(common::fast_controllers())
}

fn plugin(server: &TestServer, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    let out = plugin_for(server, home.path()).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out
}

fn json(server: &TestServer, args: &[&str]) -> Value {
    serde_json::from_slice(&plugin(server, args).stdout).unwrap()
}

fn service<'a>(doc: &'a Value, name: &str) -> &'a Value {
    doc["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap()
}

#[test]
fn shows_each_copy_per_site_with_locality() {
    let server = server();
    plugin(&server, &["offload", "namespace", NS, "--sites", "edge1"]);
    plugin(
        &server,
        &["offload", "svc", "s0", "--to", "edge1", "-n", NS, "--wait"],
    );
    let doc = json(&server, &["status", "-n", NS, "-o", "json"]);
    assert_eq!(doc["sites"][0], "cloud");
    let s0 = service(&doc, "s0");
    assert_eq!(s0["sites"]["cloud"]["ready"], 1);
    assert_eq!(s0["sites"]["edge1"]["desired"], 1);
    assert_eq!(s0["sites"]["edge1"]["hpa"]["max"], 5);
    assert_eq!(s0["locality"], true);
    assert_eq!(s0["warnings"], serde_json::json!([]), "{s0}");
    let s1 = service(&doc, "s1");
    assert!(s1["sites"].get("edge1").is_none());
    let table = String::from_utf8(plugin(&server, &["status", "-n", NS]).stdout).unwrap();
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header[..2], ["SERVICE", "CLOUD"]);
    let s0_row: Vec<&str> = table
        .lines()
        .find(|l| l.starts_with("s0 "))
        .unwrap()
        .split_whitespace()
        .collect();
    assert!(s0_row.contains(&"on"), "{table}");
}

#[test]
fn warns_about_unoffloaded_sites_overlapping_selectors_and_missing_locality() {
    let server = server();
    plugin(&server, &["offload", "namespace", NS, "--sites", "edge1"]);
    plugin(
        &server,
        &["offload", "svc", "s0", "--to", "edge1", "-n", NS, "--wait"],
    );
    // Someone re-creates the original next to the copies, drops the DestinationRule, and the
    // namespace loses its offloading.
    server.seed_yaml(
        std::fs::read_to_string(repo().join("examples/mubench-app/deployments.yaml"))
            .unwrap()
            .split("---")
            .next()
            .unwrap(),
    );
    for (kind, name) in [("dr", "s0"), ("namespaceoffloading", "offloading")] {
        let out = common::kubectl(&server, &["delete", kind, name, "-n", NS]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let doc = json(&server, &["status", "-n", NS, "-o", "json"]);
    let warnings: Vec<String> = service(&doc, "s0")["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap().to_string())
        .collect();
    let all = warnings.join("\n");
    assert!(all.contains("namespace not offloaded to edge1"), "{all}");
    assert!(
        all.contains("selectors of s0 and s0-cloud overlap"),
        "{all}"
    );
    assert!(all.contains("no locality routing"), "{all}");
    assert_eq!(service(&doc, "s0")["locality"], false);
}

#[test]
fn makes_a_constant_number_of_list_requests() {
    let server = server();
    server.clear_log();
    plugin(&server, &["status", "-n", NS]);
    let few = server.requests().len();
    for i in 0..40 {
        server.seed_yaml(&format!("apiVersion: v1\nkind: Service\nmetadata: {{name: extra{i}, namespace: {NS}}}\nspec: {{selector: {{app: extra{i}}}}}\n"));
    }
    server.clear_log();
    plugin(&server, &["status", "-A"]);
    let requests = server.requests();
    assert_eq!(requests.len(), few, "{requests:?}");
    assert!(requests.iter().all(|r| r.verb == "list"));
    assert!(requests.len() <= 10);
}
