//! `kubectl fluidos-mesh unoffload svc`.

use crate::change::{carry_out, holder, read_snapshot};
use crate::cli::{UnoffloadCommand, UnoffloadNamespaceArgs, UnoffloadSvcArgs};
use crate::context::Context;
use crate::error::Result;
use crate::output::prompt::confirm;
use crate::plan::namespace::plan_unoffload_namespace;
use crate::plan::unoffload::{Leaving, UnoffloadRequest, plan_unoffload};

pub async fn run(ctx: &mut Context, command: &UnoffloadCommand) -> Result<()> {
    match command {
        UnoffloadCommand::Svc(args) => svc(ctx, args).await,
        UnoffloadCommand::Namespace(args) => namespace(ctx, args).await,
    }
}

async fn namespace(ctx: &mut Context, args: &UnoffloadNamespaceArgs) -> Result<()> {
    let snap = read_snapshot(ctx, &args.change, Some(&args.namespace)).await?;
    let cs = plan_unoffload_namespace(&snap, args.force, &holder())?;
    let live =
        snap.source == crate::model::app::Source::Cluster && !args.change.dry_run && !cs.is_empty();
    let question = format!(
        "Stop offloading namespace {:?} ({} change(s))?",
        args.namespace,
        cs.steps.len()
    );
    if live && !confirm(&question, ctx.global.yes)? {
        return Err(crate::error::Error::Usage(
            "cancelled: nothing was changed".into(),
        ));
    }
    carry_out(ctx, &args.change, &snap, cs).await
}

async fn svc(ctx: &mut Context, args: &UnoffloadSvcArgs) -> Result<()> {
    let snap = read_snapshot(ctx, &args.change, None).await?;
    let from = if args.all || args.restore {
        Leaving::All
    } else {
        Leaving::Sites(args.from.clone())
    };
    let req = UnoffloadRequest {
        service: args.service.clone(),
        from,
        restore: args.restore,
        holder: holder(),
    };
    let cs = plan_unoffload(&snap, &req)?;
    carry_out(ctx, &args.change, &snap, cs).await
}
