//! One file per subcommand; each only maps flags to library calls.

pub mod complete;
pub mod completion;
pub mod sites;

use crate::cli::Command;
use crate::context::Context;
use crate::error::Result;

pub async fn run(ctx: &mut Context, command: Command) -> Result<()> {
    match command {
        Command::Sites(args) => sites::run(ctx, &args).await,
        Command::Completion(args) => completion::run(ctx, &args),
    }
}
