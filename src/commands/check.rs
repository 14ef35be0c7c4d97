//! `kubectl fluidos-mesh check`: is locality routing really working?

use crate::checks::{self, Report, permissions};
use crate::cli::CheckArgs;
use crate::cluster::access::can_i;
use crate::cluster::mesh::read_mesh;
use crate::cluster::snapshot::read_app;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::latency::workmodel;
use crate::manifests;
use crate::model::status::per_namespace;
use crate::output::check as view;
use crate::prometheus::{QUERY_TIMEOUT, read_telemetry};

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
    let offline = !args.filename.is_empty();
    if offline && args.telemetry.prometheus.is_some() {
        return Err(Error::Usage(
            "--prometheus reads live telemetry; with -f use --workmodel FILE".into(),
        ));
    }
    if ctx.global.all_namespaces && args.telemetry.prometheus.is_some() {
        return Err(Error::Usage(
            "--prometheus builds one namespace's call graph: pass -n NAMESPACE instead of -A"
                .into(),
        ));
    }
    let (mut snapshots, mesh, access) = if offline {
        let docs = manifests::read(&args.filename)?;
        let ns = manifests::namespace_of(&docs, ctx.global.namespace.as_deref());
        (
            vec![manifests::snapshot(&docs, &ns, &args.cloud_site)?],
            None,
            None,
        )
    } else {
        let namespace = if ctx.global.all_namespaces {
            None
        } else {
            Some(ctx.namespace().await?)
        };
        let conn = ctx.connection().await?;
        let ns = namespace.as_deref();
        let needs = permissions::all_needs();
        let (app, mesh, access) = futures::try_join!(
            read_app(conn, ns, &args.cloud_site),
            read_mesh(conn, ns),
            can_i(conn, &needs, ns),
        )?;
        let snapshots = match ns {
            Some(_) => vec![app],
            None => per_namespace(&app),
        };
        (snapshots, Some(mesh), Some((access, namespace)))
    };
    if let Some(mesh) = &mesh {
        // Rules of other namespaces: the root namespace's apply mesh-wide (see model::hosts).
        for snap in &mut snapshots {
            let others = mesh
                .destination_rules
                .iter()
                .filter(|r| r["metadata"]["namespace"] != snap.namespace.as_str());
            snap.destination_rules.extend(others.cloned());
        }
    }
    let graph = match (&args.telemetry.prometheus, snapshots.first()) {
        (Some(url), Some(snap)) => {
            let t =
                read_telemetry(url, &snap.namespace, &args.telemetry.window, QUERY_TIMEOUT).await?;
            Some(
                workmodel::from_value(&t.workmodel)
                    .map_err(|e| Error::Input(format!("call graph from {url}: {e}")))?,
            )
        }
        _ => graph,
    };
    let mut findings = snapshots.first().map(checks::sites).unwrap_or_default();
    if let Some(mesh) = &mesh {
        findings.extend(checks::mesh_checks(&snapshots, mesh));
    }
    if let Some((answers, namespace)) = &access {
        findings.extend(permissions::findings(answers, namespace.as_deref()));
    }
    for snap in &snapshots {
        findings.extend(checks::namespace(snap, mesh.as_ref(), graph.as_ref()));
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
