//! `install` / `uninstall` with a `helm` test double (tests/common/tools.rs) against the
//! loopback test server: command lines, order, idempotency, preflight, failures.

mod common;

use common::{plugin, plugin_for, stderr, stdout};
use fluidos_test_apiserver::TestServer;
use std::path::Path;

/// The upgrade command lines helm was given, without the temporary values path.
fn upgrades(calls: &[Vec<String>]) -> Vec<String> {
    calls
        .iter()
        .filter(|c| c.first().map(String::as_str) == Some("upgrade"))
        .map(|c| {
            let mut c = c.clone();
            if let Some(i) = c.iter().position(|a| a == "--values") {
                c[i + 1] = "VALUES".into();
            }
            c.join(" ")
        })
        .collect()
}

/// The example sites (with controllers, so offloadings become ready) and an injected namespace.
fn sites_server() -> TestServer {
    let server = TestServer::builder()
        .controllers(common::fast_controllers())
        .start();
    server.seed_yaml(&std::fs::read_to_string(common::repo().join("examples/sites.yaml")).unwrap());
    server.seed_yaml("apiVersion: v1\nkind: Namespace\nmetadata: {name: fluidosmesh, labels: {istio-injection: enabled}}\n");
    server
}

fn install(server: &TestServer, dir: &Path, extra: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    plugin_for(server, home.path())
        .env("PATH", fluidos_test_apiserver::doubles::path_with(dir))
        .arg("install")
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn install_drives_helm_in_order_and_a_second_run_changes_nothing() {
    let server = sites_server();
    let dir = tempfile::tempdir().unwrap();
    let helm = common::tools::helm(dir.path(), &server, "v3.16.2+g13654a5");
    let out = install(&server, dir.path(), &["--gateway-service-type", "NodePort"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let repo = "--repo https://istio-release.storage.googleapis.com/charts --version 1.30.0";
    let tail = "--values VALUES --wait --timeout 300s";
    assert_eq!(
        upgrades(&helm.calls()),
        [
            format!("upgrade --install istio-base base {repo} --namespace istio-system {tail}"),
            format!("upgrade --install istiod istiod {repo} --namespace istio-system {tail}"),
            format!(
                "upgrade --install istio-ingressgateway gateway {repo} --namespace istio-ingress-cloud {tail}"
            ),
            format!(
                "upgrade --install istio-ingressgateway gateway {repo} --namespace istio-ingress-edge1 {tail}"
            ),
            format!(
                "upgrade --install istio-ingressgateway gateway {repo} --namespace istio-ingress-edge2 {tail}"
            ),
        ]
    );
    assert_eq!(
        helm.calls()[0],
        ["version", "--short"],
        "the version is checked first"
    );
    // The objects the plugin applied itself, validated against the real Liqo CRD.
    let offloading = server
        .get(
            "offloading.liqo.io/v1beta1",
            "NamespaceOffloading",
            Some("istio-system"),
            "offloading",
        )
        .unwrap();
    assert_eq!(offloading["spec"]["podOffloadingStrategy"], "Local");
    let edge = server
        .get(
            "offloading.liqo.io/v1beta1",
            "NamespaceOffloading",
            Some("istio-ingress-edge1"),
            "offloading",
        )
        .unwrap();
    assert_eq!(
        edge["spec"]["clusterSelector"]["nodeSelectorTerms"][0]["matchExpressions"][0]["values"][0],
        "edge1"
    );
    assert!(
        server
            .get("v1", "Namespace", None, "istio-ingress-cloud")
            .is_some()
    );
    let summary = stdout(&out);
    assert!(
        summary.contains("istio-ingress-edge1/istio-ingressgateway")
            && summary.contains("NodePort 31080"),
        "{summary}"
    );
    // The mesh checks now pass on what install made.
    let home = tempfile::tempdir().unwrap();
    let check = plugin_for(&server, home.path())
        .args(["check", "-n", "fluidosmesh", "-o", "json"])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    for code in ["FM040", "FM041", "FM042"] {
        let c = doc["checks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["code"] == code)
            .unwrap();
        assert_eq!(c["status"], "ok", "{code}: {c}");
    }

    server.clear_log();
    let before = helm.calls().len();
    let again = install(&server, dir.path(), &["--gateway-service-type", "NodePort"]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        upgrades(&helm.calls()[before..]).is_empty(),
        "no release changes"
    );
    assert!(server.writes().is_empty(), "{:?}", server.writes());
    assert!(
        stderr(&again).contains("Nothing to change"),
        "{}",
        stderr(&again)
    );
    // A changed flag upgrades exactly the releases it concerns.
    let before = helm.calls().len();
    let out = install(
        &server,
        dir.path(),
        &["--gateway-service-type", "LoadBalancer"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        upgrades(&helm.calls()[before..]).len(),
        3,
        "the three gateways only"
    );
}

#[test]
fn missing_or_old_helm_is_refused_before_anything_changes() {
    let server = sites_server();
    let empty = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let out = plugin_for(&server, home.path())
        .env("PATH", "/usr/bin:/bin")
        .env("FLUIDOS_MESH_HELM", empty.path().join("helm"))
        .arg("install")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("helm not found at")
            && stderr(&out).contains("install helm v3.8 or newer"),
        "{}",
        stderr(&out)
    );
    let dir = tempfile::tempdir().unwrap();
    common::tools::helm(dir.path(), &server, "v3.7.2+g663a896");
    let out = install(&server, dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("helm is v3.7.2, older than the v3.8.0"),
        "{}",
        stderr(&out)
    );
    assert!(server.writes().is_empty());
}

#[test]
fn a_failing_chart_stops_the_run_marks_the_step_and_shows_helms_output() {
    let server = sites_server();
    let dir = tempfile::tempdir().unwrap();
    let helm = common::tools::helm(dir.path(), &server, "v3.16.2");
    std::fs::write(dir.path().join("helm-state/fail-istiod"), "").unwrap();
    let out = install(&server, dir.path(), &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("FAILED chart istiod (istiod) in istio-system"),
        "{err}"
    );
    assert!(
        err.contains("UPGRADE FAILED: context deadline exceeded (istiod)"),
        "{err}"
    );
    assert_eq!(
        upgrades(&helm.calls()).len(),
        2,
        "base, then istiod failed; no gateway"
    );
}

#[test]
fn dry_run_with_sites_needs_no_cluster_and_prints_helm_lines_as_yaml_comments() {
    let home = tempfile::tempdir().unwrap();
    let out = plugin(home.path())
        .args([
            "install",
            "--sites",
            "cloud,edge1",
            "--dry-run",
            "-o",
            "yaml",
            "--chart-dir",
            "/srv/charts",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains(
            "# helm upgrade --install istiod /srv/charts/istiod --namespace istio-system"
        ),
        "{text}"
    );
    assert!(text.contains("#       tracer: zipkin"), "{text}");
    let docs: Vec<serde_json::Value> = text
        .split("---\n")
        .filter_map(|d| serde_saphyr::from_str::<serde_json::Value>(d).ok())
        .filter(|d| d.is_object())
        .collect();
    let kinds: Vec<&str> = docs.iter().filter_map(|d| d["kind"].as_str()).collect();
    assert_eq!(
        kinds,
        [
            "Namespace",
            "NamespaceOffloading",
            "PeerAuthentication",
            "Namespace",
            "Namespace",
            "NamespaceOffloading"
        ]
    );
    // The printed objects are valid for the real CRDs: kubectl applies them to the test server.
    let server = common::seeded_server();
    let file = home.path().join("install.yaml");
    std::fs::write(&file, &text).unwrap();
    let applied = common::kubectl(
        &server,
        &[
            "apply",
            "--server-side",
            "--validate=false",
            "-f",
            file.to_str().unwrap(),
        ],
    );
    assert!(applied.status.success(), "{}", stderr(&applied));
}

#[test]
fn uninstall_refuses_while_namespaces_are_injected_then_reverses_the_install() {
    let server = sites_server();
    let dir = tempfile::tempdir().unwrap();
    let helm = common::tools::helm(dir.path(), &server, "v3.16.2");
    assert!(install(&server, dir.path(), &[]).status.success());
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        plugin_for(&server, home.path())
            .env(
                "PATH",
                fluidos_test_apiserver::doubles::path_with(dir.path()),
            )
            .args(args)
            .output()
            .unwrap()
    };
    server.clear_log();
    let out = run(&["uninstall", "-y"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("namespaces still have sidecar injection on: fluidosmesh"),
        "{}",
        stderr(&out)
    );
    assert!(server.writes().is_empty());
    let before = helm.calls().len();
    let out = run(&["uninstall", "--force", "-y"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let removed: Vec<String> = helm.calls()[before..]
        .iter()
        .filter(|c| c[0] == "uninstall")
        .map(|c| format!("{} {}", c[1], c[3]))
        .collect();
    assert_eq!(
        removed,
        [
            "istio-ingressgateway istio-ingress-edge2",
            "istio-ingressgateway istio-ingress-edge1",
            "istio-ingressgateway istio-ingress-cloud",
            "istiod istio-system",
            "istio-base istio-system",
        ]
    );
    for ns in ["istio-system", "istio-ingress-cloud", "istio-ingress-edge1"] {
        assert!(
            server.get("v1", "Namespace", None, ns).is_none(),
            "{ns} is gone"
        );
    }
    assert!(
        server.get("v1", "Namespace", None, "fluidosmesh").is_some(),
        "not the plugin's"
    );
}

#[test]
fn the_kind_end_to_end_script_skips_cleanly_without_its_tools() {
    let out = std::process::Command::new("/bin/bash")
        .arg(common::repo().join("tests/e2e/kind.sh"))
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with(
            "SKIP: tests/e2e/kind.sh needs docker kind kubectl liqoctl helm curl cargo"
        ),
        "{}",
        stdout(&out)
    );
}

#[test]
fn telemetry_installs_its_charts_then_applies_the_monitors_natively() {
    let server = sites_server();
    let dir = tempfile::tempdir().unwrap();
    let helm = common::tools::helm(dir.path(), &server, "v3.16.2");
    let out = install(&server, dir.path(), &["--sites", "cloud", "--telemetry"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let charts: Vec<String> = helm
        .calls()
        .iter()
        .filter(|c| c[0] == "upgrade")
        .map(|c| c[3].clone())
        .collect();
    assert_eq!(
        charts,
        [
            "base",
            "istiod",
            "gateway",
            "kube-prometheus-stack",
            "jaeger",
            "kiali-server"
        ]
    );
    let monitor = server
        .get(
            "monitoring.coreos.com/v1",
            "PodMonitor",
            Some("monitoring"),
            "envoy-stats-monitor",
        )
        .expect("the PodMonitor for the sidecars");
    assert_eq!(
        monitor["spec"]["podMetricsEndpoints"][0]["path"],
        "/stats/prometheus"
    );
    assert!(
        server
            .get(
                "monitoring.coreos.com/v1",
                "ServiceMonitor",
                Some("monitoring"),
                "istio-component-monitor"
            )
            .is_some()
    );
}
