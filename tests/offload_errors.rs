//! The bad-input table of `offload svc`: a clear message naming the fix, the documented exit
//! code, and nothing written.

mod common;

use common::{plugin, plugin_for, repo, stderr};
use fluidos_test_apiserver::{Denial, TestServer};

const NS: &str = "fluidosmesh";

fn server(offloaded: bool) -> TestServer {
    let server = TestServer::builder().start();
    common::seed_example_app(&server);
    server.seed_yaml("apiVersion: v1\nkind: Service\nmetadata: {name: lonely, namespace: fluidosmesh}\nspec: {selector: {app: lonely}}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: external, namespace: fluidosmesh}\nspec: {type: ExternalName, externalName: example.org}\n");
    if offloaded {
        server.seed_yaml("apiVersion: offloading.liqo.io/v1beta1\nkind: NamespaceOffloading\nmetadata: {name: offloading, namespace: fluidosmesh}\nspec: {namespaceMappingStrategy: EnforceSameName, podOffloadingStrategy: LocalAndRemote}\nstatus: {offloadingPhase: Ready}\n");
    }
    server
}

fn expect(server: &TestServer, args: &[&str], code: i32, needles: &[&str]) {
    let home = tempfile::tempdir().unwrap();
    server.clear_log();
    let out = plugin_for(server, home.path()).args(args).output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    for n in needles {
        assert!(err.contains(n), "{args:?}: expected {n:?} in: {err}");
    }
    assert_eq!(server.writes(), vec![], "{args:?} wrote to the cluster");
}

#[test]
fn every_bad_input_names_the_problem_and_the_fix() {
    let s = server(true);
    let svc = |name: &str, to: &str| {
        vec!["offload", "svc", name, "--to", to, "-n", NS]
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    let cases: Vec<(Vec<String>, i32, Vec<&str>)> = vec![
        (
            svc("nope", "edge1"),
            1,
            vec![
                "service \"nope\" not found in namespace \"fluidosmesh\"",
                "kubectl get svc -n fluidosmesh",
            ],
        ),
        (
            svc("s0", "edge9"),
            1,
            vec!["unknown site \"edge9\"", "known sites: cloud, edge1, edge2"],
        ),
        (svc("s0", "cloud"), 2, vec!["\"cloud\" is the cloud site"]),
        (
            svc("lonely", "edge1"),
            1,
            vec![
                "no Deployment runs the pods of service \"lonely\"",
                "StatefulSets",
            ],
        ),
        (svc("external", "edge1"), 1, vec!["has no selector"]),
        (svc("S0", "edge1"), 2, vec!["invalid service name \"S0\""]),
        (svc("s0", "Edge_1"), 2, vec!["invalid site name \"Edge_1\""]),
    ];
    for (args, code, needles) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        expect(&s, &args, code, &needles);
    }
    let flags = |extra: &[&str], code: i32, needles: &[&str]| {
        let mut args = vec!["offload", "svc", "s0", "--to", "edge1", "-n", NS];
        args.extend_from_slice(extra);
        expect(&s, &args, code, needles);
    };
    flags(
        &["--min", "5", "--max", "2"],
        2,
        &["--min 5 is greater than --max 2"],
    );
    flags(&["--replicas", "-1"], 2, &["--replicas must be 0 or more"]);
    flags(&["--offload-namespace"], 2, &["add --yes"]);
    expect(
        &s,
        &["offload", "svc", "s0", "--to", "edge1", "-n", "ghost"],
        1,
        &["namespace \"ghost\" not found"],
    );
}

#[test]
fn a_namespace_not_offloaded_to_the_site_suggests_the_exact_command() {
    let s = server(false);
    expect(
        &s,
        &["offload", "svc", "s0", "--to", "edge1", "-n", NS],
        1,
        &[
            "namespace \"fluidosmesh\" is not offloaded to edge1",
            "kubectl fluidos-mesh offload namespace fluidosmesh --sites edge1",
            "--offload-namespace --yes",
        ],
    );
}

#[test]
fn offload_namespace_first_when_asked() {
    let s = server(false);
    let home = tempfile::tempdir().unwrap();
    let out = plugin_for(&s, home.path())
        .args([
            "offload",
            "svc",
            "s0",
            "--to",
            "edge1",
            "-n",
            NS,
            "--offload-namespace",
            "--yes",
            "--wait=false",
            "--timeout",
            "1s",
        ])
        .output()
        .unwrap();
    // No simulated Liqo controller here: the wait for the offloading times out, and the whole
    // change is rolled back.
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("timed out") && err.contains("namespaceoffloading/offloading"),
        "{err}"
    );
    assert!(err.contains("rolled back"), "{err}");
    assert!(
        s.get(
            "offloading.liqo.io/v1beta1",
            "NamespaceOffloading",
            Some(NS),
            "offloading"
        )
        .is_none()
    );
    assert!(s.get("apps/v1", "Deployment", Some(NS), "s0").is_some());
}

#[test]
fn forbidden_writes_name_the_rule_and_leave_nothing_behind() {
    let s = server(true);
    s.deny(Denial {
        verb: "patch".into(),
        group: "apps".into(),
        resource: "deployments".into(),
        namespace: Some(NS.into()),
    });
    let home = tempfile::tempdir().unwrap();
    let out = plugin_for(&s, home.path())
        .args(["offload", "svc", "s0", "--to", "edge1", "-n", NS])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("forbidden: you may not patch deployments.apps \"s0-cloud\" in namespace \"fluidosmesh\""), "{err}");
    assert!(
        err.contains("apiGroups: [\"apps\"], resources: [\"deployments\"], verbs: [\"patch\"]"),
        "{err}"
    );
    assert!(err.contains("rolled back"), "{err}");
    assert!(
        s.get("v1", "ConfigMap", Some(NS), "fluidos-mesh-original-s0")
            .is_none()
    );
    assert!(
        s.get("v1", "ConfigMap", Some(NS), "fluidos-mesh-lock-s0")
            .is_none()
    );
}

#[test]
fn an_unreachable_server_fails_before_any_change() {
    let s = server(true);
    let home = tempfile::tempdir().unwrap();
    let out = plugin_for(&s, home.path())
        .args([
            "offload",
            "svc",
            "s0",
            "--to",
            "edge1",
            "-n",
            NS,
            "--context",
            "other",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("cannot reach the Kubernetes API server"));
}

#[test]
fn offline_input_errors_name_file_line_and_column() {
    let home = tempfile::tempdir().unwrap();
    let bad = home.path().join("bad.yaml");
    std::fs::write(
        &bad,
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: s0\n  labels: {app: [s0\n",
    )
    .unwrap();
    let out = plugin(home.path())
        .args(["offload", "svc", "s0", "--to", "edge1", "-f"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("invalid YAML in {}:", bad.display())),
        "{err}"
    );
    let position = err
        .split(&format!("{}:", bad.display()))
        .nth(1)
        .unwrap_or_default();
    let mut parts = position.split(':');
    assert!(
        parts.next().unwrap_or_default().parse::<u32>().is_ok()
            && parts.next().unwrap_or_default().parse::<u32>().is_ok(),
        "{err}"
    );

    let out = plugin(home.path())
        .args(["offload", "svc", "s42", "--to", "edge1", "-f"])
        .arg(repo().join("examples/mubench-app"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("service \"s42\" not found") && stderr(&out).contains("-f input"),
        "{}",
        stderr(&out)
    );
}
