//! The hidden `__complete` entry point that `kubectl_complete-fluidos_mesh` calls.

use crate::cli::CompleteArgs;
use crate::completion::{self, ClusterValues};
use crate::context::Context;
use crate::error::Result;

pub async fn run(ctx: &mut Context, args: &CompleteArgs) -> Result<()> {
    let values = ClusterValues::from_words(&args.words);
    let result = completion::complete(&args.words, &values).await;
    ctx.printer.write(&result.render())
}
