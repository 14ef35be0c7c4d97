//! One file per subcommand; each only maps flags to library calls.

pub mod check;
pub mod complete;
pub mod completion;
pub mod install;
pub mod move_;
pub mod offload;
pub mod peer;
pub mod plan;
pub mod policy;
pub mod sites;
pub mod status;
pub mod uninstall;
pub mod unoffload;
pub mod unpeer;

use crate::cli::Command;
use crate::context::Context;
use crate::error::Result;

pub async fn run(ctx: &mut Context, command: Command) -> Result<()> {
    match command {
        Command::Sites(args) => sites::run(ctx, &args).await,
        Command::Status(args) => status::run(ctx, &args).await,
        Command::Offload(cmd) => offload::run(ctx, &cmd).await,
        Command::Unoffload(cmd) => unoffload::run(ctx, &cmd).await,
        Command::Move(args) => move_::run(ctx, &args).await,
        Command::Plan(args) => plan::run(ctx, &args).await,
        Command::Check(args) => check::run(ctx, &args).await,
        Command::Policy(cmd) => policy::run(ctx, &cmd).await,
        Command::Peer(args) => peer::run(ctx, &args).await,
        Command::Unpeer(args) => unpeer::run(ctx, &args).await,
        Command::Install(args) => install::run(ctx, &args).await,
        Command::Uninstall(args) => uninstall::run(ctx, &args).await,
        Command::Completion(args) => completion::run(ctx, &args),
    }
}

/// The liqoctl request both `peer` and `unpeer` start from: the site, the edge's kubeconfig,
/// and the main cluster's kubeconfig flags passed on.
fn peer_request(
    ctx: &Context,
    site: &str,
    remote: &crate::cli::RemoteArgs,
) -> crate::plan::peer::PeerRequest {
    crate::plan::peer::PeerRequest {
        site: site.to_string(),
        remote_kubeconfig: remote.remote_kubeconfig.display().to_string(),
        remote_context: remote.remote_context.clone(),
        kubeconfig: ctx
            .global
            .kubeconfig
            .as_ref()
            .map(|k| k.display().to_string()),
        context: ctx.global.context.clone(),
        ..Default::default()
    }
}
