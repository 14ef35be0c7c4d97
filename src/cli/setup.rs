//! Flags of the set-up commands: `peer`, `unpeer`, `install`, `uninstall`.

use clap::{Args, ValueEnum};
use std::path::PathBuf;

/// The Kubernetes Service type of a gateway or of Liqo's network gateway server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ServiceType {
    #[value(name = "LoadBalancer")]
    LoadBalancer,
    #[value(name = "NodePort")]
    NodePort,
    #[value(name = "ClusterIP")]
    ClusterIP,
}

impl ServiceType {
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceType::LoadBalancer => "LoadBalancer",
            ServiceType::NodePort => "NodePort",
            ServiceType::ClusterIP => "ClusterIP",
        }
    }
}

/// Flags every set-up command shares.
#[derive(Debug, Args, Clone)]
pub struct SetupArgs {
    /// Print the commands and API objects, run nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// The zone label value of the main cluster's nodes.
    #[arg(long, value_name = "SITE", default_value = "cloud")]
    pub cloud_site: String,
    /// How long each step may take (helm --timeout, waits).
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = crate::duration::parse)]
    pub timeout: std::time::Duration,
}

#[derive(Debug, Args)]
pub struct InstallArgs {
    /// Sites that get an ingress gateway, the cloud among them (default: every site of the cluster).
    #[arg(long, value_delimiter = ',', value_name = "SITE,...")]
    pub sites: Vec<String>,
    /// Istio version of the charts.
    #[arg(long, value_name = "VERSION", default_value = crate::install::DEFAULT_ISTIO_VERSION)]
    pub istio_version: String,
    /// Service type of every site's gateway.
    #[arg(long, value_enum, default_value = "LoadBalancer")]
    pub gateway_service_type: ServiceType,
    /// Also install kube-prometheus-stack, Jaeger and Kiali, and the monitors for Envoy and istiod.
    #[arg(long)]
    pub telemetry: bool,
    /// Mesh-wide mTLS between sidecars (PeerAuthentication `default` in istio-system).
    #[arg(long, value_enum, default_value = "permissive")]
    pub mtls: super::MtlsMode,
    /// Percentage of requests traced, 0 to 100 (Istio's default is 1).
    #[arg(long, value_name = "PCT", value_parser = percentage)]
    pub tracing_sampling: Option<f64>,
    /// Istio chart repository.
    #[arg(long, value_name = "URL", default_value = crate::install::ISTIO_REPO, conflicts_with = "chart_dir")]
    pub repo: String,
    /// Use unpacked charts from DIR/<chart> instead of repositories (air-gapped installs).
    #[arg(long, value_name = "DIR")]
    pub chart_dir: Option<PathBuf>,
    /// The helm program (default: $FLUIDOS_MESH_HELM, else helm on PATH).
    #[arg(long, value_name = "PATH")]
    pub helm: Option<PathBuf>,
    #[command(flatten)]
    pub setup: SetupArgs,
}

#[derive(Debug, Args)]
pub struct UninstallArgs {
    /// Uninstall even while application namespaces still have sidecar injection on.
    #[arg(long)]
    pub force: bool,
    /// The helm program (default: $FLUIDOS_MESH_HELM, else helm on PATH).
    #[arg(long, value_name = "PATH")]
    pub helm: Option<PathBuf>,
    #[command(flatten)]
    pub setup: SetupArgs,
}

/// How to reach the edge cluster (liqoctl needs both sides).
#[derive(Debug, Args, Clone)]
pub struct RemoteArgs {
    /// Kubeconfig of the edge cluster.
    #[arg(long, value_name = "FILE", required = true)]
    pub remote_kubeconfig: PathBuf,
    /// Context in the edge kubeconfig (default: its current context).
    #[arg(long, value_name = "NAME")]
    pub remote_context: Option<String>,
    /// The liqoctl program (default: $FLUIDOS_MESH_LIQOCTL, else liqoctl on PATH).
    #[arg(long, value_name = "PATH")]
    pub liqoctl: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PeerArgs {
    /// The site name of the edge (its zone label value, e.g. edge1).
    pub site: String,
    #[command(flatten)]
    pub remote: RemoteArgs,
    /// Service type of Liqo's network gateway server.
    #[arg(long, value_enum, default_value = "NodePort")]
    pub gw_server_service_type: ServiceType,
    /// CPU the edge shares (liqoctl --cpu).
    #[arg(long, value_name = "QUANTITY")]
    pub cpu: Option<String>,
    /// Memory the edge shares (liqoctl --memory).
    #[arg(long, value_name = "QUANTITY")]
    pub memory: Option<String>,
    /// Pods the edge accepts (liqoctl --pods).
    #[arg(long, value_name = "N")]
    pub pods: Option<u32>,
    /// The edge's Liqo cluster id, when it is not the site name and several peerings are new.
    #[arg(long, value_name = "ID")]
    pub cluster_id: Option<String>,
    #[command(flatten)]
    pub setup: SetupArgs,
}

#[derive(Debug, Args)]
pub struct UnpeerArgs {
    /// The site to unpeer.
    pub site: String,
    #[command(flatten)]
    pub remote: RemoteArgs,
    /// First move every service copy pinned to the site back to the cloud.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub setup: SetupArgs,
}

fn percentage(text: &str) -> Result<f64, String> {
    match text.trim_end_matches('%').parse::<f64>() {
        Ok(p) if (0.0..=100.0).contains(&p) => Ok(p),
        _ => Err(format!(
            "{text:?} is not a percentage from 0 to 100 (e.g. 10 or 0.5)"
        )),
    }
}
