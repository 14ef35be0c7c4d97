//! Liqo peering health as a `ForeignCluster` reports it (`status.modules.*.conditions`).

use serde::Serialize;
use serde_json::Value;

/// Condition statuses that mean "working" in Liqo's ForeignCluster conditions.
const HEALTHY: [&str; 2] = ["Established", "Ready"];
const MODULES: [&str; 3] = ["networking", "authentication", "offloading"];

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Peering {
    /// The remote cluster id (`spec.clusterID`).
    pub cluster_id: String,
    /// Provider, Consumer, ConsumerAndProvider or Unknown.
    pub role: String,
    /// One line per module condition that is not healthy, e.g.
    /// `networking NetworkConnectionStatus=Error: tunnel down`.
    pub problems: Vec<String>,
}

impl Peering {
    pub fn from_foreign_cluster(fc: &Value) -> Peering {
        let status = &fc["status"];
        let mut problems = Vec::new();
        let mut enabled_modules = 0;
        for module in MODULES {
            let m = &status["modules"][module];
            if m["enabled"] != Value::Bool(true) {
                continue;
            }
            enabled_modules += 1;
            for c in m["conditions"].as_array().into_iter().flatten() {
                let state = c["status"].as_str().unwrap_or("None");
                if !HEALTHY.contains(&state) {
                    let message = c["message"].as_str().filter(|m| !m.is_empty());
                    problems.push(format!(
                        "{module} {}={state}{}",
                        c["type"].as_str().unwrap_or("?"),
                        message.map(|m| format!(": {m}")).unwrap_or_default()
                    ));
                }
            }
        }
        if enabled_modules == 0 {
            problems.push("no peering module is enabled yet".into());
        }
        Peering {
            cluster_id: fc["spec"]["clusterID"]
                .as_str()
                .or(fc["metadata"]["name"].as_str())
                .unwrap_or_default()
                .to_string(),
            role: status["role"].as_str().unwrap_or("Unknown").to_string(),
            problems,
        }
    }

    pub fn healthy(&self) -> bool {
        self.problems.is_empty()
    }

    /// Whether the local cluster consumes the remote one's resources (an edge site here).
    pub fn is_provider(&self) -> bool {
        matches!(self.role.as_str(), "Provider" | "ConsumerAndProvider")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fc(networking: &str, offloading_enabled: bool) -> Value {
        json!({
            "metadata": {"name": "edge1"},
            "spec": {"clusterID": "edge1"},
            "status": {"role": "Provider", "modules": {
                "networking": {"enabled": true, "conditions": [
                    {"type": "NetworkConnectionStatus", "status": networking, "message": "tunnel"}]},
                "authentication": {"enabled": true, "conditions": [
                    {"type": "AuthTenantStatus", "status": "Ready"}]},
                "offloading": {"enabled": offloading_enabled, "conditions": [
                    {"type": "OffloadingVirtualNodeStatus", "status": "NotReady"}]}
            }}
        })
    }

    #[test]
    fn established_and_ready_conditions_are_healthy_and_disabled_modules_are_ignored() {
        let p = Peering::from_foreign_cluster(&fc("Established", false));
        assert!(p.healthy(), "{:?}", p.problems);
        assert!(p.is_provider());
        assert_eq!(p.cluster_id, "edge1");
    }

    #[test]
    fn every_unhealthy_condition_is_named_with_its_module_and_message() {
        let p = Peering::from_foreign_cluster(&fc("Error", true));
        assert_eq!(
            p.problems,
            vec![
                "networking NetworkConnectionStatus=Error: tunnel",
                "offloading OffloadingVirtualNodeStatus=NotReady"
            ]
        );
    }

    #[test]
    fn a_foreign_cluster_without_status_is_not_healthy() {
        let p = Peering::from_foreign_cluster(&json!({"spec": {"clusterID": "x"}}));
        assert!(!p.healthy());
        assert_eq!(p.role, "Unknown");
    }
}
