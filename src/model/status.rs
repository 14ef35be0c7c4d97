//! Where every microservice runs: ready/desired replicas per site, locality routing, warnings.

use super::app::{AppSnapshot, Microservice, name_of, selects, template_labels};
use super::offloading::offloaded_to;
use super::site::SiteKind;
use k8s_openapi::api::apps::v1::Deployment;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hpa {
    pub min: i32,
    pub max: i32,
    pub current: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Placement {
    /// `None` offline (`-f`): manifests carry no status.
    pub ready: Option<i32>,
    pub desired: i32,
    pub hpa: Option<Hpa>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceStatus {
    pub namespace: String,
    pub name: String,
    /// Per site: what runs there (summed over the service's Deployments).
    pub sites: BTreeMap<String, Placement>,
    /// A DestinationRule with outlierDetection exists for the service's host.
    pub locality: bool,
    /// The effective mTLS mode of the service's namespace.
    pub mtls: super::mtls::Mtls,
    /// Load balancing or session affinity set in its DestinationRule (e.g. `least-request`).
    pub policy: Option<String>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Status {
    /// Site columns, cloud first.
    pub sites: Vec<String>,
    pub services: Vec<ServiceStatus>,
}

fn replicas(d: &Deployment) -> (i32, i32) {
    let desired = d.spec.as_ref().and_then(|s| s.replicas).unwrap_or(1);
    let ready = d
        .status
        .as_ref()
        .and_then(|s| s.ready_replicas)
        .unwrap_or(0);
    (ready, desired)
}

fn add(p: &mut Placement, d: &Deployment, hpa: Option<Hpa>, online: bool) {
    let (ready, desired) = replicas(d);
    p.ready = online.then(|| p.ready.unwrap_or(0) + ready);
    p.desired += desired;
    if hpa.is_some() {
        p.hpa = hpa;
    }
}

/// Pairs of Deployments whose selectors both match one of the pod templates.
fn overlapping(deployments: &[&Deployment]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (i, a) in deployments.iter().enumerate() {
        for b in deployments.iter().skip(i + 1) {
            let sel = |d: &Deployment| {
                d.spec
                    .as_ref()
                    .and_then(|s| s.selector.match_labels.clone())
                    .unwrap_or_default()
            };
            if selects(&sel(a), template_labels(b)) || selects(&sel(b), template_labels(a)) {
                out.push((
                    name_of(&a.metadata).to_string(),
                    name_of(&b.metadata).to_string(),
                ));
            }
        }
    }
    out
}

/// What every service's row needs about the namespace, computed once.
struct Context<'a> {
    edge_sites: Vec<String>,
    offloaded: Vec<String>,
    /// The DestinationRule that applies to each service.
    rules: super::hosts::RuleIndex<'a>,
}

impl<'a> Context<'a> {
    fn new(snap: &'a AppSnapshot) -> Self {
        let inventory = snap.sites();
        let edge_sites: Vec<String> = inventory
            .sites
            .iter()
            .filter(|s| s.kind == SiteKind::Edge)
            .map(|s| s.name.clone())
            .collect();
        let offloaded = edge_sites
            .iter()
            .filter(|s| offloaded_to(snap, s))
            .cloned()
            .collect();
        let rules = super::hosts::RuleIndex::new(&snap.destination_rules, &snap.namespace);
        Context {
            edge_sites,
            offloaded,
            rules,
        }
    }

    fn locality(&self, service: &str, namespace: &str) -> bool {
        self.rules
            .rule_for(service, namespace)
            .is_some_and(|dr| !dr["spec"]["trafficPolicy"]["outlierDetection"].is_null())
    }
}

fn service_status(snap: &AppSnapshot, ctx: &Context, ms: &Microservice) -> ServiceStatus {
    let cloud = &snap.cloud_site;
    let mut sites: BTreeMap<String, Placement> = BTreeMap::new();
    let mut warnings = Vec::new();
    let hpa_of = |d: &Deployment| {
        snap.hpa_for(name_of(&d.metadata)).and_then(|h| {
            let spec = h.spec.as_ref()?;
            Some(Hpa {
                min: spec.min_replicas.unwrap_or(1),
                max: spec.max_replicas,
                current: h
                    .status
                    .as_ref()
                    .and_then(|s| s.current_replicas)
                    .unwrap_or(0),
            })
        })
    };
    let online = snap.source == super::app::Source::Cluster;
    let zero = || Placement {
        ready: online.then_some(0),
        desired: 0,
        hpa: None,
    };
    for d in &ms.originals {
        add(
            sites.entry(cloud.clone()).or_insert_with(zero),
            d,
            hpa_of(d),
            online,
        );
        if !ms.copies.is_empty() {
            warnings.push(format!(
                "deployment {} still runs next to the per-site copies (selectors overlap)",
                name_of(&d.metadata)
            ));
        }
    }
    for c in &ms.copies {
        add(
            sites.entry(c.site.clone()).or_insert_with(zero),
            &c.deployment,
            hpa_of(&c.deployment),
            online,
        );
    }
    for (site, p) in &sites {
        if let Some(ready) = p.ready.filter(|r| *r < p.desired) {
            warnings.push(format!("copy at {site} not ready ({ready}/{})", p.desired));
        }
        let is_edge = ctx.edge_sites.contains(site);
        if online && *site != *cloud && is_edge && !ctx.offloaded.contains(site) {
            warnings.push(format!(
                "namespace not offloaded to {site}, where a copy is pinned: its pods cannot start"
            ));
        }
    }
    let deployments: Vec<&Deployment> = ms
        .originals
        .iter()
        .chain(ms.copies.iter().map(|c| &c.deployment))
        .collect();
    for (a, b) in overlapping(&deployments) {
        warnings.push(format!(
            "selectors of {a} and {b} overlap: their HPAs would average over each other's pods"
        ));
    }
    let locality = ctx.locality(ms.name(), &snap.namespace);
    let multi_site = sites.len() > 1;
    if multi_site && !locality {
        warnings.push("runs at several sites without a DestinationRule with outlierDetection: no locality routing".into());
    }
    if !ms.copies.is_empty() && ms.copy(&ms.origins()[0], cloud).is_none() {
        warnings.push(format!(
            "no cloud anchor: a service must never be edge-only (run offload svc {} again)",
            ms.name()
        ));
    }
    warnings.dedup();
    ServiceStatus {
        namespace: snap.namespace.clone(),
        name: ms.name().to_string(),
        sites,
        locality,
        mtls: super::mtls::effective(&snap.peer_authentications, &snap.namespace),
        policy: ctx
            .rules
            .rule_for(ms.name(), &snap.namespace)
            .and_then(super::hosts::describe_policy),
        warnings,
    }
}

/// The status of every service in the snapshot.
pub fn status(snap: &AppSnapshot) -> Status {
    let ctx = Context::new(snap);
    let services: Vec<ServiceStatus> = snap
        .microservices()
        .iter()
        .map(|ms| service_status(snap, &ctx, ms))
        .collect();
    let mut sites: Vec<String> = vec![snap.cloud_site.clone()];
    for s in snap
        .sites()
        .sites
        .iter()
        .map(|s| s.name.clone())
        .chain(services.iter().flat_map(|s| s.sites.keys().cloned()))
    {
        if !sites.contains(&s) {
            sites.push(s);
        }
    }
    Status { sites, services }
}

/// Splits an all-namespaces snapshot into one snapshot per namespace (same reads, no requests).
pub fn per_namespace(all: &AppSnapshot) -> Vec<AppSnapshot> {
    let ns_of = |m: &k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta| {
        m.namespace.clone().unwrap_or_default()
    };
    let mut names: Vec<String> = all.services.iter().map(|s| ns_of(&s.metadata)).collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .map(|ns| AppSnapshot {
            source: all.source,
            namespace: ns.clone(),
            namespace_object: None,
            offloading: all
                .offloadings
                .iter()
                .find(|o| o["metadata"]["namespace"] == ns.as_str())
                .cloned(),
            offloadings: Vec::new(),
            nodes: all.nodes.clone(),
            services: all
                .services
                .iter()
                .filter(|s| ns_of(&s.metadata) == ns)
                .cloned()
                .collect(),
            deployments: all
                .deployments
                .iter()
                .filter(|d| ns_of(&d.metadata) == ns)
                .cloned()
                .collect(),
            hpas: all
                .hpas
                .iter()
                .filter(|h| ns_of(&h.metadata) == ns)
                .cloned()
                .collect(),
            destination_rules: all
                .destination_rules
                .iter()
                .filter(|d| d["metadata"]["namespace"] == ns.as_str())
                .cloned()
                .collect(),
            config_maps: all
                .config_maps
                .iter()
                .filter(|c| ns_of(&c.metadata) == ns)
                .cloned()
                .collect(),
            // Every namespace's effective mode depends on the root's policies too.
            peer_authentications: all.peer_authentications.clone(),
            cloud_site: all.cloud_site.clone(),
            documents: Vec::new(),
        })
        .collect()
}
