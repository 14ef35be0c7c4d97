//! `kubectl fluidos-mesh plan`: predict latency of placements and recommend one.

use crate::change::{carry_out, holder};
use crate::cli::{ChangeArgs, PlanArgs};
use crate::cluster::snapshot::read_app;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::latency::report::{
    Inputs, cpu_requests, current_placement, params, parse_placement, report,
};
use crate::latency::search::Budget;
use crate::latency::workmodel::{self, Graph};
use crate::manifests;
use crate::model::app::AppSnapshot;
use crate::output::{latency as view, prompt};
use crate::prometheus::{QUERY_TIMEOUT, read_telemetry};
use std::collections::BTreeMap;

use crate::plan::moves::plan_transition;

/// The snapshot to read the placement (and workmodel ConfigMap) from: `-f`, else the cluster
/// unless a workmodel file and a placement say everything.
async fn snapshot(ctx: &Context, args: &PlanArgs) -> Result<Option<AppSnapshot>> {
    if !args.filename.is_empty() {
        let docs = manifests::read(&args.filename)?;
        let ns = manifests::namespace_of(&docs, ctx.global.namespace.as_deref());
        return manifests::snapshot(&docs, &ns, &args.cloud_site).map(Some);
    }
    let graph_known = args.workmodel.is_some()
        || (args.telemetry.prometheus.is_some() && !args.placement.is_empty());
    if graph_known && !args.apply {
        return Ok(None);
    }
    let ns = ctx.namespace().await?;
    read_app(ctx.connection().await?, Some(&ns), &args.cloud_site)
        .await
        .map(Some)
}

/// The call graph, and the service times measured when it comes from telemetry.
async fn graph(
    ctx: &Context,
    args: &PlanArgs,
    snap: Option<&AppSnapshot>,
) -> Result<(Graph, BTreeMap<String, f64>)> {
    if let Some(url) = &args.telemetry.prometheus {
        let ns = match snap {
            Some(s) => s.namespace.clone(),
            None => ctx.namespace().await?,
        };
        let t = read_telemetry(url, &ns, &args.telemetry.window, QUERY_TIMEOUT).await?;
        let g = workmodel::from_value(&t.workmodel)
            .map_err(|e| Error::Input(format!("call graph from {url}: {e}")))?;
        return Ok((g, t.service_ms));
    }
    let text = match (&args.workmodel, snap) {
        (Some(file), _) => std::fs::read_to_string(file).map_err(|e| Error::Input(format!("cannot read {}: {e}", file.display())))?,
        (None, Some(snap)) if !snap.documents.is_empty() => {
            let cm = snap.documents.iter().find(|d| d["kind"] == "ConfigMap" && d["metadata"]["name"] == "workmodel")
                .ok_or_else(|| Error::Input("the -f input has no ConfigMap named workmodel; pass --workmodel FILE".into()))?;
            serde_json::to_string(cm).unwrap_or_default()
        }
        (None, Some(snap)) => {
            let api: kube::Api<k8s_openapi::api::core::v1::ConfigMap> = kube::Api::namespaced(ctx.connection().await?.client.clone(), &snap.namespace);
            let cm = api.get("workmodel").await.map_err(|e| ctx_error(ctx, e, &snap.namespace))?;
            serde_json::to_string(&cm).unwrap_or_default()
        }
        (None, None) => return Err(Error::Usage("plan needs the call graph: --workmodel FILE, --prometheus URL, -f DIR, or -n NAMESPACE with a workmodel ConfigMap".into())),
    };
    let g = workmodel::parse(&text).map_err(|e| Error::Input(format!("workmodel: {e}")))?;
    Ok((g, BTreeMap::new()))
}

fn ctx_error(ctx: &Context, e: kube::Error, ns: &str) -> Error {
    let server = ctx.global.context.clone().unwrap_or_default();
    Error::from_kube(
        e,
        crate::cluster::Connection::action::<k8s_openapi::api::core::v1::ConfigMap>(
            "get",
            Some(ns),
            Some("workmodel"),
        ),
        &server,
    )
}

fn budget(args: &PlanArgs, g: &Graph, snap: Option<&AppSnapshot>) -> Result<Budget> {
    let cpu_millis = match &args.cpu_budget {
        Some(q) => Some(crate::model::quantity::cpu_millis(q).ok_or_else(|| {
            Error::Usage(format!(
                "--cpu-budget {q:?} is not a CPU quantity (e.g. 2 or 1500m)"
            ))
        })?),
        None => None,
    };
    let cpu =
        match (cpu_millis, snap) {
            (Some(_), Some(snap)) => cpu_requests(g, snap),
            (Some(_), None) => return Err(Error::Usage(
                "--cpu-budget needs the services' CPU requests: add -f MANIFESTS or -n NAMESPACE"
                    .into(),
            )),
            (None, _) => Vec::new(),
        };
    let services = args
        .budget
        .unwrap_or(if cpu_millis.is_some() { usize::MAX } else { 4 });
    Ok(Budget {
        services,
        cpu_millis,
        cpu,
    })
}

pub async fn run(ctx: &mut Context, args: &PlanArgs) -> Result<()> {
    let snap = snapshot(ctx, args).await?;
    let (g, measured_service_ms) = graph(ctx, args, snap.as_ref()).await?;
    let given = if !args.placement.is_empty() {
        parse_placement(&g, &args.placement)?
    } else {
        snap.as_ref()
            .map(|s| current_placement(&g, s))
            .unwrap_or_default()
    };
    let inputs = Inputs {
        placement: args.placement.clone(),
        rtt: args.rtt.clone(),
        hop_ms: args.hop.as_secs_f64() * 1000.0,
        service_time: args.service_time.clone(),
        measured_service_ms,
        default_service_ms: args.default_service_time.as_secs_f64() * 1000.0,
        ingress_site: args.ingress_site.clone(),
        entry: args.entry.clone(),
        samples: args.samples,
        seed: args.seed,
        cloud_site: args.cloud_site.clone(),
    };
    let p = params(&g, &inputs, &given)?;
    let budget = budget(args, &g, snap.as_ref())?;
    let result = report(&g, &p, &given, args.recommend.then_some(&budget));
    view::print(&mut ctx.printer, &result)?;
    if !args.apply {
        return Ok(());
    }
    let Some(snap) = snap else { return Ok(()) };
    let site = p.ingress_site.clone();
    let now: Vec<String> = given
        .get(&site)
        .into_iter()
        .flatten()
        .map(|i| g.services[*i].name.clone())
        .collect();
    let wanted: Vec<String> = result
        .placements
        .last()
        .and_then(|r| r.edge.get(&site))
        .cloned()
        .unwrap_or_default();
    let (add, remove, plans) = plan_transition(&snap, &site, &now, &wanted, &holder())?;
    if plans.is_empty() {
        eprintln!("The recommended placement is already the current one.");
        return Ok(());
    }
    let question = format!(
        "Move {} to {site} and bring back {} ?",
        if add.is_empty() {
            "nothing".into()
        } else {
            add.join(", ")
        },
        if remove.is_empty() {
            "nothing".into()
        } else {
            remove.join(", ")
        }
    );
    if !prompt::confirm(&question, ctx.global.yes)? {
        return Err(Error::Usage("cancelled: nothing was changed".into()));
    }
    let change = ChangeArgs {
        dry_run: false,
        filename: args.filename.clone(),
        cloud_site: args.cloud_site.clone(),
        timeout: std::time::Duration::from_secs(300),
        force_conflicts: false,
    };
    for (_, cs) in plans {
        carry_out(ctx, &change, &snap, cs).await?;
    }
    Ok(())
}
