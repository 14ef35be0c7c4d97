use super::*;
use crate::latency::search::{Budget, Method, recommend};
use crate::latency::workmodel::{from_value, parse};
use serde_json::json;

fn params(g: &Graph, entry: &str, times: &[(&str, f64)], default: f64) -> Params {
    let mut service_ms = vec![default; g.services.len()];
    for (name, t) in times {
        service_ms[g.index(name).unwrap()] = *t;
    }
    Params {
        service_ms,
        hop_ms: 2.0,
        rtt_ms: BTreeMap::new(),
        default_rtt_ms: 160.0,
        cloud_site: "cloud".into(),
        ingress_site: "edge1".into(),
        entry: g.index(entry).unwrap(),
        samples: 200_000,
        seed: 7,
    }
}

fn at_edge(g: &Graph, names: &[&str]) -> Placement {
    BTreeMap::from([(
        "edge1".to_string(),
        names.iter().map(|n| g.index(n).unwrap()).collect(),
    )])
}

fn close(a: f64, b: f64, tolerance: f64) -> bool {
    (a - b).abs() <= tolerance
}

#[test]
fn a_two_service_chain_has_the_hand_computed_mean() {
    // a (10 ms) always calls b (5 ms). Ingress at edge1, a at the edge, b only in the cloud:
    // mesh: 2 + 10 + (2 + 160 + 5) = 179; without the mesh the ingress picks a's site at random:
    // 0.5 * (2 + 10 + 167) + 0.5 * (162 + 10 + 7) = 179 as well.
    let g =
        from_value(&json!({"a": {"external_services": [{"services": ["b"]}]}, "b": {}})).unwrap();
    let p = params(&g, "a", &[("a", 10.0), ("b", 5.0)], 0.0);
    let placement = at_edge(&g, &["a"]);
    assert_eq!(
        exact_mean(&g, &p, &placement, Routing::Mesh).map(|m| m.0),
        Some(179.0)
    );
    assert_eq!(
        exact_mean(&g, &p, &placement, Routing::NoMesh).map(|m| m.0),
        Some(179.0)
    );
    let both = at_edge(&g, &["a", "b"]);
    let (mean, cross) = exact_mean(&g, &p, &both, Routing::Mesh).unwrap();
    assert_eq!((mean, cross), (2.0 + 10.0 + 2.0 + 5.0, 0.0));
    let stats = evaluate(&g, &p, &both, Routing::Mesh);
    assert_eq!(
        (stats.p50_ms, stats.p99_ms),
        (19.0, 19.0),
        "a deterministic graph has one duration"
    );
}

#[test]
fn seq_len_sampling_and_probabilities_match_the_closed_form() {
    // a calls one of {b, c} at random (seq_len 1), b with probability 0.5: E = 1 + 0.5 * (0.5 * (2 + 10)) + 0.5 * (2 + 20).
    let g = from_value(&json!({"a": {"external_services": [{"seq_len": 1, "services": ["b", "c"], "probabilities": {"b": 0.5, "c": 1.0}}]}, "b": {}, "c": {}})).unwrap();
    let mut p = params(&g, "a", &[("a", 1.0), ("b", 10.0), ("c", 20.0)], 0.0);
    p.ingress_site = "cloud".into();
    let placement = Placement::new();
    let exact = exact_mean(&g, &p, &placement, Routing::Mesh).unwrap().0;
    assert!(
        close(exact, 2.0 + 1.0 + 0.5 * 0.5 * 12.0 + 0.5 * 22.0, 1e-9),
        "{exact}"
    );
    let mc = evaluate(&g, &p, &placement, Routing::Mesh);
    assert!(
        close(mc.mean_ms, exact, 1e-9),
        "the reported mean is the exact one"
    );
    let (times, _) = simulate(&g, &p, &placement, Routing::Mesh);
    let simulated = times.iter().sum::<f64>() / times.len() as f64;
    assert!(
        close(simulated, exact, 0.1),
        "Monte Carlo {simulated} vs exact {exact}"
    );
}

#[test]
fn parallel_groups_wait_for_the_slowest() {
    // a runs two groups in parallel: b (10 ms) and c (30 ms), always called. Time = 1 + max(12, 32) + ingress hop 2.
    let g = from_value(&json!({"a": {"external_services": [{"services": ["b"]}, {"services": ["c"]}]}, "b": {}, "c": {}})).unwrap();
    let mut p = params(&g, "a", &[("a", 1.0), ("b", 10.0), ("c", 30.0)], 0.0);
    p.ingress_site = "cloud".into();
    p.samples = 1000;
    assert_eq!(
        exact_mean(&g, &p, &Placement::new(), Routing::Mesh),
        None,
        "no closed form for a max"
    );
    let s = evaluate(&g, &p, &Placement::new(), Routing::Mesh);
    assert_eq!((s.mean_ms, s.p90_ms), (35.0, 35.0));
    assert_eq!(s.mean_exact_ms, None);
}

fn seed_app() -> (Graph, Params) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/mubench-app/workmodel.yaml"
    ))
    .unwrap();
    let g = parse(&text).unwrap();
    let p = params(&g, "s0", &[("s0", 45.0)], 5.0);
    (g, p)
}

#[test]
fn reproduces_the_seed_testbed_within_15_percent() {
    let (g, p) = seed_app();
    let seed_choice = at_edge(&g, &["s0", "s1", "s2", "s3"]);
    let mesh = evaluate(&g, &p, &seed_choice, Routing::Mesh);
    let plain = evaluate(&g, &p, &seed_choice, Routing::NoMesh);
    assert!(
        close(mesh.mean_ms, 150.0, 0.15 * 150.0),
        "mesh mean {}",
        mesh.mean_ms
    );
    assert!(
        close(plain.mean_ms, 240.0, 0.15 * 240.0),
        "no-mesh mean {}",
        plain.mean_ms
    );
    // Same direction as the seed's P90s (about 400 ms with the mesh, 550 ms without).
    assert!(
        mesh.p90_istio_ms < plain.p90_istio_ms,
        "{} vs {}",
        mesh.p90_istio_ms,
        plain.p90_istio_ms
    );
    assert!(mesh.cross_site_calls < plain.cross_site_calls);
}

#[test]
fn a_budget_of_5_beats_the_seed_by_30_percent_and_7_halves_it() {
    let (g, p) = seed_app();
    let seed_mean = exact_mean(
        &g,
        &p,
        &at_edge(&g, &["s0", "s1", "s2", "s3"]),
        Routing::Mesh,
    )
    .unwrap()
    .0;
    let five = recommend(&g, &p, &Placement::new(), "edge1", &Budget::services(5));
    assert_eq!(five.method, Method::Exhaustive);
    assert!(
        five.mean_ms <= 0.7 * seed_mean,
        "budget 5: {} vs seed {}",
        five.mean_ms,
        seed_mean
    );
    assert!(
        five.placement["edge1"].contains(&g.index("s9").unwrap()),
        "s9, called by s0 directly, matters"
    );
    let seven = recommend(&g, &p, &Placement::new(), "edge1", &Budget::services(7));
    assert!(
        seven.mean_ms <= 0.5 * seed_mean,
        "budget 7: {} vs seed {}",
        seven.mean_ms,
        seed_mean
    );
    assert!(seven.placement["edge1"].len() <= 7);
    let none = recommend(&g, &p, &Placement::new(), "edge1", &Budget::services(0));
    assert!(none.placement["edge1"].is_empty());
}

#[test]
fn a_cpu_budget_limits_what_fits_at_the_edge() {
    let (g, p) = seed_app();
    // s0 needs 500m, every other service 250m: 1000m fits s0 and two more.
    let cpu: Vec<u64> = g
        .services
        .iter()
        .map(|s| if s.name == "s0" { 500 } else { 250 })
        .collect();
    let budget = Budget {
        services: usize::MAX,
        cpu_millis: Some(1000),
        cpu: cpu.clone(),
    };
    let rec = recommend(&g, &p, &Placement::new(), "edge1", &budget);
    let chosen = &rec.placement["edge1"];
    assert_eq!(chosen.len(), 3, "{chosen:?}");
    assert!(chosen.iter().map(|s| cpu[*s]).sum::<u64>() <= 1000);
    let too_small = Budget {
        services: usize::MAX,
        cpu_millis: Some(400),
        cpu,
    };
    assert!(
        recommend(&g, &p, &Placement::new(), "edge1", &too_small).placement["edge1"].is_empty(),
        "s0 alone does not fit"
    );
}
