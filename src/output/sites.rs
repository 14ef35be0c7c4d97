//! How `sites` looks: one row per node, grouped by site; unlabelled nodes as warning rows.

use super::Printer;
use super::table::{TableBuilder, Tone, plain};
use crate::error::Result;
use crate::model::labels::ZONE;
use crate::model::quantity::{format_bytes, format_cpu};
use crate::model::{NodeInfo, Readiness, SiteInventory};

fn node_row(
    site: &str,
    kind: &str,
    n: &NodeInfo,
    site_tone: Tone,
    mesh: (Option<&str>, Option<bool>),
) -> Vec<(String, Tone)> {
    let ready_tone = match n.ready {
        Readiness::Ready => Tone::Good,
        Readiness::NotReady => Tone::Bad,
        Readiness::Unknown => Tone::Warning,
    };
    vec![
        (site.to_string(), site_tone),
        plain(kind),
        plain(&n.name),
        plain(if n.is_virtual { "yes" } else { "no" }),
        plain(n.remote_cluster_id.as_deref().unwrap_or("-")),
        (n.ready.as_str().to_string(), ready_tone),
        plain(
            n.allocatable_cpu
                .as_ref()
                .map(|_| format_cpu(n.cpu_millis))
                .unwrap_or_else(|| "-".into()),
        ),
        plain(
            n.allocatable_memory
                .as_ref()
                .map(|_| format_bytes(n.memory_bytes))
                .unwrap_or_else(|| "-".into()),
        ),
        match mesh.0 {
            Some("healthy") => ("healthy".into(), Tone::Good),
            Some(problem) => (problem.to_string(), Tone::Bad),
            None => plain("-"),
        },
        match mesh.1 {
            Some(true) => ("ready".into(), Tone::Good),
            Some(false) => ("none".into(), Tone::Warning),
            None => plain("-"),
        },
    ]
}

/// The table text (no trailing warnings).
pub fn table(inv: &SiteInventory, style: super::Style) -> String {
    let mut t = TableBuilder::new(
        &[
            "site",
            "kind",
            "node",
            "virtual",
            "cluster-id",
            "ready",
            "cpu",
            "memory",
            "peering",
            "gateway",
        ],
        style,
    );
    for site in &inv.sites {
        for n in &site.nodes {
            let mesh = (site.peering.as_deref(), site.gateway);
            t.row(node_row(
                &site.name,
                site.kind.as_str(),
                n,
                Tone::Plain,
                mesh,
            ));
        }
    }
    for n in &inv.unlabelled_nodes {
        t.row(node_row("<none>", "-", n, Tone::Warning, (None, None)));
    }
    t.render()
}

/// Warnings that explain what is wrong and the command that fixes it.
pub fn warnings(inv: &SiteInventory) -> Vec<String> {
    inv.unlabelled_nodes
        .iter()
        .map(|n| {
            format!(
                "node {:?} has no {ZONE} label, so Istio gives its pods no locality and locality routing cannot work for them; fix: kubectl label node {} {ZONE}=<site>",
                n.name, n.name
            )
        })
        .collect()
}

pub fn print(printer: &mut Printer, inv: &SiteInventory) -> Result<()> {
    if printer.is_machine() {
        printer.document(inv)?;
    } else if inv.sites.is_empty() && inv.unlabelled_nodes.is_empty() {
        eprintln!("No nodes found.");
    } else {
        let text = table(inv, printer.style);
        printer.write(&text)?;
        if let Some(mode) = &inv.mesh_mtls {
            printer.line(&format!("Mesh-wide mTLS: {mode}"))?;
        }
    }
    for w in warnings(inv) {
        printer.warn(&w);
    }
    Ok(())
}
