//! Watches: a chunked stream of `{"type": ..., "object": ...}` lines.
//!
//! `resourceVersion` unset or `"0"` starts with synthetic ADDED events for what exists now
//! (the real server's "get state and start at most recent"); any other value replays the
//! history after it. The stream ends after `timeoutSeconds` (default 30 min) or when the
//! server stops.

use crate::handlers::{field_selector, label_selector};
use crate::resources::ResourceType;
use crate::routes::Target;
use crate::server::{Body, Shared};
use crate::status::ApiError;
use crate::store::{Event, EventType, as_version};
use bytes::Bytes;
use http_body_util::BodyExt;
use hyper::Response;
use hyper::body::Frame;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::sync::{broadcast, mpsc};

/// A response body fed by a channel, one chunk per event line.
struct ChannelBody(mpsc::Receiver<Bytes>);

impl hyper::body::Body for ChannelBody {
    type Data = Bytes;
    type Error = Infallible;
    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0.poll_recv(cx).map(|o| o.map(|b| Ok(Frame::data(b))))
    }
}

fn line(kind: &str, object: &Value) -> Bytes {
    let mut text =
        serde_json::to_string(&json!({"type": kind, "object": object})).unwrap_or_default();
    text.push('\n');
    Bytes::from(text)
}

pub fn start(
    shared: &Shared,
    rt: &ResourceType,
    target: &Target,
    query: &HashMap<String, String>,
) -> Result<Response<Body>, ApiError> {
    let labels = label_selector(query)?;
    let fields = field_selector(query, rt)?;
    let namespace = target.namespace.clone();
    let (group, plural) = (rt.group.clone(), rt.plural.clone());
    let matches = move |e: &Event| {
        e.key.group == group
            && e.key.plural == plural
            && namespace.as_deref().is_none_or(|n| e.key.namespace == n)
            && labels.matches(e.object["metadata"].get("labels"))
            && fields.matches(&e.object)
    };
    let since: Option<u64> = query
        .get("resourceVersion")
        .filter(|rv| !rv.is_empty() && *rv != "0")
        .map(|rv| {
            rv.parse()
                .map_err(|_| ApiError::bad_request(format!("invalid resourceVersion {rv:?}")))
        })
        .transpose()?;
    let initial: Vec<Arc<Event>> = match since {
        Some(rv) => shared.store.history_since(rv),
        None => shared
            .store
            .all()
            .map(|(k, o)| {
                Arc::new(Event {
                    rv: 0,
                    kind: EventType::Added,
                    key: k.clone(),
                    object: o.clone(),
                })
            })
            .collect(),
    };
    let initial: Vec<Bytes> = initial
        .iter()
        .filter(|e| matches(e))
        .map(|e| line(e.kind.as_str(), &as_version(rt, e.object.clone())))
        .collect();
    let mut events = shared.store.subscribe();
    let timeout = query
        .get("timeoutSeconds")
        .and_then(|t| t.parse().ok())
        .unwrap_or(1800);
    let version_rt = rt.clone();
    let (tx, rx) = mpsc::channel::<Bytes>(256);
    tokio::spawn(async move {
        for chunk in initial {
            if tx.send(chunk).await.is_err() {
                return;
            }
        }
        let deadline = tokio::time::sleep(Duration::from_secs(timeout));
        tokio::pin!(deadline);
        loop {
            tokio::select! {
                _ = &mut deadline => return,
                received = events.recv() => match received {
                    Ok(e) if matches(&e) => {
                        if tx.send(line(e.kind.as_str(), &as_version(&version_rt, e.object.clone()))).await.is_err() {
                            return;
                        }
                    }
                    Ok(_) => {}
                    // The client fell too far behind or the server stopped: end the watch, as the
                    // real server does; clients re-list.
                    Err(broadcast::error::RecvError::Lagged(_)) | Err(broadcast::error::RecvError::Closed) => return,
                },
            }
        }
    });
    Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .header("transfer-encoding", "chunked")
        .body(ChannelBody(rx).boxed())
        .map_err(|e| ApiError::new(500, "InternalError", e.to_string()))
}
