mod common;

use fluidos_test_apiserver::{Controllers, TestServer};
use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, DynamicObject, Patch, PatchParams, PostParams, WatchEvent, WatchParams};
use kube::core::{ApiResource, GroupVersionKind};
use kube::runtime::{WatchStreamExt, wait::await_condition, watcher};
use serde_json::json;
use std::time::Duration;

#[tokio::test]
async fn watch_streams_events_after_a_resource_version() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let cms: Api<ConfigMap> = Api::namespaced(common::client(&server).await, "demo");
    let rv = server.resource_version().to_string();
    let mut stream = cms
        .watch(&WatchParams::default().timeout(10), &rv)
        .await
        .unwrap()
        .boxed();
    let cm: ConfigMap = serde_json::from_value(json!({"metadata": {"name": "w"}})).unwrap();
    cms.create(&PostParams::default(), &cm).await.unwrap();
    cms.delete("w", &Default::default()).await.unwrap();
    let mut seen = vec![];
    while seen.len() < 2 {
        match tokio::time::timeout(Duration::from_secs(5), stream.try_next())
            .await
            .expect("event in time")
            .unwrap()
        {
            Some(WatchEvent::Added(c)) => seen.push(("ADDED", c.metadata.name.unwrap())),
            Some(WatchEvent::Deleted(c)) => seen.push(("DELETED", c.metadata.name.unwrap())),
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(
        seen,
        [("ADDED", "w".to_string()), ("DELETED", "w".to_string())]
    );
}

#[tokio::test]
async fn kube_runtime_watcher_sees_the_initial_list_and_changes() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let cms: Api<ConfigMap> = Api::namespaced(common::client(&server).await, "demo");
    let mut objects = watcher(cms.clone(), watcher::Config::default())
        .applied_objects()
        .boxed();
    let cm: ConfigMap = serde_json::from_value(json!({"metadata": {"name": "late"}})).unwrap();
    cms.create(&PostParams::default(), &cm).await.unwrap();
    let first = tokio::time::timeout(Duration::from_secs(5), objects.next())
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    assert_eq!(first.metadata.name.as_deref(), Some("late"));
}

#[tokio::test]
async fn simulated_controllers_make_waits_finish() {
    let server = TestServer::builder()
        .controllers(Controllers {
            deployment_delay: Some(Duration::from_millis(100)),
            offloading_delay: Some(Duration::from_millis(50)),
        })
        .start();
    server.seed_yaml(common::SITES);
    let client = common::client(&server).await;
    let deployments: Api<Deployment> = Api::namespaced(client.clone(), "demo");
    let d: Deployment = serde_json::from_value(json!({"metadata": {"name": "s0"}, "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "s0"}},
        "template": {"metadata": {"labels": {"app": "s0"}}, "spec": {"containers": [{"name": "c", "image": "i"}]}}}})).unwrap();
    deployments
        .create(&PostParams::default(), &d)
        .await
        .unwrap();
    let ready = |d: Option<&Deployment>| {
        d.and_then(|d| d.status.as_ref())
            .and_then(|s| s.ready_replicas)
            == Some(2)
    };
    tokio::time::timeout(
        Duration::from_secs(5),
        await_condition(deployments, "s0", ready),
    )
    .await
    .expect("ready in time")
    .unwrap();

    let ar = ApiResource::from_gvk(&GroupVersionKind::gvk(
        "offloading.liqo.io",
        "v1beta1",
        "NamespaceOffloading",
    ));
    let offloadings: Api<DynamicObject> = Api::namespaced_with(client, "demo", &ar);
    let off = |zones: &[&str]| {
        json!({"apiVersion": "offloading.liqo.io/v1beta1", "kind": "NamespaceOffloading", "metadata": {"name": "offloading"},
        "spec": {"namespaceMappingStrategy": "EnforceSameName", "podOffloadingStrategy": "LocalAndRemote",
                 "clusterSelector": {"nodeSelectorTerms": [{"matchExpressions": [{"key": "topology.kubernetes.io/zone", "operator": "In", "values": zones}]}]}}})
    };
    offloadings
        .patch(
            "offloading",
            &PatchParams::apply("t"),
            &Patch::Apply(off(&["edge9"])),
        )
        .await
        .unwrap();
    let phase = |want: &'static str| {
        move |o: Option<&DynamicObject>| {
            o.is_some_and(|o| o.data["status"]["offloadingPhase"] == want)
        }
    };
    tokio::time::timeout(
        Duration::from_secs(5),
        await_condition(
            offloadings.clone(),
            "offloading",
            phase("NoClusterSelected"),
        ),
    )
    .await
    .unwrap()
    .unwrap();
    offloadings
        .patch(
            "offloading",
            &PatchParams::apply("t"),
            &Patch::Apply(off(&["edge1"])),
        )
        .await
        .unwrap();
    tokio::time::timeout(
        Duration::from_secs(5),
        await_condition(offloadings.clone(), "offloading", phase("Ready")),
    )
    .await
    .unwrap()
    .unwrap();
    let status = &offloadings.get("offloading").await.unwrap().data["status"];
    assert!(status["remoteNamespacesConditions"].get("edge1").is_some());
    assert!(status["remoteNamespacesConditions"].get("edge2").is_none());
}

#[tokio::test]
async fn controllers_are_off_by_default() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let deployments: Api<Deployment> = Api::namespaced(common::client(&server).await, "demo");
    let d: Deployment = serde_json::from_value(json!({"metadata": {"name": "s0"}, "spec": {"selector": {"matchLabels": {"app": "s0"}},
        "template": {"metadata": {"labels": {"app": "s0"}}, "spec": {"containers": [{"name": "c", "image": "i"}]}}}})).unwrap();
    deployments
        .create(&PostParams::default(), &d)
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(deployments.get("s0").await.unwrap().status.is_none());
}
