//! `kubectl fluidos-mesh unpeer`: maps flags to `setup::peering::unpeer`.

use crate::cli::UnpeerArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::progress::StepProgress;
use crate::output::prompt;
use crate::plan::peer;
use crate::setup::peering::{self, PeerOptions};
use crate::tools;

pub async fn run(ctx: &mut Context, args: &UnpeerArgs) -> Result<()> {
    let req = super::peer_request(ctx, &args.site, &args.remote);
    let opts = PeerOptions {
        cloud_site: args.setup.cloud_site.clone(),
        timeout: args.setup.timeout,
        cluster_id: None,
    };
    let conn = ctx.connection().await?.clone();
    let plan = peering::prepare_unpeer(&conn, &args.site, &opts.cloud_site, args.force).await?;
    let moved: Vec<String> = plan
        .pinned
        .iter()
        .map(|(ns, svc)| format!("{ns}/{svc}"))
        .collect();
    if args.setup.dry_run {
        ctx.printer
            .line(&format!("liqoctl {}", peer::unpeer_args(&req).join(" ")))?;
        let moved = if moved.is_empty() {
            "none".to_string()
        } else {
            moved.join(", ")
        };
        return ctx
            .printer
            .line(&format!("(dry run; copies moved back first: {moved})"));
    }
    let first = if moved.is_empty() {
        String::new()
    } else {
        format!(", moving {} back to the cloud first", moved.join(", "))
    };
    let question = format!(
        "Unpeer site {} (cluster {}){first}?",
        args.site, plan.cluster_id
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
    peering::unpeer(&conn, &liqoctl, &req, &plan, &opts, &mut progress).await
}
