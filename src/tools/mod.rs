//! External programs the plugin drives as an operator would (`liqoctl` for peering, `helm` for
//! charts): found on PATH (or by flag / environment variable), checked for a minimum version,
//! run with their output streamed behind a spinner.

pub mod helm;
pub mod version;

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use tokio::io::{AsyncBufReadExt, BufReader};
use version::Version;

/// What the plugin needs of a program.
pub struct Requirement {
    pub name: &'static str,
    /// Overrides PATH lookup (after the command-line flag).
    pub env: &'static str,
    pub minimum: Version,
    pub version_args: &'static [&'static str],
    pub install_hint: &'static str,
}

pub const LIQOCTL: Requirement = Requirement {
    name: "liqoctl",
    env: "FLUIDOS_MESH_LIQOCTL",
    minimum: Version {
        major: 1,
        minor: 0,
        patch: 0,
    },
    version_args: &["version", "--client"],
    install_hint: "install liqoctl v1.0 or newer (https://docs.liqo.io/en/stable/installation/liqoctl.html), or pass --liqoctl PATH",
};

pub const HELM: Requirement = Requirement {
    name: "helm",
    env: "FLUIDOS_MESH_HELM",
    minimum: Version {
        major: 3,
        minor: 8,
        patch: 0,
    },
    version_args: &["version", "--short"],
    install_hint: "install helm v3.8 or newer (https://helm.sh/docs/intro/install/), or pass --helm PATH",
};

/// A located, version-checked program.
#[derive(Debug, Clone)]
pub struct Program {
    pub name: &'static str,
    pub path: PathBuf,
    pub version: Version,
    /// Echo the program's output as it runs (`-v`).
    pub verbose: bool,
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// The program to run: `flag`, else `$ENV`, else the first `name` on PATH.
pub fn locate(req: &Requirement, flag: Option<&Path>) -> Result<PathBuf> {
    let chosen = flag
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os(req.env).map(PathBuf::from));
    match chosen {
        Some(p) if p.is_file() => Ok(p),
        Some(p) => Err(Error::Tool(format!(
            "{} not found at {}\n  hint: {}",
            req.name,
            p.display(),
            req.install_hint
        ))),
        None => on_path(req.name).ok_or_else(|| {
            Error::Tool(format!(
                "{} not found on PATH\n  hint: {}",
                req.name, req.install_hint
            ))
        }),
    }
}

/// Finds the program and checks that it is new enough.
pub async fn prepare(req: &Requirement, flag: Option<&Path>, verbose: bool) -> Result<Program> {
    let path = locate(req, flag)?;
    let out = tokio::process::Command::new(&path)
        .args(req.version_args)
        .output()
        .await
        .map_err(|e| {
            Error::Tool(format!(
                "cannot run {}: {e}\n  hint: {}",
                path.display(),
                req.install_hint
            ))
        })?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let version = version::find(&text).ok_or_else(|| {
        Error::Tool(format!(
            "cannot tell the version of {} (`{} {}` printed {:?})\n  hint: {}",
            path.display(),
            req.name,
            req.version_args.join(" "),
            text.trim(),
            req.install_hint
        ))
    })?;
    if version < req.minimum {
        return Err(Error::Tool(format!(
            "{} is {version}, older than the {} this plugin needs\n  hint: {}",
            req.name, req.minimum, req.install_hint
        )));
    }
    Ok(Program {
        name: req.name,
        path,
        version,
        verbose,
    })
}

/// What a finished run printed.
#[derive(Debug, Clone, Default)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
}

impl Program {
    /// Runs the program; `line` gets every output line as it comes when verbose. On failure the
    /// error carries the command line and everything it printed.
    pub async fn run(
        &self,
        args: &[String],
        line: &mut (dyn FnMut(&str) + Send),
    ) -> Result<Output> {
        let mut child = tokio::process::Command::new(&self.path)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| Error::Tool(format!("cannot run {}: {e}", self.path.display())))?;
        let (Some(stdout), Some(stderr)) = (child.stdout.take(), child.stderr.take()) else {
            return Err(Error::Tool(format!(
                "cannot read the output of {}",
                self.name
            )));
        };
        let mut out_lines = BufReader::new(stdout).lines();
        let mut err_lines = BufReader::new(stderr).lines();
        let mut output = Output::default();
        let (mut out_done, mut err_done) = (false, false);
        while !(out_done && err_done) {
            tokio::select! {
                l = out_lines.next_line(), if !out_done => match l? {
                    Some(l) => { if self.verbose { line(&l) } output.stdout.push_str(&l); output.stdout.push('\n'); }
                    None => out_done = true,
                },
                l = err_lines.next_line(), if !err_done => match l? {
                    Some(l) => { if self.verbose { line(&l) } output.stderr.push_str(&l); output.stderr.push('\n'); }
                    None => err_done = true,
                },
            }
        }
        let status = child.wait().await?;
        if status.success() {
            return Ok(output);
        }
        Err(Error::Tool(format!(
            "{} failed ({status}): {} {}\n{}{}",
            self.name,
            self.name,
            args.join(" "),
            indent(&output.stdout),
            indent(&output.stderr)
        )))
    }
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("  | {l}\n")).collect()
}
