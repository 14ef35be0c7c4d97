//! Snapshots: everything a command needs, read with list calls (never one request per object).

use super::client::Connection;
use crate::error::Result;
use k8s_openapi::api::core::v1::Node;
use kube::api::ListParams;

/// What `sites` needs: every node of the main cluster (virtual nodes included).
#[derive(Debug, Clone, Default)]
pub struct SiteSnapshot {
    pub nodes: Vec<Node>,
}

impl SiteSnapshot {
    pub async fn read(conn: &Connection) -> Result<Self> {
        Ok(SiteSnapshot {
            nodes: conn.list_cluster::<Node>(&ListParams::default()).await?,
        })
    }
}
