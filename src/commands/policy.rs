//! `kubectl fluidos-mesh policy svc`: maps flags to the policy planner.

use crate::change::{carry_out, read_snapshot};
use crate::cli::{PolicyCommand, PolicySvcArgs};
use crate::context::Context;
use crate::error::Result;
use crate::plan::policy::{Policy, plan_policy};

pub async fn run(ctx: &mut Context, command: &PolicyCommand) -> Result<()> {
    match command {
        PolicyCommand::Svc(args) => svc(ctx, args).await,
    }
}

async fn svc(ctx: &mut Context, args: &PolicySvcArgs) -> Result<()> {
    let snap = read_snapshot(ctx, &args.change, None).await?;
    let policy = if args.clear {
        Policy::Clear
    } else {
        args.policy.policy()
    };
    let cs = plan_policy(&snap, &args.service, &policy)?;
    carry_out(ctx, &args.change, &snap, cs).await
}
