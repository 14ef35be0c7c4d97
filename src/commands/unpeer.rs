//! `kubectl fluidos-mesh unpeer`: maps flags to the unpeering steps.

use crate::cli::UnpeerArgs;
use crate::cluster::apply::{self, ApplyOptions};
use crate::cluster::peering::{read_peers, wait_until};
use crate::cluster::snapshot::read_app;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::site::NodeInfo;
use crate::model::status::per_namespace;
use crate::output::progress::StepProgress;
use crate::output::prompt;
use crate::plan::peer::{self, pinned_copies};
use crate::plan::unoffload::{Leaving, UnoffloadRequest, plan_unoffload};
use crate::setup::run_tool;
use crate::tools;

pub async fn run(ctx: &mut Context, args: &UnpeerArgs) -> Result<()> {
    let setup = &args.setup;
    let req = super::peer_request(ctx, &args.site, &args.remote);
    let conn = ctx.connection().await?.clone();
    let state = read_peers(&conn).await?;
    let site_of = |n: &NodeInfo| n.site.as_deref() == Some(args.site.as_str());
    let id = state
        .nodes
        .iter()
        .map(NodeInfo::from_node)
        .find(|n| n.is_virtual && site_of(n))
        .and_then(|n| n.remote_cluster_id)
        .ok_or_else(|| {
            let known = crate::model::SiteInventory::from_nodes(&state.nodes);
            Error::Usage(format!(
                "no peered site {:?} (a Liqo virtual node with {}={})\n  hint: the sites are: {}",
                args.site,
                crate::model::labels::ZONE,
                args.site,
                known.names().join(", ")
            ))
        })?;
    let snapshots = per_namespace(&read_app(&conn, None, &setup.cloud_site).await?);
    let pinned = pinned_copies(&snapshots, &args.site);
    let names: Vec<String> = pinned
        .iter()
        .map(|(ns, svc)| format!("{ns}/{svc}"))
        .collect();
    if !pinned.is_empty() && !args.force {
        return Err(Error::Usage(format!(
            "services still have copies pinned to {}: {}\n  hint: move them back first (kubectl fluidos-mesh unoffload svc NAME --from {} -n NS), or pass --force to do it now",
            args.site,
            names.join(", "),
            args.site
        )));
    }
    if setup.dry_run {
        ctx.printer
            .line(&format!("liqoctl {}", peer::unpeer_args(&req).join(" ")))?;
        return ctx.printer.line(&format!(
            "(dry run; copies moved back first: {})",
            if names.is_empty() {
                "none".into()
            } else {
                names.join(", ")
            }
        ));
    }
    let question = format!(
        "Unpeer site {} (cluster {id}){}?",
        args.site,
        if names.is_empty() {
            String::new()
        } else {
            format!(", moving {} back to the cloud first", names.join(", "))
        }
    );
    if !prompt::confirm(&question, ctx.global.yes)? {
        return Err(Error::Usage("cancelled: nothing was changed".into()));
    }
    let liqoctl = tools::prepare(
        &tools::LIQOCTL,
        args.remote.liqoctl.as_deref(),
        ctx.global.verbose > 0,
    )
    .await?;
    let mut progress = StepProgress::new(ctx.printer.err_style, ctx.printer.is_machine());
    let options = ApplyOptions {
        force_conflicts: false,
        timeout: setup.timeout,
    };
    for (ns, service) in &pinned {
        // A fresh read of the one namespace: the -A snapshot has no namespace objects.
        let snap = read_app(&conn, Some(ns), &setup.cloud_site).await?;
        let request = UnoffloadRequest {
            service: service.clone(),
            from: Leaving::Sites(vec![args.site.clone()]),
            restore: false,
            holder: crate::change::holder(),
        };
        let cs = plan_unoffload(&snap, &request)?;
        apply::run(&conn, &cs, options, &mut progress).await?;
    }
    run_tool(
        &liqoctl,
        &format!("liqoctl unpeer ({})", args.site),
        &peer::unpeer_args(&req),
        &mut progress,
    )
    .await?;
    progress.start(&format!("virtual node of {id} removed"));
    let gone = wait_until(
        &conn,
        setup.timeout,
        &format!("the virtual node of {id} to disappear"),
        |s| {
            s.virtual_node(&id)
                .map(|n| vec![format!("virtual node {} still exists", n.name)])
                .unwrap_or_default()
        },
    )
    .await;
    progress.finish(gone.is_ok());
    gone.map(|_| ())
}
