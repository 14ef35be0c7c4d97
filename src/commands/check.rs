//! `kubectl fluidos-mesh check`: is locality routing really working?

use crate::checks::{self, Report};
use crate::cli::CheckArgs;
use crate::cluster::snapshot::read_app;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::latency::workmodel;
use crate::manifests;
use crate::model::status::per_namespace;
use crate::output::check as view;

pub async fn run(ctx: &mut Context, args: &CheckArgs) -> Result<()> {
    let graph = match &args.workmodel {
        Some(file) => {
            let text = std::fs::read_to_string(file)
                .map_err(|e| Error::Input(format!("cannot read {}: {e}", file.display())))?;
            Some(
                workmodel::parse(&text)
                    .map_err(|e| Error::Input(format!("workmodel {}: {e}", file.display())))?,
            )
        }
        None => None,
    };
    let snapshots = if !args.filename.is_empty() {
        let docs = manifests::read(&args.filename)?;
        let ns = manifests::namespace_of(&docs, ctx.global.namespace.as_deref());
        vec![manifests::snapshot(&docs, &ns, &args.cloud_site)?]
    } else if ctx.global.all_namespaces {
        per_namespace(&read_app(ctx.connection().await?, None, &args.cloud_site).await?)
    } else {
        let ns = ctx.namespace().await?;
        vec![read_app(ctx.connection().await?, Some(&ns), &args.cloud_site).await?]
    };
    let mut findings = snapshots.first().map(checks::sites).unwrap_or_default();
    for snap in &snapshots {
        findings.extend(checks::namespace(snap, graph.as_ref()));
    }
    let report = Report::new(findings);
    view::print(&mut ctx.printer, &report)?;
    let failed =
        report.summary.errors > 0 || (args.warnings_as_errors && report.summary.warnings > 0);
    if failed {
        let what = if report.summary.errors > 0 {
            "errors"
        } else {
            "warnings (--warnings-as-errors)"
        };
        return Err(Error::Checks(format!(
            "check found {what}; the hints above say how to fix them"
        )));
    }
    Ok(())
}
