//! `kubectl fluidos-mesh offload namespace|svc`.

use crate::change::{carry_out, holder, read_snapshot, with_final_waits};
use crate::cli::{OffloadCommand, OffloadNamespaceArgs, OffloadSvcArgs};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::plan::namespace::{NamespaceRequest, plan_offload_namespace};
use crate::plan::offload::{OffloadRequest, plan_offload};
use crate::plan::package::HpaSettings;
use std::io::IsTerminal;

pub async fn run(ctx: &mut Context, command: &OffloadCommand) -> Result<()> {
    match command {
        OffloadCommand::Namespace(args) => namespace(ctx, args).await,
        OffloadCommand::Svc(args) => svc(ctx, args).await,
    }
}

async fn namespace(ctx: &mut Context, args: &OffloadNamespaceArgs) -> Result<()> {
    for ns in &args.namespaces {
        let snap = read_snapshot(ctx, &args.change, Some(ns)).await?;
        let req = NamespaceRequest {
            sites: args.sites.clone(),
            strategy: args.pod_offloading_strategy,
            injection: !args.no_injection,
            mtls: args.mtls.map(|m| m.istio()),
        };
        let cs = plan_offload_namespace(&snap, &req)?;
        carry_out(ctx, &args.change, &snap, cs).await?;
    }
    Ok(())
}

async fn svc(ctx: &mut Context, args: &OffloadSvcArgs) -> Result<()> {
    if args.offload_namespace && !ctx.global.yes {
        return Err(Error::Usage(
            "--offload-namespace changes the namespace too: add --yes to confirm".into(),
        ));
    }
    let snap = read_snapshot(ctx, &args.change, None).await?;
    let req = OffloadRequest {
        service: args.service.clone(),
        sites: args.to.clone(),
        replicas: args.replicas,
        hpa: HpaSettings {
            min: args.min,
            max: args.max,
            cpu_target: args.cpu_target,
        },
        offload_namespace: args.offload_namespace,
        holder: holder(),
        policy: args.policy.policy(),
    };
    let mut cs = plan_offload(&snap, &req)?;
    if args.wait.unwrap_or_else(|| std::io::stderr().is_terminal())
        && snap.source == crate::model::app::Source::Cluster
    {
        cs = with_final_waits(cs);
    }
    carry_out(ctx, &args.change, &snap, cs).await
}
