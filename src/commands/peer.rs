//! `kubectl fluidos-mesh peer`: maps flags to the peering steps.

use crate::cli::PeerArgs;
use crate::cluster::apply::{self, ApplyOptions};
use crate::cluster::peering::{read_peers, require_liqo, wait_until};
use crate::cluster::snapshot::SiteSnapshot;
use crate::cluster::{ConnectOptions, connect};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::progress::StepProgress;
use crate::output::{plan as plan_view, prompt, sites as sites_view};
use crate::plan::peer::{self, PeerRequest};
use crate::plan::{ChangeSet, Step};
use crate::setup::run_tool;
use crate::tools;

pub async fn run(ctx: &mut Context, args: &PeerArgs) -> Result<()> {
    let req = PeerRequest {
        gw_server_service_type: args.gw_server_service_type.as_str().into(),
        cpu: args.cpu.clone(),
        memory: args.memory.clone(),
        pods: args.pods,
        ..super::peer_request(ctx, &args.site, &args.remote)
    };
    peer::validate(&req)?;
    let setup = &args.setup;
    let conn = ctx.connection().await?.clone();
    let before = read_peers(&conn).await?;
    let label_nodes = peer::label_cloud_nodes(&before.nodes, &setup.cloud_site);
    if setup.dry_run {
        ctx.printer
            .line(&format!("liqoctl {}", peer::peer_args(&req).join(" ")))?;
        plan_view::print_plan(&mut ctx.printer, &label_nodes, true, None)?;
        return ctx.printer.line(&format!(
            "then, if Liqo did not label it: VirtualNode of the new peer gets spec.labels {}={}",
            crate::model::labels::ZONE,
            args.site
        ));
    }
    let liqoctl = tools::prepare(
        &tools::LIQOCTL,
        args.remote.liqoctl.as_deref(),
        ctx.global.verbose > 0,
    )
    .await?;
    let mut progress = StepProgress::new(ctx.printer.err_style, ctx.printer.is_machine());
    progress.start("Liqo on the main cluster");
    let main_ok = require_liqo(&conn, "main").await;
    progress.finish(main_ok.is_ok());
    main_ok?;
    progress.start(&format!(
        "edge cluster {} reachable, Liqo installed",
        args.site
    ));
    let remote = connect(&ConnectOptions {
        kubeconfig: Some(args.remote.remote_kubeconfig.clone()),
        context: args.remote.remote_context.clone(),
        request_timeout: ctx.connect_options().request_timeout,
    })
    .await;
    let remote_ok = match &remote {
        Ok(r) => require_liqo(r, "edge").await,
        Err(_) => Ok(()),
    };
    progress.finish(remote.is_ok() && remote_ok.is_ok());
    remote?;
    remote_ok?;
    let options = ApplyOptions {
        force_conflicts: false,
        timeout: setup.timeout,
    };
    if !label_nodes.is_empty() {
        let names: Vec<String> = label_nodes.steps.iter().map(|s| s.target().name).collect();
        let question = format!(
            "The main cluster's nodes {} have no zone label; label them {}={}?",
            names.join(", "),
            crate::model::labels::ZONE,
            setup.cloud_site
        );
        if !prompt::confirm(&question, ctx.global.yes)? {
            return Err(Error::Usage(format!(
                "the main cluster's nodes need the cloud site's zone label\n  hint: kubectl label node {} {}={}, or re-run with --yes",
                names.join(" "),
                crate::model::labels::ZONE,
                setup.cloud_site
            )));
        }
        apply::run(&conn, &label_nodes, options, &mut progress).await?;
    }
    run_tool(
        &liqoctl,
        &format!("liqoctl peer ({})", args.site),
        &peer::peer_args(&req),
        &mut progress,
    )
    .await?;
    let after = read_peers(&conn).await?;
    let id = peer::new_peer(&before.foreign_clusters, &after.foreign_clusters, &args.site, args.cluster_id.as_deref())
        .ok_or_else(|| Error::Tool(format!(
            "liqoctl peer finished, but no new ForeignCluster tells which cluster id is {}\n  hint: pass --cluster-id (kubectl get foreignclusters)",
            args.site
        )))?;
    progress.start(&format!(
        "peering with {id}: networking, authentication, offloading, virtual node"
    ));
    let state = wait_until(
        &conn,
        setup.timeout,
        &format!("the peering with {id}"),
        |s| s.pending(&id),
    )
    .await;
    progress.finish(state.is_ok());
    let state = state?;
    if let Some(change) = peer::virtual_node_zone(&state.virtual_nodes, &id, &args.site) {
        let previous = state
            .virtual_nodes
            .iter()
            .find(|v| v["spec"]["clusterID"] == id.as_str())
            .cloned();
        let mut cs = ChangeSet::default();
        cs.push(Step::Apply {
            object: change,
            previous,
        });
        apply::run(&conn, &cs, options, &mut progress).await?;
        eprintln!(
            "note: the edge was installed without the zone label; Liqo copies it onto the virtual node. Next time: liqoctl install ... --cluster-labels {}={}",
            crate::model::labels::ZONE,
            args.site
        );
    }
    let inventory = SiteSnapshot::read(&conn).await?.inventory();
    sites_view::print(&mut ctx.printer, &inventory)
}
