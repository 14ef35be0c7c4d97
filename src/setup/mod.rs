//! Carries out an install/uninstall plan: object phases through the one applier, chart phases
//! through helm (skipped when the release is already exactly so). A failing phase stops the
//! run; the phases before it stay (re-running `install` continues, `uninstall` removes).

use crate::cluster::Connection;
use crate::cluster::apply::{self, ApplyOptions};
use crate::error::{Error, Result};
use crate::install::Phase;
use crate::output::progress::StepProgress;
use crate::tools::Program;
use crate::tools::helm;

pub mod peering;
use std::time::Duration;

/// Helm's `--timeout` for a duration.
pub fn helm_timeout(d: Duration) -> String {
    format!("{}s", d.as_secs().max(1))
}

/// Runs `phases`; returns how many changed something.
pub async fn run_phases(
    conn: &Connection,
    helm: &Program,
    phases: &[Phase],
    timeout: Duration,
    progress: &mut StepProgress,
) -> Result<usize> {
    let mut changed = 0;
    let options = ApplyOptions {
        force_conflicts: false,
        timeout,
    };
    for phase in phases {
        match phase {
            Phase::Objects { title, changes } => {
                if changes.steps.iter().all(|s| !s.writes())
                    && changes
                        .steps
                        .iter()
                        .all(|s| !matches!(s, crate::plan::Step::WaitReady { .. }))
                {
                    progress.unchanged(title);
                    continue;
                }
                if changes.steps.iter().any(|s| s.writes()) {
                    changed += 1;
                }
                apply::run(conn, changes, options, progress).await?;
            }
            Phase::Install { title, release } => {
                let now = helm::installed(helm, &release.name, &release.namespace).await?;
                if helm::up_to_date(release, now.as_ref()) {
                    progress.unchanged(title);
                    continue;
                }
                let dir = tempfile::tempdir()?;
                let values = dir.path().join("values.json");
                std::fs::write(&values, release.values.to_string())?;
                let args = release.upgrade_args(&values, &helm_timeout(timeout));
                run_tool(helm, title, &args, progress).await?;
                changed += 1;
            }
            Phase::Uninstall { title, release } => {
                if helm::installed(helm, &release.name, &release.namespace)
                    .await?
                    .is_none()
                {
                    progress.unchanged(&format!("{title}: not installed"));
                    continue;
                }
                run_tool(
                    helm,
                    &format!("remove {title}"),
                    &release.uninstall_args(),
                    progress,
                )
                .await?;
                changed += 1;
            }
        }
    }
    Ok(changed)
}

/// One program run as one progress step; its output is shown with `-v`, and always on failure
/// (in the error).
pub async fn run_tool(
    program: &Program,
    title: &str,
    args: &[String],
    progress: &mut StepProgress,
) -> Result<crate::tools::Output> {
    progress.start(title);
    let outcome = {
        let p: &StepProgress = progress;
        let mut echo = |line: &str| p.note(line);
        tokio::select! {
            r = program.run(args, &mut echo) => r,
            _ = tokio::signal::ctrl_c() => Err(Error::Tool(format!("interrupted (Ctrl-C) while running {}", program.name))),
        }
    };
    progress.finish(outcome.is_ok());
    outcome
}
