//! Waiting for what the controllers report: Deployments ready, namespaces offloaded.

use super::client::Connection;
use super::kinds::api_for;
use crate::error::{Error, Result};
use crate::plan::ObjectRef;
use kube::api::DynamicObject;
use kube::runtime::wait::await_condition;
use serde_json::Value;
use std::time::Duration;

/// Whether `object` reports ready; `Err` when it reports a failure that waiting cannot fix.
pub fn is_ready(kind: &str, object: &Value) -> std::result::Result<bool, String> {
    match kind {
        "Deployment" => {
            let wanted = object["spec"]["replicas"].as_i64().unwrap_or(1);
            let status = &object["status"];
            let generation = object["metadata"]["generation"].as_i64().unwrap_or(0);
            let observed = status["observedGeneration"].as_i64().unwrap_or(0) >= generation;
            let ready = status["readyReplicas"].as_i64().unwrap_or(0);
            let updated = status["updatedReplicas"].as_i64().unwrap_or(0);
            Ok(wanted == 0 || (observed && ready >= wanted && updated >= wanted))
        }
        "NamespaceOffloading" => match object["status"]["offloadingPhase"].as_str() {
            Some("Ready") => Ok(true),
            Some(phase @ ("SomeFailed" | "AllFailed" | "NoClusterSelected")) => {
                let conditions = object["status"]["remoteNamespacesConditions"]
                    .as_object()
                    .map(|m| {
                        m.iter()
                            .map(|(cluster, cs)| {
                                let text: Vec<String> = cs
                                    .as_array()
                                    .into_iter()
                                    .flatten()
                                    .map(|c| {
                                        format!(
                                            "{}={} {}",
                                            c["type"].as_str().unwrap_or("?"),
                                            c["status"].as_str().unwrap_or("?"),
                                            c["message"].as_str().unwrap_or_default()
                                        )
                                    })
                                    .collect();
                                format!("{cluster}: {}", text.join("; "))
                            })
                            .collect::<Vec<_>>()
                            .join("\n    ")
                    });
                Err(format!(
                    "offloading phase {phase}{}",
                    conditions.map(|c| format!("\n    {c}")).unwrap_or_default()
                ))
            }
            _ => Ok(false),
        },
        _ => Ok(true),
    }
}

pub async fn ready(conn: &Connection, target: &ObjectRef, timeout: Duration) -> Result<()> {
    let (api, _) = api_for(&conn.client, target, "watch")
        .ok_or_else(|| Error::Input(format!("internal: cannot wait for {}", target.kind)))?;
    let kind = target.kind.clone();
    let check = move |o: Option<&DynamicObject>| {
        o.map(|o| serde_json::to_value(o).unwrap_or_default())
            .is_some_and(|v| is_ready(&kind, &v) != Ok(false))
    };
    let waited = tokio::time::timeout(timeout, await_condition(api, &target.name, check)).await;
    let ns = target.namespace.clone().unwrap_or_default();
    match waited {
        Err(_) => Err(Error::Plan {
            message: format!(
                "timed out after {}s waiting for {} to be ready",
                timeout.as_secs(),
                target.short()
            ),
            hint: match target.kind.as_str() {
                "Deployment" => format!(
                    "look at it with: kubectl rollout status deploy/{} -n {ns}; raise --timeout if it is just slow",
                    target.name
                ),
                _ => format!(
                    "look at it with: kubectl get {} -n {ns} -o yaml",
                    target.short()
                ),
            },
            usage: false,
        }),
        Ok(Err(e)) => Err(Error::Unreachable {
            server: conn.server.clone(),
            reason: crate::error::root_cause(&e),
        }),
        Ok(Ok(object)) => {
            let value = object
                .map(|o| serde_json::to_value(o).unwrap_or_default())
                .unwrap_or_default();
            is_ready(&target.kind, &value).map(|_| ()).map_err(|why| Error::Plan {
                message: format!("{} failed: {why}", target.short()),
                hint: "check the Liqo peering (kubectl fluidos-mesh sites) and the remote namespace events".into(),
                usage: false,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn deployments_are_ready_when_every_replica_is() {
        let d = |ready: i64| {
            json!({"metadata": {"generation": 2}, "spec": {"replicas": 2},
            "status": {"observedGeneration": 2, "readyReplicas": ready, "updatedReplicas": ready}})
        };
        assert_eq!(is_ready("Deployment", &d(2)), Ok(true));
        assert_eq!(is_ready("Deployment", &d(1)), Ok(false));
    }

    #[test]
    fn offloading_failures_carry_the_per_cluster_conditions() {
        let o = json!({"status": {"offloadingPhase": "SomeFailed", "remoteNamespacesConditions": {"edge1": [{"type": "Ready", "status": "False", "message": "quota"}]}}});
        let err = is_ready("NamespaceOffloading", &o).unwrap_err();
        assert!(
            err.contains("SomeFailed") && err.contains("edge1: Ready=False quota"),
            "{err}"
        );
        assert_eq!(
            is_ready(
                "NamespaceOffloading",
                &json!({"status": {"offloadingPhase": "InProgress"}})
            ),
            Ok(false)
        );
    }
}
