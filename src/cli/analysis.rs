//! Flags of the analysis commands: `check` and `plan` (and the telemetry source they share).

use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Check manifests instead of the cluster (file, directory or -; repeatable).
    #[arg(short = 'f', long = "filename", value_name = "FILE|DIR|-")]
    pub filename: Vec<PathBuf>,
    /// µBench workmodel (JSON or the ConfigMap), to check the traffic shape.
    #[arg(long, value_name = "FILE")]
    pub workmodel: Option<PathBuf>,
    #[command(flatten)]
    pub telemetry: TelemetryArgs,
    /// Exit 1 on warnings too.
    #[arg(long)]
    pub warnings_as_errors: bool,
    /// The zone label value of the main cluster's nodes.
    #[arg(long, value_name = "SITE", default_value = "cloud")]
    pub cloud_site: String,
}

/// Istio telemetry in Prometheus, as a source of the call graph (and of service times).
#[derive(Debug, Args, Clone, Default)]
pub struct TelemetryArgs {
    /// Prometheus URL holding Istio's standard metrics (e.g. http://localhost:9090 through a
    /// port-forward): the call graph comes from istio_requests_total.
    #[arg(long, value_name = "URL", conflicts_with = "workmodel")]
    pub prometheus: Option<String>,
    /// The window rates and durations are averaged over (a PromQL duration).
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = promql_duration, requires = "prometheus")]
    pub window: String,
}

fn promql_duration(s: &str) -> Result<String, String> {
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = &s[digits.len()..];
    if !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && ["ms", "s", "m", "h", "d", "w", "y"].contains(&unit)
    {
        Ok(s.to_string())
    } else {
        Err(format!("{s:?} is not a PromQL duration (e.g. 30s, 5m, 1h)"))
    }
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// µBench workmodel: its JSON, or the `workmodel` ConfigMap (default: from -f or the cluster).
    #[arg(long, value_name = "FILE")]
    pub workmodel: Option<PathBuf>,
    #[command(flatten)]
    pub telemetry: TelemetryArgs,
    /// Manifests to read the workmodel ConfigMap and the current placement from.
    #[arg(short = 'f', long = "filename", value_name = "FILE|DIR|-")]
    pub filename: Vec<PathBuf>,
    /// The placement to evaluate, per edge site (repeatable): edge1=s0,s1,s2 (default: the cluster's).
    #[arg(long, value_name = "SITE=SVC,...")]
    pub placement: Vec<String>,
    /// Round trip between cloud and edge: 160ms for every edge, or SITE=DURATION (repeatable).
    #[arg(long, value_name = "[SITE=]DURATION", default_value = "160ms")]
    pub rtt: Vec<String>,
    /// Cost of every call besides the round trip.
    #[arg(long, value_name = "DURATION", default_value = "2ms", value_parser = crate::duration::parse)]
    pub hop: std::time::Duration,
    /// Processing time of a service (repeatable): s0=45ms.
    #[arg(long, value_name = "SVC=DURATION")]
    pub service_time: Vec<String>,
    /// Processing time of every other service.
    #[arg(long, value_name = "DURATION", default_value = "5ms", value_parser = crate::duration::parse)]
    pub default_service_time: std::time::Duration,
    /// Where requests enter (default: the edge being planned).
    #[arg(long, value_name = "SITE")]
    pub ingress_site: Option<String>,
    /// The service requests enter (default: the call graph's root).
    #[arg(long, value_name = "SERVICE")]
    pub entry: Option<String>,
    /// Search the best placement at the ingress site.
    #[arg(long)]
    pub recommend: bool,
    /// At most this many services at the edge (with --recommend; default 4, or no limit when
    /// only --cpu-budget is given).
    #[arg(long)]
    pub budget: Option<usize>,
    /// At most this much CPU (sum of the services' CPU requests, e.g. 2 or 1500m) at the edge.
    #[arg(long, value_name = "QUANTITY")]
    pub cpu_budget: Option<String>,
    /// Simulated requests per placement and routing.
    #[arg(long, default_value_t = 100_000)]
    pub samples: usize,
    /// Seed of the simulation (same seed, same numbers).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Carry out the recommended moves (asks first unless --yes).
    #[arg(long, requires = "recommend")]
    pub apply: bool,
    /// The zone label value of the main cluster's nodes.
    #[arg(long, value_name = "SITE", default_value = "cloud")]
    pub cloud_site: String,
}
