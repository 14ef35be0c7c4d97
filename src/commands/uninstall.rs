//! `kubectl fluidos-mesh uninstall`: maps flags to the uninstall planner and runs it.

use crate::cli::UninstallArgs;
use crate::cluster::mesh::read_install;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::install::{installed_request, plan_uninstall};
use crate::output::progress::StepProgress;
use crate::output::{install as view, prompt};
use crate::setup::run_phases;
use crate::tools;

pub async fn run(ctx: &mut Context, args: &UninstallArgs) -> Result<()> {
    let setup = &args.setup;
    let (live, _) = read_install(ctx.connection().await?).await?;
    let request = installed_request(&live, &setup.cloud_site);
    let phases = plan_uninstall(&request, &live, args.force)?;
    if setup.dry_run {
        let timeout = crate::setup::helm_timeout(setup.timeout);
        return view::print_phases(&mut ctx.printer, &phases, &timeout);
    }
    let question = format!(
        "Remove Istio (istiod, gateways of {}) and the namespaces the plugin made?",
        request.sites.join(", ")
    );
    if !prompt::confirm(&question, ctx.global.yes)? {
        return Err(Error::Usage("cancelled: nothing was changed".into()));
    }
    let helm = tools::prepare(&tools::HELM, args.helm.as_deref(), ctx.global.verbose > 0).await?;
    let conn = ctx.connection().await?.clone();
    let mut progress = StepProgress::new(ctx.printer.err_style, ctx.printer.is_machine());
    let started = std::time::Instant::now();
    let changed = run_phases(&conn, &helm, &phases, setup.timeout, &mut progress).await?;
    view::print_summary(&mut ctx.printer, changed, started.elapsed(), &[])
}
