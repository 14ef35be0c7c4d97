//! `status` on 1,000 services × 5 sites against the loopback test server: list requests made
//! and wall time of the whole command (release binary, process start included). Prints figures.
//!
//!     cargo bench --bench status

use fluidos_test_apiserver::TestServer;
use serde_json::json;
use std::process::Command;
use std::time::{Duration, Instant};

const SERVICES: usize = 1000;
const SITES: [&str; 5] = ["cloud", "edge1", "edge2", "edge3", "edge4"];

fn seed(server: &TestServer) {
    server.seed_value(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "bench", "labels": {"istio-injection": "enabled"}}}));
    for site in SITES {
        let mut labels = json!({"topology.kubernetes.io/zone": site});
        if site != "cloud" {
            labels["liqo.io/type"] = json!("virtual-node");
            labels["liqo.io/remote-cluster-id"] = json!(site);
        }
        server.seed_value(json!({"apiVersion": "v1", "kind": "Node", "metadata": {"name": format!("node-{site}"), "labels": labels}}));
    }
    server.seed_value(json!({"apiVersion": "offloading.liqo.io/v1beta1", "kind": "NamespaceOffloading",
        "metadata": {"name": "offloading", "namespace": "bench"}, "spec": {"namespaceMappingStrategy": "EnforceSameName", "podOffloadingStrategy": "LocalAndRemote"}}));
    for i in 0..SERVICES {
        let svc = format!("svc{i}");
        server.seed_value(json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": svc, "namespace": "bench"}, "spec": {"selector": {"app": svc}}}));
        server.seed_value(json!({"apiVersion": "networking.istio.io/v1", "kind": "DestinationRule", "metadata": {"name": svc, "namespace": "bench"},
            "spec": {"host": format!("{svc}.bench.svc.cluster.local"), "trafficPolicy": {"outlierDetection": {"consecutive5xxErrors": 5}}}}));
        for site in SITES {
            let labels = json!({"app": svc, "fluidos-mesh.io/site": site});
            server.seed_value(json!({"apiVersion": "apps/v1", "kind": "Deployment",
                "metadata": {"name": format!("{svc}-{site}"), "namespace": "bench", "labels": {
                    "app.kubernetes.io/managed-by": "fluidos-mesh", "fluidos-mesh.io/service": svc, "fluidos-mesh.io/origin": svc, "fluidos-mesh.io/site": site}},
                "spec": {"replicas": 1, "selector": {"matchLabels": labels}, "template": {"metadata": {"labels": labels},
                    "spec": {"containers": [{"name": "c", "image": "i"}]}}}}));
        }
    }
}

fn main() {
    let server = TestServer::builder().start();
    let started = Instant::now();
    seed(&server);
    println!(
        "seeded {SERVICES} services x {} sites ({} deployments) in {:.1?}",
        SITES.len(),
        SERVICES * SITES.len(),
        started.elapsed()
    );
    let bin = env!("CARGO_BIN_EXE_kubectl-fluidos_mesh");
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..7 {
        server.clear_log();
        let start = Instant::now();
        let out = Command::new(bin)
            .arg("--kubeconfig")
            .arg(server.kubeconfig())
            .args(["status", "-n", "bench", "-o", "json"])
            .output()
            .expect("run plugin");
        times.push(start.elapsed());
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let requests = server.requests();
    for r in &requests {
        println!(
            "  {} {} {:.1} ms",
            r.verb,
            r.resource,
            r.micros as f64 / 1000.0
        );
    }
    times.sort();
    println!(
        "status -n bench -o json: {} requests ({} list), median {:.0?}, min {:.0?}, max {:.0?}",
        requests.len(),
        requests.iter().filter(|r| r.verb == "list").count(),
        times[times.len() / 2],
        times[0],
        times[times.len() - 1]
    );
}
