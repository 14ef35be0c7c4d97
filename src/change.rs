//! The one path every changing command takes: read a snapshot (cluster or `-f`), let a pure
//! planner make a ChangeSet, then print it (offline, `--dry-run`) or hand it to the applier.

use crate::cli::ChangeArgs;
use crate::cluster::apply::{self, ApplyOptions};
use crate::cluster::snapshot::read_app;
use crate::context::Context;
use crate::error::Result;
use crate::manifests;
use crate::model::app::{AppSnapshot, Source};
use crate::output::plan as view;
use crate::output::progress::StepProgress;
use crate::plan::{ChangeSet, ObjectRef, Step};
use std::time::Instant;

/// The namespace a command works in: `-n`, else (offline) the manifests', else the context's.
pub async fn read_snapshot(
    ctx: &Context,
    change: &ChangeArgs,
    namespace: Option<&str>,
) -> Result<AppSnapshot> {
    let explicit = namespace.or(ctx.global.namespace.as_deref());
    if !change.filename.is_empty() {
        let docs = manifests::read(&change.filename)?;
        let ns = manifests::namespace_of(&docs, explicit);
        return manifests::snapshot(&docs, &ns, &change.cloud_site);
    }
    let ns = match explicit {
        Some(ns) => ns.to_string(),
        None => ctx.namespace().await?,
    };
    read_app(ctx.connection().await?, Some(&ns), &change.cloud_site).await
}

/// Who takes the per-service lock, so a concurrent run can say who holds it.
pub fn holder() -> String {
    let user = std::env::var("USER").unwrap_or_else(|_| "unknown".into());
    let host = std::env::var("HOSTNAME").unwrap_or_else(|_| "localhost".into());
    let since = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    format!(
        "{user}@{host} pid {} since unix time {since}",
        std::process::id()
    )
}

/// Adds a wait for every Deployment the change creates that is not waited for yet.
pub fn with_final_waits(mut cs: ChangeSet) -> ChangeSet {
    let waited: Vec<ObjectRef> = cs
        .steps
        .iter()
        .filter_map(|s| match s {
            Step::WaitReady { target } => Some(target.clone()),
            _ => None,
        })
        .collect();
    let new: Vec<ObjectRef> = cs
        .steps
        .iter()
        .filter_map(|s| match s {
            Step::Apply {
                object,
                previous: None,
            } if object["kind"] == "Deployment" => Some(ObjectRef::of(object)),
            _ => None,
        })
        .filter(|t| !waited.contains(t))
        .collect();
    // Wait before the lock is released, so a second move sees the first one until it is done.
    let at = cs.steps.iter().rposition(|s| matches!(s, Step::Delete { target, .. } if target.name.starts_with("fluidos-mesh-lock-"))).unwrap_or(cs.steps.len());
    for (i, t) in new.into_iter().enumerate() {
        cs.steps.insert(at + i, Step::WaitReady { target: t });
    }
    cs
}

/// Prints the plan (offline or dry run) or runs it against the cluster.
pub async fn carry_out(
    ctx: &mut Context,
    change: &ChangeArgs,
    snap: &AppSnapshot,
    cs: ChangeSet,
) -> Result<()> {
    if snap.source == Source::Files {
        let result = manifests::result_set(&snap.documents, &cs);
        return view::print_plan(&mut ctx.printer, &cs, change.dry_run, Some(&result));
    }
    if change.dry_run {
        return view::print_plan(&mut ctx.printer, &cs, true, None);
    }
    if cs.is_empty() {
        if !ctx.printer.is_machine() {
            eprintln!("Nothing to change: the cluster already looks like that.");
        }
        return view::print_objects(&mut ctx.printer, &cs);
    }
    let conn = ctx.connection().await?.clone();
    let mut progress = StepProgress::new(ctx.printer.err_style, ctx.printer.is_machine());
    let options = ApplyOptions {
        force_conflicts: change.force_conflicts,
        timeout: change.timeout,
    };
    let started = Instant::now();
    apply::run(&conn, &cs, options, &mut progress).await?;
    if !ctx.printer.is_machine() {
        eprintln!("Done in {:.1}s.", started.elapsed().as_secs_f64());
    }
    view::print_objects(&mut ctx.printer, &cs)
}
