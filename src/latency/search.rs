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
    budget: usize,
) -> Recommendation {
    let candidates: Vec<usize> = g
        .reachable(p.entry)
        .into_iter()
        .filter(|s| *s != p.entry)
        .collect();
    let empty = BTreeSet::new();
    let mut best = (objective(g, p, &with(base, site, &empty)), empty.clone());
    if budget == 0 {
        return Recommendation {
            placement: with(base, site, &best.1),
            method: Method::Exhaustive,
            mean_ms: best.0,
        };
    }
    let n = candidates.len() as u64;
    let subsets: u64 = (0..budget as u64).map(|k| binomial(n, k.min(n))).sum();
    let consider = |set: BTreeSet<usize>, best: &mut (f64, BTreeSet<usize>)| {
        let m = objective(g, p, &with(base, site, &set));
        // Strictly better by more than rounding noise, or as good with fewer services.
        if m < best.0 - 1e-9 || ((m - best.0).abs() <= 1e-9 && set.len() < best.1.len()) {
            *best = (m, set);
        }
    };
    if subsets <= EXHAUSTIVE_LIMIT {
        // Every subset of the other services of size < budget, plus the entry service.
        let mut stack: Vec<(usize, BTreeSet<usize>)> = vec![(0, BTreeSet::from([p.entry]))];
        while let Some((next, set)) = stack.pop() {
            consider(set.clone(), &mut best);
            if set.len() >= budget {
                continue;
            }
            for (i, candidate) in candidates.iter().enumerate().skip(next) {
                let mut grown = set.clone();
                grown.insert(*candidate);
                stack.push((i + 1, grown));
            }
        }
        return Recommendation {
            placement: with(base, site, &best.1),
            method: Method::Exhaustive,
            mean_ms: best.0,
        };
    }
    let mut set = BTreeSet::from([p.entry]);
    consider(set.clone(), &mut best);
    while set.len() < budget {
        let step = candidates
            .iter()
            .filter(|c| !set.contains(c))
            .map(|c| {
                let mut grown = set.clone();
                grown.insert(*c);
                (objective(g, p, &with(base, site, &grown)), *c)
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
