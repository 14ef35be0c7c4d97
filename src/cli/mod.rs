//! Command-line definitions: global kubectl-style flags and the subcommand tree.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

mod analysis;
mod policy;
mod setup;
pub use analysis::*;
pub use policy::*;
pub use setup::*;

/// What `kubectl fluidos-mesh` is called in help and usage text.
pub const DISPLAY_NAME: &str = "kubectl fluidos-mesh";

#[derive(Debug, Parser)]
#[command(
    name = "kubectl-fluidos_mesh",
    bin_name = DISPLAY_NAME,
    display_name = DISPLAY_NAME,
    version,
    about = "One Istio service mesh across a Liqo cloud-edge continuum (FLUIDOS)",
    long_about = "One Istio service mesh across a Liqo cloud-edge continuum (FLUIDOS).\n\n\
        The main (cloud) cluster peers with edge clusters through Liqo; each edge is a virtual \
        node. Istio's locality-aware routing keeps calls at the caller's site when a copy of the \
        callee runs there. This plugin shows the sites and moves microservices between them.",
    after_help = "Exit codes: 0 success, 1 failure, 2 usage error."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every subcommand accepts, with kubectl's names and meanings.
#[derive(Debug, Clone, Args, Default)]
pub struct GlobalArgs {
    /// Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config, then in-cluster).
    #[arg(long, global = true, value_name = "FILE")]
    pub kubeconfig: Option<PathBuf>,
    /// The kubeconfig context to use (default: its current-context).
    #[arg(long, global = true, value_name = "NAME")]
    pub context: Option<String>,
    /// Namespace scope (default: the context's namespace, else `default`).
    #[arg(short = 'n', long, global = true, value_name = "NAMESPACE")]
    pub namespace: Option<String>,
    /// Across all namespaces.
    #[arg(short = 'A', long, global = true)]
    pub all_namespaces: bool,
    /// Output format.
    #[arg(short = 'o', long, global = true, value_enum, default_value_t = OutputFormat::Table)]
    pub output: OutputFormat,
    /// Answer yes to every confirmation prompt.
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// More logging to stderr (-v info, -vv debug, -vvv trace).
    #[arg(short = 'v', long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// No colours or spinners (also when NO_COLOR is set or the output is not a terminal).
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Give up on each API request after this long (e.g. 30s, 1m); 0 keeps the client default.
    #[arg(long, global = true, value_name = "DURATION", default_value = "0", value_parser = crate::duration::parse)]
    pub request_timeout: std::time::Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum OutputFormat {
    /// Human-readable table.
    #[default]
    Table,
    /// Table with extra columns.
    Wide,
    /// YAML document (stable, for scripts).
    Yaml,
    /// JSON document (stable, for scripts).
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the sites of the mesh: every topology.kubernetes.io/zone and its nodes.
    Sites(SitesArgs),
    /// Where every microservice runs: ready/desired replicas per site, locality routing, warnings.
    Status(StatusArgs),
    /// Run a namespace or a microservice at edge sites too (the cloud stays the anchor).
    #[command(subcommand)]
    Offload(OffloadCommand),
    /// Bring a microservice or namespace back from edge sites.
    #[command(subcommand)]
    Unoffload(UnoffloadCommand),
    /// Move microservices between cloud and edge: interactively, or `move s0 s1 --to edge1`,
    /// `move s0 --from edge1`.
    #[command(
        name = "move",
        after_help = "Examples:\n  kubectl fluidos-mesh move -n fluidosmesh            # asks what to move where\n  kubectl fluidos-mesh move s0 s1 --to edge1 -n fluidosmesh\n  kubectl fluidos-mesh move s0 --from edge1 -n fluidosmesh"
    )]
    Move(MoveArgs),
    /// Predict end-to-end latency of placements from the call graph, with and without the mesh,
    /// and recommend which microservices to offload.
    #[command(
        after_help = "Examples:\n  kubectl fluidos-mesh plan --workmodel examples/mubench-app/workmodel.yaml --placement edge1=s0,s1,s2,s3 --service-time s0=45ms --recommend --budget 5\n  kubectl fluidos-mesh plan -n fluidosmesh --recommend --budget 5 --apply"
    )]
    Plan(PlanArgs),
    /// Check that locality routing really works: categories of checks with codes and hints;
    /// exit 1 when any check fails.
    #[command(
        after_help = "Examples:\n  kubectl fluidos-mesh check -n fluidosmesh\n  kubectl fluidos-mesh check -A -o json\n  kubectl fluidos-mesh check -f deploy/ --workmodel workmodel.yaml   # gate a GitOps repository"
    )]
    Check(CheckArgs),
    /// Mesh policies of a service (load balancing, session affinity).
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// Peer an edge cluster with Liqo (liqoctl peer), wait until the peering is healthy and the
    /// virtual node ready, and give the virtual node the site's zone label.
    #[command(
        after_help = "Examples:\n  kubectl fluidos-mesh peer edge1 --remote-kubeconfig ~/.kube/edge1 --cpu 4 --memory 8Gi\n  kubectl fluidos-mesh peer edge1 --remote-kubeconfig ~/.kube/edge1 --dry-run"
    )]
    Peer(PeerArgs),
    /// Tear down the peering with an edge site (liqoctl unpeer); refuses while service copies
    /// are pinned there unless --force, which moves them back first.
    #[command(
        after_help = "Examples:\n  kubectl fluidos-mesh unpeer edge1 --remote-kubeconfig ~/.kube/edge1 --force -y"
    )]
    Unpeer(UnpeerArgs),
    /// Install Istio for the continuum: istio-system kept at the cloud (Liqo `Local`), istiod
    /// pinned to the cloud with tracing, one ingress gateway per site; re-running upgrades in
    /// place and changes nothing when nothing differs.
    #[command(
        after_help = "Examples:\n  kubectl fluidos-mesh install\n  kubectl fluidos-mesh install --sites cloud,edge1 --dry-run -o yaml   # no cluster needed\n  kubectl fluidos-mesh install --telemetry --gateway-service-type NodePort"
    )]
    Install(InstallArgs),
    /// Remove what `install` made, in reverse order (asks first unless --yes).
    #[command(after_help = "Examples:\n  kubectl fluidos-mesh uninstall --yes")]
    Uninstall(UninstallArgs),
    /// Print a shell completion script.
    Completion(CompletionArgs),
}

#[derive(Debug, Args)]
pub struct MoveArgs {
    /// Services to move (none: choose interactively).
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
    /// Run them at these edge sites too.
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "SITE,...",
        conflicts_with = "from"
    )]
    pub to: Vec<String>,
    /// Bring them back from these edge sites.
    #[arg(long, value_delimiter = ',', value_name = "SITE,...")]
    pub from: Vec<String>,
    #[command(flatten)]
    pub change: ChangeArgs,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  kubectl fluidos-mesh status -n fluidosmesh\n  kubectl fluidos-mesh status -A -o wide\n  kubectl fluidos-mesh status -f examples/mubench-app/"
)]
pub struct StatusArgs {
    /// Read manifests instead of the cluster (file, directory or -; repeatable).
    #[arg(short = 'f', long = "filename", value_name = "FILE|DIR|-")]
    pub filename: Vec<PathBuf>,
    /// The zone label value of the main cluster's nodes.
    #[arg(long, value_name = "SITE", default_value = "cloud")]
    pub cloud_site: String,
}

/// Flags of every command that changes the cluster.
#[derive(Debug, Clone, Args)]
pub struct ChangeArgs {
    /// Print what would change and change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Work on manifests instead of the cluster (file, directory or - for stdin; repeatable):
    /// print the resulting objects, touching no cluster.
    #[arg(short = 'f', long = "filename", value_name = "FILE|DIR|-")]
    pub filename: Vec<PathBuf>,
    /// The zone label value of the main cluster's nodes.
    #[arg(long, value_name = "SITE", default_value = "cloud")]
    pub cloud_site: String,
    /// How long each wait may take (e.g. 2m, 90s).
    #[arg(long, value_name = "DURATION", default_value = "5m", value_parser = crate::duration::parse)]
    pub timeout: std::time::Duration,
    /// Take over fields another field manager owns (server-side apply force).
    #[arg(long)]
    pub force_conflicts: bool,
}

#[derive(Debug, Subcommand)]
pub enum OffloadCommand {
    /// Offload namespaces with Liqo (NamespaceOffloading `offloading`, EnforceSameName) and turn
    /// on Istio sidecar injection.
    #[command(
        visible_alias = "ns",
        after_help = "Examples:\n  kubectl fluidos-mesh offload namespace fluidosmesh --sites edge1,edge2"
    )]
    Namespace(OffloadNamespaceArgs),
    /// Run a microservice at edge sites too: per-site Deployment + HPA pinned to the site's zone,
    /// a DestinationRule with outlier detection (locality routing), the cloud copy as anchor.
    #[command(
        visible_alias = "service",
        after_help = "Examples:\n  kubectl fluidos-mesh offload svc s0 --to edge1 -n fluidosmesh\n  kubectl fluidos-mesh offload svc s0 --to edge1 -f examples/mubench-app/ -o yaml"
    )]
    Svc(OffloadSvcArgs),
}

#[derive(Debug, Args)]
pub struct OffloadNamespaceArgs {
    /// Namespaces to offload.
    #[arg(required = true, value_name = "NAMESPACE")]
    pub namespaces: Vec<String>,
    /// Only these sites (default: every peered site).
    #[arg(long, value_delimiter = ',', value_name = "SITE,...")]
    pub sites: Option<Vec<String>>,
    /// Where pods of the namespace may run.
    #[arg(long, value_enum, default_value = "LocalAndRemote")]
    pub pod_offloading_strategy: crate::plan::namespace::PodOffloadingStrategy,
    /// Leave the istio-injection label alone.
    #[arg(long)]
    pub no_injection: bool,
    /// The namespace's own mTLS mode (PeerAuthentication `default`; default: the mesh's).
    #[arg(long, value_enum)]
    pub mtls: Option<MtlsMode>,
    #[command(flatten)]
    pub change: ChangeArgs,
}

#[derive(Debug, Args)]
pub struct OffloadSvcArgs {
    /// The Service of the microservice.
    #[arg(value_name = "SERVICE")]
    pub service: String,
    /// Edge sites to run it at.
    #[arg(long, required = true, value_delimiter = ',', value_name = "SITE,...")]
    pub to: Vec<String>,
    /// Initial replicas of each new edge copy (default 1; its HPA scales from there).
    #[arg(long, allow_hyphen_values = true)]
    pub replicas: Option<i64>,
    /// HPA minimum replicas (default: the original HPA's, else 1).
    #[arg(long, allow_hyphen_values = true)]
    pub min: Option<i32>,
    /// HPA maximum replicas (default: the original HPA's, else 10).
    #[arg(long, allow_hyphen_values = true)]
    pub max: Option<i32>,
    /// HPA CPU utilisation target in percent (default: the original HPA's, else 60).
    #[arg(long, allow_hyphen_values = true, value_name = "PCT")]
    pub cpu_target: Option<i32>,
    /// Offload the namespace to the sites first when needed (requires --yes).
    #[arg(long)]
    pub offload_namespace: bool,
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Wait for the new copies to be ready (default: when stderr is a terminal).
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub wait: Option<bool>,
    #[command(flatten)]
    pub change: ChangeArgs,
}

#[derive(Debug, Subcommand)]
pub enum UnoffloadCommand {
    /// Stop offloading a namespace (deletes the plugin's NamespaceOffloading); asks first.
    #[command(visible_alias = "ns")]
    Namespace(UnoffloadNamespaceArgs),
    /// Remove a microservice's edge copies, or restore its original Deployment.
    #[command(visible_alias = "service")]
    Svc(UnoffloadSvcArgs),
}

#[derive(Debug, Args)]
pub struct UnoffloadNamespaceArgs {
    #[arg(value_name = "NAMESPACE")]
    pub namespace: String,
    /// First bring back every service that still has edge copies in the namespace.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub change: ChangeArgs,
}

#[derive(Debug, Args)]
pub struct UnoffloadSvcArgs {
    /// The Service of the microservice.
    #[arg(value_name = "SERVICE")]
    pub service: String,
    /// Remove the copies at these sites.
    #[arg(long, value_delimiter = ',', value_name = "SITE,...", required_unless_present_any = ["all", "restore"], conflicts_with = "all")]
    pub from: Vec<String>,
    /// Remove the copies at every edge site.
    #[arg(long)]
    pub all: bool,
    /// Return to exactly the original Deployment and HPA, removing everything the plugin added.
    #[arg(long)]
    pub restore: bool,
    #[command(flatten)]
    pub change: ChangeArgs,
}

/// The hidden first argument of kubectl's plugin completion helper. It is handled before clap
/// parses anything, because the words after it are an incomplete command line (`-n ""`).
pub const COMPLETE_ENTRY: &str = "__complete";

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  kubectl fluidos-mesh sites\n  kubectl fluidos-mesh sites -o json"
)]
pub struct SitesArgs {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  source <(kubectl fluidos-mesh completion bash)\n  \
    kubectl fluidos-mesh completion zsh > \"${fpath[1]}/_kubectl-fluidos_mesh\"\n\n\
    For `kubectl fluidos-mesh <TAB>`, put completions/kubectl_complete-fluidos_mesh on PATH."
)]
pub struct CompletionArgs {
    /// The shell to generate the script for.
    #[arg(value_enum)]
    pub shell: Shell,
}
