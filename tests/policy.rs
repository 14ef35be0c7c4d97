//! Mesh policies: per-service load balancing and session affinity (`offload svc --lb`,
//! `policy svc`), mTLS (`install --mtls`, `offload namespace --mtls`) and tracing sampling,
//! validated by the real Istio CRDs in the loopback test server.

mod common;

use common::{APP_NS, plugin, plugin_for, repo, stderr, stdout};
use fluidos_test_apiserver::TestServer;
use serde_json::Value;

fn run(server: &TestServer, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    plugin_for(server, home.path()).args(args).output().unwrap()
}

fn ok(server: &TestServer, args: &[&str]) -> String {
    let out = run(server, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

fn rule(server: &TestServer) -> Value {
    server
        .get(
            "networking.istio.io/v1",
            "DestinationRule",
            Some(APP_NS),
            "s0",
        )
        .expect("DestinationRule s0")
}

fn check(server: &TestServer) -> Value {
    let out = run(server, &["check", "-n", APP_NS, "-o", "json"]);
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)))
}

fn finding<'a>(doc: &'a Value, code: &str) -> &'a Value {
    doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == code)
        .unwrap()
}

#[test]
fn load_balancing_and_stickiness_live_beside_outlier_detection_and_locality_still_works() {
    let server = common::app_server(common::fast_controllers());
    common::seed_example_mesh(&server);
    ok(
        &server,
        &["offload", "namespace", APP_NS, "--sites", "edge1"],
    );
    ok(
        &server,
        &[
            "offload",
            "svc",
            "s0",
            "--to",
            "edge1",
            "-n",
            APP_NS,
            "--lb",
            "least-request",
            "--wait",
        ],
    );
    let tp = &rule(&server)["spec"]["trafficPolicy"];
    assert_eq!(tp["loadBalancer"]["simple"], "LEAST_REQUEST");
    assert!(tp["outlierDetection"].is_object());
    assert_eq!(
        finding(&check(&server), "FM020")["status"],
        "ok",
        "locality routing still on"
    );

    // Sticky sessions replace the algorithm (Istio's loadBalancer takes one of the two; the
    // CRD's oneOf would refuse both): server-side apply drops the field the plugin no longer sends.
    ok(
        &server,
        &[
            "policy",
            "svc",
            "s0",
            "-n",
            APP_NS,
            "--sticky",
            "cookie:session:1h",
        ],
    );
    let lb = &rule(&server)["spec"]["trafficPolicy"]["loadBalancer"];
    assert_eq!(
        lb["consistentHash"]["httpCookie"],
        serde_json::json!({"name": "session", "ttl": "1h"})
    );
    assert!(lb.get("simple").is_none(), "{lb}");
    let wide = ok(&server, &["status", "-n", APP_NS, "-o", "wide"]);
    assert!(wide.contains("sticky cookie session"), "{wide}");
    assert_eq!(finding(&check(&server), "FM020")["status"], "ok");

    // A later move that names no policy keeps it.
    ok(
        &server,
        &[
            "offload",
            "svc",
            "s0",
            "--to",
            "edge1,edge2",
            "-n",
            APP_NS,
            "--offload-namespace",
            "-y",
        ],
    );
    assert!(rule(&server)["spec"]["trafficPolicy"]["loadBalancer"]["consistentHash"].is_object());

    server.clear_log();
    ok(
        &server,
        &[
            "policy",
            "svc",
            "s0",
            "-n",
            APP_NS,
            "--sticky",
            "cookie:session:1h",
        ],
    );
    assert!(
        server.writes().is_empty(),
        "the same policy twice writes nothing"
    );
    ok(&server, &["policy", "svc", "s0", "-n", APP_NS, "--clear"]);
    let tp = &rule(&server)["spec"]["trafficPolicy"];
    assert!(tp.get("loadBalancer").is_none(), "{tp}");
    assert!(tp["outlierDetection"].is_object());
}

#[test]
fn bad_policy_flags_are_usage_errors_that_change_nothing() {
    let server = common::app_server(common::fast_controllers());
    server.clear_log();
    for (args, needle) in [
        (
            &[
                "policy",
                "svc",
                "s0",
                "--lb",
                "random",
                "--sticky",
                "source-ip",
            ][..],
            "cannot be used with",
        ),
        (
            &["policy", "svc", "s0", "--sticky", "cookie"][..],
            "header:NAME, cookie:NAME[:TTL] or source-ip",
        ),
        (
            &["policy", "svc", "s0", "--lb", "fastest"][..],
            "least-request",
        ),
        (&["policy", "svc", "s0"][..], "pass --lb"),
        (
            &["policy", "svc", "nope", "--lb", "random"][..],
            "service \"nope\" not found",
        ),
    ] {
        let out = run(&server, &[args, &["-n", APP_NS]].concat());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
    }
    assert!(server.writes().is_empty());
}

#[test]
fn policies_render_offline() {
    let home = tempfile::tempdir().unwrap();
    let out = plugin(home.path())
        .args(["policy", "svc", "s2", "--lb", "random", "-o", "yaml", "-f"])
        .arg(repo().join("examples/mubench-app"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("simple: RANDOM"), "{}", stdout(&out));
    let out = plugin(home.path())
        .args([
            "offload",
            "namespace",
            APP_NS,
            "--mtls",
            "strict",
            "--dry-run",
            "-o",
            "yaml",
            "-f",
        ])
        .arg(repo().join("examples/mubench-app"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("kind: PeerAuthentication") && stdout(&out).contains("mode: STRICT"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn mtls_modes_are_applied_shown_and_checked() {
    let server = common::app_server(common::fast_controllers());
    common::seed_example_mesh(&server);
    let dir = tempfile::tempdir().unwrap();
    common::tools::helm(dir.path(), &server, "v3.16.2");
    let home = tempfile::tempdir().unwrap();
    let out = plugin_for(&server, home.path())
        .env(
            "PATH",
            fluidos_test_apiserver::doubles::path_with(dir.path()),
        )
        .args([
            "install",
            "--sites",
            "cloud,edge1",
            "--mtls",
            "strict",
            "--tracing-sampling",
            "10",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let mesh = server
        .get(
            "security.istio.io/v1",
            "PeerAuthentication",
            Some("istio-system"),
            "default",
        )
        .unwrap_or_else(|| panic!("the mesh-wide policy: {}", stderr(&out)));
    assert_eq!(mesh["spec"]["mtls"]["mode"], "STRICT");
    let values =
        std::fs::read_to_string(dir.path().join("helm-state/istio-system.istiod.values")).unwrap();
    let values: Value = serde_json::from_str(&values).unwrap();
    assert_eq!(
        values["meshConfig"]["defaultConfig"]["tracing"]["sampling"],
        10.0
    );

    ok(
        &server,
        &[
            "offload",
            "namespace",
            APP_NS,
            "--sites",
            "edge1",
            "--mtls",
            "permissive",
        ],
    );
    ok(
        &server,
        &[
            "offload", "svc", "s0", "--to", "edge1", "-n", APP_NS, "--wait",
        ],
    );
    let wide = ok(&server, &["status", "-n", APP_NS, "-o", "wide"]);
    assert!(wide.contains("PERMISSIVE (namespace)"), "{wide}");
    let doc = check(&server);
    assert_eq!(
        finding(&doc, "FM013")["status"],
        "warning",
        "a spanning namespace weakens a strict mesh"
    );
    assert!(
        finding(&doc, "FM013")["hint"]
            .as_str()
            .unwrap()
            .contains("--mtls strict")
    );

    ok(
        &server,
        &[
            "offload",
            "namespace",
            APP_NS,
            "--sites",
            "edge1",
            "--mtls",
            "strict",
        ],
    );
    server.seed_value(serde_json::json!({"apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "legacy", "namespace": APP_NS, "labels": {"app": "legacy"}},
        "spec": {"containers": [{"name": "legacy", "image": "busybox"}]},
        "status": {"phase": "Running"}}));
    let doc = check(&server);
    assert_eq!(finding(&doc, "FM013")["status"], "ok");
    assert_eq!(
        finding(&doc, "FM014")["objects"],
        serde_json::json!(["pod/legacy"])
    );

    let out = run(
        &server,
        &[
            "install",
            "--tracing-sampling",
            "150",
            "--dry-run",
            "--sites",
            "cloud",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a percentage from 0 to 100"),
        "{}",
        stderr(&out)
    );
}
