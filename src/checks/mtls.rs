//! mTLS checks of a namespace: a namespace that spans sites should not weaken a strict mesh,
//! and under STRICT every pod needs a sidecar to be reached.

use super::{Finding, Severity};
use crate::model::app::{AppSnapshot, name_of};
use crate::model::mesh::{self, MeshSnapshot};
use crate::model::mtls;

pub fn checks(snap: &AppSnapshot, live: Option<&MeshSnapshot>) -> Vec<Finding> {
    let ns = &snap.namespace;
    let cat = format!("namespace {ns}");
    let effective = mtls::effective(&snap.peer_authentications, ns);
    let spans_sites = snap
        .microservices()
        .iter()
        .any(|ms| ms.copies.iter().any(|c| c.site != snap.cloud_site));
    let weaker = spans_sites
        && mtls::mesh_mode(&snap.peer_authentications) == Some("STRICT")
        && effective.source == "namespace"
        && effective.mode != "STRICT";
    let mut out = vec![Finding::new(
        "FM013",
        &cat,
        "a namespace that spans sites keeps the mesh's STRICT mTLS (traffic between sites crosses the WAN)",
    )
    .unless_empty(
        Severity::Warning,
        if weaker { vec![format!("peerauthentication -n {ns}: {}", effective.mode)] } else { vec![] },
        format!("kubectl fluidos-mesh offload namespace {ns} --mtls strict (or delete the namespace's PeerAuthentication)"),
    )];
    if let Some(live) = live {
        let cut_off: Vec<String> = if effective.mode == "STRICT" {
            live.app_pods
                .iter()
                .filter(|p| p.metadata.namespace.as_deref() == Some(ns.as_str()))
                .filter(|p| mesh::is_live(p) && !mesh::has_proxy(p))
                .map(|p| format!("pod/{}", name_of(&p.metadata)))
                .collect()
        } else {
            vec![]
        };
        out.push(
            Finding::new("FM014", &cat, "under STRICT mTLS every pod has a sidecar (else meshed pods cannot reach it)")
                .unless_empty(
                    Severity::Warning,
                    cut_off,
                    format!("restart them with injection on (kubectl rollout restart deployment -n {ns}), or keep the namespace PERMISSIVE: kubectl fluidos-mesh offload namespace {ns} --mtls permissive"),
                ),
        );
    }
    out
}
