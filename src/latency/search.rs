//! Which services to offload to one edge site under a budget: exhaustive where cheap, greedy beyond.

use super::model::{Params, Placement, Routing, exact_mean, simulate};
use super::workmodel::Graph;
use std::collections::BTreeSet;

/// More subsets than this and the search turns greedy.
pub const EXHAUSTIVE_LIMIT: u64 = 50_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    Exhaustive,
    Greedy,
}

/// What may run at the edge: a number of services and, optionally, their summed CPU requests.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Budget {
    pub services: usize,
    pub cpu_millis: Option<u64>,
    /// CPU request of each service (millicores), by service index; needed with `cpu_millis`.
    pub cpu: Vec<u64>,
}

impl Budget {
    pub fn services(n: usize) -> Budget {
        Budget {
            services: n,
            ..Default::default()
        }
    }

    fn fits(&self, set: &BTreeSet<usize>) -> bool {
        set.len() <= self.services
            && self.cpu_millis.is_none_or(|max| {
                set.iter()
                    .map(|s| self.cpu.get(*s).copied().unwrap_or(0))
                    .sum::<u64>()
                    <= max
            })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    pub placement: Placement,
    pub method: Method,
    pub mean_ms: f64,
}

/// The mesh mean of a placement: exact where possible, else a small Monte Carlo run.
fn objective(g: &Graph, p: &Params, placement: &Placement) -> f64 {
    exact_mean(g, p, placement, Routing::Mesh)
        .map(|m| m.0)
        .unwrap_or_else(|| {
            let quick = Params {
                samples: 2_000,
                ..p.clone()
            };
            let (times, _) = simulate(g, &quick, placement, Routing::Mesh);
            times.iter().sum::<f64>() / times.len().max(1) as f64
        })
}

fn binomial(n: u64, k: u64) -> u64 {
    (0..k).fold(1u64, |acc, i| acc.saturating_mul(n - i) / (i + 1))
}

fn with(base: &Placement, site: &str, services: &BTreeSet<usize>) -> Placement {
    let mut p = base.clone();
    p.insert(site.to_string(), services.clone());
    p
}

/// The best set of at most `budget` services at `site` (the ingress edge), other sites as in `base`.
pub fn recommend(
    g: &Graph,
    p: &Params,
    base: &Placement,
    site: &str,
    budget: &Budget,
) -> Recommendation {
    let candidates: Vec<usize> = g
        .reachable(p.entry)
        .into_iter()
        .filter(|s| *s != p.entry)
        .collect();
    let empty = BTreeSet::new();
    let mut best = (objective(g, p, &with(base, site, &empty)), empty.clone());
    let start = BTreeSet::from([p.entry]);
    if budget.services == 0 || !budget.fits(&start) {
        return Recommendation {
            placement: with(base, site, &best.1),
            method: Method::Exhaustive,
            mean_ms: best.0,
        };
    }
    let n = candidates.len() as u64;
    let most = budget.services.min(candidates.len() + 1) as u64;
    let subsets: u64 = (0..most).map(|k| binomial(n, k.min(n))).sum();
    let consider = |set: BTreeSet<usize>, best: &mut (f64, BTreeSet<usize>)| {
        let m = objective(g, p, &with(base, site, &set));
        // Strictly better by more than rounding noise, or as good with fewer services.
        if m < best.0 - 1e-9 || ((m - best.0).abs() <= 1e-9 && set.len() < best.1.len()) {
            *best = (m, set);
        }
    };
    if subsets <= EXHAUSTIVE_LIMIT {
        // Every subset of the other services of size < budget, plus the entry service.
        let mut stack: Vec<(usize, BTreeSet<usize>)> = vec![(0, start)];
        while let Some((next, set)) = stack.pop() {
            consider(set.clone(), &mut best);
            for (i, candidate) in candidates.iter().enumerate().skip(next) {
                let mut grown = set.clone();
                grown.insert(*candidate);
                // CPU only grows with the set, so a set over budget prunes its supersets.
                if budget.fits(&grown) {
                    stack.push((i + 1, grown));
                }
            }
        }
        return Recommendation {
            placement: with(base, site, &best.1),
            method: Method::Exhaustive,
            mean_ms: best.0,
        };
    }
    let mut set = start;
    consider(set.clone(), &mut best);
    loop {
        let step = candidates
            .iter()
            .filter(|c| !set.contains(c))
            .filter_map(|c| {
                let mut grown = set.clone();
                grown.insert(*c);
                budget
                    .fits(&grown)
                    .then(|| (objective(g, p, &with(base, site, &grown)), *c))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0));
        match step {
            Some((_, c)) => {
                set.insert(c);
                consider(set.clone(), &mut best);
            }
            None => break,
        }
    }
    Recommendation {
        placement: with(base, site, &best.1),
        method: Method::Greedy,
        mean_ms: best.0,
    }
}
