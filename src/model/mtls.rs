//! The mTLS mode that applies to a namespace, as Istio resolves it from PeerAuthentications: a
//! namespace-wide policy (no selector) in the namespace, else the mesh-wide one in the root
//! namespace, else Istio's default, PERMISSIVE. `UNSET` defers to the next level.

use super::hosts::ROOT_NAMESPACE;
use serde::Serialize;
use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mtls {
    /// STRICT, PERMISSIVE or DISABLE.
    pub mode: String,
    /// Where it comes from: `namespace`, `mesh` or `default`.
    pub source: &'static str,
}

fn wide_mode<'a>(policies: &'a [Value], namespace: &str) -> Option<&'a str> {
    policies
        .iter()
        .filter(|p| p["metadata"]["namespace"] == namespace)
        .filter(|p| p["spec"]["selector"].is_null())
        .filter_map(|p| p["spec"]["mtls"]["mode"].as_str())
        .find(|m| *m != "UNSET")
}

pub fn effective(policies: &[Value], namespace: &str) -> Mtls {
    if let Some(mode) = wide_mode(policies, namespace) {
        return Mtls {
            mode: mode.into(),
            source: "namespace",
        };
    }
    if let Some(mode) = wide_mode(policies, ROOT_NAMESPACE) {
        return Mtls {
            mode: mode.into(),
            source: "mesh",
        };
    }
    Mtls {
        mode: "PERMISSIVE".into(),
        source: "default",
    }
}

/// The mesh-wide mode alone (what `install --mtls` set).
pub fn mesh_mode(policies: &[Value]) -> Option<&str> {
    wide_mode(policies, ROOT_NAMESPACE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pa(ns: &str, mode: &str, selector: bool) -> Value {
        let mut p = json!({"metadata": {"name": "default", "namespace": ns}, "spec": {"mtls": {"mode": mode}}});
        if selector {
            p["spec"]["selector"] = json!({"matchLabels": {"app": "s0"}});
        }
        p
    }

    #[test]
    fn the_namespace_overrides_the_mesh_which_overrides_istios_default() {
        let mesh = pa("istio-system", "STRICT", false);
        let ns = pa("app", "PERMISSIVE", false);
        assert_eq!(
            effective(&[], "app"),
            Mtls {
                mode: "PERMISSIVE".into(),
                source: "default"
            }
        );
        assert_eq!(effective(std::slice::from_ref(&mesh), "app").source, "mesh");
        assert_eq!(
            effective(&[mesh.clone(), ns], "app"),
            Mtls {
                mode: "PERMISSIVE".into(),
                source: "namespace"
            }
        );
        let unset = pa("app", "UNSET", false);
        let workload = pa("app", "DISABLE", true);
        assert_eq!(
            effective(&[mesh, unset, workload], "app").mode,
            "STRICT",
            "UNSET and workload policies defer"
        );
    }
}
