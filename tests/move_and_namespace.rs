//! `move` (flag form and its refusal without a terminal) and `unoffload namespace`.

mod common;

use common::{plugin_for, stderr};
use fluidos_test_apiserver::TestServer;

const NS: &str = "fluidosmesh";

fn server() -> TestServer {
    common::app_server(common::fast_controllers())
}

fn run(server: &TestServer, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    plugin_for(server, home.path()).args(args).output().unwrap()
}

fn ok(server: &TestServer, args: &[&str]) {
    let out = run(server, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
}

fn deployment(server: &TestServer, name: &str) -> bool {
    server
        .get("apps/v1", "Deployment", Some(NS), name)
        .is_some()
}

#[test]
fn move_in_flag_form_offloads_and_brings_back_several_services() {
    let s = server();
    ok(&s, &["offload", "namespace", NS, "--sites", "edge1"]);
    ok(&s, &["move", "s0", "s1", "--to", "edge1", "-n", NS]);
    assert!(deployment(&s, "s0-edge1") && deployment(&s, "s1-edge1"));
    ok(&s, &["move", "s0", "--from", "edge1", "-n", NS]);
    assert!(
        !deployment(&s, "s0-edge1") && deployment(&s, "s1-edge1") && deployment(&s, "s0-cloud")
    );
}

#[test]
fn move_without_services_and_without_a_terminal_names_the_flag_form() {
    let s = server();
    let out = run(&s, &["move", "-n", NS]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("move SERVICE... --to SITE"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.writes(), vec![]);
}

#[test]
fn unoffload_namespace_refuses_while_copies_run_unless_forced_and_confirmed() {
    let s = server();
    ok(&s, &["offload", "namespace", NS, "--sites", "edge1"]);
    ok(&s, &["offload", "svc", "s0", "--to", "edge1", "-n", NS]);
    let out = run(&s, &["unoffload", "namespace", NS]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("edge copies of s0 still run") && stderr(&out).contains("--force"),
        "{}",
        stderr(&out)
    );
    let out = run(&s, &["unoffload", "namespace", NS, "--force"]);
    assert_eq!(out.status.code(), Some(2), "no terminal and no --yes");
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    assert!(deployment(&s, "s0-edge1"));
    ok(&s, &["unoffload", "namespace", NS, "--force", "--yes"]);
    assert!(!deployment(&s, "s0-edge1") && deployment(&s, "s0-cloud"));
    assert!(
        s.get(
            "offloading.liqo.io/v1beta1",
            "NamespaceOffloading",
            Some(NS),
            "offloading"
        )
        .is_none()
    );
}

#[test]
fn unoffload_namespace_never_deletes_an_offloading_it_did_not_make() {
    let s = server();
    s.seed_yaml("apiVersion: offloading.liqo.io/v1beta1\nkind: NamespaceOffloading\nmetadata: {name: offloading, namespace: fluidosmesh}\nspec: {namespaceMappingStrategy: EnforceSameName, podOffloadingStrategy: LocalAndRemote}\n");
    let out = run(&s, &["unoffload", "namespace", NS, "--yes"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("liqoctl unoffload namespace fluidosmesh"),
        "{}",
        stderr(&out)
    );
    assert!(
        s.get(
            "offloading.liqo.io/v1beta1",
            "NamespaceOffloading",
            Some(NS),
            "offloading"
        )
        .is_some()
    );
}
