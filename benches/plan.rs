//! `plan` figures: Monte Carlo throughput (simulated requests per second, one core) on the
//! example application, and `--recommend` on a generated 200-service call graph.
//!
//!     cargo bench --bench plan

use fluidos_mesh::latency::model::{Params, Placement, Routing, simulate};
use fluidos_mesh::latency::search::{Budget, recommend};
use fluidos_mesh::latency::workmodel::{from_value, parse};
use serde_json::{Map, json};
use std::time::Instant;

fn params(entry: usize, services: usize, samples: usize) -> Params {
    Params {
        service_ms: vec![5.0; services],
        hop_ms: 2.0,
        rtt_ms: Default::default(),
        default_rtt_ms: 160.0,
        cloud_site: "cloud".into(),
        ingress_site: "edge1".into(),
        entry,
        samples,
        seed: 1,
    }
}

/// A tree of `n` services: service i calls 2i+1 and 2i+2 (probability 0.3), some with seq_len 1.
fn generated(n: usize) -> serde_json::Value {
    let mut m = Map::new();
    for i in 0..n {
        let callees: Vec<String> = [2 * i + 1, 2 * i + 2]
            .into_iter()
            .filter(|c| *c < n)
            .map(|c| format!("x{c:03}"))
            .collect();
        let probabilities: Map<String, serde_json::Value> =
            callees.iter().map(|c| (c.clone(), json!(0.3))).collect();
        let seq_len = if i % 3 == 0 { 1 } else { 100 };
        let groups = if callees.is_empty() {
            json!([])
        } else {
            json!([{"seq_len": seq_len, "services": callees, "probabilities": probabilities}])
        };
        m.insert(format!("x{i:03}"), json!({"external_services": groups}));
    }
    serde_json::Value::Object(m)
}

fn main() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/mubench-app/workmodel.yaml"
    ))
    .expect("example workmodel");
    let g = parse(&text).expect("workmodel");
    let entry = g.index("s0").expect("s0");
    let placement: Placement = [(
        "edge1".to_string(),
        ["s0", "s1", "s2", "s3"]
            .iter()
            .filter_map(|s| g.index(s))
            .collect(),
    )]
    .into();
    for routing in [Routing::Mesh, Routing::NoMesh] {
        let p = params(entry, g.services.len(), 2_000_000);
        let start = Instant::now();
        let (times, _) = simulate(&g, &p, &placement, routing);
        let secs = start.elapsed().as_secs_f64();
        println!(
            "monte carlo ({routing:?}): {} requests in {secs:.2}s = {:.1} M requests/s",
            times.len(),
            times.len() as f64 / secs / 1e6
        );
    }
    let big = from_value(&generated(200)).expect("generated graph");
    let root = big.index("x000").expect("root");
    let p = params(root, big.services.len(), 1_000);
    for budget in [5, 10] {
        let start = Instant::now();
        let rec = recommend(
            &big,
            &p,
            &Placement::new(),
            "edge1",
            &Budget::services(budget),
        );
        println!(
            "recommend on 200 services, budget {budget}: {:?} search, mean {:.1} ms, in {:.2}s",
            rec.method,
            rec.mean_ms,
            start.elapsed().as_secs_f64()
        );
    }
}
