//! Values that come from the cluster or the kubeconfig, fetched within a one-second budget.

use crate::cluster::{ConnectOptions, client};
use crate::model::SiteInventory;
use k8s_openapi::api::core::v1::{Namespace, Node, Service};
use kube::api::ListParams;
use std::path::PathBuf;
use std::time::Duration;

/// Completion never makes the shell wait longer than this; on timeout it offers nothing.
pub const BUDGET: Duration = Duration::from_secs(1);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Namespaces,
    Contexts,
    Sites,
    /// Services of the namespace given with -n (else the context's).
    Services,
}

pub trait DynamicValues {
    fn values(&self, kind: ValueKind) -> impl std::future::Future<Output = Vec<String>>;
}

/// The real source: the kubeconfig (contexts) and the API server (namespaces, sites), reached
/// with the `--kubeconfig`/`--context` already typed on the command line.
pub struct ClusterValues {
    options: ConnectOptions,
    namespace: Option<String>,
}

impl ClusterValues {
    pub fn from_words(words: &[String]) -> Self {
        let mut options = ConnectOptions {
            request_timeout: Some(BUDGET),
            ..Default::default()
        };
        let mut namespace = None;
        let mut iter = words.iter().peekable();
        while let Some(w) = iter.next() {
            let (flag, inline) = match w.split_once('=') {
                Some((f, v)) => (f, Some(v.to_string())),
                None => (w.as_str(), None),
            };
            let mut value = || {
                inline
                    .clone()
                    .or_else(|| iter.peek().map(|v| v.to_string()))
            };
            match flag {
                "--kubeconfig" => options.kubeconfig = value().map(PathBuf::from),
                "--context" => options.context = value(),
                "-n" | "--namespace" => namespace = value(),
                _ => {}
            }
        }
        ClusterValues { options, namespace }
    }

    async fn fetch(&self, kind: ValueKind) -> crate::error::Result<Vec<String>> {
        let conn = client::connect(&self.options).await?;
        let names = match kind {
            ValueKind::Namespaces => conn
                .list_cluster::<Namespace>(&ListParams::default())
                .await?
                .into_iter()
                .filter_map(|n| n.metadata.name)
                .collect(),
            ValueKind::Sites => {
                let nodes = conn.list_cluster::<Node>(&ListParams::default()).await?;
                SiteInventory::from_nodes(&nodes)
                    .names()
                    .into_iter()
                    .map(String::from)
                    .collect()
            }
            ValueKind::Services => {
                let ns = self
                    .namespace
                    .clone()
                    .unwrap_or_else(|| conn.default_namespace.clone());
                conn.list_namespaced::<Service>(Some(&ns), &ListParams::default())
                    .await?
                    .into_iter()
                    .filter_map(|s| s.metadata.name)
                    .collect()
            }
            ValueKind::Contexts => vec![],
        };
        Ok(names)
    }
}

impl DynamicValues for ClusterValues {
    async fn values(&self, kind: ValueKind) -> Vec<String> {
        if kind == ValueKind::Contexts {
            return client::load_kubeconfig(&self.options)
                .ok()
                .flatten()
                .map(|(k, _)| k.contexts.into_iter().map(|c| c.name).collect())
                .unwrap_or_default();
        }
        match tokio::time::timeout(BUDGET, self.fetch(kind)).await {
            Ok(Ok(values)) => values,
            _ => vec![],
        }
    }
}

#[cfg(test)]
impl ClusterValues {
    pub fn options_for_tests(&self) -> (Option<PathBuf>, Option<String>) {
        (
            self.options.kubeconfig.clone(),
            self.options.context.clone(),
        )
    }
}
