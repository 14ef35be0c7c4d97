// Shared by the integration tests of the test server: a kube client for a running server.
#![allow(dead_code)]

use fluidos_test_apiserver::TestServer;
use kube::config::{KubeConfigOptions, Kubeconfig};

pub async fn client(server: &TestServer) -> kube::Client {
    let kubeconfig = Kubeconfig::read_from(server.kubeconfig()).expect("kubeconfig");
    let config = kube::Config::from_custom_kubeconfig(kubeconfig, &KubeConfigOptions::default())
        .await
        .expect("config");
    kube::Client::try_from(config).expect("client")
}

pub const SITES: &str = r#"
apiVersion: v1
kind: Namespace
metadata: {name: demo, labels: {istio-injection: enabled}}
---
apiVersion: v1
kind: Node
metadata: {name: cloud-1, labels: {topology.kubernetes.io/zone: cloud}}
---
apiVersion: v1
kind: Node
metadata:
  name: liqo-edge1
  labels: {topology.kubernetes.io/zone: edge1, liqo.io/type: virtual-node, liqo.io/remote-cluster-id: edge1}
---
apiVersion: v1
kind: Node
metadata:
  name: liqo-edge2
  labels: {topology.kubernetes.io/zone: edge2, liqo.io/type: virtual-node, liqo.io/remote-cluster-id: edge2}
"#;
