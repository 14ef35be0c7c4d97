//! Field ownership (`metadata.managedFields`) and server-side apply.
//!
//! Simplification, stated plainly: maps merge key by key, lists are atomic (owned and replaced
//! whole; the real server merges `x-kubernetes-list-type: map` lists by key). Everything else
//! follows the real rules: an applier owns the fields it sent; a different value in a field that
//! another manager owns is a 409 conflict unless `force`; fields an applier stops sending are
//! removed unless someone else owns them; updates (PUT/PATCH) take ownership of what they change.

use serde_json::{Map, Value, json};
use std::collections::BTreeSet;

pub type Path = Vec<String>;
pub type FieldSet = BTreeSet<Path>;

/// Top-level fields nobody "owns": identity and server-managed metadata.
fn ignored(path: &[String]) -> bool {
    match path {
        [first] => matches!(first.as_str(), "apiVersion" | "kind" | "metadata"),
        [first, second, ..] if first == "metadata" => !matches!(
            second.as_str(),
            "labels" | "annotations" | "finalizers" | "ownerReferences"
        ),
        _ => false,
    }
}

/// Leaf paths of an object: scalars, lists and empty maps.
pub fn leaf_paths(value: &Value) -> FieldSet {
    fn walk(v: &Value, path: &mut Path, out: &mut FieldSet) {
        match v {
            Value::Object(m) if !m.is_empty() => {
                for (k, child) in m {
                    path.push(k.clone());
                    walk(child, path, out);
                    path.pop();
                }
            }
            _ if !path.is_empty() && !ignored(path) => {
                out.insert(path.clone());
            }
            _ => {}
        }
    }
    let mut out = FieldSet::new();
    walk(value, &mut Vec::new(), &mut out);
    out
}

pub fn get<'a>(value: &'a Value, path: &[String]) -> Option<&'a Value> {
    path.iter().try_fold(value, |v, k| v.get(k))
}

fn remove(value: &mut Value, path: &[String]) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut cursor = &mut *value;
    for k in parents {
        match cursor.get_mut(k) {
            Some(next) => cursor = next,
            None => return,
        }
    }
    if let Value::Object(m) = cursor {
        m.remove(last);
    }
    // Drop maps the removal left empty, as the real server does for applied fields.
    if parents.len() > 1
        && get(value, parents).is_some_and(|v| v.as_object().is_some_and(Map::is_empty))
    {
        remove(value, parents);
    }
}

/// Deep-merges `patch` into `target` (maps merge, everything else replaces).
pub fn merge(target: &mut Value, patch: &Value) {
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) => {
            for (k, v) in p {
                match t.get_mut(k) {
                    Some(existing) if existing.is_object() && v.is_object() => merge(existing, v),
                    _ => {
                        t.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (t, p) => *t = p.clone(),
    }
}

/// One entry of `metadata.managedFields`, with the field set decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Manager {
    pub name: String,
    pub operation: String,
    pub subresource: String,
    pub fields: FieldSet,
    pub api_version: String,
    pub time: String,
}

fn encode(fields: &FieldSet) -> Value {
    let mut root = Map::new();
    for path in fields {
        let mut cursor = &mut root;
        for k in path {
            cursor = cursor
                .entry(format!("f:{k}"))
                .or_insert_with(|| json!({}))
                .as_object_mut()
                .expect("inserted as an object");
        }
    }
    Value::Object(root)
}

fn decode(v: &Value) -> FieldSet {
    fn walk(v: &Value, path: &mut Path, out: &mut FieldSet) {
        let Some(m) = v.as_object() else { return };
        let keys: Vec<_> = m.keys().filter(|k| k.starts_with("f:")).collect();
        if keys.is_empty() && !path.is_empty() {
            out.insert(path.clone());
        }
        for k in keys {
            path.push(k[2..].to_string());
            walk(&m[k], path, out);
            path.pop();
        }
    }
    let mut out = FieldSet::new();
    walk(v, &mut Vec::new(), &mut out);
    out
}

pub fn read_managers(object: &Value) -> Vec<Manager> {
    object["metadata"]["managedFields"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| Manager {
            name: e["manager"].as_str().unwrap_or_default().to_string(),
            operation: e["operation"].as_str().unwrap_or("Update").to_string(),
            subresource: e["subresource"].as_str().unwrap_or_default().to_string(),
            fields: decode(&e["fieldsV1"]),
            api_version: e["apiVersion"].as_str().unwrap_or_default().to_string(),
            time: e["time"].as_str().unwrap_or_default().to_string(),
        })
        .collect()
}

pub fn write_managers(object: &mut Value, managers: &[Manager]) {
    let entries: Vec<Value> = managers
        .iter()
        .filter(|m| !m.fields.is_empty())
        .map(|m| {
            let mut e = json!({"manager": m.name, "operation": m.operation,
                "apiVersion": m.api_version, "time": m.time,
                "fieldsType": "FieldsV1", "fieldsV1": encode(&m.fields)});
            if !m.subresource.is_empty() {
                e["subresource"] = json!(m.subresource);
            }
            e
        })
        .collect();
    object["metadata"]["managedFields"] = Value::Array(entries);
}

fn overlaps(a: &[String], b: &[String]) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// A conflict: the other manager and the field (`.spec.replicas`).
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub manager: String,
    pub field: String,
}

pub fn dotted(path: &[String]) -> String {
    path.iter().map(|k| format!(".{k}")).collect()
}

/// What one apply asks for.
pub struct ApplyRequest<'a> {
    pub manager: &'a str,
    pub applied: &'a Value,
    pub force: bool,
    pub api_version: &'a str,
    pub now: &'a str,
}

/// Server-side apply of `req.applied` onto `live` (an empty object when creating).
pub fn apply(live: &Value, req: &ApplyRequest) -> Result<Value, Vec<Conflict>> {
    let mut managers = read_managers(live);
    let wanted = leaf_paths(req.applied);
    let mut conflicts = Vec::new();
    for other in managers.iter().filter(|m| m.name != req.manager) {
        for owned in &other.fields {
            for path in wanted.iter().filter(|p| overlaps(p, owned)) {
                let longer = if path.len() >= owned.len() {
                    path
                } else {
                    owned
                };
                if get(live, longer) != get(req.applied, longer) {
                    conflicts.push(Conflict {
                        manager: other.name.clone(),
                        field: dotted(owned),
                    });
                }
            }
        }
    }
    conflicts.dedup();
    if !conflicts.is_empty() && !req.force {
        return Err(conflicts);
    }
    let mut result = live.clone();
    let previous: FieldSet = managers
        .iter()
        .find(|m| m.name == req.manager && m.operation == "Apply")
        .map(|m| m.fields.clone())
        .unwrap_or_default();
    for dropped in previous.difference(&wanted) {
        let shared = managers
            .iter()
            .any(|m| m.name != req.manager && m.fields.iter().any(|f| overlaps(f, dropped)));
        if !shared {
            remove(&mut result, dropped);
        }
    }
    merge(&mut result, req.applied);
    if req.force {
        for m in managers.iter_mut().filter(|m| m.name != req.manager) {
            m.fields.retain(|f| {
                !wanted
                    .iter()
                    .any(|p| overlaps(p, f) && get(live, f) != get(req.applied, f))
            });
        }
    }
    let previous_time = managers
        .iter()
        .find(|m| m.name == req.manager && m.operation == "Apply" && m.fields == wanted)
        .map(|m| m.time.clone());
    managers.retain(|m| !(m.name == req.manager && m.operation == "Apply"));
    managers.push(Manager {
        name: req.manager.to_string(),
        operation: "Apply".into(),
        subresource: String::new(),
        fields: wanted,
        api_version: req.api_version.to_string(),
        // An apply that changes nothing must not change the object (no new resourceVersion).
        time: previous_time.unwrap_or_else(|| req.now.to_string()),
    });
    write_managers(&mut result, &managers);
    Ok(result)
}

/// Records an update (create, PUT, non-apply PATCH): `manager` takes the fields it changed.
pub fn record_update(old: &Value, new: &mut Value, manager: &str, api_version: &str, now: &str) {
    let mut managers = read_managers(old);
    let after = leaf_paths(new);
    let changed: FieldSet = after
        .iter()
        .filter(|p| get(old, p) != get(new, p))
        .cloned()
        .collect();
    for m in managers.iter_mut() {
        m.fields
            .retain(|f| after.contains(f) && !changed.contains(f));
    }
    if !changed.is_empty() {
        match managers
            .iter_mut()
            .find(|m| m.name == manager && m.operation == "Update")
        {
            Some(m) => {
                m.fields.extend(changed);
                m.time = now.to_string();
            }
            None => managers.push(Manager {
                name: manager.to_string(),
                operation: "Update".into(),
                subresource: String::new(),
                fields: changed,
                api_version: api_version.to_string(),
                time: now.to_string(),
            }),
        }
    }
    write_managers(new, &managers);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply_as(
        live: &Value,
        manager: &str,
        applied: Value,
        force: bool,
    ) -> Result<Value, Vec<Conflict>> {
        apply(
            live,
            &ApplyRequest {
                manager,
                applied: &applied,
                force,
                api_version: "v1",
                now: "t",
            },
        )
    }

    #[test]
    fn a_second_manager_conflicts_on_a_different_value_unless_forced() {
        let live = apply_as(&json!({}), "a", json!({"spec": {"x": 1, "y": 2}}), false).unwrap();
        let err = apply_as(&live, "b", json!({"spec": {"x": 5}}), false).unwrap_err();
        assert_eq!(
            err,
            vec![Conflict {
                manager: "a".into(),
                field: ".spec.x".into()
            }]
        );
        // Same value: shared ownership, no conflict.
        assert!(apply_as(&live, "b", json!({"spec": {"x": 1}}), false).is_ok());
        let forced = apply_as(&live, "b", json!({"spec": {"x": 5}}), true).unwrap();
        assert_eq!(forced["spec"]["x"], 5);
        let a = read_managers(&forced)
            .into_iter()
            .find(|m| m.name == "a")
            .unwrap();
        assert!(
            !a.fields
                .contains(&vec!["spec".to_string(), "x".to_string()])
        );
    }

    #[test]
    fn fields_an_applier_stops_sending_are_removed_unless_shared() {
        let live = apply_as(
            &json!({}),
            "a",
            json!({"spec": {"x": 1, "y": 2, "z": 3}}),
            false,
        )
        .unwrap();
        let live = apply_as(&live, "b", json!({"spec": {"z": 3}}), false).unwrap();
        let next = apply_as(&live, "a", json!({"spec": {"x": 1}}), false).unwrap();
        assert_eq!(next["spec"], json!({"x": 1, "z": 3}));
    }

    #[test]
    fn updates_take_ownership_of_what_they_change() {
        let live = apply_as(&json!({}), "a", json!({"spec": {"x": 1}}), false).unwrap();
        let mut updated = live.clone();
        updated["spec"]["x"] = json!(2);
        record_update(&live, &mut updated, "kubectl-edit", "v1", "t");
        let err = apply_as(&updated, "a", json!({"spec": {"x": 1}}), false).unwrap_err();
        assert_eq!(err[0].manager, "kubectl-edit");
    }

    #[test]
    fn managed_fields_round_trip_through_fields_v1() {
        let fields: FieldSet = [
            vec!["spec".to_string(), "a".to_string()],
            vec!["metadata".into(), "labels".into(), "k".into()],
        ]
        .into();
        assert_eq!(decode(&encode(&fields)), fields);
    }
}
