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
