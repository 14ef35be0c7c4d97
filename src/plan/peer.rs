//! Peering an edge cluster with Liqo (pure parts): the `liqoctl` command lines, the zone labels
//! the main cluster's nodes and the new virtual node need, and which ForeignCluster is the new
//! peer.

use super::{ChangeSet, PlanError, apply_if_changed};
use crate::model::app::AppSnapshot;
use crate::model::labels;
use crate::model::site::NodeInfo;
use k8s_openapi::api::core::v1::Node;
use serde_json::{Value, json};

#[derive(Debug, Clone, Default)]
pub struct PeerRequest {
    pub site: String,
    pub remote_kubeconfig: String,
    pub remote_context: Option<String>,
    pub gw_server_service_type: String,
    pub cpu: Option<String>,
    pub memory: Option<String>,
    pub pods: Option<u32>,
    /// The main cluster's kubeconfig flags, passed on so liqoctl talks to the same cluster.
    pub kubeconfig: Option<String>,
    pub context: Option<String>,
}

fn local_flags(req: &PeerRequest) -> Vec<String> {
    let mut args = Vec::new();
    if let Some(k) = &req.kubeconfig {
        args.extend(["--kubeconfig".into(), k.clone()]);
    }
    if let Some(c) = &req.context {
        args.extend(["--context".into(), c.clone()]);
    }
    args
}

fn remote_flags(req: &PeerRequest) -> Vec<String> {
    let mut args = vec!["--remote-kubeconfig".into(), req.remote_kubeconfig.clone()];
    if let Some(c) = &req.remote_context {
        args.extend(["--remote-context".into(), c.clone()]);
    }
    args
}

/// `liqoctl peer` with the flags that match ours.
pub fn peer_args(req: &PeerRequest) -> Vec<String> {
    let mut args = vec!["peer".to_string()];
    args.extend(local_flags(req));
    args.extend(remote_flags(req));
    args.extend([
        "--gw-server-service-type".into(),
        req.gw_server_service_type.clone(),
    ]);
    if let Some(cpu) = &req.cpu {
        args.extend(["--cpu".into(), cpu.clone()]);
    }
    if let Some(memory) = &req.memory {
        args.extend(["--memory".into(), memory.clone()]);
    }
    if let Some(pods) = req.pods {
        args.extend(["--pods".into(), pods.to_string()]);
    }
    args
}

/// `liqoctl unpeer` (it tears down both sides, so it needs the remote cluster too).
pub fn unpeer_args(req: &PeerRequest) -> Vec<String> {
    let mut args = vec!["unpeer".to_string()];
    args.extend(local_flags(req));
    args.extend(remote_flags(req));
    args
}

pub fn validate(req: &PeerRequest) -> Result<(), PlanError> {
    crate::model::names::check_dns_label("site", &req.site).map_err(|e| {
        PlanError::usage(
            e,
            "the site name becomes the virtual node's zone label value, e.g. edge1",
        )
    })?;
    for (flag, q) in [("--cpu", &req.cpu), ("--memory", &req.memory)] {
        if let Some(q) = q
            && crate::model::quantity::bytes(q).is_none()
            && crate::model::quantity::cpu_millis(q).is_none()
        {
            return Err(PlanError::usage(
                format!("{flag} {q:?} is not a quantity"),
                "e.g. --cpu 4 --memory 8Gi",
            ));
        }
    }
    Ok(())
}

/// The main cluster's own (not virtual) nodes without a zone label, labelled with the cloud site.
pub fn label_cloud_nodes(nodes: &[Node], cloud_site: &str) -> ChangeSet {
    let mut cs = ChangeSet::default();
    for node in nodes {
        let info = NodeInfo::from_node(node);
        if info.is_virtual || info.site.is_some() {
            continue;
        }
        let desired = json!({"apiVersion": "v1", "kind": "Node",
            "metadata": {"name": info.name, "labels": {labels::ZONE: cloud_site}}});
        apply_if_changed(&mut cs, desired, crate::plan::to_json(node).into());
    }
    cs
}

/// The cluster id of the peer `liqoctl peer` just made: `explicit` if given, else the
/// ForeignCluster whose id is the site name, else the one that was not there before.
pub fn new_peer(
    before: &[Value],
    after: &[Value],
    site: &str,
    explicit: Option<&str>,
) -> Option<String> {
    let id = |fc: &Value| fc["spec"]["clusterID"].as_str().map(String::from);
    if let Some(e) = explicit {
        return Some(e.to_string());
    }
    let ids: Vec<String> = after.iter().filter_map(id).collect();
    if ids.iter().any(|i| i == site) {
        return Some(site.to_string());
    }
    let old: Vec<String> = before.iter().filter_map(id).collect();
    let fresh: Vec<String> = ids.into_iter().filter(|i| !old.contains(i)).collect();
    match fresh.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// The VirtualNode change that gives the peer's virtual node the site's zone label (Liqo owns
/// the Node and would undo a direct label). `None` when the label is already there.
pub fn virtual_node_zone(virtual_nodes: &[Value], cluster_id: &str, site: &str) -> Option<Value> {
    let vn = virtual_nodes
        .iter()
        .find(|v| v["spec"]["clusterID"] == cluster_id)?;
    if vn["spec"]["labels"][labels::ZONE] == site {
        return None;
    }
    Some(
        json!({"apiVersion": "offloading.liqo.io/v1beta1", "kind": "VirtualNode",
        "metadata": {"name": vn["metadata"]["name"], "namespace": vn["metadata"]["namespace"]},
        "spec": {"labels": {labels::ZONE: site}}}),
    )
}

/// `service (deployment)` for every per-site copy pinned to `site`, in every namespace read.
pub fn pinned_copies(snapshots: &[AppSnapshot], site: &str) -> Vec<(String, String)> {
    snapshots
        .iter()
        .flat_map(|snap| {
            snap.microservices()
                .into_iter()
                .filter(|ms| ms.copies.iter().any(|c| c.site == site))
                .map(|ms| (snap.namespace.clone(), ms.name().to_string()))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request() -> PeerRequest {
        PeerRequest {
            site: "edge1".into(),
            remote_kubeconfig: "/k/edge1".into(),
            gw_server_service_type: "NodePort".into(),
            cpu: Some("4".into()),
            pods: Some(110),
            context: Some("main".into()),
            ..Default::default()
        }
    }

    #[test]
    fn liqoctl_command_lines_carry_the_matching_flags() {
        assert_eq!(
            peer_args(&request()).join(" "),
            "peer --context main --remote-kubeconfig /k/edge1 --gw-server-service-type NodePort --cpu 4 --pods 110"
        );
        assert_eq!(
            unpeer_args(&request()).join(" "),
            "unpeer --context main --remote-kubeconfig /k/edge1"
        );
    }

    #[test]
    fn bad_sites_and_quantities_are_usage_errors() {
        assert!(
            validate(&PeerRequest {
                site: "Edge 1".into(),
                ..request()
            })
            .is_err()
        );
        let e = validate(&PeerRequest {
            memory: Some("lots".into()),
            ..request()
        })
        .unwrap_err();
        assert!(e.message.contains("--memory \"lots\""), "{}", e.message);
        assert!(validate(&request()).is_ok());
    }

    #[test]
    fn the_new_peer_is_the_named_one_else_the_only_new_one() {
        let fc = |id: &str| json!({"spec": {"clusterID": id}});
        let before = [fc("edge2")];
        assert_eq!(
            new_peer(&before, &[fc("edge2"), fc("a1b2")], "edge1", None),
            Some("a1b2".into())
        );
        assert_eq!(
            new_peer(&before, &[fc("edge2"), fc("edge1")], "edge1", None),
            Some("edge1".into())
        );
        assert_eq!(new_peer(&before, &[fc("edge2")], "edge1", None), None);
        assert_eq!(
            new_peer(&before, &[fc("edge2")], "edge1", Some("x")),
            Some("x".into())
        );
    }

    #[test]
    fn only_unlabelled_real_nodes_get_the_cloud_label_and_virtual_nodes_go_through_virtualnode() {
        let nodes: Vec<Node> = serde_json::from_value(json!([
            {"metadata": {"name": "a", "labels": {"topology.kubernetes.io/zone": "cloud"}}},
            {"metadata": {"name": "b"}},
            {"metadata": {"name": "v", "labels": {"liqo.io/type": "virtual-node"}}}
        ]))
        .unwrap();
        let cs = label_cloud_nodes(&nodes, "cloud");
        let names: Vec<String> = cs.steps.iter().map(|s| s.target().name).collect();
        assert_eq!(names, ["b"]);
        let vns = [
            json!({"metadata": {"name": "edge1", "namespace": "liqo-tenant-edge1"}, "spec": {"clusterID": "edge1"}}),
        ];
        let change = virtual_node_zone(&vns, "edge1", "edge1").unwrap();
        assert_eq!(
            change["spec"]["labels"]["topology.kubernetes.io/zone"],
            "edge1"
        );
        assert_eq!(change["metadata"]["namespace"], "liqo-tenant-edge1");
        let mut labelled = vns[0].clone();
        labelled["spec"]["labels"] = json!({"topology.kubernetes.io/zone": "edge1"});
        assert!(virtual_node_zone(&[labelled], "edge1", "edge1").is_none());
    }
}
