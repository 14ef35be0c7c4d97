//! `kubectl fluidos-mesh status`: where every microservice runs.

use crate::cli::StatusArgs;
use crate::cluster::snapshot::read_app;
use crate::context::Context;
use crate::error::Result;
use crate::manifests;
use crate::model::status::{Status, per_namespace, status};
use crate::output::status as view;

pub async fn run(ctx: &mut Context, args: &StatusArgs) -> Result<()> {
    let all = ctx.global.all_namespaces;
    let started = std::time::Instant::now();
    let snapshots = if !args.filename.is_empty() {
        let docs = manifests::read(&args.filename)?;
        let ns = manifests::namespace_of(&docs, ctx.global.namespace.as_deref());
        vec![manifests::snapshot(&docs, &ns, &args.cloud_site)?]
    } else if all {
        per_namespace(&read_app(ctx.connection().await?, None, &args.cloud_site).await?)
    } else {
        let ns = ctx.namespace().await?;
        vec![read_app(ctx.connection().await?, Some(&ns), &args.cloud_site).await?]
    };
    let mut combined = Status {
        sites: Vec::new(),
        services: Vec::new(),
    };
    for snap in &snapshots {
        let s = status(snap);
        for site in s.sites {
            if !combined.sites.contains(&site) {
                combined.sites.push(site);
            }
        }
        combined.services.extend(s.services);
    }
    tracing::info!(elapsed = ?started.elapsed(), "status computed");
    view::print(&mut ctx.printer, &combined, all)
}
