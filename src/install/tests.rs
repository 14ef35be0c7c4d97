use super::*;
use std::path::PathBuf;

fn request(sites: &[&str]) -> InstallRequest {
    InstallRequest {
        sites: sites.iter().map(|s| s.to_string()).collect(),
        cloud_site: "cloud".into(),
        istio_version: DEFAULT_ISTIO_VERSION.into(),
        gateway_service_type: "NodePort".into(),
        telemetry: false,
        mtls: "PERMISSIVE".into(),
        tracing_sampling: None,
        charts: ChartSource::Repo(ISTIO_REPO.into()),
    }
}

fn titles(phases: &[Phase]) -> Vec<&str> {
    phases.iter().map(Phase::title).collect()
}

#[test]
fn control_plane_first_then_one_gateway_per_site() {
    let phases = plan_install(&request(&["cloud", "edge1"]), &Live::default()).unwrap();
    assert_eq!(
        titles(&phases),
        [
            "namespace istio-system, offloaded with podOffloadingStrategy Local",
            "chart base (istio-base) in istio-system",
            "chart istiod (istiod) in istio-system",
            "mesh-wide mTLS PERMISSIVE",
            "namespace istio-ingress-cloud for site cloud",
            "ingress gateway of site cloud",
            "namespace istio-ingress-edge1 for site edge1",
            "ingress gateway of site edge1",
        ]
    );
    let Phase::Install {
        release: istiod, ..
    } = &phases[2]
    else {
        panic!()
    };
    assert_eq!(
        istiod.values["pilot"]["nodeSelector"]["topology.kubernetes.io/zone"],
        "cloud"
    );
    assert_eq!(istiod.values["global"]["proxy"]["tracer"], "zipkin");
    let Phase::Objects { changes, .. } = &phases[3] else {
        panic!()
    };
    let pa = changes.objects()[0].clone();
    assert_eq!(pa["kind"], "PeerAuthentication");
    assert_eq!(pa["metadata"]["namespace"], "istio-system");
    assert_eq!(
        pa["spec"]["mtls"]["mode"], "PERMISSIVE",
        "Istio's own default, made visible"
    );
    let Phase::Install { release: edge, .. } = &phases[7] else {
        panic!()
    };
    assert_eq!(edge.namespace, "istio-ingress-edge1");
    assert_eq!(edge.values["labels"]["istio"], "ingressgateway");
    assert_eq!(
        edge.values["nodeSelector"]["topology.kubernetes.io/zone"],
        "edge1"
    );
    assert_eq!(
        edge.values["tolerations"][0]["key"],
        "virtual-node.liqo.io/not-allowed"
    );
    let Phase::Install { release: cloud, .. } = &phases[5] else {
        panic!()
    };
    assert!(
        cloud.values.get("tolerations").is_none(),
        "the cloud gateway runs on real nodes"
    );
}

#[test]
fn namespaces_are_offloaded_local_for_istio_and_per_site_for_gateways() {
    let phases = plan_install(&request(&["cloud", "edge1"]), &Live::default()).unwrap();
    let offloadings: Vec<&Value> = phases
        .iter()
        .filter_map(|p| match p {
            Phase::Objects { changes, .. } => Some(changes.objects()),
            _ => None,
        })
        .flatten()
        .filter(|o| o["kind"] == "NamespaceOffloading")
        .collect();
    assert_eq!(
        offloadings.len(),
        2,
        "istio-system and edge1's gateway namespace; the cloud's is local"
    );
    assert_eq!(offloadings[0]["metadata"]["namespace"], "istio-system");
    assert_eq!(offloadings[0]["spec"]["podOffloadingStrategy"], "Local");
    assert!(offloadings[0]["spec"].get("clusterSelector").is_none());
    assert_eq!(
        offloadings[1]["spec"]["podOffloadingStrategy"],
        "LocalAndRemote"
    );
    assert_eq!(
        offloadings[1]["spec"]["namespaceMappingStrategy"],
        "EnforceSameName"
    );
    assert_eq!(
        offloadings[1]["spec"]["clusterSelector"]["nodeSelectorTerms"][0]["matchExpressions"][0]["values"],
        json!(["edge1"])
    );
}

#[test]
fn a_second_plan_over_what_the_first_made_writes_nothing() {
    let req = request(&["cloud", "edge1"]);
    let first = plan_install(&req, &Live::default()).unwrap();
    let mut live = Live::default();
    for p in &first {
        if let Phase::Objects { changes, .. } = p {
            for o in changes.objects() {
                let mut o = o.clone();
                o["metadata"]["uid"] = json!("x");
                match o["kind"].as_str() {
                    Some("Namespace") => live.namespaces.push(o),
                    _ => live.offloadings.push(o),
                }
            }
        }
    }
    let second = plan_install(&req, &live).unwrap();
    assert!(second.iter().all(|p| match p {
        Phase::Objects { changes, .. } => changes.steps.iter().all(|s| !s.writes()),
        _ => true,
    }));
}

#[test]
fn uninstall_reverses_and_deletes_only_what_the_plugin_labelled() {
    let req = request(&["cloud", "edge1"]);
    let mut live = Live::default();
    live.namespaces
        .push(json!({"kind": "Namespace", "metadata": {"name": "istio-system"}}));
    live.namespaces.push(
        json!({"kind": "Namespace", "metadata": {"name": "istio-ingress-edge1",
        "labels": {"app.kubernetes.io/managed-by": "fluidos-mesh"}}}),
    );
    let phases = plan_uninstall(&req, &live, false).unwrap();
    assert_eq!(titles(&phases)[0], "ingress gateway of site edge1");
    assert!(matches!(phases[0], Phase::Uninstall { .. }));
    let deleted: Vec<String> = phases
        .iter()
        .filter_map(|p| match p {
            Phase::Objects { changes, .. } => Some(
                changes
                    .steps
                    .iter()
                    .map(|s| s.target().short())
                    .collect::<Vec<_>>(),
            ),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(
        deleted,
        ["namespace/istio-ingress-edge1"],
        "istio-system was not made by the plugin"
    );
}

#[test]
fn sites_must_include_the_cloud_and_be_zone_values() {
    let err = plan_install(&request(&["edge1"]), &Live::default()).unwrap_err();
    assert!(
        err.message.contains("must include the cloud site"),
        "{}",
        err.message
    );
    let err = plan_install(&request(&["cloud", "Edge_1"]), &Live::default()).unwrap_err();
    assert!(err.message.contains("Edge_1"), "{}", err.message);
}

#[test]
fn a_chart_directory_serves_every_chart_and_telemetry_adds_its_releases_and_monitors() {
    let mut req = request(&["cloud"]);
    req.charts = ChartSource::Dir(PathBuf::from("/srv/charts"));
    req.telemetry = true;
    let phases = plan_install(&req, &Live::default()).unwrap();
    let releases: Vec<&HelmRelease> = phases
        .iter()
        .filter_map(|p| match p {
            Phase::Install { release, .. } => Some(release),
            _ => None,
        })
        .collect();
    assert_eq!(
        releases
            .iter()
            .map(|r| r.chart.as_str())
            .collect::<Vec<_>>(),
        [
            "base",
            "istiod",
            "gateway",
            "kube-prometheus-stack",
            "jaeger",
            "kiali-server"
        ]
    );
    assert!(
        releases
            .iter()
            .all(|r| r.source == ChartSource::Dir("/srv/charts".into()))
    );
    let Some(Phase::Objects { changes, .. }) = phases.last() else {
        panic!()
    };
    let kinds: Vec<&str> = changes
        .objects()
        .iter()
        .filter_map(|o| o["kind"].as_str())
        .collect();
    assert_eq!(kinds, ["PodMonitor", "ServiceMonitor"]);
}

#[test]
fn tracing_sampling_goes_into_istiods_mesh_config_only_when_asked() {
    let mut req = request(&["cloud"]);
    let sampling = |req: &InstallRequest| {
        plan_install(req, &Live::default())
            .unwrap()
            .into_iter()
            .find_map(|p| match p {
                Phase::Install { release, .. } if release.chart == "istiod" => Some(release.values),
                _ => None,
            })
            .unwrap()["meshConfig"]["defaultConfig"]["tracing"]["sampling"]
            .clone()
    };
    assert_eq!(sampling(&req), Value::Null);
    req.tracing_sampling = Some(2.5);
    assert_eq!(sampling(&req), json!(2.5));
}

#[test]
fn what_uninstall_removes_is_read_from_what_install_left() {
    let ns = |name: &str, labels: Value| json!({"kind": "Namespace", "metadata": {"name": name, "labels": labels}});
    let live = Live {
        namespaces: vec![
            ns("istio-ingress-edge2", json!({})),
            ns("monitoring", json!({})),
            ns("shop", json!({"istio-injection": "enabled"})),
        ],
        ..Default::default()
    };
    let req = installed_request(&live, "cloud");
    assert_eq!(req.sites, ["cloud", "edge2"]);
    assert!(req.telemetry);
    let refused = plan_uninstall(&req, &live, false).unwrap_err();
    assert!(
        refused.message.contains("injection on: shop"),
        "{}",
        refused.message
    );
    assert!(plan_uninstall(&req, &live, true).is_ok());
}
