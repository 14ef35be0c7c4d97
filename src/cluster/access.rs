//! `kubectl auth can-i`, asked for many permissions at once with SelfSubjectAccessReviews.

use super::client::Connection;
use crate::checks::permissions::{Need, Scope};
use crate::error::Result;
use k8s_openapi::api::authorization::v1::{
    ResourceAttributes, SelfSubjectAccessReview, SelfSubjectAccessReviewSpec,
};
use kube::api::{Api, PostParams};

/// Whether the user may do each of `needs` (in `namespace` for namespaced ones; `None`: in
/// every namespace). Reviews run concurrently, eight at a time.
pub async fn can_i(
    conn: &Connection,
    needs: &[Need],
    namespace: Option<&str>,
) -> Result<Vec<(Need, bool)>> {
    use futures::{StreamExt, TryStreamExt};
    let api: Api<SelfSubjectAccessReview> = Api::all(conn.client.clone());
    futures::stream::iter(needs.iter().copied())
        .map(|need| {
            let api = api.clone();
            async move {
                let review = SelfSubjectAccessReview {
                    spec: SelfSubjectAccessReviewSpec {
                        resource_attributes: Some(ResourceAttributes {
                            verb: Some(need.verb.into()),
                            group: Some(need.group.into()),
                            resource: Some(need.resource.into()),
                            namespace: match need.scope {
                                Scope::Checked => namespace.map(String::from),
                                Scope::Cluster | Scope::Anywhere => None,
                            },
                            ..Default::default()
                        }),
                        ..Default::default()
                    },
                    ..Default::default()
                };
                let answer = api
                    .create(&PostParams::default(), &review)
                    .await
                    .map_err(|e| conn.error::<SelfSubjectAccessReview>(e, "create", None, None))?;
                Ok((need, answer.status.is_some_and(|s| s.allowed)))
            }
        })
        .buffered(8)
        .try_collect()
        .await
}
