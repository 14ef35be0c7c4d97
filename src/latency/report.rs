//! From flags to model parameters, and the placements a `plan` run compares.

use super::model::{Params, Placement, Routing, Stats, evaluate};
use super::search::{Budget, Method, recommend};
use super::workmodel::Graph;
use crate::plan::PlanError;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// What the flags say, before it is checked against the graph.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub placement: Vec<String>,
    pub rtt: Vec<String>,
    pub hop_ms: f64,
    pub service_time: Vec<String>,
    /// Processing times measured from telemetry (ms); `service_time` flags override them.
    pub measured_service_ms: BTreeMap<String, f64>,
    pub default_service_ms: f64,
    pub ingress_site: Option<String>,
    pub entry: Option<String>,
    pub samples: usize,
    pub seed: u64,
    pub cloud_site: String,
}

/// Each service's CPU requests (millicores, summed over its pod template's containers), from its
/// original Deployment or, once moved, its cloud anchor. 0 for services without a Deployment.
pub fn cpu_requests(g: &Graph, snap: &crate::model::app::AppSnapshot) -> Vec<u64> {
    let mut cpu = vec![0; g.services.len()];
    for ms in snap.microservices() {
        let Some(i) = g.index(ms.name()) else {
            continue;
        };
        let template = ms.originals.first().or_else(|| {
            ms.copies
                .iter()
                .find(|c| c.site == snap.cloud_site)
                .map(|c| &c.deployment)
        });
        cpu[i] = template
            .and_then(|d| d.spec.as_ref())
            .and_then(|s| s.template.spec.as_ref())
            .map(|pod| {
                pod.containers
                    .iter()
                    .filter_map(|c| c.resources.as_ref()?.requests.as_ref()?.get("cpu"))
                    .filter_map(|q| crate::model::quantity::cpu_millis(&q.0))
                    .sum()
            })
            .unwrap_or(0);
    }
    cpu
}

/// The placement running now: per edge site, the services with a copy there.
pub fn current_placement(g: &Graph, snap: &crate::model::app::AppSnapshot) -> Placement {
    let mut placement = Placement::new();
    for ms in snap.microservices() {
        if let Some(i) = g.index(ms.name()) {
            for site in ms.sites().into_iter().filter(|s| *s != snap.cloud_site) {
                placement.entry(site).or_default().insert(i);
            }
        }
    }
    placement
}

fn ms(text: &str) -> Result<f64, PlanError> {
    crate::duration::parse(text)
        .map(|d| d.as_secs_f64() * 1000.0)
        .map_err(|e| PlanError::usage(e, "durations look like 45ms, 0.16s or 1m"))
}

fn service(g: &Graph, name: &str) -> Result<usize, PlanError> {
    g.index(name).ok_or_else(|| {
        PlanError::usage(
            format!("unknown service {name:?}"),
            format!("the workmodel has: {}", g.names().join(", ")),
        )
    })
}

/// `edge1=s0,s1` flags into a placement.
pub fn parse_placement(g: &Graph, specs: &[String]) -> Result<Placement, PlanError> {
    let mut placement = Placement::new();
    for spec in specs {
        let (site, services) = spec.split_once('=').ok_or_else(|| {
            PlanError::usage(
                format!("--placement {spec:?} is not SITE=SVC,..."),
                "e.g. --placement edge1=s0,s1",
            )
        })?;
        let set = placement.entry(site.to_string()).or_default();
        for s in services.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            set.insert(service(g, s)?);
        }
    }
    Ok(placement)
}

pub fn params(g: &Graph, inputs: &Inputs, placement: &Placement) -> Result<Params, PlanError> {
    let mut rtt_ms = BTreeMap::new();
    let mut default_rtt_ms = 160.0;
    for r in &inputs.rtt {
        match r.split_once('=') {
            Some((site, d)) => {
                rtt_ms.insert(site.to_string(), ms(d)?);
            }
            None => default_rtt_ms = ms(r)?,
        }
    }
    let mut service_ms: Vec<f64> = g
        .services
        .iter()
        .map(|s| {
            inputs
                .measured_service_ms
                .get(&s.name)
                .copied()
                .unwrap_or(inputs.default_service_ms)
        })
        .collect();
    for spec in &inputs.service_time {
        let (name, d) = spec.split_once('=').ok_or_else(|| {
            PlanError::usage(
                format!("--service-time {spec:?} is not SVC=DURATION"),
                "e.g. --service-time s0=45ms",
            )
        })?;
        service_ms[service(g, name)?] = ms(d)?;
    }
    let entry = match &inputs.entry {
        Some(name) => service(g, name)?,
        None => match g.roots().as_slice() {
            [root] => *root,
            [] => {
                return Err(PlanError::new(
                    "the call graph has no root",
                    "pass --entry SERVICE",
                ));
            }
            roots => {
                let names: Vec<&str> = roots.iter().map(|r| g.services[*r].name.as_str()).collect();
                return Err(PlanError::usage(
                    format!("the call graph has several roots ({})", names.join(", ")),
                    "say where requests enter with --entry SERVICE",
                ));
            }
        },
    };
    let ingress_site = inputs
        .ingress_site
        .clone()
        .or_else(|| placement.keys().next().cloned())
        .unwrap_or_else(|| "edge1".to_string());
    if inputs.samples == 0 {
        return Err(PlanError::usage(
            "--samples must be at least 1",
            "e.g. --samples 100000",
        ));
    }
    Ok(Params {
        service_ms,
        hop_ms: inputs.hop_ms,
        rtt_ms,
        default_rtt_ms,
        cloud_site: inputs.cloud_site.clone(),
        ingress_site,
        entry,
        samples: inputs.samples,
        seed: inputs.seed,
    })
}

#[derive(Debug, Clone, Serialize)]
pub struct PlacementReport {
    pub name: String,
    pub edge: BTreeMap<String, Vec<String>>,
    pub mesh: Stats,
    pub no_mesh: Stats,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchReport {
    pub method: Method,
    /// At most this many services (`None`: only the CPU budget limits).
    pub budget: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu_budget_millis: Option<u64>,
    pub site: String,
    /// The budget bought no gain over cloud-only (e.g. 0, or too small to move the entry service).
    pub no_gain: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub model: Value,
    pub placements: Vec<PlacementReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub search: Option<SearchReport>,
}

use serde_json::{Value, json};

fn names(g: &Graph, placement: &Placement) -> BTreeMap<String, Vec<String>> {
    placement
        .iter()
        .filter(|(_, set)| !set.is_empty())
        .map(|(site, set)| {
            let mut list: Vec<String> = set.iter().map(|i| g.services[*i].name.clone()).collect();
            list.sort_by_key(|n| (n.len(), n.clone()));
            (site.clone(), list)
        })
        .collect()
}

fn evaluate_named(g: &Graph, p: &Params, name: &str, placement: &Placement) -> PlacementReport {
    PlacementReport {
        name: name.into(),
        edge: names(g, placement),
        mesh: evaluate(g, p, placement, Routing::Mesh),
        no_mesh: evaluate(g, p, placement, Routing::NoMesh),
    }
}

/// Cloud-only, the given placement, and (with a budget) the recommended one.
pub fn report(g: &Graph, p: &Params, given: &Placement, budget: Option<&Budget>) -> Report {
    let service_ms: BTreeMap<&str, f64> = g
        .services
        .iter()
        .enumerate()
        .map(|(i, s)| (s.name.as_str(), p.service_ms[i]))
        .collect();
    // The call graph as read (from a workmodel or from telemetry), one entry per call edge.
    let calls: Vec<Value> = g
        .services
        .iter()
        .flat_map(|s| {
            s.groups.iter().flat_map(move |group| {
                group.calls.iter().map(move |(c, prob)| {
                    json!({"from": s.name, "to": g.services[*c].name, "probability": prob})
                })
            })
        })
        .collect();
    let model = json!({
        "entry": g.services[p.entry].name, "ingress_site": p.ingress_site, "cloud_site": p.cloud_site,
        "hop_ms": p.hop_ms, "default_rtt_ms": p.default_rtt_ms, "rtt_ms": p.rtt_ms,
        "service_ms": service_ms, "calls": calls, "samples": p.samples, "seed": p.seed,
    });
    let mut placements = vec![
        evaluate_named(g, p, "cloud-only", &Placement::new()),
        evaluate_named(g, p, "given", given),
    ];
    let mut search = None;
    if let Some(budget) = budget {
        let mut base = given.clone();
        base.remove(&p.ingress_site);
        let rec = recommend(g, p, &base, &p.ingress_site, budget);
        let budget_services = Some(budget.services).filter(|n| *n != usize::MAX);
        let cpu_budget_millis = budget.cpu_millis;
        let no_gain = rec
            .placement
            .get(&p.ingress_site)
            .is_none_or(BTreeSet::is_empty);
        placements.push(evaluate_named(g, p, "recommended", &rec.placement));
        search = Some(SearchReport {
            method: rec.method,
            budget: budget_services,
            cpu_budget_millis,
            site: p.ingress_site.clone(),
            no_gain,
        });
    }
    Report {
        model,
        placements,
        search,
    }
}
