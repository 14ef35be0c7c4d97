//! What tests steer and observe: the request log, fault injection, authentication and RBAC denials.

use serde_json::{Value, json};

/// One request as the server saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestRecord {
    pub method: String,
    /// Kubernetes verb: get, list, watch, create, update, patch, delete, deletecollection;
    /// `discovery` for discovery documents.
    pub verb: String,
    pub path: String,
    pub query: String,
    pub group: String,
    pub resource: String,
    pub subresource: String,
    pub namespace: String,
    pub name: String,
    pub status: u16,
    pub user_agent: String,
    /// `dryRun=All` was set.
    pub dry_run: bool,
    /// Time the server spent answering (until the response body was ready).
    pub micros: u128,
}

impl RequestRecord {
    /// A write that changed (or would have changed, without dry-run) stored state.
    pub fn is_write(&self) -> bool {
        matches!(
            self.verb.as_str(),
            "create" | "update" | "patch" | "delete" | "deletecollection"
        ) && self.resource != "selfsubjectaccessreviews"
    }
}

/// What an injected fault does to the matching request.
#[derive(Debug, Clone, PartialEq)]
pub enum FaultAction {
    /// Answer with this HTTP status and a `Status` body (e.g. 500, 503, 409).
    Status(u16),
    /// Close the connection without answering.
    DropConnection,
}

/// Fail the `nth` (1-based) request matching `verb` and `resource` (plural, e.g. `deployments`).
/// `verb` may be `*` (any request) or `write` (create, update, patch, delete); `resource` `*`.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    pub verb: String,
    pub resource: String,
    pub nth: usize,
    pub action: FaultAction,
    seen: usize,
}

impl Fault {
    pub fn new(verb: &str, resource: &str, nth: usize, action: FaultAction) -> Self {
        Fault {
            verb: verb.into(),
            resource: resource.into(),
            nth,
            action,
            seen: 0,
        }
    }

    /// Counts the request if it matches and says whether this one must fail.
    pub fn hit(&mut self, verb: &str, resource: &str) -> bool {
        let is_write = matches!(
            verb,
            "create" | "update" | "patch" | "delete" | "deletecollection"
        );
        let matches = (self.verb == "*" || self.verb == verb || (self.verb == "write" && is_write))
            && (self.resource == "*" || self.resource == resource);
        if !matches {
            return false;
        }
        self.seen += 1;
        self.seen == self.nth
    }
}

/// A permission the simulated user lacks: 403 on the request, `allowed: false` on access reviews.
#[derive(Debug, Clone, PartialEq)]
pub struct Denial {
    pub verb: String,
    pub group: String,
    pub resource: String,
    /// `None`: in every namespace (and at cluster scope).
    pub namespace: Option<String>,
}

impl Denial {
    pub fn denies(&self, verb: &str, group: &str, resource: &str, namespace: &str) -> bool {
        (self.verb == "*" || self.verb == verb)
            && self.group == group
            && (self.resource == "*" || self.resource == resource)
            && self.namespace.as_deref().is_none_or(|n| n == namespace)
    }
}

/// The name the server reports for the simulated user.
pub const TEST_USER: &str = "fluidos-tester";

/// The real server's 403 message, word for word.
pub fn forbidden(
    verb: &str,
    group: &str,
    resource: &str,
    name: &str,
    namespace: &str,
) -> (String, Value) {
    let scope = if namespace.is_empty() {
        "at the cluster scope".to_string()
    } else {
        format!("in the namespace \"{namespace}\"")
    };
    let subject = if name.is_empty() {
        resource.to_string()
    } else {
        format!("{resource} \"{name}\"")
    };
    let message = format!(
        "{subject} is forbidden: User \"{TEST_USER}\" cannot {verb} resource \"{resource}\" in API group \"{group}\" {scope}"
    );
    let details = json!({"name": name, "group": group, "kind": resource});
    (message, details)
}
