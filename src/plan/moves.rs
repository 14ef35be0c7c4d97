//! `move`: several services at once, each one its own atomic change (offload or unoffload).

use super::offload::{OffloadRequest, plan_offload};
use super::unoffload::{Leaving, UnoffloadRequest, plan_unoffload};
use super::{ChangeSet, PlanError};
use crate::model::app::AppSnapshot;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Run at these edge sites too.
    To(Vec<String>),
    /// Remove the copies at these edge sites.
    From(Vec<String>),
    /// Remove every edge copy (back to cloud only).
    CloudOnly,
}

/// One ChangeSet per service, in the order given; fails before anything runs if any cannot be planned.
pub fn plan_moves(
    snap: &AppSnapshot,
    services: &[String],
    target: &Target,
    holder: &str,
) -> Result<Vec<(String, ChangeSet)>, PlanError> {
    if services.is_empty() {
        return Err(PlanError::usage(
            "no service to move",
            "name services: move s0 s1 --to edge1",
        ));
    }
    services
        .iter()
        .map(|service| {
            let cs = match target {
                Target::To(sites) => plan_offload(
                    snap,
                    &OffloadRequest {
                        service: service.clone(),
                        sites: sites.clone(),
                        holder: holder.into(),
                        ..Default::default()
                    },
                )?,
                Target::From(sites) => plan_unoffload(
                    snap,
                    &UnoffloadRequest {
                        service: service.clone(),
                        from: Leaving::Sites(sites.clone()),
                        restore: false,
                        holder: holder.into(),
                    },
                )?,
                Target::CloudOnly => plan_unoffload(
                    snap,
                    &UnoffloadRequest {
                        service: service.clone(),
                        from: Leaving::All,
                        restore: false,
                        holder: holder.into(),
                    },
                )?,
            };
            Ok((service.clone(), cs))
        })
        .collect()
}

/// Services to add at `site` and to bring back from it, and their plans, to go from `now` to
/// `wanted` (additions first, so the edge never runs fewer services than needed).
#[allow(clippy::type_complexity)]
pub fn plan_transition(
    snap: &AppSnapshot,
    site: &str,
    now: &[String],
    wanted: &[String],
    holder: &str,
) -> Result<(Vec<String>, Vec<String>, Vec<(String, ChangeSet)>), PlanError> {
    let add: Vec<String> = wanted
        .iter()
        .filter(|s| !now.contains(s))
        .cloned()
        .collect();
    let remove: Vec<String> = now
        .iter()
        .filter(|s| !wanted.contains(s))
        .cloned()
        .collect();
    let mut plans = Vec::new();
    if !add.is_empty() {
        plans.extend(plan_moves(
            snap,
            &add,
            &Target::To(vec![site.to_string()]),
            holder,
        )?);
    }
    if !remove.is_empty() {
        plans.extend(plan_moves(
            snap,
            &remove,
            &Target::From(vec![site.to_string()]),
            holder,
        )?);
    }
    Ok((add, remove, plans))
}
