//! Per-service traffic policy in the service's DestinationRule, next to `outlierDetection`:
//! the load-balancing algorithm (`--lb`) or session affinity (`--sticky`). Istio's
//! `loadBalancer` takes one of `simple` and `consistentHash`, so the two flags exclude each
//! other; `localityLbSetting` lives beside either and locality routing keeps working.

use serde_json::{Value, json};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Lb {
    #[value(name = "least-request")]
    LeastRequest,
    #[value(name = "round-robin")]
    RoundRobin,
    #[value(name = "random")]
    Random,
}

impl Lb {
    pub fn istio(self) -> &'static str {
        match self {
            Lb::LeastRequest => "LEAST_REQUEST",
            Lb::RoundRobin => "ROUND_ROBIN",
            Lb::Random => "RANDOM",
        }
    }
}

/// Session affinity by consistent hashing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sticky {
    Header(String),
    Cookie { name: String, ttl: Option<String> },
    SourceIp,
}

/// `header:NAME`, `cookie:NAME[:TTL]` or `source-ip`.
pub fn parse_sticky(text: &str) -> Result<Sticky, String> {
    let bad = || {
        format!(
            "--sticky {text:?} is not header:NAME, cookie:NAME[:TTL] or source-ip (e.g. cookie:session:1h)"
        )
    };
    let token = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
    };
    match text.split(':').collect::<Vec<_>>().as_slice() {
        ["source-ip"] => Ok(Sticky::SourceIp),
        ["header", name] if token(name) => Ok(Sticky::Header(name.to_string())),
        ["cookie", name] if token(name) => Ok(Sticky::Cookie {
            name: name.to_string(),
            ttl: None,
        }),
        ["cookie", name, ttl] if token(name) && crate::duration::parse(ttl).is_ok() => {
            Ok(Sticky::Cookie {
                name: name.to_string(),
                ttl: Some(ttl.to_string()),
            })
        }
        _ => Err(bad()),
    }
}

/// What to do with the policy fields of the DestinationRule.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Policy {
    /// Leave them as they are (a move that names no policy).
    #[default]
    Keep,
    Lb(Lb),
    Sticky(Sticky),
    /// Drop the plugin's policy fields (Istio's default, least requests, applies again).
    Clear,
}

impl Policy {
    /// The `loadBalancer` fields to apply, given the live rule (for `Keep`: what the plugin
    /// set before, so that re-applying the rule does not drop it).
    pub fn load_balancer(&self, live: Option<&Value>) -> Option<Value> {
        match self {
            Policy::Lb(lb) => Some(json!({"simple": lb.istio()})),
            Policy::Sticky(s) => Some(json!({"consistentHash": match s {
                Sticky::Header(name) => json!({"httpHeaderName": name}),
                Sticky::Cookie { name, ttl: Some(ttl) } => json!({"httpCookie": {"name": name, "ttl": ttl}}),
                Sticky::Cookie { name, ttl: None } => json!({"httpCookie": {"name": name}}),
                Sticky::SourceIp => json!({"useSourceIp": true}),
            }})),
            Policy::Clear => None,
            Policy::Keep => {
                let lb = &live?["spec"]["trafficPolicy"]["loadBalancer"];
                ["simple", "consistentHash"]
                    .iter()
                    .find(|k| !lb[**k].is_null())
                    .map(|k| json!({*k: lb[*k].clone()}))
            }
        }
    }
}

/// `policy svc`: the service's DestinationRule with the chosen policy (and outlierDetection,
/// which locality routing needs anyway), without moving anything.
pub fn plan_policy(
    snap: &crate::model::app::AppSnapshot,
    service: &str,
    policy: &Policy,
) -> Result<super::ChangeSet, super::PlanError> {
    if *policy == Policy::Keep {
        return Err(super::PlanError::usage(
            "no policy given",
            "pass --lb least-request|round-robin|random, --sticky KIND:NAME, or --clear",
        ));
    }
    if snap.service(service).is_none() {
        return Err(super::PlanError::usage(
            format!(
                "service {service:?} not found in namespace {:?}",
                snap.namespace
            ),
            format!("kubectl get svc -n {} lists them", snap.namespace),
        ));
    }
    let existing = snap.destination_rule_for(service);
    let mut cs = super::ChangeSet::default();
    let desired = super::package::destination_rule(service, &snap.namespace, existing, policy);
    let has_algorithm = |dr: &Value| {
        let lb = &dr["spec"]["trafficPolicy"]["loadBalancer"];
        !lb["simple"].is_null() || !lb["consistentHash"].is_null()
    };
    match existing {
        // Dropping fields is an apply without them: it must run even though nothing is added.
        Some(live) if *policy == Policy::Clear && has_algorithm(live) => {
            cs.push(super::Step::Apply {
                object: desired,
                previous: Some(live.clone()),
            })
        }
        None if *policy == Policy::Clear => {}
        _ => super::apply_if_changed(&mut cs, desired, existing.cloned()),
    }
    Ok(cs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sticky_forms_parse_and_bad_ones_name_the_accepted_forms() {
        assert_eq!(parse_sticky("source-ip"), Ok(Sticky::SourceIp));
        assert_eq!(
            parse_sticky("header:x-user"),
            Ok(Sticky::Header("x-user".into()))
        );
        assert_eq!(
            parse_sticky("cookie:session:1h"),
            Ok(Sticky::Cookie {
                name: "session".into(),
                ttl: Some("1h".into())
            })
        );
        for bad in ["cookie", "header:", "cookie:s:forever", "ip", "header:a b"] {
            assert!(
                parse_sticky(bad)
                    .unwrap_err()
                    .contains("header:NAME, cookie:NAME[:TTL] or source-ip"),
                "{bad}"
            );
        }
    }

    #[test]
    fn each_choice_becomes_istio_fields_and_keep_carries_the_live_ones() {
        assert_eq!(
            Policy::Lb(Lb::LeastRequest).load_balancer(None),
            Some(json!({"simple": "LEAST_REQUEST"}))
        );
        assert_eq!(
            Policy::Sticky(Sticky::Cookie {
                name: "s".into(),
                ttl: Some("30m".into())
            })
            .load_balancer(None),
            Some(json!({"consistentHash": {"httpCookie": {"name": "s", "ttl": "30m"}}}))
        );
        let live = json!({"spec": {"trafficPolicy": {"loadBalancer": {"consistentHash": {"useSourceIp": true},
            "localityLbSetting": {"enabled": true}}}}});
        assert_eq!(
            Policy::Keep.load_balancer(Some(&live)),
            Some(json!({"consistentHash": {"useSourceIp": true}}))
        );
        assert_eq!(Policy::Clear.load_balancer(Some(&live)), None);
        assert_eq!(
            crate::model::hosts::describe_policy(&live).as_deref(),
            Some("sticky source-ip")
        );
    }
}

#[cfg(test)]
mod plan_tests {
    use super::*;
    use crate::manifests;
    use std::path::Path;

    fn example() -> crate::model::app::AppSnapshot {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/mubench-app");
        let docs = manifests::read(&[root]).unwrap();
        manifests::snapshot(&docs, "fluidosmesh", "cloud").unwrap()
    }

    fn rule(cs: &crate::plan::ChangeSet) -> Value {
        cs.objects()
            .into_iter()
            .find(|o| o["kind"] == "DestinationRule")
            .cloned()
            .expect("a DestinationRule")
    }

    #[test]
    fn a_policy_lands_next_to_outlier_detection_and_keeps_locality_routing() {
        let snap = example();
        let cs = plan_policy(&snap, "s0", &Policy::Lb(Lb::RoundRobin)).unwrap();
        let dr = rule(&cs);
        assert_eq!(
            dr["spec"]["trafficPolicy"]["loadBalancer"]["simple"],
            "ROUND_ROBIN"
        );
        assert!(dr["spec"]["trafficPolicy"]["outlierDetection"].is_object());
        assert_eq!(dr["spec"]["host"], "s0.fluidosmesh.svc.cluster.local");
    }

    #[test]
    fn clear_reapplies_without_the_algorithm_and_is_a_no_op_without_a_rule() {
        let mut snap = example();
        assert!(plan_policy(&snap, "s0", &Policy::Clear).unwrap().is_empty());
        let set = plan_policy(&snap, "s0", &Policy::Sticky(Sticky::SourceIp)).unwrap();
        snap.destination_rules.push(rule(&set));
        let cleared = rule(&plan_policy(&snap, "s0", &Policy::Clear).unwrap());
        assert!(
            cleared["spec"]["trafficPolicy"]
                .get("loadBalancer")
                .is_none()
        );
        assert!(cleared["spec"]["trafficPolicy"]["outlierDetection"].is_object());
    }

    #[test]
    fn unknown_services_and_missing_flags_are_usage_errors() {
        let snap = example();
        let e = plan_policy(&snap, "nope", &Policy::Lb(Lb::Random)).unwrap_err();
        assert!(
            e.message.contains("service \"nope\" not found"),
            "{}",
            e.message
        );
        let e = plan_policy(&snap, "s0", &Policy::Keep).unwrap_err();
        assert!(e.hint.contains("--lb"), "{}", e.hint);
    }
}
