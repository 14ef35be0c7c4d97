mod common;

use fluidos_test_apiserver::{Denial, Fault, FaultAction, TestServer};
use k8s_openapi::api::core::v1::{ConfigMap, Node};
use kube::api::{Api, ListParams, PostParams};
use serde_json::json;

#[tokio::test]
async fn the_nth_matching_request_fails_with_the_chosen_status() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    server.inject(Fault::new(
        "create",
        "configmaps",
        2,
        FaultAction::Status(500),
    ));
    let cms: Api<ConfigMap> = Api::namespaced(common::client(&server).await, "demo");
    let cm =
        |n: &str| serde_json::from_value::<ConfigMap>(json!({"metadata": {"name": n}})).unwrap();
    cms.create(&PostParams::default(), &cm("one"))
        .await
        .unwrap();
    let err = cms
        .create(&PostParams::default(), &cm("two"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, kube::Error::Api(ref e) if e.code == 500),
        "{err:?}"
    );
    cms.create(&PostParams::default(), &cm("three"))
        .await
        .unwrap();
    assert!(server.get("v1", "ConfigMap", Some("demo"), "two").is_none());
    assert_eq!(server.count("create", "configmaps"), 3);
    assert_eq!(server.writes().len(), 3);
}

#[tokio::test]
async fn a_dropped_connection_surfaces_as_a_transport_error() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    server.inject(Fault::new("list", "nodes", 1, FaultAction::DropConnection));
    let nodes: Api<Node> = Api::all(common::client(&server).await);
    let err = nodes.list(&ListParams::default()).await.unwrap_err();
    assert!(!matches!(err, kube::Error::Api(_)), "{err:?}");
    assert_eq!(
        nodes
            .list(&ListParams::default())
            .await
            .unwrap()
            .items
            .len(),
        3
    );
}

#[tokio::test]
async fn wrong_tokens_get_401_and_denials_get_the_real_403_message() {
    let server = TestServer::builder().start();
    server.seed_yaml(common::SITES);
    let bad = server.kubeconfig_with_token("bad", Some("wrong"));
    let kubeconfig = kube::config::Kubeconfig::read_from(bad).unwrap();
    let config = kube::Config::from_custom_kubeconfig(kubeconfig, &Default::default())
        .await
        .unwrap();
    let nodes: Api<Node> = Api::all(kube::Client::try_from(config).unwrap());
    let err = nodes.list(&ListParams::default()).await.unwrap_err();
    assert!(
        matches!(err, kube::Error::Api(ref e) if e.code == 401),
        "{err:?}"
    );

    server.deny(Denial {
        verb: "list".into(),
        group: "".into(),
        resource: "nodes".into(),
        namespace: None,
    });
    let nodes: Api<Node> = Api::all(common::client(&server).await);
    let err = nodes.list(&ListParams::default()).await.unwrap_err();
    let kube::Error::Api(e) = err else { panic!() };
    assert_eq!(e.code, 403);
    assert_eq!(
        e.message,
        "nodes is forbidden: User \"fluidos-tester\" cannot list resource \"nodes\" in API group \"\" at the cluster scope"
    );
}

#[tokio::test]
async fn access_reviews_answer_from_the_denials() {
    use k8s_openapi::api::authorization::v1::SelfSubjectAccessReview;
    let server = TestServer::builder().start();
    server.deny(Denial {
        verb: "patch".into(),
        group: "apps".into(),
        resource: "deployments".into(),
        namespace: Some("demo".into()),
    });
    let reviews: Api<SelfSubjectAccessReview> = Api::all(common::client(&server).await);
    let ask = |ns: &str| {
        serde_json::from_value::<SelfSubjectAccessReview>(json!({"spec": {"resourceAttributes":
        {"verb": "patch", "group": "apps", "resource": "deployments", "namespace": ns}}}))
        .unwrap()
    };
    let denied = reviews
        .create(&PostParams::default(), &ask("demo"))
        .await
        .unwrap();
    assert!(!denied.status.unwrap().allowed);
    let allowed = reviews
        .create(&PostParams::default(), &ask("other"))
        .await
        .unwrap();
    assert!(allowed.status.unwrap().allowed);
}
