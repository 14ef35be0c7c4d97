mod common;

use fluidos_test_apiserver::TestServer;
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{ConfigMap, Namespace, Node};
use kube::api::{Api, DeleteParams, ListParams, Patch, PatchParams, PostParams};
use serde_json::json;

fn cm(name: &str, labels: serde_json::Value) -> ConfigMap {
    serde_json::from_value(
        json!({"metadata": {"name": name, "labels": labels}, "data": {"k": "v"}}),
    )
    .unwrap()
}

#[tokio::test]
async fn create_get_list_with_label_and_field_selectors() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let client = common::client(&server).await;
    let nodes: Api<Node> = Api::all(client.clone());
    let names = |l: kube::core::ObjectList<Node>| {
        l.items
            .into_iter()
            .map(|n| n.metadata.name.unwrap())
            .collect::<Vec<_>>()
    };
    let lp = |s: &str| ListParams::default().labels(s);
    assert_eq!(
        names(
            nodes
                .list(&lp("topology.kubernetes.io/zone in (edge1,edge2)"))
                .await
                .unwrap()
        ),
        ["liqo-edge1", "liqo-edge2"]
    );
    assert_eq!(
        names(
            nodes
                .list(&lp("topology.kubernetes.io/zone notin (edge1)"))
                .await
                .unwrap()
        ),
        ["cloud-1", "liqo-edge2"]
    );
    assert_eq!(
        names(nodes.list(&lp("!liqo.io/type")).await.unwrap()),
        ["cloud-1"]
    );
    let by_name = ListParams::default().fields("metadata.name=liqo-edge2");
    assert_eq!(names(nodes.list(&by_name).await.unwrap()), ["liqo-edge2"]);
    let bad = nodes
        .list(&ListParams::default().fields("spec.podCIDR=x"))
        .await
        .unwrap_err();
    assert!(
        matches!(bad, kube::Error::Api(ref e) if e.code == 400),
        "{bad:?}"
    );

    let cms: Api<ConfigMap> = Api::namespaced(client, "demo");
    let created = cms
        .create(&PostParams::default(), &cm("a", json!({"x": "1"})))
        .await
        .unwrap();
    assert!(created.metadata.uid.is_some() && created.metadata.resource_version.is_some());
    assert_eq!(cms.get("a").await.unwrap().data.unwrap()["k"], "v");
    let dup = cms
        .create(&PostParams::default(), &cm("a", json!({})))
        .await
        .unwrap_err();
    assert!(matches!(dup, kube::Error::Api(ref e) if e.code == 409 && e.reason == "AlreadyExists"));
}

#[tokio::test]
async fn updates_with_a_stale_resource_version_conflict() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let cms: Api<ConfigMap> = Api::namespaced(common::client(&server).await, "demo");
    let first = cms
        .create(&PostParams::default(), &cm("a", json!({})))
        .await
        .unwrap();
    let mut newer = first.clone();
    newer.data = Some([("k".to_string(), "w".to_string())].into());
    cms.replace("a", &PostParams::default(), &newer)
        .await
        .unwrap();
    let mut stale = first;
    stale.data = Some([("k".to_string(), "stale".to_string())].into());
    let err = cms
        .replace("a", &PostParams::default(), &stale)
        .await
        .unwrap_err();
    assert!(
        matches!(err, kube::Error::Api(ref e) if e.code == 409 && e.reason == "Conflict"),
        "{err:?}"
    );
    assert_eq!(cms.get("a").await.unwrap().data.unwrap()["k"], "w");
}

#[tokio::test]
async fn merge_and_json_patches_and_dry_run() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let client = common::client(&server).await;
    let ns: Api<Namespace> = Api::all(client.clone());
    let pp = PatchParams::default();
    ns.patch(
        "demo",
        &pp,
        &Patch::Merge(json!({"metadata": {"labels": {"istio-injection": null, "team": "a"}}})),
    )
    .await
    .unwrap();
    let labels = ns.get("demo").await.unwrap().metadata.labels.unwrap();
    assert_eq!(labels.get("team").map(String::as_str), Some("a"));
    assert!(!labels.contains_key("istio-injection"));
    let ops: json_patch::Patch =
        serde_json::from_value(json!([{"op": "add", "path": "/metadata/labels/b", "value": "2"}]))
            .unwrap();
    ns.patch("demo", &pp, &Patch::<()>::Json(ops))
        .await
        .unwrap();
    assert_eq!(
        ns.get("demo").await.unwrap().metadata.labels.unwrap()["b"],
        "2"
    );

    let before = server.resource_version();
    let dry = PatchParams {
        dry_run: true,
        ..Default::default()
    };
    let out = ns
        .patch(
            "demo",
            &dry,
            &Patch::Merge(json!({"metadata": {"labels": {"c": "3"}}})),
        )
        .await
        .unwrap();
    assert_eq!(
        out.metadata.labels.unwrap()["c"],
        "3",
        "dry run returns the would-be object"
    );
    let cms: Api<ConfigMap> = Api::namespaced(client, "demo");
    cms.create(
        &PostParams {
            dry_run: true,
            ..Default::default()
        },
        &cm("dry", json!({})),
    )
    .await
    .unwrap();
    cms.delete(
        "missing",
        &DeleteParams {
            dry_run: true,
            ..Default::default()
        },
    )
    .await
    .unwrap_err();
    assert_eq!(
        server.resource_version(),
        before,
        "dryRun=All wrote nothing"
    );
    assert!(server.get("v1", "ConfigMap", Some("demo"), "dry").is_none());
    assert!(
        server
            .requests()
            .iter()
            .any(|r| r.dry_run && r.verb == "create")
    );
}

#[tokio::test]
async fn namespaced_writes_need_the_namespace_and_its_deletion_removes_contents() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let client = common::client(&server).await;
    let missing: Api<ConfigMap> = Api::namespaced(client.clone(), "nope");
    let err = missing
        .create(&PostParams::default(), &cm("a", json!({})))
        .await
        .unwrap_err();
    assert!(
        matches!(err, kube::Error::Api(ref e) if e.code == 404 && e.message.contains("namespaces \"nope\" not found")),
        "{err:?}"
    );
    let deployments: Api<Deployment> = Api::namespaced(client.clone(), "demo");
    let d: Deployment = serde_json::from_value(json!({"metadata": {"name": "s0"}, "spec": {"selector": {"matchLabels": {"app": "s0"}},
        "template": {"metadata": {"labels": {"app": "s0"}}, "spec": {"containers": [{"name": "c", "image": "i"}]}}}})).unwrap();
    deployments
        .create(&PostParams::default(), &d)
        .await
        .unwrap();
    let bad_name: Api<ConfigMap> = Api::namespaced(client.clone(), "demo");
    let err = bad_name
        .create(&PostParams::default(), &cm("Bad_Name", json!({})))
        .await
        .unwrap_err();
    assert!(
        matches!(err, kube::Error::Api(ref e) if e.code == 422),
        "{err:?}"
    );
    Api::<Namespace>::all(client)
        .delete("demo", &DeleteParams::default())
        .await
        .unwrap();
    assert!(
        server
            .get("apps/v1", "Deployment", Some("demo"), "s0")
            .is_none()
    );
}

#[tokio::test]
async fn lists_paginate_with_limit_and_continue() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    for i in 0..7 {
        server.seed_value(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": format!("c{i}"), "namespace": "demo"}}));
    }
    let cms: Api<ConfigMap> = Api::namespaced(common::client(&server).await, "demo");
    let page = cms.list(&ListParams::default().limit(3)).await.unwrap();
    assert_eq!(page.items.len(), 3);
    let token = page.metadata.continue_.clone().expect("continue token");
    let rest = cms
        .list(&ListParams::default().limit(10).continue_token(&token))
        .await
        .unwrap();
    assert_eq!(rest.items.len(), 4);
    assert!(
        rest.metadata
            .continue_
            .as_deref()
            .unwrap_or_default()
            .is_empty()
    );
}

#[tokio::test]
async fn a_crd_created_through_the_api_is_served_from_then_on() {
    use kube::api::{ApiResource, DynamicObject};
    use kube::core::GroupVersionKind;
    let server = TestServer::builder().start();
    server.seed_yaml("apiVersion: v1\nkind: Namespace\nmetadata: {name: default}\n");
    let client = common::client(&server).await;
    let gvk = GroupVersionKind::gvk("example.io", "v1", "Widget");
    let widgets: Api<DynamicObject> = Api::namespaced_with(
        client.clone(),
        "default",
        &ApiResource::from_gvk_with_plural(&gvk, "widgets"),
    );
    assert!(
        widgets.list(&ListParams::default()).await.is_err(),
        "not served before"
    );
    let crds: Api<DynamicObject> = Api::all_with(
        client.clone(),
        &ApiResource::from_gvk_with_plural(
            &GroupVersionKind::gvk("apiextensions.k8s.io", "v1", "CustomResourceDefinition"),
            "customresourcedefinitions",
        ),
    );
    let crd: DynamicObject = serde_json::from_value(json!({
        "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": "widgets.example.io"},
        "spec": {"group": "example.io", "scope": "Namespaced",
                 "names": {"kind": "Widget", "plural": "widgets"},
                 "versions": [{"name": "v1", "served": true, "storage": true,
                               "schema": {"openAPIV3Schema": {"type": "object", "properties": {
                                   "spec": {"type": "object", "properties": {"size": {"type": "integer"}}}}}}}]}
    }))
    .unwrap();
    crds.create(&PostParams::default(), &crd).await.unwrap();
    let widget: DynamicObject = serde_json::from_value(json!({
        "apiVersion": "example.io/v1", "kind": "Widget",
        "metadata": {"name": "w", "namespace": "default"}, "spec": {"size": 3}}))
    .unwrap();
    widgets
        .create(&PostParams::default(), &widget)
        .await
        .unwrap();
    assert_eq!(
        widgets
            .list(&ListParams::default())
            .await
            .unwrap()
            .items
            .len(),
        1
    );
    let mut bad = widget.clone();
    bad.metadata.name = Some("bad".into());
    bad.data = json!({"spec": {"size": "large"}});
    let err = widgets
        .create(&PostParams::default(), &bad)
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("size"),
        "validated by its schema: {err}"
    );
}
