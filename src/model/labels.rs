//! Well-known label keys and values of Kubernetes, Liqo and Istio that the plugin reads or writes.

/// A node's site. Istio derives each pod's locality (zone) from it.
pub const ZONE: &str = "topology.kubernetes.io/zone";
/// Set by Liqo on the virtual node that stands for a peered cluster.
pub const LIQO_TYPE: &str = "liqo.io/type";
pub const LIQO_VIRTUAL_NODE: &str = "virtual-node";
/// The cluster id of the remote cluster behind a Liqo virtual node.
pub const LIQO_REMOTE_CLUSTER_ID: &str = "liqo.io/remote-cluster-id";
/// Every object the plugin creates carries this label with value [`MANAGED_BY_VALUE`].
pub const MANAGED_BY: &str = "app.kubernetes.io/managed-by";
pub const MANAGED_BY_VALUE: &str = "fluidos-mesh";
/// The field manager of every write the plugin makes.
pub const FIELD_MANAGER: &str = "fluidos-mesh";
/// On every per-site copy (template, selector, object): the site it is pinned to.
pub const SITE: &str = "fluidos-mesh.io/site";
/// On per-site copies, HPAs and backups: the Service the copy serves.
pub const SERVICE: &str = "fluidos-mesh.io/service";
/// On per-site copies and HPAs: the original Deployment they were made from.
pub const ORIGIN: &str = "fluidos-mesh.io/origin";
/// Istio's namespace label for automatic sidecar injection, and its revision-based alternative.
pub const ISTIO_INJECTION: &str = "istio-injection";
pub const ISTIO_REVISION: &str = "istio.io/rev";
