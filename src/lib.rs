//! fluidos-mesh: a kubectl plugin that runs one Istio service mesh across a Liqo cloud-edge
//! continuum. `main.rs` only calls [`run`]; everything else lives in this library:
//!
//! - [`cli`]: flags and subcommands; [`commands`]: one file per subcommand (flags → library);
//! - [`cluster`]: the only code that talks to the API server (connect, snapshots);
//! - [`model`]: the domain without I/O (sites, quantities, labels);
//! - [`output`]: the only code that formats output; [`completion`]: shell completion.

pub mod change;
pub mod checks;
pub mod cli;
pub mod cluster;
pub mod commands;
pub mod completion;
pub mod context;
pub mod duration;
pub mod error;
pub mod install;
pub mod latency;
pub mod manifests;
pub mod model;
pub mod output;
pub mod plan;
pub mod prometheus;
pub mod setup;
pub mod tools;

use clap::Parser;
use error::{Error, ExitCode};

/// Parses `args`, runs the command and returns the process exit code. Never panics outward.
pub fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    if args.get(1).is_some_and(|a| a == cli::COMPLETE_ENTRY) {
        let words: Vec<String> = args[2..]
            .iter()
            .map(|w| w.to_string_lossy().into_owned())
            .collect();
        return commands::complete::run(&words);
    }
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are not errors; clap prints them and says so.
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::Usage as i32
            } else {
                ExitCode::Success as i32
            };
        }
    };
    init_tracing(cli.global.verbose);
    let outcome = std::panic::catch_unwind(|| execute(cli));
    match outcome {
        Ok(Ok(())) => ExitCode::Success as i32,
        Ok(Err(e)) => {
            let style = output::Style::for_stderr(false);
            eprintln!("{} {e}", style.error("error:"));
            e.exit_code() as i32
        }
        Err(_) => {
            eprintln!(
                "error: internal error in kubectl-fluidos_mesh (a bug); please report it with the command you ran and -vvv output"
            );
            ExitCode::Failure as i32
        }
    }
}

fn execute(cli: cli::Cli) -> Result<(), Error> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(Error::from)?;
    let mut ctx = context::Context::from_global(cli.global);
    runtime.block_on(commands::run(&mut ctx, cli.command))
}

fn init_tracing(verbosity: u8) {
    let level = match verbosity {
        0 => return,
        1 => "info",
        2 => "debug",
        _ => "trace",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new(format!("fluidos_mesh={level},kube={level}"))
    });
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(output::Style::for_stderr(false).color)
        .try_init();
}
