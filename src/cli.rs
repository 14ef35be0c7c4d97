//! Command-line definitions: global kubectl-style flags and the subcommand tree.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

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
    /// Print a shell completion script.
    Completion(CompletionArgs),
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
