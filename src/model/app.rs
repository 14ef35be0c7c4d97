//! One namespace of an application as read once (from the cluster or from `-f` files), and the
//! microservices in it: a Service, the Deployments behind it, their per-site copies and HPAs.

use super::labels;
use super::site::SiteInventory;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::autoscaling::v2::HorizontalPodAutoscaler;
use k8s_openapi::api::core::v1::{ConfigMap, Namespace, Node, Service};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// Where a snapshot came from: cluster-only preconditions are skipped for files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Source {
    #[default]
    Cluster,
    Files,
}

#[derive(Debug, Clone, Default)]
pub struct AppSnapshot {
    pub source: Source,
    pub namespace: String,
    pub namespace_object: Option<Namespace>,
    /// The Liqo NamespaceOffloading named `offloading`, if any.
    pub offloading: Option<Value>,
    /// Every NamespaceOffloading read (all namespaces with `-A`).
    pub offloadings: Vec<Value>,
    pub nodes: Vec<Node>,
    pub services: Vec<Service>,
    pub deployments: Vec<Deployment>,
    pub hpas: Vec<HorizontalPodAutoscaler>,
    pub destination_rules: Vec<Value>,
    /// PeerAuthentications of the namespace(s) and of the root namespace (mTLS mode).
    pub peer_authentications: Vec<Value>,
    /// ConfigMaps owned by the plugin (backups of original manifests, locks).
    pub config_maps: Vec<ConfigMap>,
    /// The cloud site's name (`--cloud-site`, default `cloud`).
    pub cloud_site: String,
    /// Offline only: every input document, in order (the result set is printed from it).
    pub documents: Vec<Value>,
}

pub fn label<'a>(
    meta: &'a k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta,
    key: &str,
) -> Option<&'a str> {
    meta.labels
        .as_ref()
        .and_then(|l| l.get(key))
        .map(String::as_str)
}

pub fn name_of(meta: &k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta) -> &str {
    meta.name.as_deref().unwrap_or_default()
}

/// Whether `selector` (a Service's, as a map) selects pods labelled `labels`.
pub fn selects(
    selector: &BTreeMap<String, String>,
    labels: Option<&BTreeMap<String, String>>,
) -> bool {
    !selector.is_empty()
        && selector
            .iter()
            .all(|(k, v)| labels.and_then(|l| l.get(k)) == Some(v))
}

pub fn template_labels(d: &Deployment) -> Option<&BTreeMap<String, String>> {
    d.spec.as_ref()?.template.metadata.as_ref()?.labels.as_ref()
}

pub fn is_managed(meta: &k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta) -> bool {
    label(meta, labels::MANAGED_BY) == Some(labels::MANAGED_BY_VALUE)
}

/// A per-site copy made by the plugin.
#[derive(Debug, Clone)]
pub struct SiteCopy {
    pub site: String,
    pub origin: String,
    pub deployment: Deployment,
}

/// One microservice: its Service and what runs behind it.
#[derive(Debug, Clone)]
pub struct Microservice {
    pub service: Service,
    /// Deployments behind the Service that the plugin did not make (not yet migrated).
    pub originals: Vec<Deployment>,
    /// Per-site copies the plugin made, by site.
    pub copies: Vec<SiteCopy>,
}

impl Microservice {
    pub fn name(&self) -> &str {
        name_of(&self.service.metadata)
    }

    pub fn selector(&self) -> BTreeMap<String, String> {
        self.service
            .spec
            .as_ref()
            .and_then(|s| s.selector.clone())
            .unwrap_or_default()
    }

    /// Every origin Deployment name (originals and the origins recorded on copies), sorted.
    pub fn origins(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .originals
            .iter()
            .map(|d| name_of(&d.metadata).to_string())
            .chain(self.copies.iter().map(|c| c.origin.clone()))
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// Sites where a copy of this service runs, sorted (the cloud included once migrated).
    pub fn sites(&self) -> Vec<String> {
        let mut sites: Vec<String> = self.copies.iter().map(|c| c.site.clone()).collect();
        sites.sort();
        sites.dedup();
        sites
    }

    pub fn copy(&self, origin: &str, site: &str) -> Option<&SiteCopy> {
        self.copies
            .iter()
            .find(|c| c.origin == origin && c.site == site)
    }
}

impl AppSnapshot {
    pub fn sites(&self) -> SiteInventory {
        SiteInventory::from_nodes(&self.nodes)
    }

    pub fn service(&self, name: &str) -> Option<&Service> {
        self.services.iter().find(|s| name_of(&s.metadata) == name)
    }

    pub fn deployment(&self, name: &str) -> Option<&Deployment> {
        self.deployments
            .iter()
            .find(|d| name_of(&d.metadata) == name)
    }

    /// The HPA whose scale target is Deployment `name`.
    pub fn hpa_for(&self, deployment: &str) -> Option<&HorizontalPodAutoscaler> {
        self.hpas.iter().find(|h| {
            h.spec.as_ref().is_some_and(|s| {
                s.scale_target_ref.kind == "Deployment" && s.scale_target_ref.name == deployment
            })
        })
    }

    pub fn config_map(&self, name: &str) -> Option<&ConfigMap> {
        self.config_maps
            .iter()
            .find(|c| name_of(&c.metadata) == name)
    }

    /// The Service `name` with every Deployment behind it; `None` when there is no such Service.
    pub fn microservice(&self, name: &str) -> Option<Microservice> {
        let service = self.service(name)?.clone();
        let selector = service
            .spec
            .as_ref()
            .and_then(|s| s.selector.clone())
            .unwrap_or_default();
        let mut originals = Vec::new();
        let mut copies = Vec::new();
        for d in &self.deployments {
            let managed_copy =
                is_managed(&d.metadata) && label(&d.metadata, labels::SERVICE) == Some(name);
            if managed_copy {
                if let (Some(site), Some(origin)) = (
                    label(&d.metadata, labels::SITE),
                    label(&d.metadata, labels::ORIGIN),
                ) {
                    copies.push(SiteCopy {
                        site: site.into(),
                        origin: origin.into(),
                        deployment: d.clone(),
                    });
                }
            } else if selects(&selector, template_labels(d)) {
                originals.push(d.clone());
            }
        }
        Some(Microservice {
            service,
            originals,
            copies,
        })
    }

    /// Every Service with its workloads, sorted by name.
    pub fn microservices(&self) -> Vec<Microservice> {
        // Indexed once: per-site copies by their service label, so this stays linear in the
        // number of Deployments however many services there are.
        let mut copies: HashMap<&str, Vec<SiteCopy>> = HashMap::new();
        let mut unmanaged: Vec<&Deployment> = Vec::new();
        for d in &self.deployments {
            let service = label(&d.metadata, labels::SERVICE).filter(|_| is_managed(&d.metadata));
            match (
                service,
                label(&d.metadata, labels::SITE),
                label(&d.metadata, labels::ORIGIN),
            ) {
                (Some(svc), Some(site), Some(origin)) => {
                    copies.entry(svc).or_default().push(SiteCopy {
                        site: site.into(),
                        origin: origin.into(),
                        deployment: d.clone(),
                    })
                }
                (Some(_), _, _) => {}
                _ => unmanaged.push(d),
            }
        }
        let mut services: Vec<&Service> = self.services.iter().collect();
        services.sort_by(|a, b| name_of(&a.metadata).cmp(name_of(&b.metadata)));
        services
            .into_iter()
            .map(|service| {
                let name = name_of(&service.metadata);
                let selector = service
                    .spec
                    .as_ref()
                    .and_then(|s| s.selector.clone())
                    .unwrap_or_default();
                let originals = unmanaged
                    .iter()
                    .filter(|d| selects(&selector, template_labels(d)))
                    .map(|d| (*d).clone())
                    .collect();
                Microservice {
                    service: service.clone(),
                    originals,
                    copies: copies.remove(name).unwrap_or_default(),
                }
            })
            .collect()
    }

    /// The DestinationRule whose host is this Service (short name, `svc.ns`, or FQDN).
    /// The DestinationRule Istio applies to `service` (see [`super::hosts`]).
    pub fn destination_rule_for(&self, service: &str) -> Option<&Value> {
        super::hosts::effective_rule(&self.destination_rules, service, &self.namespace)
    }

    pub fn injection_enabled(&self) -> bool {
        self.namespace_object.as_ref().is_some_and(|ns| {
            label(&ns.metadata, labels::ISTIO_INJECTION) == Some("enabled")
                || label(&ns.metadata, labels::ISTIO_REVISION).is_some()
        })
    }
}
