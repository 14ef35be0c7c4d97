//! What each command needs the user to be allowed to do, asked of the API server with
//! SelfSubjectAccessReviews (the same question as `kubectl auth can-i`).

use super::{Finding, Severity};

/// One permission: `verb` on `resource` of API `group` (`""`: core).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Need {
    pub verb: &'static str,
    pub group: &'static str,
    pub resource: &'static str,
    /// Asked in the checked namespace; cluster-scoped otherwise.
    pub namespaced: bool,
}

const fn need(
    verb: &'static str,
    group: &'static str,
    resource: &'static str,
    namespaced: bool,
) -> Need {
    Need {
        verb,
        group,
        resource,
        namespaced,
    }
}

const ISTIO: &str = "networking.istio.io";
const OFFLOADING: &str = "offloading.liqo.io";

/// What every reading command lists (the application snapshot).
const READ: [Need; 8] = [
    need("list", "", "nodes", false),
    need("list", "", "namespaces", false),
    need("list", "", "services", true),
    need("list", "apps", "deployments", true),
    need("list", "autoscaling", "horizontalpodautoscalers", true),
    need("list", "", "configmaps", true),
    need("list", ISTIO, "destinationrules", true),
    need("list", OFFLOADING, "namespaceoffloadings", true),
];

const MOVE: [Need; 13] = [
    need("create", "apps", "deployments", true),
    need("patch", "apps", "deployments", true),
    need("delete", "apps", "deployments", true),
    need("watch", "apps", "deployments", true),
    need("create", "autoscaling", "horizontalpodautoscalers", true),
    need("patch", "autoscaling", "horizontalpodautoscalers", true),
    need("delete", "autoscaling", "horizontalpodautoscalers", true),
    need("create", "", "configmaps", true),
    need("patch", "", "configmaps", true),
    need("delete", "", "configmaps", true),
    need("create", ISTIO, "destinationrules", true),
    need("patch", ISTIO, "destinationrules", true),
    need("delete", ISTIO, "destinationrules", true),
];

const NAMESPACE: [Need; 5] = [
    need("patch", "", "namespaces", false),
    need("create", OFFLOADING, "namespaceoffloadings", true),
    need("patch", OFFLOADING, "namespaceoffloadings", true),
    need("delete", OFFLOADING, "namespaceoffloadings", true),
    need("watch", OFFLOADING, "namespaceoffloadings", true),
];

const CHECK: [Need; 2] = [
    need("list", "", "pods", true),
    need("list", "core.liqo.io", "foreignclusters", false),
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
        match namespace.filter(|_| self.namespaced) {
            Some(ns) => format!("{} {resource} -n {ns}", self.verb),
            None if self.namespaced => format!("{} {resource} -A", self.verb),
            None => format!("{} {resource}", self.verb),
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
        for c in commands() {
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
