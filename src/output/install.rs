//! How install/uninstall plans and results look: numbered phases with their objects and helm
//! command lines for people; YAML documents with the helm lines as comments, or JSON, for
//! machines.

use super::Printer;
use crate::cli::OutputFormat;
use crate::cluster::mesh::GatewayAddress;
use crate::error::{Error, Result};
use crate::install::Phase;
use serde_json::{Value, json};

fn yaml(value: &Value) -> Result<String> {
    serde_saphyr::to_string(value).map_err(|e| Error::Output(e.to_string()))
}

fn commented(text: &str, prefix: &str) -> String {
    text.lines().map(|l| format!("{prefix}{l}\n")).collect()
}

pub fn print_phases(printer: &mut Printer, phases: &[Phase], timeout: &str) -> Result<()> {
    match printer.format {
        OutputFormat::Json => printer.document(
            &json!({"phases": phases.iter().map(|p| phase_json(p, timeout)).collect::<Vec<_>>()}),
        ),
        OutputFormat::Yaml => {
            for phase in phases {
                printer.write(&format!("# {}\n", phase.title()))?;
                match phase {
                    Phase::Objects { changes, .. } => {
                        for step in &changes.steps {
                            match step {
                                crate::plan::Step::Apply { object, .. } => {
                                    printer.write("---\n")?;
                                    printer.document(object)?;
                                }
                                other if other.writes() => {
                                    printer.write(&format!("# {}\n", other.describe()))?
                                }
                                _ => {}
                            }
                        }
                    }
                    Phase::Install { release, .. } => {
                        printer
                            .write(&format!("# {}\n# with values:\n", release.display(timeout)))?;
                        printer.write(&commented(&yaml(&release.values)?, "#   "))?;
                    }
                    Phase::Uninstall { release, .. } => {
                        printer
                            .write(&format!("# helm {}\n", release.uninstall_args().join(" ")))?;
                    }
                }
            }
            Ok(())
        }
        _ => {
            for (i, phase) in phases.iter().enumerate() {
                printer.line(&format!("{}. {}", i + 1, phase.title()))?;
                match phase {
                    Phase::Objects { changes, .. } if changes.steps.iter().all(|s| !s.writes()) => {
                        printer.line("   (unchanged)")?
                    }
                    Phase::Objects { changes, .. } => {
                        for step in changes.steps.iter().filter(|s| s.writes()) {
                            printer.line(&format!("   {}", step.describe()))?;
                        }
                    }
                    Phase::Install { release, .. } => {
                        printer.line(&format!("   {}", release.display(timeout)))?;
                        printer.write(&commented(&yaml(&release.values)?, "     "))?;
                    }
                    Phase::Uninstall { release, .. } => {
                        printer.line(&format!(
                            "   helm {} (if installed)",
                            release.uninstall_args().join(" ")
                        ))?;
                    }
                }
            }
            printer.line("(dry run: nothing was changed)")
        }
    }
}

fn phase_json(phase: &Phase, timeout: &str) -> Value {
    match phase {
        Phase::Objects { title, changes } => json!({"title": title, "objects": changes.objects(),
            "steps": changes.steps.iter().map(|s| s.describe()).collect::<Vec<_>>()}),
        Phase::Install { title, release } => {
            json!({"title": title, "helm": release.display(timeout), "values": release.values})
        }
        Phase::Uninstall { title, release } => {
            json!({"title": title, "helm": format!("helm {}", release.uninstall_args().join(" "))})
        }
    }
}

pub fn print_summary(
    printer: &mut Printer,
    changed: usize,
    took: std::time::Duration,
    gateways: &[GatewayAddress],
) -> Result<()> {
    if printer.is_machine() {
        return printer.document(&json!({"changed": changed, "gateways": gateways}));
    }
    let what = if changed == 0 {
        "Nothing to change: already installed like that.".to_string()
    } else {
        format!(
            "Done in {:.1}s ({changed} step(s) changed something).",
            took.as_secs_f64()
        )
    };
    eprintln!("{what}");
    if !gateways.is_empty() {
        let mut t =
            super::table::TableBuilder::new(&["site", "gateway", "type", "address"], printer.style);
        for g in gateways {
            t.row(vec![
                super::table::plain(g.site.clone()),
                super::table::plain(g.service.clone()),
                super::table::plain(g.type_.clone()),
                super::table::plain(g.address.clone()),
            ]);
        }
        printer.write(&t.render())?;
    }
    Ok(())
}
