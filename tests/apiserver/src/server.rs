//! The HTTP side: accept loop, authentication, faults, RBAC denials, request log, dispatch.

use crate::control::{Denial, Fault, FaultAction, RequestRecord, forbidden};
use crate::controllers::Controllers;
use crate::handlers::{self, Call};
use crate::resources::Registry;
use crate::routes::{self, Route, Target};
use crate::status::ApiError;
use crate::store::Store;
use crate::{discovery, watch};
use bytes::Bytes;
use http_body_util::{BodyExt, Full, combinators::BoxBody};
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use serde_json::Value;
use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex, MutexGuard};

pub type Body = BoxBody<Bytes, Infallible>;

/// Everything one server instance holds; tests reach it through `TestServer`.
pub struct Shared {
    pub registry: Registry,
    pub store: Store,
    pub log: Vec<RequestRecord>,
    pub faults: Vec<Fault>,
    pub denials: Vec<Denial>,
    /// Bearer token every request must carry; `None` accepts anonymous requests.
    pub token: Option<String>,
    pub controllers: Controllers,
    pub address: String,
}

pub type State = Arc<Mutex<Shared>>;

pub fn lock(state: &State) -> MutexGuard<'_, Shared> {
    // A panicking test must not poison the server for the tests that follow.
    state.lock().unwrap_or_else(|p| p.into_inner())
}

pub fn json_response(code: u16, value: &Value) -> Response<Body> {
    let body = serde_json::to_vec(value).unwrap_or_default();
    Response::builder()
        .status(StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body)).boxed())
        .unwrap_or_else(|_| Response::new(Full::new(Bytes::new()).boxed()))
}

fn bytes_response(body: Vec<u8>) -> Response<Body> {
    Response::builder()
        .status(StatusCode::OK)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body)).boxed())
        .unwrap_or_else(|_| Response::new(Full::new(Bytes::new()).boxed()))
}

pub fn error_response(e: &ApiError) -> Response<Body> {
    json_response(e.code, &e.to_status())
}

fn verb_for(method: &str, target: Option<&Target>, query: &HashMap<String, String>) -> String {
    let named = target.is_some_and(|t| t.name.is_some());
    let watching = query.get("watch").is_some_and(|w| w == "true" || w == "1");
    match (method, named) {
        (_, _) if target.is_none() => "discovery",
        ("GET", _) if watching => "watch",
        ("GET", true) => "get",
        ("GET", false) => "list",
        ("POST", _) => "create",
        ("PUT", _) => "update",
        ("PATCH", _) => "patch",
        ("DELETE", true) => "delete",
        ("DELETE", false) => "deletecollection",
        _ => "unknown",
    }
    .to_string()
}

/// The error a dropped connection surfaces as inside hyper.
#[derive(Debug)]
pub struct Dropped;
impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}
impl std::error::Error for Dropped {}

pub async fn serve(state: State, req: Request<Incoming>) -> Result<Response<Body>, Dropped> {
    let started = std::time::Instant::now();
    let method = req.method().as_str().to_string();
    let path = req.uri().path().to_string();
    let raw_query = req.uri().query().unwrap_or_default().to_string();
    let header = |name: &str| {
        req.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let (auth, content_type, user_agent, accept) = (
        header("authorization"),
        header("content-type"),
        header("user-agent"),
        header("accept"),
    );
    let body = req
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let query = routes::query(&raw_query);
    let route = routes::route(&path);
    let target = match &route {
        Route::Object(t) => Some(t.clone()),
        _ => None,
    };
    let verb = verb_for(&method, target.as_ref(), &query);
    let mut record = RequestRecord {
        method,
        verb: verb.clone(),
        path: path.clone(),
        query: raw_query,
        group: target.as_ref().map(|t| t.group.clone()).unwrap_or_default(),
        resource: target
            .as_ref()
            .map(|t| t.plural.clone())
            .unwrap_or_default(),
        subresource: target
            .as_ref()
            .and_then(|t| t.subresource.clone())
            .unwrap_or_default(),
        namespace: target
            .as_ref()
            .and_then(|t| t.namespace.clone())
            .unwrap_or_default(),
        name: target
            .as_ref()
            .and_then(|t| t.name.clone())
            .unwrap_or_default(),
        status: 0,
        user_agent: user_agent.clone(),
        dry_run: query.get("dryRun").is_some_and(|v| v == "All"),
        micros: 0,
    };
    let mut shared = lock(&state);
    if let Some(token) = &shared.token
        && auth != format!("Bearer {token}")
    {
        record.status = 401;
        shared.log.push(record);
        return Ok(error_response(&ApiError::new(
            401,
            "Unauthorized",
            "Unauthorized",
        )));
    }
    let fault = shared
        .faults
        .iter_mut()
        .find_map(|f| f.hit(&verb, &record.resource).then(|| f.action.clone()));
    match fault {
        Some(FaultAction::DropConnection) => {
            record.status = 0;
            shared.log.push(record);
            return Err(Dropped);
        }
        Some(FaultAction::Status(code)) => {
            record.status = code;
            shared.log.push(record);
            let e = ApiError::new(
                code,
                "InternalError",
                format!("injected fault: HTTP {code}"),
            );
            return Ok(error_response(&e));
        }
        None => {}
    }
    let response = match route {
        Route::Version => Ok(json_response(200, &discovery::version())),
        Route::CoreVersions => Ok(json_response(
            200,
            &discovery::core_versions(&shared.address),
        )),
        Route::Groups => Ok(json_response(200, &discovery::groups(&shared.registry))),
        Route::Group(g) => group_document(&shared, &g),
        Route::Resources { group, version } => {
            discovery::resource_list(&shared.registry, &group, &version)
                .map(|v| json_response(200, &v))
                .ok_or_else(|| {
                    ApiError::new(
                        404,
                        "NotFound",
                        "the server could not find the requested resource",
                    )
                })
        }
        Route::NotFound => Err(ApiError::new(
            404,
            "NotFound",
            "the server could not find the requested resource",
        )),
        Route::Object(t) => {
            let call = Call {
                verb: &verb,
                target: &t,
                query: &query,
                body: &body,
                content_type: &content_type,
                user_agent: &user_agent,
                wants_table: accept.contains("as=Table"),
            };
            match resource(&state, &mut shared, &call) {
                Ok(Dispatch::Done(v, code)) => Ok(json_response(code, &v)),
                Ok(Dispatch::Bytes(bytes)) => Ok(bytes_response(bytes)),
                Ok(Dispatch::Watch(w)) => Ok(w),
                Err(e) => Err(e),
            }
        }
    };
    let response = response.unwrap_or_else(|e| error_response(&e));
    record.status = response.status().as_u16();
    record.micros = started.elapsed().as_micros();
    shared.log.push(record);
    Ok(response)
}

fn group_document(shared: &Shared, group: &str) -> Result<Response<Body>, ApiError> {
    let groups = discovery::groups(&shared.registry);
    groups["groups"]
        .as_array()
        .and_then(|gs| gs.iter().find(|g| g["name"] == group))
        .map(|g| {
            let mut g = g.clone();
            g["kind"] = "APIGroup".into();
            g["apiVersion"] = "v1".into();
            json_response(200, &g)
        })
        .ok_or_else(|| {
            ApiError::new(
                404,
                "NotFound",
                "the server could not find the requested resource",
            )
        })
}

enum Dispatch {
    Done(Value, u16),
    Bytes(Vec<u8>),
    Watch(Response<Body>),
}

fn resource(state: &State, shared: &mut Shared, call: &Call) -> Result<Dispatch, ApiError> {
    let t = call.target;
    let rt = shared
        .registry
        .find(&t.group, &t.version, &t.plural)
        .cloned()
        .ok_or_else(|| {
            ApiError::new(
                404,
                "NotFound",
                "the server could not find the requested resource",
            )
        })?;
    let ns = t.namespace.clone().unwrap_or_default();
    let denied_verb = if call.verb == "watch" {
        "watch"
    } else {
        call.verb
    };
    if !rt.create_only
        && shared
            .denials
            .iter()
            .any(|d| d.denies(denied_verb, &rt.group, &rt.plural, &ns))
    {
        let (message, details) = forbidden(
            denied_verb,
            &rt.group,
            &rt.plural,
            call.target.name.as_deref().unwrap_or_default(),
            &ns,
        );
        return Err(ApiError::new(403, "Forbidden", message).with_details(details));
    }
    if call.verb == "watch" {
        return watch::start(shared, &rt, call.target, call.query).map(Dispatch::Watch);
    }
    if call.verb == "list" && !call.wants_table && !rt.create_only {
        return handlers::list_bytes(shared, &rt, call).map(Dispatch::Bytes);
    }
    let value = handlers::handle(shared, &rt, call)?;
    let dry_run = call.query.get("dryRun").is_some_and(|v| v == "All");
    if !dry_run && matches!(call.verb, "create" | "update" | "patch") {
        crate::controllers::after_write(state, shared, &rt, &value);
    }
    let code = if call.verb == "create" { 201 } else { 200 };
    Ok(Dispatch::Done(value, code))
}
