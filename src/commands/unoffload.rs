//! `kubectl fluidos-mesh unoffload svc`.

use crate::change::{carry_out, holder, read_snapshot};
use crate::cli::{UnoffloadCommand, UnoffloadSvcArgs};
use crate::context::Context;
use crate::error::Result;
use crate::plan::unoffload::{Leaving, UnoffloadRequest, plan_unoffload};

pub async fn run(ctx: &mut Context, command: &UnoffloadCommand) -> Result<()> {
    match command {
        UnoffloadCommand::Svc(args) => svc(ctx, args).await,
    }
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
