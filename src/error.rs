//! The one error type. Every variant says what failed and how to fix it.

use std::path::PathBuf;

/// A process exit code, as documented in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Success = 0,
    Failure = 1,
    Usage = 2,
}

/// The API request an error belongs to, so that messages can name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub verb: &'static str,
    pub group: String,
    pub resource: String,
    pub namespace: Option<String>,
    pub name: Option<String>,
}

impl Action {
    /// `list nodes` / `patch deployments.apps "s0" in namespace "demo"`.
    pub fn describe(&self) -> String {
        let resource = if self.group.is_empty() {
            self.resource.clone()
        } else {
            format!("{}.{}", self.resource, self.group)
        };
        let name = self
            .name
            .as_ref()
            .map(|n| format!(" {n:?}"))
            .unwrap_or_default();
        let scope = match &self.namespace {
            Some(ns) => format!(" in namespace {ns:?}"),
            None => " (cluster-wide)".to_string(),
        };
        format!("{} {resource}{name}{scope}", self.verb)
    }

    /// The RBAC rule that would allow this request, as YAML flow text.
    pub fn rbac_rule(&self) -> String {
        format!(
            "apiGroups: [\"{}\"], resources: [\"{}\"], verbs: [\"{}\"]",
            self.group, self.resource, self.verb
        )
    }

    /// The `kubectl auth can-i` line that checks this permission.
    pub fn can_i(&self) -> String {
        let resource = if self.group.is_empty() {
            self.resource.clone()
        } else {
            format!("{}.{}", self.resource, self.group)
        };
        match &self.namespace {
            Some(ns) => format!("kubectl auth can-i {} {resource} -n {ns}", self.verb),
            None => format!("kubectl auth can-i {} {resource}", self.verb),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Usage(String),

    #[error(
        "no kubeconfig found (looked at {}) and not running inside a cluster\n  hint: pass --kubeconfig FILE, set KUBECONFIG, or create ~/.kube/config",
        .searched.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    )]
    KubeconfigMissing { searched: Vec<PathBuf> },

    #[error(
        "cannot read kubeconfig {path}: {reason}\n  hint: check the file (kubectl config view --kubeconfig {path})"
    )]
    KubeconfigInvalid { path: String, reason: String },

    #[error(
        "context {name:?} not found in the kubeconfig (available: {})\n  hint: pass --context with one of them; list them with: kubectl config get-contexts",
        if .available.is_empty() { "none".to_string() } else { .available.join(", ") }
    )]
    UnknownContext {
        name: String,
        available: Vec<String>,
    },

    #[error(
        "the kubeconfig has no current context and no --context was given\n  hint: pass --context NAME, or run: kubectl config use-context NAME"
    )]
    NoContext,

    #[error(
        "cannot use the kubeconfig: {0}\n  hint: check the context's cluster and user entries (kubectl config view --minify)"
    )]
    ClientConfig(String),

    #[error(
        "cannot reach the Kubernetes API server at {server} ({reason})\n  hint: is the cluster running and reachable? check --context/--kubeconfig (kubectl cluster-info)"
    )]
    Unreachable { server: String, reason: String },

    #[error(
        "the API server at {server} rejected the credentials (401 Unauthorized) while trying to {}\n  hint: the token or certificate of this context is missing or expired; log in again or refresh the kubeconfig",
        .action.describe()
    )]
    Unauthorized { server: String, action: Box<Action> },

    #[error(
        "forbidden: you may not {} ({message})\n  hint: ask a cluster admin for an RBAC rule {}; check with: {}",
        .action.describe(), .action.rbac_rule(), .action.can_i()
    )]
    Forbidden {
        action: Box<Action>,
        message: String,
    },

    #[error("cannot {}: the API server answered {code} {reason}: {message}", .action.describe())]
    Api {
        action: Box<Action>,
        code: u16,
        reason: String,
        message: String,
    },

    #[error("the API server does not serve {what}\n  hint: {hint}")]
    NotServed { what: String, hint: String },

    /// Bad `-f` input: the message names the file (and line and column for YAML errors).
    #[error("{0}")]
    Input(String),

    /// A plan cannot be made: what is wrong and the fix.
    #[error("{message}\n  hint: {hint}")]
    Plan {
        message: String,
        hint: String,
        usage: bool,
    },

    /// A change failed part-way; `rollback` says what was undone.
    #[error("{cause}\n{rollback}")]
    Aborted { cause: Box<Error>, rollback: String },

    /// An external program (liqoctl, helm) is missing, too old, or failed; the message says
    /// which, shows its output and how to fix it.
    #[error("{0}")]
    Tool(String),

    /// `check` found problems (already printed with their hints).
    #[error("{0}")]
    Checks(String),

    #[error("cannot write the output: {0}")]
    Output(String),

    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Usage(_) | Error::Plan { usage: true, .. } => ExitCode::Usage,
            _ => ExitCode::Failure,
        }
    }

    /// Turns a kube-rs error for `action` against `server` into a message for users.
    pub fn from_kube(err: kube::Error, action: Action, server: &str) -> Error {
        let action = Box::new(action);
        match err {
            kube::Error::Api(status) => match status.code {
                401 => Error::Unauthorized {
                    server: server.to_string(),
                    action,
                },
                403 => Error::Forbidden {
                    action,
                    message: status.message,
                },
                code => Error::Api {
                    action,
                    code,
                    reason: status.reason,
                    message: status.message,
                },
            },
            other => {
                let cause = root_cause(&other);
                let reason = if cause.contains("deadline has elapsed")
                    || cause.contains("timed out")
                {
                    "no answer in time: the connection or TLS handshake timed out after 5s, or a request exceeded --request-timeout".to_string()
                } else {
                    cause
                };
                Error::Unreachable {
                    server: server.to_string(),
                    reason,
                }
            }
        }
    }
}

/// The innermost message of an error chain ("Connection refused (os error 111)"), which is
/// what a user can act on; the outer layers only say "client error".
pub fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut current = err;
    let mut messages = vec![current.to_string()];
    while let Some(next) = current.source() {
        messages.push(next.to_string());
        current = next;
    }
    messages.dedup();
    let last = messages.last().cloned().unwrap_or_default();
    if last.is_empty() {
        messages.join(": ")
    } else {
        last
    }
}

impl From<crate::plan::PlanError> for Error {
    fn from(e: crate::plan::PlanError) -> Self {
        Error::Plan {
            message: e.message,
            hint: e.hint,
            usage: e.usage,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    fn action(ns: Option<&str>) -> Action {
        Action {
            verb: "patch",
            group: "apps".into(),
            resource: "deployments".into(),
            namespace: ns.map(String::from),
            name: Some("s0".into()),
        }
    }

    #[test]
    fn forbidden_names_verb_resource_namespace_and_the_rule_needed() {
        let e = Error::Forbidden {
            action: Box::new(action(Some("demo"))),
            message: "nope".into(),
        };
        let text = e.to_string();
        assert!(
            text.contains("patch deployments.apps \"s0\" in namespace \"demo\""),
            "{text}"
        );
        assert!(
            text.contains(
                "apiGroups: [\"apps\"], resources: [\"deployments\"], verbs: [\"patch\"]"
            ),
            "{text}"
        );
        assert!(
            text.contains("kubectl auth can-i patch deployments.apps -n demo"),
            "{text}"
        );
        assert_eq!(e.exit_code(), ExitCode::Failure);
    }

    #[test]
    fn usage_errors_exit_2() {
        assert_eq!(Error::Usage("x".into()).exit_code(), ExitCode::Usage);
    }

    #[test]
    fn unknown_context_lists_the_available_ones() {
        let e = Error::UnknownContext {
            name: "prod".into(),
            available: vec!["a".into(), "b".into()],
        };
        assert!(e.to_string().contains("available: a, b"));
    }
}
