//! Resource requests: get, list, create, update, patch (merge, JSON, apply), delete.

use crate::discovery;
use crate::patch;
use crate::resources::ResourceType;
use crate::routes::Target;
use crate::selector::{FieldSelector, LabelSelector};
use crate::server::Shared;
use crate::status::{ApiError, success};
use crate::store::WriteOptions;
use serde_json::{Value, json};
use std::collections::HashMap;

/// A decoded resource request.
pub struct Call<'a> {
    pub verb: &'a str,
    pub target: &'a Target,
    pub query: &'a HashMap<String, String>,
    pub body: &'a [u8],
    pub content_type: &'a str,
    pub user_agent: &'a str,
    pub wants_table: bool,
}

impl Call<'_> {
    fn ns(&self) -> Option<&str> {
        self.target.namespace.as_deref()
    }

    fn name(&self) -> &str {
        self.target.name.as_deref().unwrap_or_default()
    }

    fn dry_run(&self) -> bool {
        self.query.get("dryRun").is_some_and(|v| v == "All")
    }

    /// The field manager: the query parameter, else the user agent's program name (as the real
    /// server does for updates).
    fn manager(&self) -> String {
        match self.query.get("fieldManager") {
            Some(m) if !m.is_empty() => m.clone(),
            _ => self
                .user_agent
                .split('/')
                .next()
                .unwrap_or("unknown")
                .to_string(),
        }
    }

    fn options<'m>(&self, manager: &'m str) -> WriteOptions<'m> {
        WriteOptions {
            manager: Some(manager),
            dry_run: self.dry_run(),
            strict: self
                .query
                .get("fieldValidation")
                .is_some_and(|v| v == "Strict"),
        }
    }

    fn status_only(&self) -> bool {
        self.target.subresource.as_deref() == Some("status")
    }
}

pub fn label_selector(query: &HashMap<String, String>) -> Result<LabelSelector, ApiError> {
    LabelSelector::parse(
        query
            .get("labelSelector")
            .map(String::as_str)
            .unwrap_or_default(),
    )
    .map_err(ApiError::bad_request)
}

pub fn field_selector(
    query: &HashMap<String, String>,
    rt: &ResourceType,
) -> Result<FieldSelector, ApiError> {
    FieldSelector::parse(
        query
            .get("fieldSelector")
            .map(String::as_str)
            .unwrap_or_default(),
        &rt.kind,
    )
    .map_err(ApiError::bad_request)
}

fn parse_body(call: &Call) -> Result<Value, ApiError> {
    let text = std::str::from_utf8(call.body)
        .map_err(|_| ApiError::bad_request("request body is not UTF-8"))?;
    if call.content_type.contains("yaml") {
        let docs = crate::yaml::documents(text)
            .map_err(|e| ApiError::bad_request(format!("error decoding YAML: {e}")))?;
        docs.into_iter()
            .next()
            .ok_or_else(|| ApiError::bad_request("empty request body"))
    } else {
        serde_json::from_str(text)
            .map_err(|e| ApiError::bad_request(format!("error decoding JSON: {e}")))
    }
}

/// The body of a create/update/apply must be the kind of the URL.
fn check_kind(rt: &ResourceType, body: &Value) -> Result<(), ApiError> {
    let kind_ok = body["kind"].as_str().is_none_or(|k| k == rt.kind);
    let group_ok = body["apiVersion"]
        .as_str()
        .is_none_or(|av| av.rsplit_once('/').map(|(g, _)| g).unwrap_or("") == rt.group);
    if kind_ok && group_ok {
        Ok(())
    } else {
        Err(ApiError::bad_request(format!(
            "the API version in the data ({}) does not match the expected API version ({})",
            body["apiVersion"].as_str().unwrap_or_default(),
            rt.api_version()
        )))
    }
}

pub fn handle(shared: &mut Shared, rt: &ResourceType, call: &Call) -> Result<Value, ApiError> {
    let result = dispatch(shared, rt, call);
    // A CRD written through the API is served from then on, as the real server does (what a
    // chart's CRDs need); its types join the registry once.
    if let Ok(object) = &result
        && rt.kind == "CustomResourceDefinition"
        && matches!(call.verb, "create" | "update" | "patch")
        && !call.dry_run()
        && let Ok(crd) = crate::resources::parse_crd(object.clone())
    {
        for t in crd.types {
            if shared
                .registry
                .find(&t.group, &t.version, &t.plural)
                .is_none()
            {
                shared.registry.types.push(t);
            }
        }
    }
    result
}

fn dispatch(shared: &mut Shared, rt: &ResourceType, call: &Call) -> Result<Value, ApiError> {
    if rt.create_only {
        return access_review(shared, call);
    }
    let manager = call.manager();
    match call.verb {
        "get" => shared.store.get(rt, call.ns(), call.name()),
        "list" => list(shared, rt, call),
        "create" => {
            let body = parse_body(call)?;
            check_kind(rt, &body)?;
            shared
                .store
                .create(rt, call.ns(), body, call.options(&manager))
        }
        "update" => {
            let body = parse_body(call)?;
            check_kind(rt, &body)?;
            shared.store.update(
                rt,
                call.ns(),
                call.name(),
                body,
                call.status_only(),
                call.options(&manager),
            )
        }
        "patch" => patch(shared, rt, call, &manager),
        "delete" => shared
            .store
            .delete(rt, call.ns(), call.name(), call.dry_run())
            .map(|o| {
                if rt.group.is_empty() && rt.kind == "Namespace" {
                    o
                } else {
                    success(call.name(), &rt.group, &rt.plural)
                }
            }),
        "deletecollection" => {
            let objects = list_objects(shared, rt, call)?;
            for o in &objects {
                let name = o["metadata"]["name"].as_str().unwrap_or_default();
                let ns = o["metadata"]["namespace"].as_str();
                shared.store.delete(rt, ns, name, call.dry_run())?;
            }
            Ok(
                json!({"kind": format!("{}List", rt.kind), "apiVersion": rt.api_version(),
                      "metadata": {}, "items": objects}),
            )
        }
        other => Err(ApiError::new(
            405,
            "MethodNotAllowed",
            format!("verb {other} is not supported"),
        )),
    }
}

fn list_objects(shared: &Shared, rt: &ResourceType, call: &Call) -> Result<Vec<Value>, ApiError> {
    let labels = label_selector(call.query)?;
    let fields = field_selector(call.query, rt)?;
    Ok(shared.store.list(rt, call.ns(), &labels, &fields))
}

/// A list answered as bytes, serialized straight from the store (the common, large case).
pub fn list_bytes(shared: &Shared, rt: &ResourceType, call: &Call) -> Result<Vec<u8>, ApiError> {
    #[derive(serde::Serialize)]
    struct Envelope<'a> {
        kind: String,
        #[serde(rename = "apiVersion")]
        api_version: String,
        metadata: Value,
        items: Vec<crate::store::Versioned<'a>>,
    }
    let labels = label_selector(call.query)?;
    let fields = field_selector(call.query, rt)?;
    let all = shared.store.list_refs(rt, call.ns(), &labels, &fields);
    let offset: usize = call
        .query
        .get("continue")
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let limit: usize = call
        .query
        .get("limit")
        .and_then(|l| l.parse().ok())
        .filter(|l| *l > 0)
        .unwrap_or(usize::MAX);
    let total = all.len();
    let api_version = rt.api_version();
    let items = all
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|object| crate::store::Versioned {
            object,
            api_version: &api_version,
            kind: &rt.kind,
        })
        .collect();
    let mut metadata = json!({"resourceVersion": shared.store.resource_version().to_string()});
    if offset.saturating_add(limit) < total {
        metadata["continue"] = json!((offset + limit).to_string());
        metadata["remainingItemCount"] = json!(total - offset - limit);
    }
    let envelope = Envelope {
        kind: format!("{}List", rt.kind),
        api_version: api_version.clone(),
        metadata,
        items,
    };
    serde_json::to_vec(&envelope).map_err(|e| ApiError::new(500, "InternalError", e.to_string()))
}

/// `kubectl get` asks for a server-side Table; other lists go through [`list_bytes`].
fn list(shared: &Shared, rt: &ResourceType, call: &Call) -> Result<Value, ApiError> {
    let items = list_objects(shared, rt, call)?;
    Ok(discovery::table(
        &items,
        &shared.store.resource_version().to_string(),
    ))
}

fn patch(
    shared: &mut Shared,
    rt: &ResourceType,
    call: &Call,
    manager: &str,
) -> Result<Value, ApiError> {
    let body = parse_body(call)?;
    let opts = call.options(manager);
    if call.content_type.starts_with("application/apply-patch") {
        if !call.query.contains_key("fieldManager") {
            return Err(ApiError::bad_request(
                "PATCH requests with apply content type must set the fieldManager parameter",
            ));
        }
        check_kind(rt, &body)?;
        if body["metadata"]["name"]
            .as_str()
            .is_some_and(|n| n != call.name())
        {
            return Err(ApiError::bad_request(
                "the name in the applied object does not match the name on the URL",
            ));
        }
        let force = call.query.get("force").is_some_and(|f| f == "true");
        return shared
            .store
            .apply(rt, call.ns(), call.name(), body, force, opts);
    }
    let mut live = shared.store.get(rt, call.ns(), call.name())?;
    let base_rv = live["metadata"]["resourceVersion"].clone();
    if call.content_type.starts_with("application/json-patch") {
        patch::json_patch(&mut live, &body).map_err(|e| ApiError::new(422, "Invalid", e))?;
    } else if call.content_type.starts_with("application/merge-patch")
        || call
            .content_type
            .starts_with("application/strategic-merge-patch")
    {
        // Strategic merge patch is treated as a JSON merge patch (no patch strategies).
        patch::merge_patch(&mut live, &body);
    } else {
        return Err(ApiError::new(
            415,
            "UnsupportedMediaType",
            format!(
                "the body of the request was in an unknown format: {}",
                call.content_type
            ),
        ));
    }
    // A patch that carries a resourceVersion is a precondition; otherwise it patches the latest.
    if body
        .get("metadata")
        .and_then(|m| m.get("resourceVersion"))
        .is_none()
    {
        live["metadata"]["resourceVersion"] = base_rv;
    }
    shared
        .store
        .update(rt, call.ns(), call.name(), live, call.status_only(), opts)
}

fn access_review(shared: &Shared, call: &Call) -> Result<Value, ApiError> {
    let mut review = parse_body(call)?;
    let attrs = &review["spec"]["resourceAttributes"];
    let field = |k: &str| attrs[k].as_str().unwrap_or_default().to_string();
    let (verb, group, resource, ns) = (
        field("verb"),
        field("group"),
        field("resource"),
        field("namespace"),
    );
    let denied = shared
        .denials
        .iter()
        .any(|d| d.denies(&verb, &group, &resource, &ns));
    review["status"] = if denied {
        json!({"allowed": false, "reason": "denied by the test server's RBAC rules"})
    } else {
        json!({"allowed": true, "reason": "allowed by the test server"})
    };
    review["apiVersion"] = json!("authorization.k8s.io/v1");
    review["kind"] = json!("SelfSubjectAccessReview");
    Ok(review)
}
