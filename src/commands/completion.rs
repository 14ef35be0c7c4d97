//! `kubectl fluidos-mesh completion SHELL`: print a completion script.

use crate::cli::CompletionArgs;
use crate::completion;
use crate::context::Context;
use crate::error::Result;

pub fn run(ctx: &mut Context, args: &CompletionArgs) -> Result<()> {
    ctx.printer.write(&completion::script(args.shell))
}
