//! The real `kubectl` (v1.32 on the development and CI machines) against the test server.

mod common;

use fluidos_test_apiserver::TestServer;
use std::process::{Command, Output};

fn kubectl(
    server: &TestServer,
    cache: &std::path::Path,
    args: &[&str],
    stdin: Option<&str>,
) -> Output {
    use std::io::Write;
    let mut child = Command::new("kubectl")
        .arg("--kubeconfig")
        .arg(server.kubeconfig())
        .arg("--cache-dir")
        .arg(cache)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("kubectl must be on PATH (v1.32 is installed on every development and CI machine)");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "kubectl failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn kubectl_reads_seeded_nodes_and_prints_tables() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let cache = tempfile::tempdir().unwrap();
    let json: serde_json::Value = serde_json::from_str(&ok(kubectl(
        &server,
        cache.path(),
        &["get", "nodes", "-o", "json"],
        None,
    )))
    .unwrap();
    let names: Vec<&str> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["metadata"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["cloud-1", "liqo-edge1", "liqo-edge2"]);
    let selected = ok(kubectl(
        &server,
        cache.path(),
        &[
            "get",
            "nodes",
            "-l",
            "topology.kubernetes.io/zone in (edge2)",
            "-o",
            "name",
        ],
        None,
    ));
    assert_eq!(selected.trim(), "node/liqo-edge2");
    let table = ok(kubectl(&server, cache.path(), &["get", "ns"], None));
    assert!(table.contains("NAME") && table.contains("demo"), "{table}");
    let short = ok(kubectl(
        &server,
        cache.path(),
        &["get", "dr", "-A", "-o", "name"],
        None,
    ));
    assert_eq!(
        short.trim(),
        "",
        "no DestinationRules yet, and the short name resolves"
    );
}

#[test]
fn kubectl_server_side_apply_and_delete_round_trip() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let cache = tempfile::tempdir().unwrap();
    let manifest = "apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: s0, namespace: demo}\nspec:\n  host: s0.demo.svc.cluster.local\n  trafficPolicy: {outlierDetection: {consecutive5xxErrors: 7}}\n";
    let out = ok(kubectl(
        &server,
        cache.path(),
        &["apply", "--server-side", "--validate=false", "-f", "-"],
        Some(manifest),
    ));
    assert!(out.contains("serverside-applied"), "{out}");
    let dr = server
        .get(
            "networking.istio.io/v1",
            "DestinationRule",
            Some("demo"),
            "s0",
        )
        .unwrap();
    assert_eq!(
        dr["spec"]["trafficPolicy"]["outlierDetection"]["consecutive5xxErrors"],
        7
    );
    assert_eq!(dr["metadata"]["managedFields"][0]["manager"], "kubectl");
    ok(kubectl(
        &server,
        cache.path(),
        &["delete", "dr", "s0", "-n", "demo"],
        None,
    ));
    assert!(
        server
            .get(
                "networking.istio.io/v1",
                "DestinationRule",
                Some("demo"),
                "s0"
            )
            .is_none()
    );
}

#[test]
fn the_standalone_mode_prints_a_kubeconfig_kubectl_can_use() {
    use std::io::BufRead;
    let seed = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(seed.path(), common::SITES).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_fluidos-test-apiserver"))
        .arg("--seed")
        .arg(seed.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let kubeconfig = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| l.strip_prefix("kubeconfig: ").map(String::from))
        .expect("kubeconfig line");
    let cache = tempfile::tempdir().unwrap();
    let out = Command::new("kubectl")
        .args(["--kubeconfig", &kubeconfig, "--cache-dir"])
        .arg(cache.path())
        .args(["get", "nodes", "-o", "name"])
        .output()
        .unwrap();
    child.kill().unwrap();
    let _ = child.wait();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        3,
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
