//! The applier: the only code that writes. Runs a ChangeSet step by step with server-side apply
//! (field manager `fluidos-mesh`), and on any failure or Ctrl-C undoes what it did, in reverse.

use super::client::Connection;
use super::kinds::api_for;
use super::wait;
use crate::error::{Error, Result};
use crate::model::labels::FIELD_MANAGER;
use crate::output::progress::StepProgress;
use crate::plan::{ChangeSet, ObjectRef, Step};
use kube::api::{DeleteParams, DynamicObject, Patch, PatchParams, PostParams, Preconditions};
use serde_json::Value;
use std::time::Duration;

#[derive(Debug, Clone, Copy)]
pub struct ApplyOptions {
    /// Take over fields another manager owns (server-side apply `force`).
    pub force_conflicts: bool,
    /// How long each wait step may take.
    pub timeout: Duration,
}

fn unsupported(target: &ObjectRef) -> Error {
    Error::Input(format!(
        "internal: no API mapping for {} {}",
        target.api_version, target.kind
    ))
}

fn to_dynamic(object: &Value) -> Result<DynamicObject> {
    serde_json::from_value(object.clone())
        .map_err(|e| Error::Input(format!("internal: object is not a Kubernetes object: {e}")))
}

/// The error for a 409 on the per-service lock: another move holds it.
fn lock_taken(object: &Value) -> Error {
    let name = object["metadata"]["name"].as_str().unwrap_or_default();
    let ns = object["metadata"]["namespace"].as_str().unwrap_or_default();
    let service = object["metadata"]["labels"][crate::model::labels::SERVICE]
        .as_str()
        .unwrap_or_default();
    Error::Plan {
        message: format!(
            "another fluidos-mesh change of service {service:?} is in progress (lock configmap/{name} exists)"
        ),
        hint: format!(
            "wait for it to finish; if none is running (it was interrupted), remove the lock: kubectl delete configmap {name} -n {ns}"
        ),
        usage: false,
    }
}

async fn run_step(conn: &Connection, step: &Step, opts: ApplyOptions) -> Result<()> {
    let target = step.target();
    match step {
        Step::Apply { object, .. } => {
            let (api, action) =
                api_for(&conn.client, &target, "patch").ok_or_else(|| unsupported(&target))?;
            let mut params = PatchParams::apply(FIELD_MANAGER);
            params.force = opts.force_conflicts;
            // A field the server does not know must fail loudly, never be dropped silently.
            params.field_validation = Some(kube::api::ValidationDirective::Strict);
            api.patch(&target.name, &params, &Patch::Apply(object))
                .await
                .map(|_| ())
                .map_err(|e| conflict_hint(Error::from_kube(e, action, &conn.server)))
        }
        Step::Create { object } => {
            let (api, action) =
                api_for(&conn.client, &target, "create").ok_or_else(|| unsupported(&target))?;
            let params = PostParams {
                field_manager: Some(FIELD_MANAGER.into()),
                ..Default::default()
            };
            match api.create(&params, &to_dynamic(object)?).await {
                Ok(_) => Ok(()),
                Err(kube::Error::Api(s))
                    if s.code == 409 && target.name.starts_with("fluidos-mesh-lock-") =>
                {
                    Err(lock_taken(object))
                }
                Err(e) => Err(Error::from_kube(e, action, &conn.server)),
            }
        }
        Step::Restore { object } => {
            let (api, action) =
                api_for(&conn.client, &target, "update").ok_or_else(|| unsupported(&target))?;
            let live = api
                .get(&target.name)
                .await
                .map_err(|e| Error::from_kube(e, action.clone(), &conn.server))?;
            let mut restored = to_dynamic(object)?;
            restored.metadata.resource_version = live.metadata.resource_version;
            let params = PostParams {
                field_manager: Some(FIELD_MANAGER.into()),
                ..Default::default()
            };
            api.replace(&target.name, &params, &restored)
                .await
                .map(|_| ())
                .map_err(|e| Error::from_kube(e, action, &conn.server))
        }
        Step::Delete { previous, .. } => {
            let (api, action) =
                api_for(&conn.client, &target, "delete").ok_or_else(|| unsupported(&target))?;
            // Only delete what the plan saw: a changed object (newer resourceVersion) is left alone.
            let preconditions =
                previous["metadata"]["resourceVersion"]
                    .as_str()
                    .map(|rv| Preconditions {
                        resource_version: Some(rv.into()),
                        uid: None,
                    });
            let params = DeleteParams {
                preconditions,
                ..Default::default()
            };
            match api.delete(&target.name, &params).await {
                Ok(_) => Ok(()),
                Err(kube::Error::Api(s)) if s.code == 404 => Ok(()),
                Err(e) => Err(Error::from_kube(e, action, &conn.server)),
            }
        }
        Step::WaitReady { target } => wait::ready(conn, target, opts.timeout).await,
    }
}

fn conflict_hint(e: Error) -> Error {
    match e {
        Error::Api { action, code: 409, message, .. } => Error::Plan {
            message: format!("cannot {}: {message}", action.describe()),
            hint: "another field manager owns these fields; keep theirs, or take them over with --force-conflicts".into(),
            usage: false,
        },
        other => other,
    }
}

/// Runs `cs`. On failure (or Ctrl-C) it undoes the completed steps in reverse order and returns
/// the cause together with what the rollback did.
pub async fn run(
    conn: &Connection,
    cs: &ChangeSet,
    opts: ApplyOptions,
    progress: &mut StepProgress,
) -> Result<()> {
    let mut undo: Vec<Step> = Vec::new();
    for step in &cs.steps {
        progress.start(&step.describe());
        let outcome = tokio::select! {
            r = run_step(conn, step, opts) => r,
            _ = tokio::signal::ctrl_c() => Err(Error::Input("interrupted (Ctrl-C)".into())),
        };
        match outcome {
            Ok(()) => {
                progress.finish(true);
                if let Some(inverse) = step.inverse() {
                    undo.push(inverse);
                }
            }
            Err(cause) => {
                progress.finish(false);
                let rollback = roll_back(conn, undo, opts, progress).await;
                return Err(Error::Aborted {
                    cause: Box::new(cause),
                    rollback,
                });
            }
        }
    }
    Ok(())
}

async fn roll_back(
    conn: &Connection,
    undo: Vec<Step>,
    opts: ApplyOptions,
    progress: &mut StepProgress,
) -> String {
    if undo.is_empty() {
        return "nothing was changed".into();
    }
    let mut failures = Vec::new();
    let total = undo.len();
    for step in undo.into_iter().rev() {
        progress.start(&format!("roll back: {}", step.describe()));
        let ok = run_step(conn, &step, opts).await;
        progress.finish(ok.is_ok());
        if let Err(e) = ok {
            failures.push(format!("{}: {e}", step.describe()));
        }
    }
    if failures.is_empty() {
        format!(
            "rolled back: the {total} completed change(s) were undone; the cluster is as it was"
        )
    } else {
        format!(
            "ROLLBACK INCOMPLETE, fix by hand:\n  - {}",
            failures.join("\n  - ")
        )
    }
}
