//! A ChangeSet: the ordered steps a command wants, each able to describe itself and to produce
//! its inverse for rollback. Planners build it without I/O; the applier runs it.

use serde::Serialize;
use serde_json::Value;

/// Where an object lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectRef {
    pub api_version: String,
    pub kind: String,
    pub namespace: Option<String>,
    pub name: String,
}

impl ObjectRef {
    pub fn of(object: &Value) -> ObjectRef {
        let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
        ObjectRef {
            api_version: text(&object["apiVersion"]),
            kind: text(&object["kind"]),
            namespace: object["metadata"]["namespace"].as_str().map(String::from),
            name: text(&object["metadata"]["name"]),
        }
    }

    /// `deployment/s0-edge1` (kubectl's notation).
    pub fn short(&self) -> String {
        format!("{}/{}", self.kind.to_lowercase(), self.name)
    }
}

/// Removes what the server owns, so an object read back can be created again exactly.
pub fn strip_server_fields(object: &Value) -> Value {
    let mut o = object.clone();
    if let Some(meta) = o.get_mut("metadata").and_then(Value::as_object_mut) {
        for k in [
            "uid",
            "resourceVersion",
            "creationTimestamp",
            "generation",
            "managedFields",
            "selfLink",
        ] {
            meta.remove(k);
        }
    }
    if let Some(map) = o.as_object_mut() {
        map.remove("status");
    }
    o
}

#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Server-side apply of `object` with field manager `fluidos-mesh`. `previous` is the live
    /// object before the step (`None`: the step creates it).
    Apply {
        object: Value,
        previous: Option<Value>,
    },
    /// Create `object`; fails when it exists (used for the per-service lock and restores).
    Create { object: Value },
    /// Delete an object; `previous` keeps its content so that rollback can recreate it.
    Delete { target: ObjectRef, previous: Value },
    /// Put `object` back exactly as it was (rollback of an apply to an existing object).
    Restore { object: Value },
    /// Wait until the object reports ready: a Deployment all its replicas, a Liqo
    /// NamespaceOffloading `offloadingPhase: Ready`.
    WaitReady { target: ObjectRef },
}

impl Step {
    pub fn target(&self) -> ObjectRef {
        match self {
            Step::Apply { object, .. } | Step::Create { object } | Step::Restore { object } => {
                ObjectRef::of(object)
            }
            Step::Delete { target, .. } | Step::WaitReady { target } => target.clone(),
        }
    }

    pub fn verb(&self) -> &'static str {
        match self {
            Step::Apply { previous: None, .. } | Step::Create { .. } => "create",
            Step::Apply {
                previous: Some(_), ..
            } => "update",
            Step::Delete { .. } => "delete",
            Step::Restore { .. } => "restore",
            Step::WaitReady { .. } => "wait",
        }
    }

    /// `create deployment/s0-edge1 in fluidosmesh`.
    pub fn describe(&self) -> String {
        let t = self.target();
        let ns = t
            .namespace
            .as_ref()
            .map(|n| format!(" in {n}"))
            .unwrap_or_default();
        match self {
            Step::WaitReady { .. } => format!("wait for {} to be ready{ns}", t.short()),
            _ => format!("{} {}{ns}", self.verb(), t.short()),
        }
    }

    /// The step that undoes this one; `None` when there is nothing to undo.
    pub fn inverse(&self) -> Option<Step> {
        match self {
            Step::Apply {
                object,
                previous: None,
            }
            | Step::Create { object } => Some(Step::Delete {
                target: ObjectRef::of(object),
                previous: object.clone(),
            }),
            Step::Apply {
                previous: Some(previous),
                ..
            } => Some(Step::Restore {
                object: strip_server_fields(previous),
            }),
            Step::Delete { previous, .. } => Some(Step::Create {
                object: strip_server_fields(previous),
            }),
            Step::Restore { .. } | Step::WaitReady { .. } => None,
        }
    }

    pub fn writes(&self) -> bool {
        !matches!(self, Step::WaitReady { .. })
    }
}

/// What a command will do, in order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChangeSet {
    pub steps: Vec<Step>,
}

impl ChangeSet {
    pub fn push(&mut self, step: Step) {
        self.steps.push(step);
    }

    pub fn extend(&mut self, other: ChangeSet) {
        self.steps.extend(other.steps);
    }

    pub fn is_empty(&self) -> bool {
        !self.steps.iter().any(Step::writes)
    }

    /// The objects the change applies or creates, in order (what `-o yaml` prints).
    pub fn objects(&self) -> Vec<&Value> {
        self.steps
            .iter()
            .filter_map(|s| match s {
                Step::Apply { object, .. } | Step::Create { object } => Some(object),
                _ => None,
            })
            .collect()
    }

    /// Wraps the steps between taking and releasing `lock` (a Create and its Delete).
    pub fn locked(self, lock: Value) -> ChangeSet {
        if self.is_empty() {
            return self;
        }
        let target = ObjectRef::of(&lock);
        let mut steps = vec![Step::Create {
            object: lock.clone(),
        }];
        steps.extend(self.steps);
        steps.push(Step::Delete {
            target,
            previous: lock,
        });
        ChangeSet { steps }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(name: &str) -> Value {
        json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": name, "namespace": "ns"}})
    }

    #[test]
    fn every_write_has_an_inverse_that_undoes_it() {
        let created = Step::Apply {
            object: obj("a"),
            previous: None,
        };
        assert!(
            matches!(created.inverse(), Some(Step::Delete { ref target, .. }) if target.name == "a")
        );
        let mut live = obj("b");
        live["metadata"]["resourceVersion"] = json!("7");
        live["status"] = json!({"readyReplicas": 1});
        let updated = Step::Apply {
            object: obj("b"),
            previous: Some(live),
        };
        assert_eq!(updated.inverse(), Some(Step::Restore { object: obj("b") }));
        let deleted = Step::Delete {
            target: ObjectRef::of(&obj("c")),
            previous: obj("c"),
        };
        assert_eq!(deleted.inverse(), Some(Step::Create { object: obj("c") }));
        assert_eq!(
            Step::WaitReady {
                target: ObjectRef::of(&obj("d"))
            }
            .inverse(),
            None
        );
    }

    #[test]
    fn a_lock_wraps_only_real_changes() {
        let lock = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "lock", "namespace": "ns"}});
        assert!(ChangeSet::default().locked(lock.clone()).steps.is_empty());
        let mut cs = ChangeSet::default();
        cs.push(Step::Apply {
            object: obj("a"),
            previous: None,
        });
        let locked = cs.locked(lock);
        assert_eq!(locked.steps.len(), 3);
        assert_eq!(locked.steps[0].describe(), "create configmap/lock in ns");
        assert_eq!(locked.steps[2].describe(), "delete configmap/lock in ns");
    }
}
