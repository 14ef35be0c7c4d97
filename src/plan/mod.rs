//! Pure planners: `(snapshot, request) -> ChangeSet`. All domain rules live here (per-site
//! packaging, disjoint selectors, the cloud anchor, preconditions); no I/O.

pub mod changeset;
pub mod moves;
pub mod namespace;
pub mod offload;
pub mod package;
pub mod peer;
pub mod policy;
pub mod unoffload;

pub use changeset::{ChangeSet, ObjectRef, Step};

use serde_json::Value;

/// Why a plan cannot be made: what is wrong, and the command or flag that fixes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError {
    pub message: String,
    pub hint: String,
    /// The request itself is malformed (exit code 2) rather than the cluster's state (exit 1).
    pub usage: bool,
}

impl PlanError {
    pub fn new(message: impl Into<String>, hint: impl Into<String>) -> Self {
        PlanError {
            message: message.into(),
            hint: hint.into(),
            usage: false,
        }
    }

    pub fn usage(message: impl Into<String>, hint: impl Into<String>) -> Self {
        PlanError {
            message: message.into(),
            hint: hint.into(),
            usage: true,
        }
    }
}

/// `desired` is already true of `live`: every field it sets has that value (lists element by
/// element, so fields the server defaults inside list items do not count as differences).
pub fn is_subset(desired: &Value, live: &Value) -> bool {
    match (desired, live) {
        (Value::Object(d), Value::Object(l)) => d
            .iter()
            .all(|(k, v)| l.get(k).is_some_and(|lv| is_subset(v, lv))),
        (Value::Array(d), Value::Array(l)) => {
            d.len() == l.len() && d.iter().zip(l).all(|(a, b)| is_subset(a, b))
        }
        (d, l) => d == l,
    }
}

/// Applies `desired` unless `live` already has it; `previous` for rollback is the live object.
pub fn apply_if_changed(cs: &mut ChangeSet, desired: Value, live: Option<Value>) {
    if live.as_ref().is_some_and(|l| is_subset(&desired, l)) {
        return;
    }
    cs.push(Step::Apply {
        object: desired,
        previous: live,
    });
}

pub fn to_json<T: serde::Serialize>(object: &T) -> Value {
    serde_json::to_value(object).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn subset_ignores_server_defaults_but_not_changes() {
        let desired = json!({"spec": {"containers": [{"name": "a", "image": "i"}]}});
        let live = json!({"spec": {"containers": [{"name": "a", "image": "i", "imagePullPolicy": "Always"}], "x": 1}});
        assert!(is_subset(&desired, &live));
        let changed = json!({"spec": {"containers": [{"name": "a", "image": "j"}]}});
        assert!(!is_subset(&changed, &live));
        let more = json!({"spec": {"containers": [{"name": "a"}, {"name": "b"}]}});
        assert!(!is_subset(&more, &live));
    }
}
