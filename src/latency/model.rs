//! The latency model: a request enters at the ingress site, each service runs its internal work
//! then its call groups; every call costs a local hop plus, across sites, the round trip.
//! Mean by closed form (when every service has at most one group), distribution by Monte Carlo.

use super::istio::histogram_quantile;
use super::workmodel::Graph;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Routing {
    /// Istio locality routing: same site when the callee runs there, else the cloud.
    Mesh,
    /// Plain Kubernetes: a site in proportion to the callee's replicas (one per site here).
    NoMesh,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// Processing time per service index, in ms.
    pub service_ms: Vec<f64>,
    pub hop_ms: f64,
    /// Round trip between the cloud and each edge site, ms; `default_rtt_ms` for others.
    pub rtt_ms: BTreeMap<String, f64>,
    pub default_rtt_ms: f64,
    pub cloud_site: String,
    pub ingress_site: String,
    /// The service requests enter (a root of the call graph).
    pub entry: usize,
    pub samples: usize,
    pub seed: u64,
}

/// Which services run at which edge site (the cloud runs all of them).
pub type Placement = BTreeMap<String, BTreeSet<usize>>;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub mean_ms: f64,
    pub p50_ms: f64,
    pub p90_ms: f64,
    pub p99_ms: f64,
    /// P90 as Prometheus' histogram_quantile over Envoy's default buckets would report it.
    pub p90_istio_ms: f64,
    pub cross_site_calls: f64,
    /// The exact mean, where it has a closed form (no parallel groups).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mean_exact_ms: Option<f64>,
}

/// Sites as indices: 0 is the cloud.
struct Layout {
    sites: Vec<String>,
    rtt: Vec<Vec<f64>>,
    /// For each service, the sites it runs at.
    runs_at: Vec<Vec<usize>>,
    ingress: usize,
}

impl Layout {
    fn new(graph: &Graph, params: &Params, placement: &Placement) -> Layout {
        let mut sites = vec![params.cloud_site.clone()];
        for s in placement
            .keys()
            .chain(std::iter::once(&params.ingress_site))
        {
            if !sites.contains(s) {
                sites.push(s.clone());
            }
        }
        let to_cloud = |s: &str| {
            if s == params.cloud_site {
                0.0
            } else {
                *params.rtt_ms.get(s).unwrap_or(&params.default_rtt_ms)
            }
        };
        let rtt = sites
            .iter()
            .map(|a| {
                sites
                    .iter()
                    .map(|b| {
                        if a == b {
                            0.0
                        } else {
                            to_cloud(a) + to_cloud(b)
                        }
                    })
                    .collect()
            })
            .collect();
        let runs_at = (0..graph.services.len())
            .map(|svc| {
                let mut at = vec![0];
                for (i, site) in sites.iter().enumerate().skip(1) {
                    if placement.get(site).is_some_and(|set| set.contains(&svc)) {
                        at.push(i);
                    }
                }
                at
            })
            .collect();
        let ingress = sites
            .iter()
            .position(|s| *s == params.ingress_site)
            .unwrap_or(0);
        Layout {
            sites,
            rtt,
            runs_at,
            ingress,
        }
    }

    /// Where a call from `from` to `callee` goes, with weights.
    fn targets(&self, from: usize, callee: usize, routing: Routing) -> Vec<(usize, f64)> {
        let at = &self.runs_at[callee];
        match routing {
            Routing::Mesh if at.contains(&from) => vec![(from, 1.0)],
            Routing::Mesh => vec![(0, 1.0)],
            Routing::NoMesh => at.iter().map(|s| (*s, 1.0 / at.len() as f64)).collect(),
        }
    }
}

/// Exact expectations (time, cross-site calls) of a call from `from` to `callee`.
fn expected_call(
    g: &Graph,
    p: &Params,
    l: &Layout,
    r: Routing,
    from: usize,
    callee: usize,
    memo: &mut BTreeMap<(usize, usize), (f64, f64)>,
) -> Option<(f64, f64)> {
    let mut total = (0.0, 0.0);
    for (site, w) in l.targets(from, callee, r) {
        let (t, x) = expected_service(g, p, l, r, callee, site, memo)?;
        let cross = if site == from { 0.0 } else { 1.0 };
        total.0 += w * (p.hop_ms + l.rtt[from][site] + t);
        total.1 += w * (cross + x);
    }
    Some(total)
}

fn expected_service(
    g: &Graph,
    p: &Params,
    l: &Layout,
    r: Routing,
    svc: usize,
    site: usize,
    memo: &mut BTreeMap<(usize, usize), (f64, f64)>,
) -> Option<(f64, f64)> {
    if let Some(v) = memo.get(&(svc, site)) {
        return Some(*v);
    }
    let groups = &g.services[svc].groups;
    if groups.len() > 1 {
        return None; // the expected maximum of parallel groups has no closed form here
    }
    let mut total = (p.service_ms[svc], 0.0);
    for group in groups {
        let frac = (group.seq_len as f64 / group.calls.len().max(1) as f64).min(1.0);
        for (callee, prob) in &group.calls {
            let (t, x) = expected_call(g, p, l, r, site, *callee, memo)?;
            total.0 += frac * prob * t;
            total.1 += frac * prob * x;
        }
    }
    memo.insert((svc, site), total);
    Some(total)
}

/// splitmix64: small, fast and reproducible (the seed is part of the model's parameters).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize % n.max(1)
    }
}

fn pick_site(targets: &[usize], from: usize, r: Routing, rng: &mut Rng) -> usize {
    match r {
        Routing::Mesh if targets.contains(&from) => from,
        Routing::Mesh => 0,
        Routing::NoMesh => targets[rng.below(targets.len())],
    }
}

/// What one simulation run needs, so the recursive steps take few arguments.
struct Sim<'a> {
    g: &'a Graph,
    p: &'a Params,
    l: &'a Layout,
    r: Routing,
}

impl Sim<'_> {
    /// One simulated call: (time, cross-site calls).
    fn call(
        &self,
        from: usize,
        callee: usize,
        rng: &mut Rng,
        scratch: &mut Vec<usize>,
    ) -> (f64, f64) {
        let site = pick_site(&self.l.runs_at[callee], from, self.r, rng);
        let (t, x) = self.service(callee, site, rng, scratch);
        (
            self.p.hop_ms + self.l.rtt[from][site] + t,
            x + if site == from { 0.0 } else { 1.0 },
        )
    }

    fn service(
        &self,
        svc: usize,
        site: usize,
        rng: &mut Rng,
        scratch: &mut Vec<usize>,
    ) -> (f64, f64) {
        let mut slowest = 0.0f64;
        let mut cross = 0.0;
        for group in &self.g.services[svc].groups {
            let n = group.calls.len();
            let mut elapsed = 0.0;
            if group.seq_len >= n {
                for (callee, prob) in &group.calls {
                    if rng.unit() < *prob {
                        let (t, x) = self.call(site, *callee, rng, scratch);
                        elapsed += t;
                        cross += x;
                    }
                }
            } else {
                // seq_len of the n services, chosen at random without repetition.
                let base = scratch.len();
                scratch.extend(0..n);
                for k in 0..group.seq_len {
                    let j = k + rng.below(n - k);
                    scratch.swap(base + k, base + j);
                    let (callee, prob) = group.calls[scratch[base + k]];
                    if rng.unit() < prob {
                        let (t, x) = self.call(site, callee, rng, scratch);
                        elapsed += t;
                        cross += x;
                    }
                }
                scratch.truncate(base);
            }
            slowest = slowest.max(elapsed);
        }
        (self.p.service_ms[svc] + slowest, cross)
    }
}

fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (q * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// The exact mean (and cross-site calls) where it exists.
pub fn exact_mean(g: &Graph, p: &Params, placement: &Placement, r: Routing) -> Option<(f64, f64)> {
    let l = Layout::new(g, p, placement);
    expected_call(g, p, &l, r, l.ingress, p.entry, &mut BTreeMap::new())
}

/// Simulated request durations, in ms, in the order drawn.
pub fn simulate(g: &Graph, p: &Params, placement: &Placement, r: Routing) -> (Vec<f64>, f64) {
    let l = Layout::new(g, p, placement);
    let sim = Sim { g, p, l: &l, r };
    let mut rng = Rng(p.seed);
    let mut scratch = Vec::with_capacity(64);
    let mut times = Vec::with_capacity(p.samples);
    let mut cross_total = 0.0;
    for _ in 0..p.samples {
        let (t, x) = sim.call(l.ingress, p.entry, &mut rng, &mut scratch);
        times.push(t);
        cross_total += x;
    }
    (times, cross_total / p.samples.max(1) as f64)
}

pub fn evaluate(g: &Graph, p: &Params, placement: &Placement, r: Routing) -> Stats {
    let (mut times, cross) = simulate(g, p, placement, r);
    let exact = exact_mean(g, p, placement, r);
    let mean_mc = times.iter().sum::<f64>() / times.len().max(1) as f64;
    let p90_istio = histogram_quantile(0.9, &times);
    times.sort_by(|a, b| a.total_cmp(b));
    Stats {
        mean_ms: exact.map(|e| e.0).unwrap_or(mean_mc),
        p50_ms: percentile(&times, 0.5),
        p90_ms: percentile(&times, 0.9),
        p99_ms: percentile(&times, 0.99),
        p90_istio_ms: p90_istio,
        cross_site_calls: exact.map(|e| e.1).unwrap_or(cross),
        mean_exact_ms: exact.map(|e| e.0),
    }
}

/// The layout's site names (cloud first), for reports.
pub fn sites_of(g: &Graph, p: &Params, placement: &Placement) -> Vec<String> {
    Layout::new(g, p, placement).sites
}

#[cfg(test)]
mod tests;
