//! `kubectl fluidos-mesh peer`: maps flags to `setup::peering::peer`.

use crate::cli::PeerArgs;
use crate::cluster::ConnectOptions;
use crate::cluster::peering::read_peers;
use crate::cluster::snapshot::SiteSnapshot;
use crate::context::Context;
use crate::error::Result;
use crate::output::progress::StepProgress;
use crate::output::{plan as plan_view, prompt, sites as sites_view};
use crate::plan::peer::{self, PeerRequest};
use crate::setup::peering::{self, PeerOptions};
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
    let opts = PeerOptions {
        cloud_site: args.setup.cloud_site.clone(),
        timeout: args.setup.timeout,
        cluster_id: args.cluster_id.clone(),
    };
    let conn = ctx.connection().await?.clone();
    if args.setup.dry_run {
        let nodes = read_peers(&conn).await?.nodes;
        ctx.printer
            .line(&format!("liqoctl {}", peer::peer_args(&req).join(" ")))?;
        plan_view::print_plan(
            &mut ctx.printer,
            &peer::label_cloud_nodes(&nodes, &opts.cloud_site),
            true,
            None,
        )?;
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
    let remote = ConnectOptions {
        kubeconfig: Some(args.remote.remote_kubeconfig.clone()),
        context: args.remote.remote_context.clone(),
        request_timeout: ctx.connect_options().request_timeout,
    };
    let mut progress = StepProgress::new(ctx.printer.err_style, ctx.printer.is_machine());
    let yes = ctx.global.yes;
    let mut confirm = |q: &str| prompt::confirm(q, yes);
    peering::peer(
        &conn,
        &remote,
        &liqoctl,
        &req,
        &opts,
        &mut progress,
        &mut confirm,
    )
    .await?;
    let inventory = SiteSnapshot::read(&conn).await?.inventory();
    sites_view::print(&mut ctx.printer, &inventory)
}
