//! How `status` looks: SERVICE × SITE, ready/desired per cell (and HPA with `-o wide`).

use super::Printer;
use super::table::{TableBuilder, Tone, plain};
use crate::cli::OutputFormat;
use crate::error::Result;
use crate::model::status::{Placement, Status};

fn cell(p: Option<&Placement>, wide: bool) -> (String, Tone) {
    let Some(p) = p else {
        return ("-".into(), Tone::Plain);
    };
    let ready = p.ready.map(|r| r.to_string()).unwrap_or_else(|| "?".into());
    let mut text = format!("{ready}/{}", p.desired);
    if wide && let Some(h) = &p.hpa {
        text.push_str(&format!(" hpa {}-{} ({})", h.min, h.max, h.current));
    }
    let tone = match p.ready {
        Some(r) if r >= p.desired => Tone::Good,
        Some(_) => Tone::Warning,
        None => Tone::Plain,
    };
    (text, tone)
}

pub fn table(status: &Status, all_namespaces: bool, wide: bool, style: super::Style) -> String {
    let mut headers: Vec<String> = Vec::new();
    if all_namespaces {
        headers.push("namespace".into());
    }
    headers.push("service".into());
    headers.extend(status.sites.iter().cloned());
    headers.push("locality".to_string());
    if wide {
        headers.extend(["mtls".to_string(), "policy".to_string()]);
    }
    headers.push("warnings".to_string());
    let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    let mut t = TableBuilder::new(&header_refs, style);
    for s in &status.services {
        let mut row = Vec::new();
        if all_namespaces {
            row.push(plain(&s.namespace));
        }
        row.push(plain(&s.name));
        row.extend(
            status
                .sites
                .iter()
                .map(|site| cell(s.sites.get(site), wide)),
        );
        let multi = s.sites.len() > 1;
        row.push(match (s.locality, multi) {
            (true, _) => ("on".into(), Tone::Good),
            (false, true) => ("missing".into(), Tone::Bad),
            (false, false) => plain("-"),
        });
        if wide {
            row.push(plain(format!("{} ({})", s.mtls.mode, s.mtls.source)));
            row.push(plain(s.policy.as_deref().unwrap_or("-")));
        }
        row.push(if s.warnings.is_empty() {
            plain("-")
        } else {
            (s.warnings.len().to_string(), Tone::Warning)
        });
        t.row(row);
    }
    t.render()
}

pub fn print(printer: &mut Printer, status: &Status, all_namespaces: bool) -> Result<()> {
    if printer.is_machine() {
        return printer.document(status);
    }
    if status.services.is_empty() {
        eprintln!("No services found.");
        return Ok(());
    }
    let text = table(
        status,
        all_namespaces,
        printer.format == OutputFormat::Wide,
        printer.style,
    );
    printer.write(&text)?;
    for s in &status.services {
        for w in &s.warnings {
            printer.warn(&format!("{}/{}: {w}", s.namespace, s.name));
        }
    }
    Ok(())
}
