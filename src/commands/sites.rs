//! `kubectl fluidos-mesh sites`: the sites of the mesh, from the nodes' zone labels.

use crate::cli::SitesArgs;
use crate::cluster::snapshot::SiteSnapshot;
use crate::context::Context;
use crate::error::Result;
use crate::output::sites as view;

pub async fn run(ctx: &mut Context, _args: &SitesArgs) -> Result<()> {
    let snapshot = SiteSnapshot::read(ctx.connection().await?).await?;
    let inventory = snapshot.inventory();
    view::print(&mut ctx.printer, &inventory)
}
