//! Flags of the mesh policies: per-service traffic policy, mTLS.

use crate::plan::policy::{Lb, Policy, Sticky, parse_sticky};
use clap::{Args, ValueEnum};

#[derive(Debug, Args, Clone, Default)]
pub struct PolicyArgs {
    /// Load-balancing algorithm among the service's endpoints (DestinationRule
    /// trafficPolicy.loadBalancer.simple).
    #[arg(long, value_enum, conflicts_with = "sticky")]
    pub lb: Option<Lb>,
    /// Session affinity by consistent hashing: header:NAME, cookie:NAME[:TTL] or source-ip.
    #[arg(long, value_name = "KIND:NAME", value_parser = parse_sticky)]
    pub sticky: Option<Sticky>,
}

impl PolicyArgs {
    pub fn policy(&self) -> Policy {
        match (&self.lb, &self.sticky) {
            (Some(lb), _) => Policy::Lb(*lb),
            (None, Some(s)) => Policy::Sticky(s.clone()),
            (None, None) => Policy::Keep,
        }
    }
}

/// Istio's PeerAuthentication mTLS mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MtlsMode {
    #[value(name = "strict")]
    Strict,
    #[value(name = "permissive")]
    Permissive,
}

impl MtlsMode {
    pub fn istio(self) -> &'static str {
        match self {
            MtlsMode::Strict => "STRICT",
            MtlsMode::Permissive => "PERMISSIVE",
        }
    }
}

#[derive(Debug, clap::Subcommand)]
pub enum PolicyCommand {
    /// Set a service's load balancing or session affinity in its DestinationRule, next to the
    /// outlierDetection that locality routing needs; moves nothing.
    #[command(
        visible_alias = "service",
        after_help = "Examples:\n  kubectl fluidos-mesh policy svc s0 --lb least-request -n fluidosmesh\n  kubectl fluidos-mesh policy svc s0 --sticky cookie:session:1h\n  kubectl fluidos-mesh policy svc s0 --clear"
    )]
    Svc(PolicySvcArgs),
}

#[derive(Debug, Args)]
pub struct PolicySvcArgs {
    /// The Service.
    #[arg(value_name = "SERVICE")]
    pub service: String,
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Remove the plugin's load-balancing fields (Istio's default applies again).
    #[arg(long, conflicts_with_all = ["lb", "sticky"])]
    pub clear: bool,
    #[command(flatten)]
    pub change: super::ChangeArgs,
}
