//! `peer` / `unpeer` with a `liqoctl` test double (tests/common/tools.rs): the main and the edge
//! cluster are two loopback test servers.

mod common;

use common::{APP_NS, plugin_for, stderr, stdout};
use fluidos_test_apiserver::TestServer;
use fluidos_test_apiserver::doubles::path_with;
use std::path::Path;

const MAIN_NODES: &str = "apiVersion: v1\nkind: Node\nmetadata: {name: cloud-a, labels: {topology.kubernetes.io/zone: cloud}}\nstatus: {conditions: [{type: Ready, status: 'True'}]}\n---\napiVersion: v1\nkind: Node\nmetadata: {name: cloud-b}\nstatus: {conditions: [{type: Ready, status: 'True'}]}\n";
const LIQO_NS: &str = "apiVersion: v1\nkind: Namespace\nmetadata: {name: liqo}\n";

fn main_cluster() -> TestServer {
    let server = TestServer::builder().start();
    server.seed_yaml(MAIN_NODES);
    server.seed_yaml(LIQO_NS);
    server
}

fn edge_cluster() -> TestServer {
    let server = TestServer::builder().start();
    server.seed_yaml(LIQO_NS);
    server
}

fn run(main: &TestServer, dir: &Path, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    plugin_for(main, home.path())
        .env("PATH", path_with(dir))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn peer_runs_liqoctl_waits_for_health_and_labels_the_sites() {
    let (main, edge) = (main_cluster(), edge_cluster());
    let dir = tempfile::tempdir().unwrap();
    let liqoctl = common::tools::liqoctl(dir.path(), &main, "v1.0.1", "edge1", false);
    let edge_kc = edge.kubeconfig().display().to_string();
    let out = run(
        &main,
        dir.path(),
        &[
            "peer",
            "edge1",
            "--remote-kubeconfig",
            &edge_kc,
            "--cpu",
            "4",
            "-y",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let main_kc = main.kubeconfig().display().to_string();
    assert_eq!(
        liqoctl.calls(),
        [
            vec!["version".to_string(), "--client".into()],
            [
                "peer",
                "--kubeconfig",
                &main_kc,
                "--remote-kubeconfig",
                &edge_kc,
                "--gw-server-service-type",
                "NodePort",
                "--cpu",
                "4"
            ]
            .map(String::from)
            .to_vec(),
        ]
    );
    let node = main.get("v1", "Node", None, "cloud-b").unwrap();
    assert_eq!(
        node["metadata"]["labels"]["topology.kubernetes.io/zone"], "cloud",
        "the unlabelled cloud node"
    );
    let vn = main
        .get(
            "offloading.liqo.io/v1beta1",
            "VirtualNode",
            Some("liqo-tenant-edge1"),
            "edge1",
        )
        .unwrap();
    assert_eq!(vn["spec"]["labels"]["topology.kubernetes.io/zone"], "edge1");
    assert!(
        stderr(&out).contains("--cluster-labels topology.kubernetes.io/zone=edge1"),
        "{}",
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("SITE"),
        "ends with the site summary: {}",
        stdout(&out)
    );
}

#[test]
fn preflight_failures_stop_before_liqoctl_peer() {
    let edge = edge_cluster();
    let edge_kc = edge.kubeconfig().display().to_string();
    // Liqo absent on the main cluster.
    let bare = TestServer::builder().without_group("core.liqo.io").start();
    bare.seed_yaml(MAIN_NODES);
    bare.seed_yaml(LIQO_NS);
    let dir = tempfile::tempdir().unwrap();
    let liqoctl = common::tools::liqoctl(dir.path(), &bare, "v1.0.1", "edge1", false);
    let out = run(
        &bare,
        dir.path(),
        &["peer", "edge1", "--remote-kubeconfig", &edge_kc, "-y"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Liqo is not installed on the main cluster"),
        "{}",
        stderr(&out)
    );
    assert!(liqoctl.calls().iter().all(|c| c[0] != "peer"));
    // The edge cluster unreachable.
    let main = main_cluster();
    let dir = tempfile::tempdir().unwrap();
    let liqoctl = common::tools::liqoctl(dir.path(), &main, "v1.0.1", "edge1", false);
    let gone = TestServer::builder().start();
    let dead_kc = dir.path().join("dead-kubeconfig");
    std::fs::copy(gone.kubeconfig(), &dead_kc).unwrap();
    let dead_kc = dead_kc.display().to_string();
    drop(gone);
    let out = run(
        &main,
        dir.path(),
        &["peer", "edge1", "--remote-kubeconfig", &dead_kc, "-y"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("cannot reach the Kubernetes API server"),
        "{}",
        stderr(&out)
    );
    assert!(liqoctl.calls().iter().all(|c| c[0] != "peer"));
    // liqoctl too old.
    let dir = tempfile::tempdir().unwrap();
    common::tools::liqoctl(dir.path(), &main, "v0.10.3", "edge1", false);
    let out = run(
        &main,
        dir.path(),
        &["peer", "edge1", "--remote-kubeconfig", &edge_kc, "-y"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("liqoctl is v0.10.3, older than the v1.0.0"),
        "{}",
        stderr(&out)
    );
    assert!(main.writes().is_empty());
}

#[test]
fn a_failing_liqoctl_is_shown_and_marked() {
    let (main, edge) = (main_cluster(), edge_cluster());
    let dir = tempfile::tempdir().unwrap();
    common::tools::liqoctl(dir.path(), &main, "v1.0.1", "edge1", true);
    let edge_kc = edge.kubeconfig().display().to_string();
    let out = run(
        &main,
        dir.path(),
        &["peer", "edge1", "--remote-kubeconfig", &edge_kc, "-y"],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("FAILED liqoctl peer (edge1)"), "{err}");
    assert!(err.contains("gateway unreachable"), "{err}");
}

#[test]
fn unpeer_refuses_while_copies_are_pinned_and_force_moves_them_back_first() {
    let main = common::app_server(common::fast_controllers());
    let dir = tempfile::tempdir().unwrap();
    let liqoctl = common::tools::liqoctl(dir.path(), &main, "v1.0.1", "edge1", false);
    let edge = edge_cluster();
    let edge_kc = edge.kubeconfig().display().to_string();
    for args in [
        &["offload", "namespace", APP_NS, "--sites", "edge1"][..],
        &[
            "offload", "svc", "s0", "--to", "edge1", "-n", APP_NS, "--wait",
        ][..],
    ] {
        let out = run(&main, dir.path(), args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    }
    let out = run(
        &main,
        dir.path(),
        &["unpeer", "edge1", "--remote-kubeconfig", &edge_kc, "-y"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("copies pinned to edge1: fluidosmesh/s0"),
        "{}",
        stderr(&out)
    );
    let out = run(
        &main,
        dir.path(),
        &["unpeer", "nowhere", "--remote-kubeconfig", &edge_kc, "-y"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no peered site \"nowhere\""),
        "{}",
        stderr(&out)
    );
    let out = run(
        &main,
        dir.path(),
        &[
            "unpeer",
            "edge1",
            "--remote-kubeconfig",
            &edge_kc,
            "--force",
            "-y",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        main.get("apps/v1", "Deployment", Some(APP_NS), "s0-edge1")
            .is_none(),
        "moved back first"
    );
    assert!(main.get("v1", "Node", None, "liqo-edge1").is_none());
    assert_eq!(liqoctl.calls().last().unwrap()[0], "unpeer");
}

#[test]
fn dry_run_prints_the_liqoctl_command_and_the_label_changes_and_runs_nothing() {
    let main = main_cluster();
    let dir = tempfile::tempdir().unwrap();
    let liqoctl = common::tools::liqoctl(dir.path(), &main, "v1.0.1", "edge1", false);
    main.clear_log();
    let out = run(
        &main,
        dir.path(),
        &[
            "peer",
            "edge1",
            "--remote-kubeconfig",
            "/k/edge1",
            "--pods",
            "50",
            "--dry-run",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("liqoctl peer --kubeconfig"), "{text}");
    assert!(
        text.contains("--remote-kubeconfig /k/edge1 --gw-server-service-type NodePort --pods 50"),
        "{text}"
    );
    assert!(
        text.contains("node/cloud-b"),
        "the unlabelled cloud node would be labelled: {text}"
    );
    assert!(liqoctl.calls().is_empty());
    assert!(main.writes().is_empty());
}
