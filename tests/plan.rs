//! `kubectl fluidos-mesh plan`: the seed's numbers, machine output, sources and bad input.

mod common;

use common::{plugin, plugin_for, repo, stderr};
use serde_json::Value;

const WORKMODEL: &str = "examples/mubench-app/workmodel.yaml";

fn plan(args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    plugin(home.path())
        .current_dir(repo())
        .arg("plan")
        .args(args)
        .output()
        .unwrap()
}

fn json(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["-o", "json"]);
    let out = plan(&all);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn the_seed_testbed_and_the_recommendation_in_machine_output() {
    let doc = json(&[
        "--workmodel",
        WORKMODEL,
        "--placement",
        "edge1=s0,s1,s2,s3",
        "--service-time",
        "s0=45ms",
        "--recommend",
        "--budget",
        "5",
    ]);
    let names: Vec<&str> = doc["placements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["cloud-only", "given", "recommended"]);
    for p in doc["placements"].as_array().unwrap() {
        for routing in ["mesh", "no_mesh"] {
            for key in [
                "mean_ms",
                "p50_ms",
                "p90_ms",
                "p99_ms",
                "p90_istio_ms",
                "cross_site_calls",
            ] {
                assert!(p[routing][key].is_number(), "{routing}.{key} in {p}");
            }
        }
    }
    let given = &doc["placements"][1];
    assert_eq!(
        given["edge"]["edge1"],
        serde_json::json!(["s0", "s1", "s2", "s3"])
    );
    let mesh = given["mesh"]["mean_ms"].as_f64().unwrap();
    let plain = given["no_mesh"]["mean_ms"].as_f64().unwrap();
    assert!(
        (mesh - 150.0).abs() <= 22.5 && (plain - 240.0).abs() <= 36.0,
        "{mesh} / {plain}"
    );
    let recommended = doc["placements"][2]["mesh"]["mean_ms"].as_f64().unwrap();
    assert!(recommended <= 0.7 * mesh, "{recommended} vs {mesh}");
    assert_eq!(doc["model"]["hop_ms"], 2.0);
    assert_eq!(doc["search"]["method"], "exhaustive");
    // Same seed, same numbers.
    let again = json(&[
        "--workmodel",
        WORKMODEL,
        "--placement",
        "edge1=s0,s1,s2,s3",
        "--service-time",
        "s0=45ms",
        "--recommend",
        "--budget",
        "5",
    ]);
    assert_eq!(again, doc);
}

#[test]
fn offline_manifests_give_the_workmodel_and_the_placement() {
    let home = tempfile::tempdir().unwrap();
    let moved = plugin(home.path())
        .args(["offload", "svc", "s0", "--to", "edge1", "-o", "yaml", "-f"])
        .arg(repo().join("examples/mubench-app"))
        .output()
        .unwrap();
    assert!(moved.status.success());
    let file = home.path().join("moved.yaml");
    std::fs::write(&file, &moved.stdout).unwrap();
    let doc = json(&["-f", file.to_str().unwrap()]);
    assert_eq!(
        doc["placements"][1]["edge"]["edge1"],
        serde_json::json!(["s0"])
    );
}

#[test]
fn bad_input_names_the_fix() {
    let out = plan(&["--workmodel", WORKMODEL, "--placement", "edge1=s0,nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unknown service \"nope\""),
        "{}",
        stderr(&out)
    );
    let out = plan(&["--workmodel", WORKMODEL, "--rtt", "fast"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let dir = tempfile::tempdir().unwrap();
    let cyclic = dir.path().join("wm.json");
    std::fs::write(&cyclic, r#"{"a": {"external_services": [{"services": ["b"]}]}, "b": {"external_services": [{"services": ["a"]}]}}"#).unwrap();
    let out = plan(&["--workmodel", cyclic.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("cycle: a -> b -> a"),
        "{}",
        stderr(&out)
    );
    let roots = dir.path().join("roots.json");
    std::fs::write(&roots, r#"{"a": {}, "b": {}}"#).unwrap();
    let out = plan(&["--workmodel", roots.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("several roots") && stderr(&out).contains("--entry"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn apply_carries_out_the_recommended_moves_in_the_cluster() {
    let server = common::app_server(common::fast_controllers());
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        plugin_for(&server, home.path())
            .args(args)
            .output()
            .unwrap()
    };
    assert!(
        run(&["offload", "namespace", common::APP_NS, "--sites", "edge1"])
            .status
            .success()
    );
    let out = run(&[
        "plan",
        "-n",
        common::APP_NS,
        "--service-time",
        "s0=45ms",
        "--ingress-site",
        "edge1",
        "--recommend",
        "--budget",
        "2",
        "--apply",
        "--yes",
        "--samples",
        "1000",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    for s in ["s0", "s9"] {
        assert!(
            server
                .get(
                    "apps/v1",
                    "Deployment",
                    Some(common::APP_NS),
                    &format!("{s}-edge1")
                )
                .is_some(),
            "{s} moved to edge1"
        );
    }
    // The cluster's placement is now the given one.
    let out = run(&[
        "plan",
        "-n",
        common::APP_NS,
        "-o",
        "json",
        "--samples",
        "1000",
    ]);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        doc["placements"][1]["edge"]["edge1"],
        serde_json::json!(["s0", "s9"])
    );
}

#[test]
fn a_cpu_budget_reads_the_services_cpu_requests_from_the_manifests() {
    let doc = json(&[
        "-f",
        "examples/mubench-app",
        "--service-time",
        "s0=45ms",
        "--recommend",
        "--cpu-budget",
        "1",
    ]);
    assert_eq!(doc["search"]["cpu_budget_millis"], 1000);
    assert!(doc["search"]["budget"].is_null());
    // s0 requests 500m and the others 250m each: s0 and two more fit in one CPU.
    let edge = doc["placements"][2]["edge"]["edge1"].as_array().unwrap();
    assert_eq!(edge.len(), 3, "{edge:?}");
    assert_eq!(edge[0], "s0");
    let out = plan(&["--workmodel", WORKMODEL, "--recommend", "--cpu-budget", "1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("add -f MANIFESTS or -n NAMESPACE"),
        "{}",
        stderr(&out)
    );
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/workmodels/{name}")
}

#[test]
fn workmodels_in_mubench_shapes_load_and_their_entry_is_found_from_the_graph() {
    // (file, entry found from the graph, call edges)
    let cases = [
        ("star-parallel-4.json", "s0", 3),
        ("star-serial-4.json", "s0", 3),
        ("tree-20-probabilities.json", "s0", 19),
        ("shop-webui-entry.json", "webui", 7),
        ("shop-webui-entry-configmap.yaml", "webui", 7),
    ];
    for (file, entry, edges) in cases {
        let doc = json(&[
            "--workmodel",
            &fixture(file),
            "--placement",
            &format!("edge1={entry}"),
            "--samples",
            "2000",
        ]);
        assert_eq!(doc["model"]["entry"], entry, "{file}");
        assert_eq!(
            doc["model"]["calls"].as_array().unwrap().len(),
            edges,
            "{file}"
        );
    }
}

#[test]
fn parallel_groups_cost_the_slowest_call_and_a_serial_group_the_sum() {
    // s0 calls s1, s2, s3 (5 ms each, plus a 2 ms hop, all in the cloud): in parallel the
    // request waits 7 ms for them, in sequence 21 ms. Everything else is the same.
    let mean = |file: &str| {
        json(&["--workmodel", &fixture(file), "--placement", "edge1=s0"])["placements"][0]["mesh"]
            ["mean_ms"]
            .as_f64()
            .unwrap()
    };
    let difference = mean("star-serial-4.json") - mean("star-parallel-4.json");
    assert!((difference - 14.0).abs() < 1e-6, "{difference}");
}
