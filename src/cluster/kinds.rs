//! The kinds the plugin writes, with their API path facts, so no discovery request is needed.

use crate::error::Action;
use crate::plan::ObjectRef;
use kube::api::{Api, ApiResource, DynamicObject};
use kube::core::GroupVersionKind;

struct Kind {
    api_version: &'static str,
    kind: &'static str,
    plural: &'static str,
    namespaced: bool,
}

const KINDS: [Kind; 12] = [
    Kind {
        api_version: "v1",
        kind: "Namespace",
        plural: "namespaces",
        namespaced: false,
    },
    Kind {
        api_version: "v1",
        kind: "ConfigMap",
        plural: "configmaps",
        namespaced: true,
    },
    Kind {
        api_version: "apps/v1",
        kind: "Deployment",
        plural: "deployments",
        namespaced: true,
    },
    Kind {
        api_version: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        plural: "horizontalpodautoscalers",
        namespaced: true,
    },
    Kind {
        api_version: "networking.istio.io/v1",
        kind: "DestinationRule",
        plural: "destinationrules",
        namespaced: true,
    },
    Kind {
        api_version: "offloading.liqo.io/v1beta1",
        kind: "NamespaceOffloading",
        plural: "namespaceoffloadings",
        namespaced: true,
    },
    Kind {
        api_version: "core.liqo.io/v1beta1",
        kind: "ForeignCluster",
        plural: "foreignclusters",
        namespaced: false,
    },
    Kind {
        api_version: "security.istio.io/v1",
        kind: "PeerAuthentication",
        plural: "peerauthentications",
        namespaced: true,
    },
    Kind {
        api_version: "v1",
        kind: "Node",
        plural: "nodes",
        namespaced: false,
    },
    Kind {
        api_version: "offloading.liqo.io/v1beta1",
        kind: "VirtualNode",
        plural: "virtualnodes",
        namespaced: true,
    },
    Kind {
        api_version: "monitoring.coreos.com/v1",
        kind: "PodMonitor",
        plural: "podmonitors",
        namespaced: true,
    },
    Kind {
        api_version: "monitoring.coreos.com/v1",
        kind: "ServiceMonitor",
        plural: "servicemonitors",
        namespaced: true,
    },
];

/// The API facts of `kind` (a kind of the table above): its resource, group and plural.
pub fn resource(kind: &str) -> Option<(ApiResource, &'static str, &'static str, bool)> {
    let k = KINDS.iter().find(|k| k.kind == kind)?;
    let (group, version) = k
        .api_version
        .rsplit_once('/')
        .unwrap_or(("", k.api_version));
    let gvk = GroupVersionKind::gvk(group, version, k.kind);
    Some((
        ApiResource::from_gvk_with_plural(&gvk, k.plural),
        group,
        k.plural,
        k.namespaced,
    ))
}

/// A dynamic API handle for `target` and the action description errors will use.
pub fn api_for(
    client: &kube::Client,
    target: &ObjectRef,
    verb: &'static str,
) -> Option<(Api<DynamicObject>, Action)> {
    let (resource, group, plural, namespaced) = resource(&target.kind)?;
    if !target.api_version.starts_with(group) {
        return None;
    }
    let namespace = target.namespace.clone().filter(|_| namespaced);
    let api = match &namespace {
        Some(ns) => Api::namespaced_with(client.clone(), ns, &resource),
        None => Api::all_with(client.clone(), &resource),
    };
    let action = Action {
        verb,
        group: group.to_string(),
        resource: plural.to_string(),
        namespace,
        name: Some(target.name.clone()),
    };
    Some((api, action))
}
