//! Validation of custom resources against a CRD's structural `openAPIV3Schema`.
//!
//! Covers what the real server checks from the schema itself: types (with `nullable`,
//! `x-kubernetes-int-or-string`), `required`, `enum`, numeric and length bounds, `pattern`,
//! `oneOf`/`anyOf`/`allOf`/`not`, and unknown fields (pruned, or rejected under
//! `fieldValidation=Strict`, unless `x-kubernetes-preserve-unknown-fields`).
//! Not covered: CEL rules (`x-kubernetes-validations`), `format` checks, list-map key uniqueness.

use regex::Regex;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::Mutex;

/// One violation, with the field path the real server would report (`spec.x[0].y`).
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    pub field: String,
    pub message: String,
}

/// Validates `object` in place: unknown fields are pruned (or reported when `strict`).
pub fn validate(schema: &Value, object: &mut Value, strict: bool) -> Vec<Violation> {
    let mut out = Vec::new();
    let preserve = schema["x-kubernetes-preserve-unknown-fields"] == Value::Bool(true);
    // apiVersion, kind and metadata are checked by the server itself, not by the CRD schema.
    if let Value::Object(map) = object {
        for (key, value) in map.iter_mut() {
            if matches!(key.as_str(), "apiVersion" | "kind" | "metadata") {
                continue;
            }
            match schema["properties"].get(key) {
                Some(sub) => check(sub, value, key, strict, &mut out),
                None if preserve => {}
                None if strict => out.push(unknown(key)),
                None => {}
            }
        }
        if !strict && !preserve {
            let props = schema["properties"].as_object();
            map.retain(|k, _| {
                matches!(k.as_str(), "apiVersion" | "kind" | "metadata")
                    || props.is_some_and(|p| p.contains_key(k))
            });
        }
        for req in schema["required"].as_array().into_iter().flatten() {
            if let Some(name) = req.as_str().filter(|n| !map.contains_key(*n)) {
                out.push(Violation {
                    field: name.to_string(),
                    message: "Required value".into(),
                });
            }
        }
    }
    out
}

fn unknown(path: &str) -> Violation {
    Violation {
        field: path.to_string(),
        message: "field not declared in schema".into(),
    }
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn type_ok(schema: &Value, v: &Value) -> bool {
    if schema["x-kubernetes-int-or-string"] == Value::Bool(true) {
        return matches!(type_name(v), "integer" | "string");
    }
    let Some(expected) = schema["type"].as_str() else {
        return true;
    };
    let actual = type_name(v);
    actual == expected || (expected == "number" && actual == "integer")
}

fn cached_regex(pattern: &str) -> Option<Regex> {
    static CACHE: Mutex<Option<HashMap<String, Option<Regex>>>> = Mutex::new(None);
    let mut guard = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    let cache = guard.get_or_insert_with(HashMap::new);
    cache
        .entry(pattern.to_string())
        .or_insert_with(|| Regex::new(pattern).ok())
        .clone()
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Validates without pruning or reporting unknown fields: used for the branches of
/// `oneOf`/`anyOf`/`not`, which in structural schemas only constrain presence and values.
fn passes(schema: &Value, v: &Value) -> bool {
    let mut copy = v.clone();
    let mut out = Vec::new();
    check_constraints(schema, &mut copy, "", &mut out);
    if let (Some(props), Value::Object(map)) = (schema["properties"].as_object(), &mut copy) {
        for (k, sub) in props {
            if let Some(child) = map.get_mut(k)
                && !passes(sub, child)
            {
                return false;
            }
        }
    }
    out.is_empty()
}

fn check_constraints(schema: &Value, v: &mut Value, path: &str, out: &mut Vec<Violation>) {
    let mut fail = |message: String| {
        out.push(Violation {
            field: path.to_string(),
            message,
        })
    };
    if let Some(values) = schema["enum"].as_array()
        && !values.contains(v)
    {
        let allowed: Vec<String> = values.iter().map(|x| x.to_string()).collect();
        fail(format!(
            "Unsupported value: {v}: supported values: {}",
            allowed.join(", ")
        ));
    }
    if let Some(n) = v.as_f64() {
        if let Some(min) = schema["minimum"].as_f64()
            && n < min
        {
            fail(format!(
                "Invalid value: {n}: should be greater than or equal to {min}"
            ));
        }
        if let Some(max) = schema["maximum"].as_f64()
            && n > max
        {
            fail(format!(
                "Invalid value: {n}: should be less than or equal to {max}"
            ));
        }
    }
    if let Some(s) = v.as_str() {
        let len = s.chars().count() as u64;
        if schema["maxLength"].as_u64().is_some_and(|m| len > m) {
            fail(format!(
                "Too long: may not be longer than {}",
                schema["maxLength"]
            ));
        }
        if schema["minLength"].as_u64().is_some_and(|m| len < m) {
            fail(format!(
                "Invalid value: {s:?}: should be at least {} chars long",
                schema["minLength"]
            ));
        }
        if let Some(p) = schema["pattern"].as_str()
            && cached_regex(p).is_some_and(|re| !re.is_match(s))
        {
            fail(format!("Invalid value: {s:?}: should match '{p}'"));
        }
    }
    if let Some(items) = v.as_array() {
        let len = items.len() as u64;
        if schema["maxItems"].as_u64().is_some_and(|m| len > m) {
            fail(format!(
                "Too many: {len}: must have at most {} items",
                schema["maxItems"]
            ));
        }
        if schema["minItems"].as_u64().is_some_and(|m| len < m) {
            fail(format!(
                "Invalid value: should have at least {} items",
                schema["minItems"]
            ));
        }
    }
    if let Some(map) = v.as_object() {
        if schema["maxProperties"]
            .as_u64()
            .is_some_and(|m| map.len() as u64 > m)
        {
            fail(format!(
                "Too many: must have at most {} properties",
                schema["maxProperties"]
            ));
        }
        for req in schema["required"].as_array().into_iter().flatten() {
            if let Some(name) = req.as_str().filter(|n| !map.contains_key(*n)) {
                out.push(Violation {
                    field: join(path, name),
                    message: "Required value".into(),
                });
            }
        }
    }
    let snapshot = v.clone();
    if let Some(branches) = schema["oneOf"].as_array() {
        let n = branches.iter().filter(|b| passes(b, &snapshot)).count();
        if n != 1 {
            out.push(Violation {
                field: path.to_string(),
                message: format!(
                    "Invalid value: must validate one and only one schema (oneOf), {n} matched"
                ),
            });
        }
    }
    if let Some(branches) = schema["anyOf"].as_array()
        && !branches.iter().any(|b| passes(b, &snapshot))
    {
        out.push(Violation {
            field: path.to_string(),
            message: "Invalid value: must validate at least one schema (anyOf)".into(),
        });
    }
    for branch in schema["allOf"].as_array().into_iter().flatten() {
        if !passes(branch, &snapshot) {
            out.push(Violation {
                field: path.to_string(),
                message: "Invalid value: must validate all the schemas (allOf)".into(),
            });
        }
    }
    if let Some(not) = schema.get("not")
        && passes(not, &snapshot)
    {
        out.push(Violation {
            field: path.to_string(),
            message: "Invalid value: must not validate the schema (not)".into(),
        });
    }
}

fn check(schema: &Value, v: &mut Value, path: &str, strict: bool, out: &mut Vec<Violation>) {
    if v.is_null() && schema["nullable"] == Value::Bool(true) {
        return;
    }
    if !type_ok(schema, v) {
        let expected = schema["type"].as_str().unwrap_or("integer or string");
        out.push(Violation {
            field: path.to_string(),
            message: format!(
                "Invalid value: \"{}\": {path} in body must be of type {expected}: \"{}\"",
                type_name(v),
                type_name(v)
            ),
        });
        return;
    }
    check_constraints(schema, v, path, out);
    let preserve = schema["x-kubernetes-preserve-unknown-fields"] == Value::Bool(true);
    match v {
        Value::Object(map) => check_object(schema, map, path, strict, preserve, out),
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for (i, item) in items.iter_mut().enumerate() {
                    check(item_schema, item, &format!("{path}[{i}]"), strict, out);
                }
            }
        }
        _ => {}
    }
}

fn check_object(
    schema: &Value,
    map: &mut Map<String, Value>,
    path: &str,
    strict: bool,
    preserve: bool,
    out: &mut Vec<Violation>,
) {
    let props = schema["properties"].as_object();
    let additional = schema.get("additionalProperties");
    let mut unknown_keys = Vec::new();
    for (key, value) in map.iter_mut() {
        let child = join(path, key);
        match (props.and_then(|p| p.get(key)), additional) {
            (Some(sub), _) => check(sub, value, &child, strict, out),
            (None, Some(Value::Object(_))) => {
                if let Some(sub) = additional {
                    check(sub, value, &child, strict, out)
                }
            }
            (None, Some(Value::Bool(true))) => {}
            _ if preserve => {}
            _ => unknown_keys.push(key.clone()),
        }
    }
    if strict {
        out.extend(unknown_keys.iter().map(|k| unknown(&join(path, k))));
    } else {
        for key in unknown_keys {
            map.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema() -> Value {
        json!({"type": "object", "properties": {"spec": {"type": "object", "required": ["host"],
        "properties": {
          "host": {"type": "string", "minLength": 1},
          "port": {"type": "integer", "minimum": 1, "maximum": 65535},
          "mode": {"type": "string", "enum": ["A", "B"]},
          "target": {"x-kubernetes-int-or-string": true},
          "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
          "labels": {"type": "object", "additionalProperties": {"type": "string"}},
          "hash": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
                   "oneOf": [{"not": {"anyOf": [{"required": ["a"]}, {"required": ["b"]}]}},
                             {"required": ["a"]}, {"required": ["b"]}]}
        }}}})
    }

    #[test]
    fn accepts_a_valid_object_and_prunes_unknown_fields() {
        let mut obj = json!({"spec": {"host": "h", "port": 80, "mode": "A", "target": "50%",
            "free": {"x": 1}, "labels": {"k": "v"}, "hash": {"a": "x"}, "extra": 1}});
        assert_eq!(validate(&schema(), &mut obj, false), vec![]);
        assert!(obj["spec"].get("extra").is_none());
        assert_eq!(obj["spec"]["free"]["x"], 1);
    }

    #[test]
    fn reports_each_violation_with_its_field_path() {
        let mut obj = json!({"spec": {"port": "80", "mode": "C", "labels": {"k": 1},
            "hash": {"a": "x", "b": "y"}, "extra": 1}});
        let v = validate(&schema(), &mut obj, true);
        let fields: Vec<&str> = v.iter().map(|v| v.field.as_str()).collect();
        for expected in [
            "spec.host",
            "spec.port",
            "spec.mode",
            "spec.labels.k",
            "spec.hash",
            "spec.extra",
        ] {
            assert!(fields.contains(&expected), "{expected} missing from {v:?}");
        }
    }

    #[test]
    fn bounds_are_enforced() {
        let mut obj = json!({"spec": {"host": "", "port": 70000}});
        let v = validate(&schema(), &mut obj, false);
        assert_eq!(v.len(), 2, "{v:?}");
    }

    #[test]
    fn a_schemaless_root_keeps_every_field_even_when_strict() {
        let free = json!({"type": "object", "x-kubernetes-preserve-unknown-fields": true});
        let mut obj = json!({"spec": {"anything": [1]}, "other": true});
        assert_eq!(validate(&free, &mut obj, true), vec![]);
        assert_eq!(validate(&free, &mut obj, false), vec![]);
        assert_eq!(obj["other"], true);
    }
}
