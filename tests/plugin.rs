//! The binary as kubectl sees it: found on PATH as plugin `fluidos-mesh`.

mod common;

use common::{path_with, plugin_path_dir, stderr, stdout};

fn kubectl(dir: &std::path::Path, home: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new("kubectl")
        .args(args)
        .env("PATH", path_with(dir))
        .env("HOME", home)
        .env_remove("KUBECONFIG")
        .output()
        .expect("kubectl on PATH")
}

#[test]
fn kubectl_lists_the_plugin_and_runs_its_help() {
    let dir = plugin_path_dir();
    let home = tempfile::tempdir().unwrap();
    let list = kubectl(dir.path(), home.path(), &["plugin", "list", "--name-only"]);
    assert!(
        stdout(&list).lines().any(|l| l == "kubectl-fluidos_mesh"),
        "{}{}",
        stdout(&list),
        stderr(&list)
    );
    let help = kubectl(dir.path(), home.path(), &["fluidos-mesh", "--help"]);
    assert!(help.status.success(), "{}", stderr(&help));
    let text = stdout(&help);
    assert!(
        text.contains("Usage: kubectl fluidos-mesh [OPTIONS] <COMMAND>"),
        "{text}"
    );
    assert!(text.contains("sites"), "{text}");
}

#[test]
fn kubectl_passes_exit_codes_through() {
    let dir = plugin_path_dir();
    let home = tempfile::tempdir().unwrap();
    let usage = kubectl(
        dir.path(),
        home.path(),
        &["fluidos-mesh", "no-such-command"],
    );
    assert_eq!(usage.status.code(), Some(2));
    let failure = kubectl(dir.path(), home.path(), &["fluidos-mesh", "sites"]);
    assert_eq!(failure.status.code(), Some(1));
    assert!(stderr(&failure).contains("no kubeconfig found"));
}

#[test]
fn version_matches_the_crate() {
    let dir = plugin_path_dir();
    let home = tempfile::tempdir().unwrap();
    let out = kubectl(dir.path(), home.path(), &["fluidos-mesh", "--version"]);
    assert_eq!(
        stdout(&out).trim(),
        format!("kubectl fluidos-mesh {}", env!("CARGO_PKG_VERSION"))
    );
}
