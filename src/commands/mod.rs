//! One file per subcommand; each only maps flags to library calls.

pub mod check;
pub mod complete;
pub mod completion;
pub mod install;
pub mod move_;
pub mod offload;
pub mod plan;
pub mod sites;
pub mod status;
pub mod uninstall;
pub mod unoffload;

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
        Command::Install(args) => install::run(ctx, &args).await,
        Command::Uninstall(args) => uninstall::run(ctx, &args).await,
        Command::Completion(args) => completion::run(ctx, &args),
    }
}
