//! `kubectl fluidos-mesh install`: maps flags to the install planner and runs it.

use crate::cli::InstallArgs;
use crate::cluster::mesh::read_install;
use crate::context::Context;
use crate::error::Result;
use crate::install::{InstallRequest, Live, plan_install};
use crate::model::SiteInventory;
use crate::output::install as view;
use crate::output::progress::StepProgress;
use crate::setup::run_phases;
use crate::tools::{self, helm::ChartSource};

pub async fn run(ctx: &mut Context, args: &InstallArgs) -> Result<()> {
    let setup = &args.setup;
    // With --dry-run and --sites, no cluster is needed (a GitOps review).
    let offline = setup.dry_run && !args.sites.is_empty();
    let (live, sites) = if offline {
        (Live::default(), args.sites.clone())
    } else {
        let (live, nodes) = read_install(ctx.connection().await?).await?;
        let sites = if args.sites.is_empty() {
            SiteInventory::from_nodes(&nodes)
                .names()
                .into_iter()
                .map(String::from)
                .collect()
        } else {
            args.sites.clone()
        };
        (live, sites)
    };
    let request = InstallRequest {
        sites,
        cloud_site: setup.cloud_site.clone(),
        istio_version: args.istio_version.clone(),
        gateway_service_type: args.gateway_service_type.as_str().into(),
        telemetry: args.telemetry,
        mtls: args.mtls.istio().into(),
        tracing_sampling: args.tracing_sampling,
        charts: match &args.chart_dir {
            Some(dir) => ChartSource::Dir(dir.clone()),
            None => ChartSource::Repo(args.repo.clone()),
        },
    };
    let phases = plan_install(&request, &live)?;
    let timeout = crate::setup::helm_timeout(setup.timeout);
    if setup.dry_run {
        return view::print_phases(&mut ctx.printer, &phases, &timeout);
    }
    let helm = tools::prepare(&tools::HELM, args.helm.as_deref(), ctx.global.verbose > 0).await?;
    let conn = ctx.connection().await?.clone();
    let mut progress = StepProgress::new(ctx.printer.err_style, ctx.printer.is_machine());
    let started = std::time::Instant::now();
    let changed = run_phases(&conn, &helm, &phases, setup.timeout, &mut progress).await?;
    let gateways = crate::cluster::mesh::read_gateways(&conn, &request.sites).await?;
    view::print_summary(&mut ctx.printer, changed, started.elapsed(), &gateways)
}
