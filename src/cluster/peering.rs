//! Liqo on a cluster, as `peer`/`unpeer` need it: is Liqo installed, the peerings and virtual
//! nodes, and waiting for a peering to come up or go away.

use super::client::Connection;
use crate::error::{Error, Result};
use crate::model::labels;
use crate::model::peering::Peering;
use crate::model::site::{NodeInfo, Readiness};
use k8s_openapi::api::core::v1::{Namespace, Node};
use kube::api::{Api, DynamicObject, ListParams};
use serde_json::Value;
use std::time::{Duration, Instant};

/// Liqo's default namespace.
pub const LIQO_NAMESPACE: &str = "liqo";

/// `Err` naming what is missing when Liqo is not installed on the cluster behind `conn`.
pub async fn require_liqo(conn: &Connection, which: &str) -> Result<()> {
    let hint = format!(
        "install Liqo on the {which} cluster first (liqoctl install <provider> --cluster-id <id> --cluster-labels {}=<site>)",
        labels::ZONE
    );
    let namespaces: Api<Namespace> = Api::all(conn.client.clone());
    match namespaces.get_opt(LIQO_NAMESPACE).await {
        Ok(Some(_)) => {}
        Ok(None) => {
            return Err(Error::Tool(format!(
                "Liqo is not installed on the {which} cluster ({}): namespace {LIQO_NAMESPACE} does not exist\n  hint: {hint}",
                conn.server
            )));
        }
        Err(e) => return Err(conn.error::<Namespace>(e, "get", None, Some(LIQO_NAMESPACE))),
    }
    // A 404 here (not an empty list) tells that the CRDs are missing.
    let Some((resource, ..)) = super::kinds::resource("ForeignCluster") else {
        return Err(Error::Input(
            "internal: no API mapping for ForeignCluster".into(),
        ));
    };
    let api: Api<DynamicObject> = Api::all_with(conn.client.clone(), &resource);
    match api.list(&ListParams::default().limit(1)).await {
        Ok(_) => Ok(()),
        Err(kube::Error::Api(s)) if s.code == 404 => Err(Error::Tool(format!(
            "Liqo is not installed on the {which} cluster ({}): its CRDs (core.liqo.io) are not served\n  hint: {hint}",
            conn.server
        ))),
        Err(e) => Err(Error::from_kube(
            e,
            crate::error::Action {
                verb: "list",
                group: "core.liqo.io".into(),
                resource: "foreignclusters".into(),
                namespace: None,
                name: None,
            },
            &conn.server,
        )),
    }
}

/// Peerings, nodes and VirtualNodes of the main cluster.
pub struct PeerState {
    pub foreign_clusters: Vec<Value>,
    pub nodes: Vec<Node>,
    pub virtual_nodes: Vec<Value>,
}

pub async fn read_peers(conn: &Connection) -> Result<PeerState> {
    let all = ListParams::default();
    let (foreign_clusters, nodes, virtual_nodes) = futures::try_join!(
        conn.list_kind("ForeignCluster", None, &all),
        conn.list_cluster::<Node>(&all),
        conn.list_kind("VirtualNode", None, &all),
    )?;
    Ok(PeerState {
        foreign_clusters,
        nodes,
        virtual_nodes,
    })
}

impl PeerState {
    /// The virtual node standing for `cluster_id`.
    pub fn virtual_node(&self, cluster_id: &str) -> Option<NodeInfo> {
        self.nodes
            .iter()
            .map(NodeInfo::from_node)
            .find(|n| n.is_virtual && n.remote_cluster_id.as_deref() == Some(cluster_id))
    }

    /// What still keeps the peering with `cluster_id` from being usable (empty: ready).
    pub fn pending(&self, cluster_id: &str) -> Vec<String> {
        let mut out = match self
            .foreign_clusters
            .iter()
            .find(|fc| fc["spec"]["clusterID"] == cluster_id)
        {
            Some(fc) => Peering::from_foreign_cluster(fc).problems,
            None => vec![format!("no ForeignCluster for {cluster_id} yet")],
        };
        match self.virtual_node(cluster_id) {
            Some(n) if n.ready == Readiness::Ready => {}
            Some(n) => out.push(format!("virtual node {} is {}", n.name, n.ready.as_str())),
            None => out.push(format!("no virtual node for {cluster_id} yet")),
        }
        out
    }
}

/// Polls until `done` says nothing is pending, or fails after `timeout` with what still is.
pub async fn wait_until(
    conn: &Connection,
    timeout: Duration,
    what: &str,
    done: impl Fn(&PeerState) -> Vec<String>,
) -> Result<PeerState> {
    let started = Instant::now();
    loop {
        let state = read_peers(conn).await?;
        let pending = done(&state);
        if pending.is_empty() {
            return Ok(state);
        }
        if started.elapsed() >= timeout {
            return Err(Error::Tool(format!(
                "timed out after {}s waiting for {what}: {}\n  hint: liqoctl info shows the peering; raise --timeout if it is still coming up",
                timeout.as_secs(),
                pending.join("; ")
            )));
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}
