//! `plan --prometheus` and `check --prometheus` against a real Prometheus server (the Debian
//! package, started by the test) loaded with recorded Istio metrics.

mod common;

use common::{APP_NS, plugin, plugin_for, stderr, stdout};
use fluidos_test_apiserver::prometheus::PrometheusServer;
use serde_json::Value;
use std::fmt::Write;

/// A call edge as Envoy at the caller reports it (reporter="source").
struct Call {
    from: &'static str,
    to: &'static str,
    per_second: f64,
    client_ms: f64,
}

/// What Envoy at a service reports of the requests it serves (reporter="destination").
struct Served {
    service: &'static str,
    per_second: f64,
    server_ms: f64,
}

/// The example application's path s0 → s1 → s5 → s6 under 10 requests a second, each series
/// split over a cloud and an edge1 workload (per-site copies) as the plugin's moves leave it.
/// Own times: s0 40 ms, s1 10 ms, s5 8 ms, s6 5 ms; every call adds a 2 ms hop.
const CALLS: [Call; 4] = [
    Call {
        from: "s0",
        to: "s1",
        per_second: 5.0,
        client_ms: 18.8,
    },
    Call {
        from: "s1",
        to: "s5",
        per_second: 2.0,
        client_ms: 17.0,
    },
    Call {
        from: "s5",
        to: "s6",
        per_second: 2.0,
        client_ms: 7.0,
    },
    // The gateway is not in the namespace: it makes s0 the root, nothing more.
    Call {
        from: "istio-ingressgateway",
        to: "s0",
        per_second: 10.0,
        client_ms: 51.4,
    },
];
const SERVED: [Served; 4] = [
    Served {
        service: "s0",
        per_second: 10.0,
        server_ms: 49.4,
    },
    Served {
        service: "s1",
        per_second: 5.0,
        server_ms: 16.8,
    },
    Served {
        service: "s5",
        per_second: 2.0,
        server_ms: 15.0,
    },
    Served {
        service: "s6",
        per_second: 2.0,
        server_ms: 5.0,
    },
];

/// 20 minutes of samples every 15 s, ending 15 s ago, in OpenMetrics text.
fn recorded_metrics() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let start = now - 1200;
    let times: Vec<u64> = (start..now - 14).step_by(15).collect();
    let mut series: Vec<(String, f64, f64)> = Vec::new();
    for c in &CALLS {
        let ns = if c.from.starts_with("istio") {
            "istio-ingress-edge1"
        } else {
            APP_NS
        };
        for (site, share) in [("cloud", 0.7), ("edge1", 0.3)] {
            series.push((
                format!(
                    "reporter=\"source\",source_workload=\"{}-{site}\",source_canonical_service=\"{}\",source_workload_namespace=\"{ns}\",destination_service_name=\"{}\",destination_service_namespace=\"{APP_NS}\"",
                    c.from, c.from, c.to
                ),
                c.per_second * share,
                c.client_ms,
            ));
        }
    }
    for s in &SERVED {
        for (site, share) in [("cloud", 0.6), ("edge1", 0.4)] {
            series.push((
                format!(
                    "reporter=\"destination\",destination_workload=\"{}-{site}\",destination_service_name=\"{}\",destination_service_namespace=\"{APP_NS}\"",
                    s.service, s.service
                ),
                s.per_second * share,
                s.server_ms,
            ));
        }
    }
    let mut out = String::from("# TYPE istio_requests counter\n");
    for (labels, rate, _) in &series {
        for t in &times {
            writeln!(
                out,
                "istio_requests_total{{{labels}}} {} {t}",
                rate * (t - start) as f64
            )
            .unwrap();
        }
    }
    out.push_str("# TYPE istio_request_duration_milliseconds histogram\n");
    for (labels, rate, mean) in &series {
        for t in &times {
            let count = rate * (t - start) as f64;
            let name = "istio_request_duration_milliseconds";
            writeln!(out, "{name}_bucket{{{labels},le=\"+Inf\"}} {count} {t}").unwrap();
            writeln!(out, "{name}_count{{{labels}}} {count} {t}").unwrap();
            writeln!(out, "{name}_sum{{{labels}}} {} {t}", count * mean).unwrap();
        }
    }
    out.push_str("# EOF\n");
    out
}

fn prometheus() -> PrometheusServer {
    PrometheusServer::start(&recorded_metrics()).unwrap_or_else(|e| panic!("{e}"))
}

fn plan_json(args: &[&str]) -> Value {
    let home = tempfile::tempdir().unwrap();
    let out = plugin(home.path())
        .args([
            "plan",
            "-n",
            APP_NS,
            "--placement",
            "edge1=s0,s1",
            "-o",
            "json",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn plan_reads_the_call_graph_and_service_times_from_prometheus() {
    let prom = prometheus();
    let measured = plan_json(&["--prometheus", &prom.url]);
    let model = &measured["model"];
    assert_eq!(model["entry"], "s0");
    let calls: Vec<(String, String, f64)> = model["calls"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["from"].as_str().unwrap().into(),
                c["to"].as_str().unwrap().into(),
                c["probability"].as_f64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        calls,
        [
            ("s0".into(), "s1".into(), 0.5),
            ("s1".into(), "s5".into(), 0.4),
            ("s5".into(), "s6".into(), 1.0)
        ]
    );
    for (svc, own) in [("s0", 40.0), ("s1", 10.0), ("s5", 8.0), ("s6", 5.0)] {
        let got = model["service_ms"][svc].as_f64().unwrap();
        assert!((got - own).abs() < 0.01, "{svc}: {got} ms, expected {own}");
    }
    // The same graph written by hand predicts the same numbers.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("workmodel.json");
    std::fs::write(
        &file,
        serde_json::json!({
            "s0": {"external_services": [{"services": ["s1"], "probabilities": {"s1": 0.5}}]},
            "s1": {"external_services": [{"services": ["s5"], "probabilities": {"s5": 0.4}}]},
            "s5": {"external_services": [{"services": ["s6"]}]},
            "s6": {"external_services": []}
        })
        .to_string(),
    )
    .unwrap();
    let by_hand = plan_json(&[
        "--workmodel",
        file.to_str().unwrap(),
        "--service-time",
        "s0=40ms",
        "--service-time",
        "s1=10ms",
        "--service-time",
        "s5=8ms",
        "--service-time",
        "s6=5ms",
    ]);
    for (a, b) in measured["placements"]
        .as_array()
        .unwrap()
        .iter()
        .zip(by_hand["placements"].as_array().unwrap())
    {
        let mean = |p: &Value| p["mesh"]["mean_ms"].as_f64().unwrap();
        assert!((mean(a) - mean(b)).abs() < 0.05, "{} vs {}", a, b);
    }
}

#[test]
fn check_finds_back_and_forth_calls_from_prometheus() {
    let prom = prometheus();
    let server = common::app_server(common::fast_controllers());
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        plugin_for(&server, home.path())
            .args(args)
            .output()
            .unwrap()
    };
    assert!(
        run(&["offload", "namespace", APP_NS, "--sites", "edge1"])
            .status
            .success()
    );
    for svc in ["s1", "s6"] {
        let out = run(&["offload", "svc", svc, "--to", "edge1", "-n", APP_NS]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let out = run(&[
        "check",
        "-n",
        APP_NS,
        "--prometheus",
        &prom.url,
        "-o",
        "json",
    ]);
    let doc: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
    let fm030 = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["code"] == "FM030")
        .unwrap();
    assert_eq!(fm030["status"], "warning");
    assert_eq!(
        fm030["objects"][0],
        "s1@edge1 -> s5@cloud -> s6@edge1: 2 extra round trips with probability 0.40 per call of s1"
    );
}

#[test]
fn an_unreachable_or_wrong_prometheus_is_a_clear_error() {
    let home = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = plugin(home.path())
        .args([
            "plan",
            "-n",
            APP_NS,
            "--placement",
            "edge1=s0",
            "--prometheus",
        ])
        .arg(format!("http://127.0.0.1:{port}"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("Prometheus at http://127.0.0.1:{port}")),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("port-forward"), "{}", stderr(&out));
    let prom = prometheus();
    let out = plugin(home.path())
        .args([
            "plan",
            "-n",
            "empty",
            "--placement",
            "edge1=s0",
            "--prometheus",
            &prom.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("namespace empty: no requests"),
        "{}",
        stderr(&out)
    );
    let out = plugin(home.path())
        .args([
            "plan",
            "--prometheus",
            "localhost:9090",
            "--window",
            "5 minutes",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a PromQL duration"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty());
}
