//! Bad input and broken clusters: a clear message naming the fix, and the documented exit code.

mod common;

use common::{plugin, plugin_for, seeded_server, stderr};
use fluidos_test_apiserver::{Denial, Fault, FaultAction};

fn run(cmd: &mut assert_cmd::Command) -> (i32, String) {
    let out = cmd.output().unwrap();
    (out.status.code().unwrap_or(-1), stderr(&out))
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    let home = tempfile::tempdir().unwrap();
    let (code, err) = run(plugin(home.path()).arg("nonsense"));
    assert_eq!(code, 2);
    assert!(err.contains("unrecognized subcommand 'nonsense'"), "{err}");
    let (code, err) = run(plugin(home.path()).args(["sites", "-o", "xml"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("possible values: table, wide, yaml, json"),
        "{err}"
    );
    let (code, err) = run(plugin(home.path()).args(["sites", "--request-timeout", "5parsecs"]));
    assert_eq!(code, 2, "{err}");
    let out = plugin(home.path()).arg("--help").output().unwrap();
    assert!(out.status.success());
    assert!(common::stdout(&out).contains("Usage: kubectl fluidos-mesh"));
}

#[test]
fn no_kubeconfig_anywhere() {
    let home = tempfile::tempdir().unwrap();
    let (code, err) = run(plugin(home.path()).arg("sites"));
    assert_eq!(code, 1);
    assert!(
        err.contains("no kubeconfig found") && err.contains("--kubeconfig"),
        "{err}"
    );
    let (code, err) = run(plugin(home.path()).args(["sites", "--kubeconfig", "/does/not/exist"]));
    assert_eq!(code, 1);
    assert!(
        err.contains("/does/not/exist") && err.contains("no such file"),
        "{err}"
    );
}

#[test]
fn kubeconfig_env_and_home_are_honoured_like_kubectl() {
    let server = seeded_server();
    let home = tempfile::tempdir().unwrap();
    // KUBECONFIG lists a missing file first: kubectl skips it and merges the rest.
    let list = std::env::join_paths([home.path().join("missing"), server.kubeconfig()]).unwrap();
    plugin(home.path())
        .env("KUBECONFIG", list)
        .arg("sites")
        .assert()
        .success();
    std::fs::create_dir_all(home.path().join(".kube")).unwrap();
    std::fs::copy(server.kubeconfig(), home.path().join(".kube/config")).unwrap();
    plugin(home.path()).arg("sites").assert().success();
}

#[test]
fn unknown_context_lists_the_available_ones() {
    let server = seeded_server();
    let home = tempfile::tempdir().unwrap();
    let (code, err) = run(plugin_for(&server, home.path()).args(["sites", "--context", "prod"]));
    assert_eq!(code, 1);
    assert!(
        err.contains("context \"prod\" not found") && err.contains("available: test, other"),
        "{err}"
    );
    assert!(err.contains("kubectl config get-contexts"), "{err}");
}

#[test]
fn an_unreachable_server_is_named_with_the_fix() {
    let server = seeded_server();
    let home = tempfile::tempdir().unwrap();
    let (code, err) = run(plugin_for(&server, home.path()).args(["sites", "--context", "other"]));
    assert_eq!(code, 1);
    assert!(
        err.contains("cannot reach the Kubernetes API server at https://127.0.0.1:9"),
        "{err}"
    );
    assert!(err.to_lowercase().contains("connection refused"), "{err}");
    assert!(err.contains("kubectl cluster-info"), "{err}");
}

#[test]
fn a_dropped_connection_is_reported_not_a_panic() {
    let server = seeded_server();
    server.inject(Fault::new("list", "nodes", 1, FaultAction::DropConnection));
    let home = tempfile::tempdir().unwrap();
    let (code, err) = run(plugin_for(&server, home.path()).arg("sites"));
    assert_eq!(code, 1);
    assert!(
        err.contains("cannot reach the Kubernetes API server"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn rejected_credentials_say_401() {
    let server = seeded_server();
    let home = tempfile::tempdir().unwrap();
    let bad = server.kubeconfig_with_token("bad", Some("expired"));
    let (code, err) = run(plugin(home.path())
        .arg("--kubeconfig")
        .arg(bad)
        .arg("sites"));
    assert_eq!(code, 1);
    // `sites` lists concurrently; whichever request is refused first is the one named.
    assert!(
        err.contains("rejected the credentials (401 Unauthorized) while trying to list "),
        "{err}"
    );
}

#[test]
fn forbidden_names_the_verb_resource_and_rule() {
    let server = seeded_server();
    server.deny(Denial {
        verb: "list".into(),
        group: "".into(),
        resource: "nodes".into(),
        namespace: None,
    });
    let home = tempfile::tempdir().unwrap();
    let (code, err) = run(plugin_for(&server, home.path()).arg("sites"));
    assert_eq!(code, 1);
    assert!(
        err.contains("forbidden: you may not list nodes (cluster-wide)"),
        "{err}"
    );
    assert!(
        err.contains("apiGroups: [\"\"], resources: [\"nodes\"], verbs: [\"list\"]"),
        "{err}"
    );
    assert!(err.contains("kubectl auth can-i list nodes"), "{err}");
}

#[test]
fn server_errors_carry_the_status() {
    let server = seeded_server();
    server.inject(Fault::new("list", "nodes", 1, FaultAction::Status(500)));
    let home = tempfile::tempdir().unwrap();
    let (code, err) = run(plugin_for(&server, home.path()).arg("sites"));
    assert_eq!(code, 1);
    assert!(
        err.contains("cannot list nodes (cluster-wide): the API server answered 500"),
        "{err}"
    );
}

#[test]
fn a_server_that_never_answers_times_out_with_a_clear_message() {
    // Accepts TCP connections and never speaks: the TLS handshake cannot finish.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let holder = std::thread::spawn(move || {
        let held: Vec<_> = listener.incoming().take(4).collect();
        std::thread::sleep(std::time::Duration::from_secs(8));
        drop(held);
    });
    let home = tempfile::tempdir().unwrap();
    let kubeconfig = home.path().join("kubeconfig");
    std::fs::write(
        &kubeconfig,
        format!("apiVersion: v1\nkind: Config\ncurrent-context: t\nclusters: [{{name: t, cluster: {{server: \"https://127.0.0.1:{port}\", insecure-skip-tls-verify: true}}}}]\ncontexts: [{{name: t, context: {{cluster: t, user: u}}}}]\nusers: [{{name: u, user: {{token: x}}}}]\n"),
    )
    .unwrap();
    let (code, err) = run(plugin(home.path())
        .arg("--kubeconfig")
        .arg(&kubeconfig)
        .arg("sites"));
    assert_eq!(code, 1);
    assert!(
        err.contains("cannot reach the Kubernetes API server")
            && err.contains("timed out after 5s"),
        "{err}"
    );
    drop(holder);
}
