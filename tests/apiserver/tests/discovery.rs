mod common;

use fluidos_test_apiserver::TestServer;
use kube::discovery::{Discovery, Scope};

#[tokio::test]
async fn discovery_serves_every_kind_the_plugin_uses_with_its_real_scope() {
    let server = TestServer::builder().start();
    let client = common::client(&server).await;
    let version = client.apiserver_version().await.expect("/version");
    assert_eq!(version.major, "1");
    let discovery = Discovery::new(client).run().await.expect("discovery");
    let expect = [
        ("", "Namespace", Scope::Cluster),
        ("", "Node", Scope::Cluster),
        ("", "Pod", Scope::Namespaced),
        ("", "Service", Scope::Namespaced),
        ("", "ConfigMap", Scope::Namespaced),
        ("apps", "Deployment", Scope::Namespaced),
        ("autoscaling", "HorizontalPodAutoscaler", Scope::Namespaced),
        (
            "authorization.k8s.io",
            "SelfSubjectAccessReview",
            Scope::Cluster,
        ),
        (
            "offloading.liqo.io",
            "NamespaceOffloading",
            Scope::Namespaced,
        ),
        ("offloading.liqo.io", "VirtualNode", Scope::Namespaced),
        ("core.liqo.io", "ForeignCluster", Scope::Cluster),
        ("networking.istio.io", "DestinationRule", Scope::Namespaced),
        ("networking.istio.io", "VirtualService", Scope::Namespaced),
        ("networking.istio.io", "Gateway", Scope::Namespaced),
    ];
    for (group, kind, scope) in expect {
        let found = discovery
            .groups()
            .filter(|g| g.name() == group)
            .flat_map(|g| g.recommended_resources())
            .find(|(ar, _)| ar.kind == kind);
        let (ar, caps) = found.unwrap_or_else(|| panic!("{group}/{kind} not discovered"));
        assert_eq!(caps.scope, scope, "{kind}");
        if group == "networking.istio.io" {
            assert_eq!(
                ar.version, "v1",
                "{kind}: v1 is the preferred (storage) version"
            );
        }
    }
    let autoscaling = discovery
        .groups()
        .find(|g| g.name() == "autoscaling")
        .unwrap();
    assert_eq!(autoscaling.preferred_version_or_latest(), "v2");
}

#[tokio::test]
async fn a_server_without_liqo_does_not_serve_its_groups() {
    let server = TestServer::builder()
        .without_group("core.liqo.io")
        .without_group("offloading.liqo.io")
        .start();
    let discovery = Discovery::new(common::client(&server).await)
        .run()
        .await
        .unwrap();
    assert!(
        discovery
            .groups()
            .all(|g| g.name() != "core.liqo.io" && g.name() != "offloading.liqo.io")
    );
    assert!(
        discovery
            .groups()
            .any(|g| g.name() == "networking.istio.io")
    );
}
