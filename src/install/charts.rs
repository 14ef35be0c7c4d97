//! The charts `install` uses and the values it gives them (the choices are documented in
//! README "install").

use super::{InstallRequest, MONITORING_NAMESPACE};
use crate::model::hosts::ROOT_NAMESPACE;
use crate::model::labels;
use crate::tools::helm::{ChartSource, HelmRelease};
use serde_json::{Value, json};

/// The Istio version the commands were written and tested against.
pub const DEFAULT_ISTIO_VERSION: &str = "1.30.0";
pub const ISTIO_REPO: &str = "https://istio-release.storage.googleapis.com/charts";
const PROMETHEUS_REPO: &str = "https://prometheus-community.github.io/helm-charts";
const PROMETHEUS_STACK_VERSION: &str = "65.1.1";
const JAEGER_REPO: &str = "https://jaegertracing.github.io/helm-charts";
const JAEGER_VERSION: &str = "3.3.1";
const KIALI_REPO: &str = "https://kiali.org/helm-charts";
const KIALI_VERSION: &str = "2.0.0";
/// Where the Envoy proxies send spans (Jaeger's Zipkin-compatible collector).
pub const ZIPKIN_ADDRESS: &str = "jaeger-collector.monitoring:9411";
/// The taint Liqo puts on virtual nodes; gateways pinned to an edge must tolerate it.
const VIRTUAL_NODE_TAINT: &str = "virtual-node.liqo.io/not-allowed";

fn release(
    req: &InstallRequest,
    name: &str,
    ns: &str,
    chart: &str,
    version: &str,
    repo: &str,
    values: Value,
) -> HelmRelease {
    let source = match &req.charts {
        ChartSource::Dir(dir) => ChartSource::Dir(dir.clone()),
        ChartSource::Repo(istio) if repo == ISTIO_REPO => ChartSource::Repo(istio.clone()),
        ChartSource::Repo(_) => ChartSource::Repo(repo.into()),
    };
    HelmRelease {
        name: name.into(),
        namespace: ns.into(),
        chart: chart.into(),
        version: version.into(),
        source,
        values,
    }
}

/// `base` (CRDs, cluster roles) and `istiod`, pinned to the cloud site with tracing on.
pub fn control_plane(req: &InstallRequest) -> Vec<HelmRelease> {
    let v = &req.istio_version;
    let mut istiod_values = json!({
        "global": {"proxy": {"tracer": "zipkin"}},
        "meshConfig": {
            "enableTracing": true,
            "defaultConfig": {"tracing": {"zipkin": {"address": ZIPKIN_ADDRESS}}}
        },
        "pilot": {"nodeSelector": {labels::ZONE: req.cloud_site}}
    });
    if let Some(pct) = req.tracing_sampling {
        istiod_values["meshConfig"]["defaultConfig"]["tracing"]["sampling"] = json!(pct);
    }
    vec![
        release(
            req,
            "istio-base",
            ROOT_NAMESPACE,
            "base",
            v,
            ISTIO_REPO,
            json!({"defaultRevision": "default"}),
        ),
        release(
            req,
            "istiod",
            ROOT_NAMESPACE,
            "istiod",
            v,
            ISTIO_REPO,
            istiod_values,
        ),
    ]
}

/// One gateway per site, pinned to the site's zone, labelled so that one Gateway object
/// (`selector: {istio: ingressgateway}`) serves every site.
pub fn gateway(req: &InstallRequest, site: &str) -> HelmRelease {
    let mut values = json!({
        "labels": {"istio": "ingressgateway"},
        "service": {"type": req.gateway_service_type},
        "nodeSelector": {labels::ZONE: site}
    });
    if site != req.cloud_site {
        values["tolerations"] =
            json!([{"key": VIRTUAL_NODE_TAINT, "operator": "Exists", "effect": "NoExecute"}]);
    }
    release(
        req,
        "istio-ingressgateway",
        &super::gateway_namespace(site),
        "gateway",
        &req.istio_version,
        ISTIO_REPO,
        values,
    )
}

/// kube-prometheus-stack (picks up every Pod/ServiceMonitor), Jaeger (all in one, Zipkin
/// port on) and Kiali, at the cloud site.
pub fn telemetry(req: &InstallRequest) -> Vec<HelmRelease> {
    let cloud = json!({labels::ZONE: req.cloud_site});
    vec![
        release(
            req,
            "kube-prometheus-stack",
            MONITORING_NAMESPACE,
            "kube-prometheus-stack",
            PROMETHEUS_STACK_VERSION,
            PROMETHEUS_REPO,
            json!({
                "prometheus": {"prometheusSpec": {
                    "podMonitorSelectorNilUsesHelmValues": false,
                    "serviceMonitorSelectorNilUsesHelmValues": false,
                    "nodeSelector": cloud
                }},
                "grafana": {"nodeSelector": cloud}
            }),
        ),
        release(
            req,
            "jaeger",
            MONITORING_NAMESPACE,
            "jaeger",
            JAEGER_VERSION,
            JAEGER_REPO,
            json!({
                "provisionDataStore": {"cassandra": false},
                "allInOne": {"enabled": true, "nodeSelector": cloud},
                "storage": {"type": "memory"},
                "agent": {"enabled": false}, "collector": {"enabled": false, "service": {"zipkin": {"port": 9411}}}, "query": {"enabled": false}
            }),
        ),
        release(
            req,
            "kiali-server",
            ROOT_NAMESPACE,
            "kiali-server",
            KIALI_VERSION,
            KIALI_REPO,
            json!({
                "auth": {"strategy": "anonymous"},
                "deployment": {"node_selector": cloud},
                "external_services": {
                    "prometheus": {"url": "http://kube-prometheus-stack-prometheus.monitoring:9090"},
                    "tracing": {"enabled": true, "internal_url": "http://jaeger-query.monitoring:16685/jaeger", "use_grpc": true}
                }
            }),
        ),
    ]
}

/// Scrapes every Envoy sidecar's `/stats/prometheus` and istiod (Istio's documented monitors).
pub fn monitors() -> Vec<Value> {
    let meta = |name: &str| {
        json!({"name": name, "namespace": MONITORING_NAMESPACE,
        "labels": {labels::MANAGED_BY: labels::MANAGED_BY_VALUE}})
    };
    vec![
        json!({"apiVersion": "monitoring.coreos.com/v1", "kind": "PodMonitor", "metadata": meta("envoy-stats-monitor"),
        "spec": {
            "selector": {"matchExpressions": [{"key": "istio-prometheus-ignore", "operator": "DoesNotExist"}]},
            "namespaceSelector": {"any": true},
            "jobLabel": "envoy-stats",
            "podMetricsEndpoints": [{"path": "/stats/prometheus", "interval": "15s", "port": "http-envoy-prom"}]
        }}),
        json!({"apiVersion": "monitoring.coreos.com/v1", "kind": "ServiceMonitor", "metadata": meta("istio-component-monitor"),
        "spec": {
            "jobLabel": "istio",
            "selector": {"matchLabels": {"istio": "pilot"}},
            "namespaceSelector": {"matchNames": [ROOT_NAMESPACE]},
            "endpoints": [{"port": "http-monitoring", "interval": "15s"}]
        }}),
    ]
}
