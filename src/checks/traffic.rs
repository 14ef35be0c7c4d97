//! Traffic shape: calls that leave an edge site for the cloud and come back to it.

use super::{Finding, Severity};
use crate::latency::workmodel::Graph;
use crate::model::app::AppSnapshot;
use std::collections::{BTreeMap, BTreeSet};

/// FM030: a caller at an edge site calls a service that does not run there (so the call goes
/// to the cloud), which in turn calls a service that does run at that edge: the request crosses
/// to the cloud and comes back, two extra round trips each time that path is taken.
pub fn back_and_forth(snap: &AppSnapshot, g: &Graph) -> Finding {
    let mut at: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for ms in snap.microservices() {
        for site in ms.sites().into_iter().filter(|s| *s != snap.cloud_site) {
            at.entry(site).or_default().insert(ms.name().to_string());
        }
    }
    let mut loops = Vec::new();
    for (site, here) in &at {
        for caller in here {
            let Some(a) = g.index(caller) else { continue };
            for group in &g.services[a].groups {
                for (b, p1) in &group.calls {
                    let callee = &g.services[*b].name;
                    if here.contains(callee) {
                        continue;
                    }
                    for inner in &g.services[*b].groups {
                        for (c, p2) in &inner.calls {
                            let back = &g.services[*c].name;
                            if here.contains(back) {
                                loops.push(format!(
                                    "{caller}@{site} -> {callee}@{} -> {back}@{site}: 2 extra round trips with probability {:.2} per call of {caller}",
                                    snap.cloud_site,
                                    p1 * p2
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    let hint = "offload the middle service to that site too (kubectl fluidos-mesh offload svc NAME --to SITE), or ask: kubectl fluidos-mesh plan --recommend";
    Finding::new(
        "FM030",
        &format!("traffic shape {}", snap.namespace),
        "no call leaves an edge site for the cloud only to come back to it",
    )
    .unless_empty(Severity::Warning, loops, hint)
}
