//! What each command needs the user to be allowed to do, asked of the API server with
//! SelfSubjectAccessReviews (the same question as `kubectl auth can-i`).

use super::{Finding, Severity};

/// One permission: `verb` on `resource` of API `group` (`""`: core).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Need {
    pub verb: &'static str,
    pub group: &'static str,
    pub resource: &'static str,
    pub scope: Scope,
}

/// Where a permission is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    /// A cluster-scoped resource.
    Cluster,
    /// In the checked namespace (every namespace with `-A`).
    Checked,
    /// In every namespace (the set-up commands write outside the application's namespace).
    Anywhere,
}

const fn need(
    verb: &'static str,
    group: &'static str,
    resource: &'static str,
    scope: Scope,
) -> Need {
    Need {
        verb,
        group,
        resource,
        scope,
    }
}

const ISTIO: &str = "networking.istio.io";
const OFFLOADING: &str = "offloading.liqo.io";

/// What every reading command lists (the application snapshot).
const READ: [Need; 8] = [
    need("list", "", "nodes", Scope::Cluster),
    need("list", "", "namespaces", Scope::Cluster),
    need("list", "", "services", Scope::Checked),
    need("list", "apps", "deployments", Scope::Checked),
    need(
        "list",
        "autoscaling",
        "horizontalpodautoscalers",
        Scope::Checked,
    ),
    need("list", "", "configmaps", Scope::Checked),
    need("list", ISTIO, "destinationrules", Scope::Checked),
    need("list", OFFLOADING, "namespaceoffloadings", Scope::Checked),
];

const MOVE: [Need; 13] = [
    need("create", "apps", "deployments", Scope::Checked),
    need("patch", "apps", "deployments", Scope::Checked),
    need("delete", "apps", "deployments", Scope::Checked),
    need("watch", "apps", "deployments", Scope::Checked),
    need(
        "create",
        "autoscaling",
        "horizontalpodautoscalers",
        Scope::Checked,
    ),
    need(
        "patch",
        "autoscaling",
        "horizontalpodautoscalers",
        Scope::Checked,
    ),
    need(
        "delete",
        "autoscaling",
        "horizontalpodautoscalers",
        Scope::Checked,
    ),
    need("create", "", "configmaps", Scope::Checked),
    need("patch", "", "configmaps", Scope::Checked),
    need("delete", "", "configmaps", Scope::Checked),
    need("create", ISTIO, "destinationrules", Scope::Checked),
    need("patch", ISTIO, "destinationrules", Scope::Checked),
    need("delete", ISTIO, "destinationrules", Scope::Checked),
];

const NAMESPACE: [Need; 5] = [
    need("patch", "", "namespaces", Scope::Cluster),
    need("create", OFFLOADING, "namespaceoffloadings", Scope::Checked),
    need("patch", OFFLOADING, "namespaceoffloadings", Scope::Checked),
    need("delete", OFFLOADING, "namespaceoffloadings", Scope::Checked),
    need("watch", OFFLOADING, "namespaceoffloadings", Scope::Checked),
];

const CHECK: [Need; 2] = [
    need("list", "", "pods", Scope::Checked),
    need("list", "core.liqo.io", "foreignclusters", Scope::Cluster),
];

const PEER: [Need; 5] = [
    need("list", "core.liqo.io", "foreignclusters", Scope::Cluster),
    need("get", "", "namespaces", Scope::Cluster),
    need("patch", "", "nodes", Scope::Cluster),
    need("list", OFFLOADING, "virtualnodes", Scope::Anywhere),
    need("patch", OFFLOADING, "virtualnodes", Scope::Anywhere),
];

/// What `install` applies itself, and the cluster-wide kinds Istio's charts create through helm.
const INSTALL: [Need; 9] = [
    need("patch", "", "namespaces", Scope::Cluster),
    need("delete", "", "namespaces", Scope::Cluster),
    need("patch", OFFLOADING, "namespaceoffloadings", Scope::Anywhere),
    need(
        "delete",
        OFFLOADING,
        "namespaceoffloadings",
        Scope::Anywhere,
    ),
    need("watch", OFFLOADING, "namespaceoffloadings", Scope::Anywhere),
    need(
        "create",
        "apiextensions.k8s.io",
        "customresourcedefinitions",
        Scope::Cluster,
    ),
    need(
        "create",
        "rbac.authorization.k8s.io",
        "clusterroles",
        Scope::Cluster,
    ),
    need(
        "create",
        "admissionregistration.k8s.io",
        "mutatingwebhookconfigurations",
        Scope::Cluster,
    ),
    need("create", "", "services", Scope::Anywhere),
];

/// A group of commands that need the same permissions, with its check code.
pub struct CommandNeeds {
    pub code: &'static str,
    pub commands: &'static str,
    pub needs: Vec<Need>,
}

pub fn commands() -> Vec<CommandNeeds> {
    let with = |extra: &[Need]| READ.iter().chain(extra).copied().collect::<Vec<_>>();
    vec![
        CommandNeeds {
            code: "FM050",
            commands: "status, plan",
            needs: with(&[]),
        },
        CommandNeeds {
            code: "FM051",
            commands: "offload svc, unoffload svc, move",
            needs: with(&MOVE),
        },
        CommandNeeds {
            code: "FM052",
            commands: "offload namespace, unoffload namespace",
            needs: with(&NAMESPACE),
        },
        CommandNeeds {
            code: "FM053",
            commands: "check",
            needs: with(&CHECK),
        },
        CommandNeeds {
            code: "FM054",
            commands: "peer, unpeer",
            needs: PEER.to_vec(),
        },
        CommandNeeds {
            code: "FM055",
            commands: "install, uninstall (beyond what helm's charts need)",
            needs: INSTALL.to_vec(),
        },
    ]
}

/// Every distinct permission any command needs (each is asked once).
pub fn all_needs() -> Vec<Need> {
    let mut all: Vec<Need> = commands().into_iter().flat_map(|c| c.needs).collect();
    all.sort();
    all.dedup();
    all
}

impl Need {
    pub fn describe(&self, namespace: Option<&str>) -> String {
        let resource = if self.group.is_empty() {
            self.resource.to_string()
        } else {
            format!("{}.{}", self.resource, self.group)
        };
        match (self.scope, namespace) {
            (Scope::Checked, Some(ns)) => format!("{} {resource} -n {ns}", self.verb),
            (Scope::Checked | Scope::Anywhere, _) => format!("{} {resource} -A", self.verb),
            (Scope::Cluster, _) => format!("{} {resource}", self.verb),
        }
    }
}

/// One finding per command group; `allowed` answers [`all_needs`] in order.
pub fn findings(allowed: &[(Need, bool)], namespace: Option<&str>) -> Vec<Finding> {
    commands()
        .into_iter()
        .map(|group| {
            let denied: Vec<String> = group
                .needs
                .iter()
                .filter(|n| allowed.iter().any(|(a, ok)| a == *n && !ok))
                .map(|n| n.describe(namespace))
                .collect();
            let first = denied.first().cloned().unwrap_or_default();
            Finding::new(
                group.code,
                "permissions",
                &format!("you may run: {}", group.commands),
            )
            .unless_empty(
                Severity::Warning,
                denied,
                format!(
                    "ask for a Role granting these verbs; verify with: kubectl auth can-i {first}"
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_permission_is_asked_once_and_every_command_reads_the_snapshot() {
        let all = all_needs();
        let mut dedup = all.clone();
        dedup.dedup();
        assert_eq!(all, dedup);
        for c in commands()
            .into_iter()
            .filter(|c| !c.commands.contains("peer") && !c.commands.contains("install"))
        {
            assert!(READ.iter().all(|r| c.needs.contains(r)), "{}", c.commands);
        }
    }

    #[test]
    fn a_denied_write_fails_only_the_commands_that_need_it() {
        let answers: Vec<(Need, bool)> = all_needs()
            .into_iter()
            .map(|n| (n, !(n.verb == "delete" && n.resource == "deployments")))
            .collect();
        let found = findings(&answers, Some("app"));
        let status = |code: &str| found.iter().find(|f| f.code == code).map(|f| f.status);
        assert_eq!(status("FM050"), Some(Severity::Ok));
        assert_eq!(status("FM052"), Some(Severity::Ok));
        let moves = found.iter().find(|f| f.code == "FM051").unwrap();
        assert_eq!(moves.status, Severity::Warning);
        assert_eq!(moves.objects, vec!["delete deployments.apps -n app"]);
        assert!(
            moves
                .hint
                .as_deref()
                .unwrap()
                .contains("kubectl auth can-i delete deployments.apps -n app")
        );
    }

    #[test]
    fn cluster_scoped_and_all_namespace_permissions_are_described_like_kubectl() {
        assert_eq!(READ[0].describe(Some("x")), "list nodes");
        assert_eq!(READ[2].describe(None), "list services -A");
    }
}
