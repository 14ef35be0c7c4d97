//! The object store: one map of JSON objects, a global resourceVersion and an event history.

use crate::apply::{self, ApplyRequest};
use crate::resources::ResourceType;
use crate::selector::{FieldSelector, LabelSelector};
use crate::status::{ApiError, now_rfc3339};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::sync::Arc;
use tokio::sync::broadcast;

/// Storage key: versions of one resource share storage, as in the real server.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key {
    pub group: String,
    pub plural: String,
    pub namespace: String,
    pub name: String,
}

impl Key {
    pub fn new(rt: &ResourceType, namespace: Option<&str>, name: &str) -> Self {
        Key {
            group: rt.group.clone(),
            plural: rt.plural.clone(),
            namespace: if rt.namespaced {
                namespace.unwrap_or_default().to_string()
            } else {
                String::new()
            },
            name: name.to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventType {
    Added,
    Modified,
    Deleted,
}

impl EventType {
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::Added => "ADDED",
            EventType::Modified => "MODIFIED",
            EventType::Deleted => "DELETED",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Event {
    pub rv: u64,
    pub kind: EventType,
    pub key: Key,
    pub object: Value,
}

/// How one write is done: who writes it, and the query options that change its effect.
#[derive(Debug, Clone, Copy)]
pub struct WriteOptions<'a> {
    /// The field manager; `None` keeps the `managedFields` the caller computed (apply).
    pub manager: Option<&'a str>,
    pub dry_run: bool,
    /// `fieldValidation=Strict`: unknown fields are errors instead of being pruned.
    pub strict: bool,
}

pub struct Store {
    objects: BTreeMap<Key, Value>,
    rv: u64,
    uid: u64,
    history: Vec<Arc<Event>>,
    events: broadcast::Sender<Arc<Event>>,
}

impl Default for Store {
    fn default() -> Self {
        Store {
            objects: BTreeMap::new(),
            rv: 1000,
            uid: 0,
            history: Vec::new(),
            events: broadcast::channel(4096).0,
        }
    }
}

/// Rewrites the stored object to the version the client asked for (no schema conversion:
/// the served versions of the CRDs used here are identical, which is Istio's `None` strategy).
pub fn as_version(rt: &ResourceType, mut object: Value) -> Value {
    object["apiVersion"] = json!(rt.api_version());
    object["kind"] = json!(rt.kind);
    object
}

/// A stored object serialized as `api_version`/`kind` without copying it.
pub struct Versioned<'a> {
    pub object: &'a Value,
    pub api_version: &'a str,
    pub kind: &'a str,
}

impl serde::Serialize for Versioned<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let fields = self.object.as_object();
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("apiVersion", self.api_version)?;
        map.serialize_entry("kind", self.kind)?;
        for (k, v) in fields.into_iter().flatten() {
            if k != "apiVersion" && k != "kind" {
                map.serialize_entry(k, v)?;
            }
        }
        map.end()
    }
}

fn apply_conflict(rt: &ResourceType, name: &str, conflicts: &[apply::Conflict]) -> ApiError {
    let lines: Vec<String> = conflicts
        .iter()
        .map(|c| format!("conflict with \"{}\": {}", c.manager, c.field))
        .collect();
    let causes: Vec<Value> = conflicts
        .iter()
        .map(|c| json!({"reason": "FieldManagerConflict", "message": format!("conflict with \"{}\"", c.manager), "field": c.field}))
        .collect();
    let plural = if conflicts.len() == 1 { "" } else { "s" };
    ApiError::new(
        409,
        "Conflict",
        format!(
            "Apply failed with {} conflict{plural}: {}",
            conflicts.len(),
            lines.join("\n")
        ),
    )
    .with_details(json!({"name": name, "group": rt.group, "kind": rt.plural, "causes": causes}))
}

fn spec_changed(old: &Value, new: &Value) -> bool {
    let strip = |v: &Value| {
        let mut v = v.clone();
        if let Value::Object(m) = &mut v {
            m.remove("metadata");
            m.remove("status");
        }
        v
    };
    strip(old) != strip(new)
}

impl Store {
    pub fn resource_version(&self) -> u64 {
        self.rv
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Event>> {
        self.events.subscribe()
    }

    pub fn history_since(&self, rv: u64) -> Vec<Arc<Event>> {
        let start = self.history.partition_point(|e| e.rv <= rv);
        self.history[start..].to_vec()
    }

    fn record(&mut self, kind: EventType, key: Key, object: Value) {
        let event = Arc::new(Event {
            rv: self.rv,
            kind,
            key,
            object,
        });
        self.history.push(event.clone());
        let _ = self.events.send(event);
    }

    pub fn get(&self, rt: &ResourceType, ns: Option<&str>, name: &str) -> Result<Value, ApiError> {
        self.objects
            .get(&Key::new(rt, ns, name))
            .map(|o| as_version(rt, o.clone()))
            .ok_or_else(|| ApiError::not_found(&rt.group_resource(), name))
    }

    pub fn list(
        &self,
        rt: &ResourceType,
        ns: Option<&str>,
        labels: &LabelSelector,
        fields: &FieldSelector,
    ) -> Vec<Value> {
        self.list_refs(rt, ns, labels, fields)
            .into_iter()
            .map(|o| as_version(rt, o.clone()))
            .collect()
    }

    /// Like [`Store::list`] without copying: large lists are serialized straight from the store.
    pub fn list_refs(
        &self,
        rt: &ResourceType,
        ns: Option<&str>,
        labels: &LabelSelector,
        fields: &FieldSelector,
    ) -> Vec<&Value> {
        self.objects
            .iter()
            .filter(|(k, _)| k.group == rt.group && k.plural == rt.plural)
            .filter(|(k, _)| ns.is_none_or(|n| k.namespace == n))
            .filter(|(_, o)| labels.matches(o["metadata"].get("labels")) && fields.matches(o))
            .map(|(_, o)| o)
            .collect()
    }

    /// Namespaced writes need the namespace to exist, as in the real server.
    fn check_namespace(&self, rt: &ResourceType, ns: Option<&str>) -> Result<(), ApiError> {
        if !rt.namespaced {
            return Ok(());
        }
        let ns = ns.unwrap_or_default();
        let key = Key {
            group: String::new(),
            plural: "namespaces".into(),
            namespace: String::new(),
            name: ns.into(),
        };
        if self.objects.contains_key(&key) {
            Ok(())
        } else {
            Err(ApiError::not_found("namespaces", ns))
        }
    }

    pub fn create(
        &mut self,
        rt: &ResourceType,
        ns: Option<&str>,
        mut object: Value,
        opts: WriteOptions,
    ) -> Result<Value, ApiError> {
        self.check_namespace(rt, ns)?;
        let name = match object["metadata"]["name"].as_str() {
            Some(n) if !n.is_empty() => n.to_string(),
            _ => match object["metadata"]["generateName"].as_str() {
                Some(prefix) => format!("{prefix}{:05x}", self.uid + 1),
                None => {
                    return Err(ApiError::invalid(
                        &rt.kind,
                        "",
                        vec![(
                            "metadata.name".into(),
                            "Required value: name or generateName is required".into(),
                        )],
                    ));
                }
            },
        };
        crate::admission::validate_name(rt, &name)?;
        let key = Key::new(rt, ns, &name);
        if self.objects.contains_key(&key) {
            return Err(ApiError::already_exists(&rt.group_resource(), &name));
        }
        let now = now_rfc3339();
        object = as_version(rt, object);
        let meta = &mut object["metadata"];
        meta["name"] = json!(name);
        if rt.namespaced {
            meta["namespace"] = json!(key.namespace);
        } else if let Value::Object(m) = meta {
            m.remove("namespace");
        }
        if let Value::Object(m) = meta {
            m.remove("resourceVersion");
            if opts.manager.is_some() {
                m.remove("managedFields");
            }
        }
        if rt.kind == "Namespace" && object["status"]["phase"].is_null() {
            object["status"] = json!({"phase": "Active"});
        }
        if let Some(manager) = opts.manager {
            apply::record_update(&json!({}), &mut object, manager, &rt.api_version(), &now);
        }
        crate::admission::admit(rt, &mut object, opts.strict)?;
        if opts.dry_run {
            return Ok(object);
        }
        self.uid += 1;
        self.rv += 1;
        let meta = &mut object["metadata"];
        meta["uid"] = json!(format!("00000000-0000-4000-8000-{:012x}", self.uid));
        meta["creationTimestamp"] = json!(now);
        meta["generation"] = json!(1);
        meta["resourceVersion"] = json!(self.rv.to_string());
        self.objects.insert(key.clone(), object.clone());
        self.record(EventType::Added, key, object.clone());
        Ok(object)
    }

    /// Replaces an object. `status_only` is a write to the `status` subresource.
    pub fn update(
        &mut self,
        rt: &ResourceType,
        ns: Option<&str>,
        name: &str,
        mut object: Value,
        status_only: bool,
        opts: WriteOptions,
    ) -> Result<Value, ApiError> {
        let key = Key::new(rt, ns, name);
        let old = self
            .objects
            .get(&key)
            .cloned()
            .ok_or_else(|| ApiError::not_found(&rt.group_resource(), name))?;
        if let Some(rv) = object["metadata"]["resourceVersion"]
            .as_str()
            .filter(|s| !s.is_empty())
            && Some(rv) != old["metadata"]["resourceVersion"].as_str()
        {
            return Err(ApiError::conflict(&rt.group_resource(), name));
        }
        if object["metadata"]["name"]
            .as_str()
            .is_some_and(|n| n != name)
        {
            return Err(ApiError::bad_request(format!(
                "the name of the object ({}) does not match the name on the URL ({name})",
                object["metadata"]["name"].as_str().unwrap_or_default()
            )));
        }
        object = as_version(rt, object);
        if status_only {
            let mut merged = old.clone();
            merged["status"] = object["status"].clone();
            object = merged;
        } else if rt.has_status {
            object["status"] = old["status"].clone();
            if object["status"].is_null()
                && let Value::Object(m) = &mut object
            {
                m.remove("status");
            }
        }
        // Server-owned metadata cannot be changed by clients.
        for field in [
            "uid",
            "creationTimestamp",
            "generation",
            "namespace",
            "name",
        ] {
            object["metadata"][field] = old["metadata"][field].clone();
        }
        if object["metadata"]["managedFields"].is_null() {
            object["metadata"]["managedFields"] = old["metadata"]["managedFields"].clone();
        }
        if let Some(manager) = opts.manager {
            apply::record_update(
                &old,
                &mut object,
                manager,
                &rt.api_version(),
                &now_rfc3339(),
            );
        }
        crate::admission::admit(rt, &mut object, opts.strict)?;
        if spec_changed(&old, &object) {
            let generation = old["metadata"]["generation"].as_i64().unwrap_or(1) + 1;
            object["metadata"]["generation"] = json!(generation);
        }
        object["metadata"]["resourceVersion"] = old["metadata"]["resourceVersion"].clone();
        if object == old || opts.dry_run {
            return Ok(object);
        }
        self.rv += 1;
        object["metadata"]["resourceVersion"] = json!(self.rv.to_string());
        self.objects.insert(key.clone(), object.clone());
        self.record(EventType::Modified, key, object.clone());
        Ok(object)
    }

    /// Server-side apply: creates the object when it does not exist.
    pub fn apply(
        &mut self,
        rt: &ResourceType,
        ns: Option<&str>,
        name: &str,
        applied: Value,
        force: bool,
        opts: WriteOptions,
    ) -> Result<Value, ApiError> {
        let manager = opts.manager.unwrap_or_default();
        let live = self.objects.get(&Key::new(rt, ns, name)).cloned();
        let now = now_rfc3339();
        let api_version = rt.api_version();
        let req = ApplyRequest {
            manager,
            applied: &applied,
            force,
            api_version: &api_version,
            now: &now,
        };
        let mut merged = apply::apply(live.as_ref().unwrap_or(&json!({})), &req)
            .map_err(|conflicts| apply_conflict(rt, name, &conflicts))?;
        let opts = WriteOptions {
            manager: None,
            ..opts
        };
        match live {
            None => self.create(rt, ns, merged, opts),
            Some(_) => {
                merged["metadata"]["resourceVersion"] = json!(null);
                self.update(rt, ns, name, merged, false, opts)
            }
        }
    }

    pub fn delete(
        &mut self,
        rt: &ResourceType,
        ns: Option<&str>,
        name: &str,
        dry_run: bool,
    ) -> Result<Value, ApiError> {
        let key = Key::new(rt, ns, name);
        let object = self
            .objects
            .get(&key)
            .cloned()
            .ok_or_else(|| ApiError::not_found(&rt.group_resource(), name))?;
        if dry_run {
            return Ok(object);
        }
        if rt.kind == "Namespace" {
            // Namespace deletion removes everything in it (the real server does it in the background).
            let contents: Vec<Key> = self
                .objects
                .keys()
                .filter(|k| k.namespace == name)
                .cloned()
                .collect();
            for k in contents {
                if let Some(o) = self.objects.remove(&k) {
                    self.rv += 1;
                    self.record(EventType::Deleted, k, o);
                }
            }
        }
        self.objects.remove(&key);
        self.rv += 1;
        self.record(EventType::Deleted, key, object.clone());
        Ok(as_version(rt, object))
    }

    /// Every stored object, for tests and the standalone dump.
    pub fn all(&self) -> impl Iterator<Item = (&Key, &Value)> {
        self.objects.iter()
    }
}
