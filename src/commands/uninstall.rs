//! `kubectl fluidos-mesh uninstall`: maps flags to the uninstall planner and runs it.

use crate::cli::UninstallArgs;
use crate::cluster::mesh::read_install;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::install::{InstallRequest, MONITORING_NAMESPACE, gateway_namespace, plan_uninstall};
use crate::model::labels;
use crate::output::progress::StepProgress;
use crate::output::{install as view, prompt};
use crate::setup::run_phases;
use crate::tools::{self, helm::ChartSource};

pub async fn run(ctx: &mut Context, args: &UninstallArgs) -> Result<()> {
    let setup = &args.setup;
    let (live, _) = read_install(ctx.connection().await?).await?;
    let name = |n: &serde_json::Value| {
        n["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let injected: Vec<String> = live
        .namespaces
        .iter()
        .filter(|n| {
            let l = &n["metadata"]["labels"];
            l[labels::ISTIO_INJECTION] == "enabled" || l[labels::ISTIO_REVISION].is_string()
        })
        .map(name)
        .collect();
    if !injected.is_empty() && !args.force {
        return Err(Error::Usage(format!(
            "namespaces still have sidecar injection on: {}\n  hint: move their services back and unoffload them first (kubectl fluidos-mesh unoffload namespace NS), or pass --force to leave their pods without a control plane",
            injected.join(", ")
        )));
    }
    // The sites are those with a gateway namespace the plugin made, plus the cloud.
    let prefix = gateway_namespace("");
    let mut sites: Vec<String> = live
        .namespaces
        .iter()
        .map(name)
        .filter_map(|n| n.strip_prefix(&prefix).map(String::from))
        .collect();
    if !sites.contains(&setup.cloud_site) {
        sites.insert(0, setup.cloud_site.clone());
    }
    let request = InstallRequest {
        sites,
        cloud_site: setup.cloud_site.clone(),
        istio_version: String::new(),
        gateway_service_type: String::new(),
        telemetry: live
            .namespaces
            .iter()
            .any(|n| name(n) == MONITORING_NAMESPACE),
        mtls: "PERMISSIVE".into(),
        tracing_sampling: None,
        charts: ChartSource::Repo(String::new()),
    };
    let phases = plan_uninstall(&request, &live)?;
    if setup.dry_run {
        return view::print_phases(
            &mut ctx.printer,
            &phases,
            &crate::setup::helm_timeout(setup.timeout),
        );
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
