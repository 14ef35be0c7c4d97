// Shared by the plugin's CLI tests: the binary, a seeded test server, a PATH with the plugin.
#![allow(dead_code)]

use assert_cmd::Command;
use fluidos_test_apiserver::TestServer;
use std::path::{Path, PathBuf};

pub mod tools;

pub const BIN: &str = env!("CARGO_BIN_EXE_kubectl-fluidos_mesh");

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The example cluster: cloud (2 nodes), edge1 and edge2 (Liqo virtual nodes), one unlabelled node.
pub fn seeded_server() -> TestServer {
    let server = TestServer::builder().start();
    server.seed_yaml(&std::fs::read_to_string(repo().join("examples/sites.yaml")).unwrap());
    server
}

/// The plugin with a clean environment: no KUBECONFIG, no NO_COLOR, an empty HOME.
pub fn plugin(home: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env_clear()
        .env("HOME", home)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default());
    cmd
}

/// The plugin pointed at `server`.
pub fn plugin_for(server: &TestServer, home: &Path) -> Command {
    let mut cmd = plugin(home);
    cmd.arg("--kubeconfig").arg(server.kubeconfig());
    cmd
}

/// A directory holding the plugin and its completion helper, as krew plus the caveat would.
pub fn plugin_path_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(BIN, dir.path().join("kubectl-fluidos_mesh")).unwrap();
    std::os::unix::fs::symlink(
        repo().join("completions/kubectl_complete-fluidos_mesh"),
        dir.path().join("kubectl_complete-fluidos_mesh"),
    )
    .unwrap();
    dir
}

#[allow(unused_imports)]
pub use fluidos_test_apiserver::doubles::path_with;

pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The namespace of the example application.
pub const APP_NS: &str = "fluidosmesh";

/// Controllers that make waits finish quickly.
pub fn fast_controllers() -> fluidos_test_apiserver::Controllers {
    fluidos_test_apiserver::Controllers {
        deployment_delay: Some(std::time::Duration::from_millis(20)),
        offloading_delay: Some(std::time::Duration::from_millis(10)),
    }
}

/// Seeds the example sites and the example application (not offloaded) into `server`.
pub fn seed_example_app(server: &TestServer) {
    server.seed_yaml(&std::fs::read_to_string(repo().join("examples/sites.yaml")).unwrap());
    for file in [
        "namespace.yaml",
        "services.yaml",
        "deployments.yaml",
        "hpa.yaml",
        "workmodel.yaml",
    ] {
        server.seed_yaml(
            &std::fs::read_to_string(repo().join("examples/mubench-app").join(file)).unwrap(),
        );
    }
}

/// Seeds the mesh `install` would leave (peerings, istiod, gateways; see examples/mesh.yaml).
pub fn seed_example_mesh(server: &TestServer) {
    server.seed_yaml(&std::fs::read_to_string(repo().join("examples/mesh.yaml")).unwrap());
}

/// A server with the example app and the given controller simulation.
pub fn app_server(controllers: fluidos_test_apiserver::Controllers) -> TestServer {
    let server = TestServer::builder().controllers(controllers).start();
    seed_example_app(&server);
    server
}

/// The real `kubectl` against `server`, with its own discovery cache, for reading back or
/// changing what the plugin wrote as a user would.
pub fn kubectl(server: &TestServer, args: &[&str]) -> std::process::Output {
    let cache = tempfile::tempdir().unwrap();
    std::process::Command::new("kubectl")
        .arg("--kubeconfig")
        .arg(server.kubeconfig())
        .arg("--cache-dir")
        .arg(cache.path())
        .args(args)
        .output()
        .expect("kubectl must be on PATH (v1.32 is installed on every development and CI machine)")
}

/// Compares `actual` with the committed snapshot `tests/snapshots/NAME`; with
/// `FLUIDOS_UPDATE_SNAPSHOTS=1` (re)writes it instead. Review the diff before committing.
pub fn assert_snapshot(name: &str, actual: &str) {
    let path = repo().join("tests/snapshots").join(name);
    if std::env::var_os("FLUIDOS_UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no snapshot {}: run with FLUIDOS_UPDATE_SNAPSHOTS=1",
            path.display()
        )
    });
    assert_eq!(
        actual,
        expected,
        "output differs from {} (FLUIDOS_UPDATE_SNAPSHOTS=1 rewrites it)",
        path.display()
    );
}
