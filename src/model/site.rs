//! Sites as the cluster shows them: every distinct `topology.kubernetes.io/zone` of its nodes.

use super::labels;
use super::quantity;
use k8s_openapi::api::core::v1::Node;
use serde::Serialize;
use std::collections::BTreeMap;

/// Whether a site is the main cluster's own nodes or a peered cluster behind Liqo virtual nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SiteKind {
    /// Real nodes of the main cluster (the cloud).
    Local,
    /// Liqo virtual nodes only: a peered (edge) cluster.
    Edge,
    /// Both real and virtual nodes carry this zone: usually a labelling mistake.
    Mixed,
}

impl SiteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SiteKind::Local => "local",
            SiteKind::Edge => "edge",
            SiteKind::Mixed => "mixed",
        }
    }
}

/// The node's `Ready` condition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Readiness {
    Ready,
    NotReady,
    Unknown,
}

impl Readiness {
    pub fn as_str(self) -> &'static str {
        match self {
            Readiness::Ready => "Ready",
            Readiness::NotReady => "NotReady",
            Readiness::Unknown => "Unknown",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NodeInfo {
    pub name: String,
    pub site: Option<String>,
    #[serde(rename = "virtual")]
    pub is_virtual: bool,
    pub remote_cluster_id: Option<String>,
    pub ready: Readiness,
    /// Allocatable CPU as the node reports it (e.g. `3800m`).
    pub allocatable_cpu: Option<String>,
    /// Allocatable memory as the node reports it (e.g. `15Gi`).
    pub allocatable_memory: Option<String>,
    pub cpu_millis: u64,
    pub memory_bytes: u64,
}

impl NodeInfo {
    pub fn from_node(node: &Node) -> NodeInfo {
        let label = |k: &str| {
            node.metadata
                .labels
                .as_ref()
                .and_then(|l| l.get(k))
                .cloned()
        };
        let ready = node
            .status
            .as_ref()
            .and_then(|s| s.conditions.as_ref())
            .and_then(|cs| cs.iter().find(|c| c.type_ == "Ready"))
            .map(|c| match c.status.as_str() {
                "True" => Readiness::Ready,
                "False" => Readiness::NotReady,
                _ => Readiness::Unknown,
            })
            .unwrap_or(Readiness::Unknown);
        let allocatable = |k: &str| {
            node.status
                .as_ref()
                .and_then(|s| s.allocatable.as_ref())
                .and_then(|a| a.get(k))
                .map(|q| q.0.clone())
        };
        let (cpu, memory) = (allocatable("cpu"), allocatable("memory"));
        NodeInfo {
            name: node.metadata.name.clone().unwrap_or_default(),
            site: label(labels::ZONE).filter(|z| !z.is_empty()),
            is_virtual: label(labels::LIQO_TYPE).as_deref() == Some(labels::LIQO_VIRTUAL_NODE),
            remote_cluster_id: label(labels::LIQO_REMOTE_CLUSTER_ID),
            ready,
            cpu_millis: cpu.as_deref().and_then(quantity::cpu_millis).unwrap_or(0),
            memory_bytes: memory.as_deref().and_then(quantity::bytes).unwrap_or(0),
            allocatable_cpu: cpu,
            allocatable_memory: memory,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Site {
    pub name: String,
    pub kind: SiteKind,
    pub ready_nodes: usize,
    pub cpu_millis: u64,
    pub memory_bytes: u64,
    pub nodes: Vec<NodeInfo>,
    /// Edge sites: `healthy`, or what the peering's ForeignCluster reports wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub peering: Option<String>,
    /// Whether a ready ingress gateway pod runs at the site (when the mesh was read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateway: Option<bool>,
}

/// All sites, local first, then by name; plus the nodes no site can claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SiteInventory {
    /// The mesh-wide mTLS mode (when the mesh was read): STRICT, PERMISSIVE (Istio's default
    /// when no mesh-wide PeerAuthentication exists) or DISABLE.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mesh_mtls: Option<String>,
    pub sites: Vec<Site>,
    /// Nodes without `topology.kubernetes.io/zone`: pods there get no locality.
    pub unlabelled_nodes: Vec<NodeInfo>,
}

impl SiteInventory {
    pub fn from_nodes(nodes: &[Node]) -> SiteInventory {
        let mut by_site: BTreeMap<String, Vec<NodeInfo>> = BTreeMap::new();
        let mut unlabelled = Vec::new();
        for info in nodes.iter().map(NodeInfo::from_node) {
            match info.site.clone() {
                Some(site) => by_site.entry(site).or_default().push(info),
                None => unlabelled.push(info),
            }
        }
        let mut sites: Vec<Site> = by_site
            .into_iter()
            .map(|(name, mut nodes)| {
                nodes.sort_by(|a, b| a.name.cmp(&b.name));
                let kind = match (
                    nodes.iter().all(|n| n.is_virtual),
                    nodes.iter().any(|n| n.is_virtual),
                ) {
                    (true, _) => SiteKind::Edge,
                    (false, true) => SiteKind::Mixed,
                    (false, false) => SiteKind::Local,
                };
                Site {
                    name,
                    kind,
                    ready_nodes: nodes.iter().filter(|n| n.ready == Readiness::Ready).count(),
                    cpu_millis: nodes.iter().map(|n| n.cpu_millis).sum(),
                    memory_bytes: nodes.iter().map(|n| n.memory_bytes).sum(),
                    nodes,
                    peering: None,
                    gateway: None,
                }
            })
            .collect();
        sites.sort_by(|a, b| (a.kind, &a.name).cmp(&(b.kind, &b.name)));
        unlabelled.sort_by(|a, b| a.name.cmp(&b.name));
        SiteInventory {
            mesh_mtls: None,
            sites,
            unlabelled_nodes: unlabelled,
        }
    }

    /// Adds each edge site's peering health (from the ForeignClusters of its virtual nodes'
    /// cluster ids) and whether each site has a ready gateway.
    pub fn with_mesh(
        mut self,
        foreign_clusters: &[serde_json::Value],
        gateway_sites: &std::collections::BTreeSet<String>,
    ) -> SiteInventory {
        let peerings: Vec<super::peering::Peering> = foreign_clusters
            .iter()
            .map(super::peering::Peering::from_foreign_cluster)
            .collect();
        for site in &mut self.sites {
            site.gateway = Some(gateway_sites.contains(&site.name));
            let ids: Vec<&str> = site
                .nodes
                .iter()
                .filter(|n| n.is_virtual)
                .filter_map(|n| n.remote_cluster_id.as_deref())
                .collect();
            if ids.is_empty() {
                continue;
            }
            let problems: Vec<String> = ids
                .iter()
                .map(|id| match peerings.iter().find(|p| p.cluster_id == *id) {
                    Some(p) => p.problems.join("; "),
                    None => format!("no ForeignCluster for {id}"),
                })
                .filter(|p| !p.is_empty())
                .collect();
            site.peering = Some(if problems.is_empty() {
                "healthy".into()
            } else {
                problems.join("; ")
            });
        }
        self
    }

    pub fn site(&self, name: &str) -> Option<&Site> {
        self.sites.iter().find(|s| s.name == name)
    }

    pub fn names(&self) -> Vec<&str> {
        self.sites.iter().map(|s| s.name.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn node(name: &str, labels: serde_json::Value, ready: &str, cpu: &str, mem: &str) -> Node {
        serde_json::from_value(json!({
            "metadata": {"name": name, "labels": labels},
            "status": {"conditions": [{"type": "Ready", "status": ready}], "allocatable": {"cpu": cpu, "memory": mem}}
        }))
        .unwrap()
    }

    fn seed() -> Vec<Node> {
        vec![
            node(
                "liqo-edge2",
                json!({"topology.kubernetes.io/zone": "edge2", "liqo.io/type": "virtual-node", "liqo.io/remote-cluster-id": "edge2-id"}),
                "False",
                "2",
                "4Gi",
            ),
            node(
                "cloud-b",
                json!({"topology.kubernetes.io/zone": "cloud"}),
                "True",
                "3500m",
                "8Gi",
            ),
            node(
                "cloud-a",
                json!({"topology.kubernetes.io/zone": "cloud"}),
                "True",
                "4",
                "16Gi",
            ),
            node(
                "liqo-edge1",
                json!({"topology.kubernetes.io/zone": "edge1", "liqo.io/type": "virtual-node", "liqo.io/remote-cluster-id": "edge1-id"}),
                "True",
                "2",
                "4Gi",
            ),
            node("stray", json!({}), "Unknown", "1", "1Gi"),
        ]
    }

    #[test]
    fn groups_nodes_by_zone_local_sites_first() {
        let inv = SiteInventory::from_nodes(&seed());
        assert_eq!(inv.names(), ["cloud", "edge1", "edge2"]);
        let cloud = inv.site("cloud").unwrap();
        assert_eq!(cloud.kind, SiteKind::Local);
        assert_eq!(
            cloud
                .nodes
                .iter()
                .map(|n| n.name.as_str())
                .collect::<Vec<_>>(),
            ["cloud-a", "cloud-b"]
        );
        assert_eq!((cloud.cpu_millis, cloud.ready_nodes), (7500, 2));
        assert_eq!(cloud.memory_bytes, 24 * 1024 * 1024 * 1024);
        let edge1 = inv.site("edge1").unwrap();
        assert_eq!(edge1.kind, SiteKind::Edge);
        assert_eq!(
            edge1.nodes[0].remote_cluster_id.as_deref(),
            Some("edge1-id")
        );
        assert_eq!(inv.site("edge2").unwrap().ready_nodes, 0);
        assert_eq!(inv.unlabelled_nodes.len(), 1);
        assert_eq!(inv.unlabelled_nodes[0].ready, Readiness::Unknown);
    }

    #[test]
    fn a_zone_shared_by_real_and_virtual_nodes_is_mixed() {
        let nodes = vec![
            node(
                "a",
                json!({"topology.kubernetes.io/zone": "z"}),
                "True",
                "1",
                "1Gi",
            ),
            node(
                "b",
                json!({"topology.kubernetes.io/zone": "z", "liqo.io/type": "virtual-node"}),
                "True",
                "1",
                "1Gi",
            ),
        ];
        assert_eq!(
            SiteInventory::from_nodes(&nodes).sites[0].kind,
            SiteKind::Mixed
        );
    }

    #[test]
    fn a_node_without_status_is_unknown_with_zero_capacity() {
        let n: Node = serde_json::from_value(
            json!({"metadata": {"name": "x", "labels": {"topology.kubernetes.io/zone": "cloud"}}}),
        )
        .unwrap();
        let info = NodeInfo::from_node(&n);
        assert_eq!(
            (info.ready, info.cpu_millis, info.allocatable_cpu),
            (Readiness::Unknown, 0, None)
        );
    }
}
