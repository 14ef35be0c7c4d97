//! Moving a microservice between cloud and edge, end to end against the loopback test server
//! (with the Deployment and NamespaceOffloading status writers simulated).

mod common;

use common::{plugin_for, repo, stderr, stdout};
use fluidos_test_apiserver::{Controllers, Fault, FaultAction, TestServer};
use serde_json::Value;
use std::collections::BTreeMap;
use std::time::Duration;

const NS: &str = "fluidosmesh";

fn server() -> TestServer {
    common::app_server(Controllers {
        deployment_delay: Some(Duration::from_millis(30)),
        offloading_delay: Some(Duration::from_millis(10)),
    })
}

/// A server whose namespace is already offloaded to edge1 and edge2.
fn offloaded_server() -> TestServer {
    let server = server();
    let home = tempfile::tempdir().unwrap();
    let out = plugin_for(&server, home.path())
        .args(["offload", "namespace", NS, "--sites", "edge1,edge2"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    server
}

fn run(server: &TestServer, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    plugin_for(server, home.path()).args(args).output().unwrap()
}

/// Every object a user could see, without server bookkeeping: kind/namespace/name → labels and spec/data.
fn state(server: &TestServer) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    for (av, kind) in [
        ("apps/v1", "Deployment"),
        ("autoscaling/v2", "HorizontalPodAutoscaler"),
        ("v1", "ConfigMap"),
        ("v1", "Service"),
        ("networking.istio.io/v1", "DestinationRule"),
        ("offloading.liqo.io/v1beta1", "NamespaceOffloading"),
        ("v1", "Namespace"),
    ] {
        for o in server.list(av, kind) {
            let key = format!(
                "{kind}/{}/{}",
                o["metadata"]["namespace"].as_str().unwrap_or("-"),
                o["metadata"]["name"].as_str().unwrap()
            );
            out.insert(key, serde_json::json!({"labels": o["metadata"]["labels"], "spec": o["spec"], "data": o["data"]}));
        }
    }
    out
}

#[test]
fn offload_namespace_creates_the_offloading_and_turns_on_injection() {
    let server = server();
    let out = run(
        &server,
        &["offload", "namespace", "fluidosmesh", "--sites", "edge1"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let off = server
        .get(
            "offloading.liqo.io/v1beta1",
            "NamespaceOffloading",
            Some(NS),
            "offloading",
        )
        .unwrap();
    assert_eq!(off["spec"]["namespaceMappingStrategy"], "EnforceSameName");
    assert_eq!(
        off["status"]["offloadingPhase"], "Ready",
        "the command waited for Liqo"
    );
    let ns = server.get("v1", "Namespace", None, NS).unwrap();
    assert_eq!(ns["metadata"]["labels"]["istio-injection"], "enabled");
}

#[test]
fn offload_status_unoffload_restore_round_trip() {
    let server = offloaded_server();
    let before = state(&server);
    let original = server.get("apps/v1", "Deployment", Some(NS), "s0").unwrap();
    server.clear_log();
    let out = run(
        &server,
        &["offload", "svc", "s0", "--to", "edge1", "-n", NS, "--wait"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let requests = server.requests();
    let non_watch = requests.iter().filter(|r| r.verb != "watch").count();
    eprintln!(
        "first move: {non_watch} requests ({} writes)",
        server.writes().len()
    );
    assert_eq!(
        server.writes().len(),
        10,
        "lock, backup, anchor + HPA, 2 deletes, copy + HPA, DR, unlock"
    );
    assert!(
        non_watch <= 22,
        "10 reads, 10 writes, the waits' initial lists: {non_watch}"
    );

    assert!(
        server
            .get("apps/v1", "Deployment", Some(NS), "s0")
            .is_none(),
        "the original moved to the anchor"
    );
    let anchor = server
        .get("apps/v1", "Deployment", Some(NS), "s0-cloud")
        .unwrap();
    let edge = server
        .get("apps/v1", "Deployment", Some(NS), "s0-edge1")
        .unwrap();
    assert_eq!(
        anchor["spec"]["selector"]["matchLabels"]["fluidos-mesh.io/site"],
        "cloud"
    );
    assert_eq!(
        edge["spec"]["selector"]["matchLabels"]["fluidos-mesh.io/site"],
        "edge1"
    );
    assert_eq!(
        edge["status"]["readyReplicas"], 1,
        "--wait waited for the copy"
    );
    assert_eq!(
        server
            .get(
                "autoscaling/v2",
                "HorizontalPodAutoscaler",
                Some(NS),
                "s0-edge1"
            )
            .unwrap()["spec"]["maxReplicas"],
        5
    );
    assert!(
        server
            .get("autoscaling/v2", "HorizontalPodAutoscaler", Some(NS), "s0")
            .is_none()
    );
    let dr = server
        .get("networking.istio.io/v1", "DestinationRule", Some(NS), "s0")
        .unwrap();
    assert!(dr["spec"]["trafficPolicy"]["outlierDetection"].is_object());
    assert!(
        server
            .get("v1", "ConfigMap", Some(NS), "fluidos-mesh-lock-s0")
            .is_none(),
        "the lock is released"
    );
    for r in server.writes() {
        if r.verb == "patch" {
            assert!(r.query.contains("fieldManager=fluidos-mesh"), "{r:?}");
        }
    }

    // The same command again writes nothing.
    server.clear_log();
    let again = run(
        &server,
        &["offload", "svc", "s0", "--to", "edge1", "-n", NS],
    );
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(server.writes(), vec![], "a repeated move must not write");

    // The real kubectl reads the result.
    let kubectl = common::kubectl(
        &server,
        &[
            "get",
            "deploy",
            "-n",
            NS,
            "-l",
            "fluidos-mesh.io/service=s0",
            "-o",
            "name",
        ],
    );
    assert_eq!(
        stdout(&kubectl).lines().collect::<Vec<_>>(),
        ["deployment.apps/s0-cloud", "deployment.apps/s0-edge1"],
        "{}",
        stderr(&kubectl)
    );

    let out = run(
        &server,
        &["unoffload", "svc", "s0", "--from", "edge1", "-n", NS],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        server
            .get("apps/v1", "Deployment", Some(NS), "s0-edge1")
            .is_none()
    );
    assert!(
        server
            .get("apps/v1", "Deployment", Some(NS), "s0-cloud")
            .is_some(),
        "the anchor stays"
    );

    let out = run(&server, &["unoffload", "svc", "s0", "--restore", "-n", NS]);
    assert!(out.status.success(), "{}", stderr(&out));
    let restored = server.get("apps/v1", "Deployment", Some(NS), "s0").unwrap();
    assert_eq!(restored["spec"]["template"], original["spec"]["template"]);
    assert_eq!(restored["spec"]["selector"], original["spec"]["selector"]);
    assert_eq!(
        state(&server),
        before,
        "restore leaves exactly the original objects"
    );
}

#[test]
fn a_later_move_stays_within_fourteen_requests() {
    let server = offloaded_server();
    assert!(
        run(
            &server,
            &[
                "offload",
                "svc",
                "s0",
                "--to",
                "edge1",
                "-n",
                NS,
                "--wait=false"
            ]
        )
        .status
        .success()
    );
    server.clear_log();
    let out = run(
        &server,
        &[
            "offload",
            "svc",
            "s0",
            "--to",
            "edge2",
            "-n",
            NS,
            "--wait=false",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let requests = server.requests();
    assert!(
        requests.len() <= 14,
        "{} requests: {:#?}",
        requests.len(),
        requests
            .iter()
            .map(|r| format!("{} {}", r.verb, r.path))
            .collect::<Vec<_>>()
    );
    assert!(
        server
            .get("apps/v1", "Deployment", Some(NS), "s0-edge2")
            .is_some()
    );
}

#[test]
fn a_failure_at_any_write_rolls_everything_back() {
    let probe = offloaded_server();
    probe.clear_log();
    assert!(
        run(
            &probe,
            &[
                "offload",
                "svc",
                "s0",
                "--to",
                "edge1",
                "-n",
                NS,
                "--wait=false"
            ]
        )
        .status
        .success()
    );
    let writes = probe.writes().len();
    assert!(writes >= 9, "the first move writes {writes} times");
    for n in 1..=writes {
        let server = offloaded_server();
        let before = state(&server);
        server.inject(Fault::new("write", "*", n, FaultAction::Status(500)));
        let out = run(
            &server,
            &[
                "offload",
                "svc",
                "s0",
                "--to",
                "edge1",
                "-n",
                NS,
                "--wait=false",
            ],
        );
        assert_eq!(out.status.code(), Some(1), "write {n}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("the API server answered 500"),
            "write {n}: {err}"
        );
        assert!(
            err.contains("rolled back") || err.contains("nothing was changed"),
            "write {n}: {err}"
        );
        assert_eq!(
            state(&server),
            before,
            "write {n}: the cluster is left as it was"
        );
    }
}

#[test]
fn a_concurrent_move_of_the_same_service_is_refused() {
    let server = offloaded_server();
    server.seed_yaml("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: fluidos-mesh-lock-s0, namespace: fluidosmesh, labels: {fluidos-mesh.io/service: s0, app.kubernetes.io/managed-by: fluidos-mesh}}\ndata: {holder: someone}\n");
    let before = state(&server);
    let out = run(
        &server,
        &["offload", "svc", "s0", "--to", "edge1", "-n", NS],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("another fluidos-mesh change of service \"s0\" is in progress"),
        "{err}"
    );
    assert!(
        err.contains("kubectl delete configmap fluidos-mesh-lock-s0 -n fluidosmesh"),
        "{err}"
    );
    assert_eq!(state(&server), before);
}

#[test]
fn dry_run_prints_the_steps_and_writes_nothing() {
    let server = offloaded_server();
    server.clear_log();
    let out = run(
        &server,
        &[
            "offload",
            "svc",
            "s0",
            "--to",
            "edge1",
            "-n",
            NS,
            "--dry-run",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("deployment/s0-edge1") && text.contains("dry run: nothing was changed"),
        "{text}"
    );
    assert_eq!(server.writes(), vec![]);
}

#[test]
fn generated_objects_validate_against_the_real_crds_and_round_trip() {
    // Offline output, applied to the test server with strict field validation by the real kubectl.
    let server = server();
    let home = tempfile::tempdir().unwrap();
    let out = common::plugin(home.path())
        .args(["offload", "svc", "s0", "--to", "edge1", "-f"])
        .arg(repo().join("examples/mubench-app"))
        .args(["-o", "yaml"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let manifest = home.path().join("result.yaml");
    std::fs::write(&manifest, stdout(&out)).unwrap();
    let kubectl = std::process::Command::new("kubectl")
        .arg("--kubeconfig")
        .arg(server.kubeconfig())
        .args([
            "apply",
            "--server-side",
            "--validate=false",
            "--field-manager=test",
            "-f",
        ])
        .arg(&manifest)
        .output()
        .unwrap();
    assert!(kubectl.status.success(), "{}", stderr(&kubectl));
    let dr = server
        .get("networking.istio.io/v1", "DestinationRule", Some(NS), "s0")
        .unwrap();
    assert_eq!(dr["spec"]["host"], "s0.fluidosmesh.svc.cluster.local");
    for doc in fluidos_test_apiserver::yaml::documents(&stdout(&out)).unwrap() {
        match doc["kind"].as_str().unwrap() {
            "Deployment" => {
                serde_json::from_value::<k8s_openapi::api::apps::v1::Deployment>(doc.clone())
                    .unwrap();
            }
            "HorizontalPodAutoscaler" => {
                serde_json::from_value::<k8s_openapi::api::autoscaling::v2::HorizontalPodAutoscaler>(doc.clone()).unwrap();
            }
            _ => {}
        }
    }
}

#[test]
fn ctrl_c_during_a_move_rolls_everything_back() {
    // Deployments take 30 s to become ready here, so the move is still waiting for its anchor
    // when the interrupt arrives.
    let server = TestServer::builder()
        .controllers(Controllers {
            deployment_delay: Some(Duration::from_secs(30)),
            offloading_delay: Some(Duration::from_millis(10)),
        })
        .start();
    common::seed_example_app(&server);
    server.seed_yaml("apiVersion: offloading.liqo.io/v1beta1\nkind: NamespaceOffloading\nmetadata: {name: offloading, namespace: fluidosmesh}\nspec: {namespaceMappingStrategy: EnforceSameName, podOffloadingStrategy: LocalAndRemote}\n");
    let before = state(&server);
    let home = tempfile::tempdir().unwrap();
    let child = std::process::Command::new(common::BIN)
        .env("HOME", home.path())
        .arg("--kubeconfig")
        .arg(server.kubeconfig())
        .args(["offload", "svc", "s0", "--to", "edge1", "-n", NS])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    assert!(
        fluidos_test_apiserver::eventually(Duration::from_secs(20), || server
            .get("apps/v1", "Deployment", Some(NS), "s0-cloud")
            .is_some()),
        "the move started"
    );
    std::thread::sleep(Duration::from_millis(200));
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("interrupted") && err.contains("rolled back"),
        "{err}"
    );
    assert_eq!(state(&server), before, "the cluster is left as it was");
}

#[test]
fn a_field_someone_else_changed_is_a_conflict_until_forced() {
    let server = offloaded_server();
    assert!(
        run(
            &server,
            &[
                "offload",
                "svc",
                "s0",
                "--to",
                "edge1",
                "-n",
                NS,
                "--wait=false"
            ]
        )
        .status
        .success()
    );
    // Someone edits the edge copy by hand: their manager now owns the containers.
    let patch =
        r#"{"spec":{"template":{"spec":{"containers":[{"name":"s0","image":"hand/edited:1"}]}}}}"#;
    let out = common::kubectl(
        &server,
        &[
            "patch", "deploy", "s0-edge1", "-n", NS, "--type", "merge", "-p", patch,
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(
        &server,
        &[
            "offload",
            "svc",
            "s0",
            "--to",
            "edge1",
            "-n",
            NS,
            "--wait=false",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("conflict with \"kubectl-patch\"") && err.contains("--force-conflicts"),
        "{err}"
    );
    let edge = server
        .get("apps/v1", "Deployment", Some(NS), "s0-edge1")
        .unwrap();
    assert_eq!(
        edge["spec"]["template"]["spec"]["containers"][0]["image"], "hand/edited:1",
        "nothing changed"
    );
    let out = run(
        &server,
        &[
            "offload",
            "svc",
            "s0",
            "--to",
            "edge1",
            "-n",
            NS,
            "--wait=false",
            "--force-conflicts",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let edge = server
        .get("apps/v1", "Deployment", Some(NS), "s0-edge1")
        .unwrap();
    assert_eq!(
        edge["spec"]["template"]["spec"]["containers"][0]["image"],
        "msvcbench/microservice_v5-screen:latest"
    );
}
