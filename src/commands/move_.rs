//! `kubectl fluidos-mesh move`: interactive front end over offload/unoffload svc.

use crate::change::{carry_out, holder, read_snapshot};
use crate::cli::MoveArgs;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::status::status;
use crate::output::plan as view;
use crate::output::prompt;
use crate::plan::moves::{Target, plan_moves};

const FLAG_FORM: &str =
    "kubectl fluidos-mesh move SERVICE... --to SITE[,SITE] | --from SITE[,SITE] [-n NAMESPACE]";

pub async fn run(ctx: &mut Context, args: &MoveArgs) -> Result<()> {
    let asking = args.services.is_empty();
    if asking && !prompt::interactive() {
        return Err(Error::Usage(format!(
            "move without services asks what to move, which needs a terminal; use the flag form: {FLAG_FORM}"
        )));
    }
    let snap = read_snapshot(ctx, &args.change, None).await?;
    let (services, target) = if asking {
        ask(&snap)?
    } else if !args.to.is_empty() {
        (args.services.clone(), Target::To(args.to.clone()))
    } else if !args.from.is_empty() {
        (args.services.clone(), Target::From(args.from.clone()))
    } else {
        return Err(Error::Usage(format!("say where to move them: {FLAG_FORM}")));
    };
    let plans = plan_moves(&snap, &services, &target, &holder())?;
    if asking {
        for (service, cs) in &plans {
            eprintln!("{service}:");
            view::print_plan(&mut ctx.printer, cs, false, None)?;
        }
        if !prompt::confirm("Carry out these changes?", ctx.global.yes)? {
            return Err(Error::Usage("cancelled: nothing was changed".into()));
        }
    }
    for (_, cs) in plans {
        carry_out(ctx, &args.change, &snap, cs).await?;
    }
    Ok(())
}

/// The questions: which services (showing where each runs), then where to.
fn ask(snap: &crate::model::app::AppSnapshot) -> Result<(Vec<String>, Target)> {
    let current = status(snap);
    let labels: Vec<String> = current
        .services
        .iter()
        .map(|s| {
            format!(
                "{:<20} at {}",
                s.name,
                s.sites.keys().cloned().collect::<Vec<_>>().join(", ")
            )
        })
        .collect();
    let chosen = prompt::choose_many(
        "Services to move (space to select, enter to confirm)",
        &labels,
    )?;
    if chosen.is_empty() {
        return Err(Error::Usage(
            "no service selected: nothing was changed".into(),
        ));
    }
    let services: Vec<String> = chosen
        .iter()
        .map(|i| current.services[*i].name.clone())
        .collect();
    let edges: Vec<String> = snap
        .sites()
        .sites
        .iter()
        .filter(|s| s.kind == crate::model::SiteKind::Edge)
        .map(|s| s.name.clone())
        .collect();
    let mut choices: Vec<String> = edges.iter().map(|e| format!("run at {e} too")).collect();
    choices.push("back to cloud only".into());
    let pick = prompt::choose_one("Where to", &choices)?;
    let target = match edges.get(pick) {
        Some(site) => Target::To(vec![site.clone()]),
        None => Target::CloudOnly,
    };
    Ok((services, target))
}
