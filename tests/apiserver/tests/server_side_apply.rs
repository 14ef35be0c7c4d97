mod common;

use fluidos_test_apiserver::TestServer;
use kube::api::{Api, DynamicObject, Patch, PatchParams};
use kube::core::{ApiResource, GroupVersionKind};
use serde_json::json;

fn dr_api(client: kube::Client) -> Api<DynamicObject> {
    let ar = ApiResource::from_gvk(&GroupVersionKind::gvk(
        "networking.istio.io",
        "v1",
        "DestinationRule",
    ));
    Api::namespaced_with(client, "demo", &ar)
}

fn dr(spec: serde_json::Value) -> serde_json::Value {
    json!({"apiVersion": "networking.istio.io/v1", "kind": "DestinationRule", "metadata": {"name": "s0"}, "spec": spec})
}

#[tokio::test]
async fn apply_tracks_owners_conflicts_and_removes_dropped_fields() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let api = dr_api(common::client(&server).await);
    let user = PatchParams::apply("kubectl");
    let ours = PatchParams::apply("fluidos-mesh");
    // The user owns the host and a load-balancer policy.
    api.patch(
        "s0",
        &user,
        &Patch::Apply(dr(
            json!({"host": "s0", "trafficPolicy": {"loadBalancer": {"simple": "LEAST_REQUEST"}}}),
        )),
    )
    .await
    .unwrap();
    // We add outlier detection as a partial object: the user's fields stay.
    let ours_obj = dr(
        json!({"host": "s0", "trafficPolicy": {"outlierDetection": {"consecutive5xxErrors": 5}}}),
    );
    let merged = api
        .patch("s0", &ours, &Patch::Apply(ours_obj.clone()))
        .await
        .unwrap();
    assert_eq!(
        merged.data["spec"]["trafficPolicy"]["loadBalancer"]["simple"],
        "LEAST_REQUEST"
    );
    assert_eq!(
        merged.data["spec"]["trafficPolicy"]["outlierDetection"]["consecutive5xxErrors"],
        5
    );
    let managers: Vec<_> = merged
        .metadata
        .managed_fields
        .unwrap()
        .into_iter()
        .map(|m| (m.manager.unwrap(), m.operation.unwrap()))
        .collect();
    assert!(
        managers.contains(&("kubectl".into(), "Apply".into()))
            && managers.contains(&("fluidos-mesh".into(), "Apply".into()))
    );

    // Changing a field the user owns is a conflict naming the owner and the field...
    let err = api
        .patch("s0", &ours, &Patch::Apply(dr(json!({"host": "other"}))))
        .await
        .unwrap_err();
    let kube::Error::Api(status) = err else {
        panic!("{err:?}")
    };
    assert_eq!(status.code, 409);
    assert!(
        status.message.contains("conflict with \"kubectl\"")
            && status.message.contains(".spec.host"),
        "{}",
        status.message
    );
    // ...that force overrides.
    let forced = api.patch("s0", &ours.clone().force(), &Patch::Apply(dr(json!({"host": "other", "trafficPolicy": {"outlierDetection": {"consecutive5xxErrors": 5}}})))).await.unwrap();
    assert_eq!(forced.data["spec"]["host"], "other");

    // Re-applying the same object writes nothing.
    let rv = server.resource_version();
    api.patch("s0", &ours.clone().force(), &Patch::Apply(dr(json!({"host": "other", "trafficPolicy": {"outlierDetection": {"consecutive5xxErrors": 5}}})))).await.unwrap();
    assert_eq!(server.resource_version(), rv);

    // Dropping our field removes it; the user's field stays.
    let after = api
        .patch(
            "s0",
            &ours.force(),
            &Patch::Apply(dr(json!({"host": "other"}))),
        )
        .await
        .unwrap();
    assert!(
        after.data["spec"]["trafficPolicy"]
            .get("outlierDetection")
            .is_none()
    );
    assert_eq!(
        after.data["spec"]["trafficPolicy"]["loadBalancer"]["simple"],
        "LEAST_REQUEST"
    );
}

#[tokio::test]
async fn apply_validates_custom_resources_against_the_real_crd_schema() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let api = dr_api(common::client(&server).await);
    let pp = PatchParams::apply("fluidos-mesh");
    let bad = dr(
        json!({"host": "s0", "trafficPolicy": {"outlierDetection": {"consecutive5xxErrors": "five"}}}),
    );
    let err = api.patch("s0", &pp, &Patch::Apply(bad)).await.unwrap_err();
    let kube::Error::Api(status) = err else {
        panic!("{err:?}")
    };
    assert_eq!(status.code, 422);
    assert!(
        status
            .message
            .contains("spec.trafficPolicy.outlierDetection.consecutive5xxErrors"),
        "{}",
        status.message
    );
    // `host` is required by Istio's schema.
    let err = api
        .patch("s0", &pp, &Patch::Apply(dr(json!({"exportTo": ["."]}))))
        .await
        .unwrap_err();
    assert!(
        matches!(err, kube::Error::Api(ref s) if s.code == 422 && s.message.contains("spec.host")),
        "{err:?}"
    );
    // Strict field validation rejects unknown fields; the default prunes them.
    let strict = PatchParams {
        field_validation: Some(kube::api::ValidationDirective::Strict),
        ..pp.clone()
    };
    let err = api
        .patch(
            "s0",
            &strict,
            &Patch::Apply(dr(json!({"host": "s0", "bogus": 1}))),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(err, kube::Error::Api(ref s) if s.code == 422 && s.message.contains("spec.bogus")),
        "{err:?}"
    );
    let pruned = api
        .patch(
            "s0",
            &pp,
            &Patch::Apply(dr(json!({"host": "s0", "bogus": 1}))),
        )
        .await
        .unwrap();
    assert!(pruned.data["spec"].get("bogus").is_none());
    assert!(
        server
            .get(
                "networking.istio.io/v1",
                "DestinationRule",
                Some("demo"),
                "s0"
            )
            .is_some()
    );
}

#[tokio::test]
async fn liqo_namespace_offloading_validates_its_enums() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let ar = ApiResource::from_gvk(&GroupVersionKind::gvk(
        "offloading.liqo.io",
        "v1beta1",
        "NamespaceOffloading",
    ));
    let api: Api<DynamicObject> = Api::namespaced_with(common::client(&server).await, "demo", &ar);
    let obj = |strategy: &str| {
        json!({"apiVersion": "offloading.liqo.io/v1beta1", "kind": "NamespaceOffloading",
        "metadata": {"name": "offloading"}, "spec": {"namespaceMappingStrategy": "EnforceSameName", "podOffloadingStrategy": strategy}})
    };
    let err = api
        .patch(
            "offloading",
            &PatchParams::apply("t"),
            &Patch::Apply(obj("Everywhere")),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(err, kube::Error::Api(ref s) if s.code == 422 && s.message.contains("spec.podOffloadingStrategy")),
        "{err:?}"
    );
    api.patch(
        "offloading",
        &PatchParams::apply("t"),
        &Patch::Apply(obj("LocalAndRemote")),
    )
    .await
    .unwrap();
}
