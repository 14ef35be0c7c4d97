//! Which DestinationRule Istio applies to a Service, following Istio's own host rules: a short
//! name (no dot) is relative to the rule's namespace, anything else is taken literally (so
//! `s0.fluidosmesh` matches nothing), `*.suffix` matches by suffix, and an exact host beats a
//! wildcard. For callers in the Service's own namespace Istio looks in that namespace first,
//! then in the root namespace (`istio-system`); rules elsewhere apply only to their own
//! namespace's clients.

use serde_json::Value;

/// Istio's default root (mesh config) namespace.
pub const ROOT_NAMESPACE: &str = "istio-system";

pub fn fqdn(service: &str, namespace: &str) -> String {
    format!("{service}.{namespace}.svc.cluster.local")
}

/// How well a rule's `spec.host`, written in `rule_namespace`, names `target` (an FQDN).
/// Called for every rule and service (status of 1,000 services), so it allocates nothing.
fn host_match(host: &str, rule_namespace: &str, target: &str) -> Option<u8> {
    if let Some(suffix) = host.strip_prefix('*') {
        return target.ends_with(suffix).then_some(1);
    }
    let matches = if host.contains('.') {
        host == target
    } else {
        target
            .strip_prefix(host)
            .and_then(|t| t.strip_prefix('.'))
            .and_then(|t| t.strip_prefix(rule_namespace))
            == Some(".svc.cluster.local")
    };
    matches.then_some(2)
}

fn visible_in(rule: &Value, namespace: &str) -> bool {
    let rule_ns = rule["metadata"]["namespace"].as_str().unwrap_or_default();
    match rule["spec"]["exportTo"].as_array() {
        None => true,
        Some(to) => to
            .iter()
            .filter_map(Value::as_str)
            .any(|t| t == "*" || t == namespace || (t == "." && rule_ns == namespace)),
    }
}

/// The rule Istio applies to calls from `namespace` to `service` in that namespace.
/// Rules without `metadata.namespace` (manifest files) count as written in `namespace`.
pub fn effective_rule<'a>(rules: &'a [Value], service: &str, namespace: &str) -> Option<&'a Value> {
    let target = fqdn(service, namespace);
    let best_in = |ns: &str| {
        rules
            .iter()
            .filter(|r| r["metadata"]["namespace"].as_str().unwrap_or(namespace) == ns)
            .filter(|r| visible_in(r, namespace) || ns == namespace)
            .filter_map(|r| {
                let host = r["spec"]["host"].as_str()?;
                host_match(host, ns, &target).map(|score| (score, r))
            })
            .max_by_key(|(score, _)| *score)
            .map(|(_, r)| r)
    };
    best_in(namespace).or_else(|| best_in(ROOT_NAMESPACE))
}

/// Every exact-host rule, indexed by the FQDN it names, as callers in that service's namespace
/// see it (its own namespace's rule before the root's): `status` looks up 1,000 services in
/// constant time. Wildcard hosts fall back to [`effective_rule`].
pub struct RuleIndex<'a> {
    by_fqdn: std::collections::HashMap<String, &'a Value>,
    rules: &'a [Value],
    wildcards: bool,
}

impl<'a> RuleIndex<'a> {
    /// `default_namespace`: the namespace of rules read without one (manifest files).
    pub fn new(rules: &'a [Value], default_namespace: &str) -> RuleIndex<'a> {
        let mut by_fqdn = std::collections::HashMap::new();
        let mut wildcards = false;
        // Root rules first, so that a rule in the service's own namespace replaces them.
        let mut ordered: Vec<&Value> = rules.iter().collect();
        ordered.sort_by_key(|r| r["metadata"]["namespace"] != ROOT_NAMESPACE);
        for rule in ordered {
            let ns = rule["metadata"]["namespace"]
                .as_str()
                .unwrap_or(default_namespace);
            let Some(host) = rule["spec"]["host"].as_str() else {
                continue;
            };
            if host.starts_with('*') {
                wildcards = true;
                continue;
            }
            let target = if host.contains('.') {
                host.to_string()
            } else {
                fqdn(host, ns)
            };
            let Some(target_ns) = target
                .strip_suffix(".svc.cluster.local")
                .and_then(|t| t.split_once('.'))
                .map(|(_, n)| n)
            else {
                continue;
            };
            let applies = ns == target_ns || (ns == ROOT_NAMESPACE && visible_in(rule, target_ns));
            if applies {
                by_fqdn.insert(target, rule);
            }
        }
        RuleIndex {
            by_fqdn,
            rules,
            wildcards,
        }
    }

    pub fn rule_for(&self, service: &str, namespace: &str) -> Option<&'a Value> {
        match self.by_fqdn.get(&fqdn(service, namespace)) {
            Some(rule) => Some(*rule),
            None if self.wildcards => effective_rule(self.rules, service, namespace),
            None => None,
        }
    }
}

/// Rules elsewhere that name the service but do not reach callers in its namespace.
pub fn unreachable_rules(rules: &[Value], service: &str, namespace: &str) -> Vec<String> {
    let target = fqdn(service, namespace);
    rules
        .iter()
        .filter_map(|r| {
            let ns = r["metadata"]["namespace"].as_str().unwrap_or(namespace);
            let host = r["spec"]["host"].as_str()?;
            let named = host_match(host, ns, &target).is_some();
            let applies = ns == namespace || (ns == ROOT_NAMESPACE && visible_in(r, namespace));
            (named && !applies).then(|| {
                format!(
                    "destinationrule/{} in namespace {ns} (applies only to clients in {ns})",
                    r["metadata"]["name"].as_str().unwrap_or("?")
                )
            })
        })
        .collect()
}

/// How a rule's load balancing reads in `status` (e.g. `least-request`, `sticky cookie session`).
pub fn describe_policy(rule: &Value) -> Option<String> {
    let lb = &rule["spec"]["trafficPolicy"]["loadBalancer"];
    if let Some(simple) = lb["simple"].as_str() {
        return Some(simple.to_lowercase().replace('_', "-"));
    }
    let hash = &lb["consistentHash"];
    if let Some(h) = hash["httpHeaderName"].as_str() {
        return Some(format!("sticky header {h}"));
    }
    if let Some(c) = hash["httpCookie"]["name"].as_str() {
        return Some(format!("sticky cookie {c}"));
    }
    (hash["useSourceIp"] == true).then(|| "sticky source-ip".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rule(name: &str, ns: &str, host: &str) -> Value {
        json!({"metadata": {"name": name, "namespace": ns}, "spec": {"host": host}})
    }

    fn name(r: Option<&Value>) -> Option<&str> {
        r.and_then(|r| r["metadata"]["name"].as_str())
    }

    #[test]
    fn short_names_resolve_in_the_rules_namespace_only() {
        let rules = [rule("other", "shop", "s0"), rule("mine", "app", "s0")];
        assert_eq!(name(effective_rule(&rules, "s0", "app")), Some("mine"));
        assert_eq!(name(effective_rule(&rules[..1], "s0", "app")), None);
    }

    #[test]
    fn partial_names_are_literal_and_match_nothing() {
        let rules = [rule("partial", "app", "s0.app")];
        assert_eq!(effective_rule(&rules, "s0", "app"), None);
    }

    #[test]
    fn an_fqdn_rule_in_the_root_namespace_applies_unless_not_exported() {
        let mut root = rule("mesh", "istio-system", "s0.app.svc.cluster.local");
        assert_eq!(
            name(effective_rule(std::slice::from_ref(&root), "s0", "app")),
            Some("mesh")
        );
        root["spec"]["exportTo"] = json!(["."]);
        assert_eq!(
            effective_rule(std::slice::from_ref(&root), "s0", "app"),
            None
        );
    }

    #[test]
    fn the_services_namespace_beats_the_root_and_exact_beats_wildcard() {
        let rules = [
            rule("root", "istio-system", "s0.app.svc.cluster.local"),
            rule("wild", "app", "*.app.svc.cluster.local"),
            rule("exact", "app", "s0.app.svc.cluster.local"),
        ];
        assert_eq!(name(effective_rule(&rules, "s0", "app")), Some("exact"));
        assert_eq!(name(effective_rule(&rules[..2], "s0", "app")), Some("wild"));
    }

    #[test]
    fn the_index_answers_like_effective_rule() {
        let rules = [
            rule("root", "istio-system", "s0.app.svc.cluster.local"),
            rule("mine", "app", "s0"),
            rule("root-only", "istio-system", "s1.app.svc.cluster.local"),
            rule("far", "shop", "s2.app.svc.cluster.local"),
            rule("partial", "app", "s3.app"),
        ];
        let index = RuleIndex::new(&rules, "app");
        for svc in ["s0", "s1", "s2", "s3", "s4"] {
            assert_eq!(
                index.rule_for(svc, "app"),
                effective_rule(&rules, svc, "app"),
                "{svc}"
            );
        }
    }

    #[test]
    fn rules_in_other_namespaces_are_reported_as_not_reaching_the_callers() {
        let rules = [rule("far", "shop", "s0.app.svc.cluster.local")];
        assert_eq!(effective_rule(&rules, "s0", "app"), None);
        assert_eq!(
            unreachable_rules(&rules, "s0", "app"),
            vec!["destinationrule/far in namespace shop (applies only to clients in shop)"]
        );
    }
}
