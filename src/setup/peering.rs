//! `peer` and `unpeer` as an operator would do them: preflight, liqoctl, waiting for Liqo to
//! report the peering, and the zone labels locality routing needs. The pure parts are in
//! `crate::plan::peer`; prompts come in as a callback so this module never reads a terminal.

use super::run_tool;
use crate::cluster::apply::{self, ApplyOptions};
use crate::cluster::peering::{read_peers, require_liqo, wait_until};
use crate::cluster::snapshot::read_app;
use crate::cluster::{ConnectOptions, Connection, connect};
use crate::error::{Error, Result};
use crate::model::labels::ZONE;
use crate::model::site::NodeInfo;
use crate::model::status::per_namespace;
use crate::output::progress::StepProgress;
use crate::plan::peer::{self, PeerRequest, pinned_copies};
use crate::plan::unoffload::{Leaving, UnoffloadRequest, plan_unoffload};
use crate::plan::{ChangeSet, Step};
use crate::tools::Program;
use std::time::Duration;

/// Answers a yes/no question (the command's prompt, or `--yes`).
pub type Confirm<'a> = &'a mut dyn FnMut(&str) -> Result<bool>;

pub struct PeerOptions {
    pub cloud_site: String,
    pub timeout: Duration,
    /// The edge's cluster id, when neither the site name nor "the only new one" tells it.
    pub cluster_id: Option<String>,
}

/// Shows a preflight step as a progress line.
async fn preflight<F>(progress: &mut StepProgress, what: &str, check: F) -> Result<()>
where
    F: std::future::Future<Output = Result<()>>,
{
    progress.start(what);
    let outcome = check.await;
    progress.finish(outcome.is_ok());
    outcome
}

/// Labels the main cluster's unlabelled nodes with the cloud site (asking first).
async fn label_cloud_nodes(
    conn: &Connection,
    cs: &ChangeSet,
    opts: &PeerOptions,
    progress: &mut StepProgress,
    confirm: Confirm<'_>,
) -> Result<()> {
    if cs.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = cs.steps.iter().map(|s| s.target().name).collect();
    let question = format!(
        "The main cluster's nodes {} have no zone label; label them {ZONE}={}?",
        names.join(", "),
        opts.cloud_site
    );
    if !confirm(&question)? {
        return Err(Error::Usage(format!(
            "the main cluster's nodes need the cloud site's zone label\n  hint: kubectl label node {} {ZONE}={}, or re-run with --yes",
            names.join(" "),
            opts.cloud_site
        )));
    }
    let options = ApplyOptions {
        force_conflicts: false,
        timeout: opts.timeout,
    };
    apply::run(conn, cs, options, progress).await
}

pub async fn peer(
    conn: &Connection,
    remote: &ConnectOptions,
    liqoctl: &Program,
    req: &PeerRequest,
    opts: &PeerOptions,
    progress: &mut StepProgress,
    confirm: Confirm<'_>,
) -> Result<()> {
    preflight(
        progress,
        "Liqo on the main cluster",
        require_liqo(conn, "main"),
    )
    .await?;
    let edge = format!("edge cluster {} reachable, Liqo installed", req.site);
    preflight(progress, &edge, async {
        require_liqo(&connect(remote).await?, "edge").await
    })
    .await?;
    let before = read_peers(conn).await?;
    let labels = peer::label_cloud_nodes(&before.nodes, &opts.cloud_site);
    label_cloud_nodes(conn, &labels, opts, progress, confirm).await?;
    let title = format!("liqoctl peer ({})", req.site);
    run_tool(liqoctl, &title, &peer::peer_args(req), progress).await?;
    let after = read_peers(conn).await?;
    let explicit = opts.cluster_id.as_deref();
    let id = peer::new_peer(&before.foreign_clusters, &after.foreign_clusters, &req.site, explicit)
        .ok_or_else(|| Error::Tool(format!(
            "liqoctl peer finished, but no new ForeignCluster tells which cluster id is {}\n  hint: pass --cluster-id (kubectl get foreignclusters)",
            req.site
        )))?;
    progress.start(&format!(
        "peering with {id}: networking, authentication, offloading, virtual node"
    ));
    let state = wait_until(conn, opts.timeout, &format!("the peering with {id}"), |s| {
        s.pending(&id)
    })
    .await;
    progress.finish(state.is_ok());
    let state = state?;
    if let Some(change) = peer::virtual_node_zone(&state.virtual_nodes, &id, &req.site) {
        let previous = state
            .virtual_nodes
            .iter()
            .find(|v| v["spec"]["clusterID"] == id.as_str())
            .cloned();
        let mut cs = ChangeSet::default();
        cs.push(Step::Apply {
            object: change,
            previous,
        });
        let options = ApplyOptions {
            force_conflicts: false,
            timeout: opts.timeout,
        };
        apply::run(conn, &cs, options, progress).await?;
        eprintln!(
            "note: the edge was installed without the zone label; Liqo copies it onto the virtual node. Next time: liqoctl install ... --cluster-labels {ZONE}={}",
            req.site
        );
    }
    Ok(())
}

/// What `unpeer` will do: the site's cluster id and the copies pinned there (namespace, service).
pub struct Unpeering {
    pub cluster_id: String,
    pub pinned: Vec<(String, String)>,
}

pub async fn prepare_unpeer(
    conn: &Connection,
    site: &str,
    cloud_site: &str,
    force: bool,
) -> Result<Unpeering> {
    let state = read_peers(conn).await?;
    let cluster_id = state
        .nodes
        .iter()
        .map(NodeInfo::from_node)
        .find(|n| n.is_virtual && n.site.as_deref() == Some(site))
        .and_then(|n| n.remote_cluster_id)
        .ok_or_else(|| {
            let known = crate::model::SiteInventory::from_nodes(&state.nodes);
            Error::Usage(format!(
                "no peered site {site:?} (a Liqo virtual node with {ZONE}={site})\n  hint: the sites are: {}",
                known.names().join(", ")
            ))
        })?;
    let pinned = pinned_copies(
        &per_namespace(&read_app(conn, None, cloud_site).await?),
        site,
    );
    if !pinned.is_empty() && !force {
        let names: Vec<String> = pinned
            .iter()
            .map(|(ns, svc)| format!("{ns}/{svc}"))
            .collect();
        return Err(Error::Usage(format!(
            "services still have copies pinned to {site}: {}\n  hint: move them back first (kubectl fluidos-mesh unoffload svc NAME --from {site} -n NS), or pass --force to do it now",
            names.join(", ")
        )));
    }
    Ok(Unpeering { cluster_id, pinned })
}

pub async fn unpeer(
    conn: &Connection,
    liqoctl: &Program,
    req: &PeerRequest,
    plan: &Unpeering,
    opts: &PeerOptions,
    progress: &mut StepProgress,
) -> Result<()> {
    let options = ApplyOptions {
        force_conflicts: false,
        timeout: opts.timeout,
    };
    for (ns, service) in &plan.pinned {
        // A fresh read of the one namespace: the -A snapshot has no namespace objects.
        let snap = read_app(conn, Some(ns), &opts.cloud_site).await?;
        let request = UnoffloadRequest {
            service: service.clone(),
            from: Leaving::Sites(vec![req.site.clone()]),
            restore: false,
            holder: crate::change::holder(),
        };
        apply::run(conn, &plan_unoffload(&snap, &request)?, options, progress).await?;
    }
    let title = format!("liqoctl unpeer ({})", req.site);
    run_tool(liqoctl, &title, &peer::unpeer_args(req), progress).await?;
    let id = &plan.cluster_id;
    progress.start(&format!("virtual node of {id} removed"));
    let gone = wait_until(
        conn,
        opts.timeout,
        &format!("the virtual node of {id} to disappear"),
        |s| {
            s.virtual_node(id)
                .map(|n| vec![format!("virtual node {} still exists", n.name)])
                .unwrap_or_default()
        },
    )
    .await;
    progress.finish(gone.is_ok());
    gone.map(|_| ())
}
