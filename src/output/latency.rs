//! How `plan` looks: one row per placement and routing.

use super::Printer;
use super::table::{TableBuilder, plain};
use crate::error::Result;
use crate::latency::model::Stats;
use crate::latency::report::Report;

fn ms(v: f64) -> String {
    format!("{v:.0}ms")
}

fn row(name: &str, edge: &str, routing: &str, s: &Stats) -> Vec<(String, super::table::Tone)> {
    vec![
        plain(name),
        plain(edge),
        plain(routing),
        plain(ms(s.mean_ms)),
        plain(ms(s.p50_ms)),
        plain(ms(s.p90_ms)),
        plain(ms(s.p99_ms)),
        plain(ms(s.p90_istio_ms)),
        plain(format!("{:.2}", s.cross_site_calls)),
    ]
}

pub fn print(printer: &mut Printer, report: &Report) -> Result<()> {
    if printer.is_machine() {
        return printer.document(report);
    }
    let mut t = TableBuilder::new(
        &[
            "placement",
            "edge",
            "routing",
            "mean",
            "p50",
            "p90",
            "p99",
            "p90(istio)",
            "cross-site",
        ],
        printer.style,
    );
    for p in &report.placements {
        let edge: Vec<String> = p
            .edge
            .iter()
            .map(|(site, svcs)| format!("{site}={}", svcs.join(",")))
            .collect();
        let edge = if edge.is_empty() {
            "-".to_string()
        } else {
            edge.join(" ")
        };
        t.row(row(&p.name, &edge, "mesh", &p.mesh));
        t.row(row("", "", "no-mesh", &p.no_mesh));
    }
    let text = t.render();
    printer.write(&text)?;
    let m = &report.model;
    printer.line(&format!(
        "model: requests enter {} at {}; hop {}ms; cloud-edge RTT {}ms; {} simulated requests per row (seed {}); mean is exact where the graph has no parallel groups",
        m["entry"].as_str().unwrap_or("?"), m["ingress_site"].as_str().unwrap_or("?"), m["hop_ms"], m["default_rtt_ms"], m["samples"], m["seed"]
    ))?;
    if let Some(s) = &report.search {
        let how = match s.method {
            crate::latency::search::Method::Exhaustive => "exhaustive search",
            crate::latency::search::Method::Greedy => {
                "greedy search (too many services for an exhaustive one)"
            }
        };
        let cpu = s.cpu_budget_millis.map(crate::model::quantity::format_cpu);
        let limit = match (s.budget, cpu) {
            (None, Some(cpu)) => format!("at most {cpu} CPU"),
            (Some(n), Some(cpu)) => format!("at most {n} services and {cpu} CPU"),
            (Some(n), None) => format!("at most {n} services"),
            (None, None) => "no limit".to_string(),
        };
        printer.line(&format!("recommended by {how}, {limit} at {}", s.site))?;
        if s.no_gain {
            printer.warn("the budget buys no gain: the entry service must run at the edge, and what it calls, for requests to stay there");
        }
    }
    Ok(())
}
