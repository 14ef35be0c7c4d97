//! How a ChangeSet looks: a step table for people, the objects for machines.

use super::Printer;
use super::table::{TableBuilder, plain};
use crate::error::Result;
use crate::plan::ChangeSet;
use serde_json::{Value, json};

/// The applied/created objects as a YAML stream or a JSON `List`.
pub fn print_objects(printer: &mut Printer, cs: &ChangeSet) -> Result<()> {
    if !printer.is_machine() {
        return Ok(());
    }
    let objects: Vec<Value> = cs
        .objects()
        .into_iter()
        .filter(|o| !is_lock(o))
        .cloned()
        .collect();
    print_list(printer, &objects)
}

fn is_lock(o: &Value) -> bool {
    o["metadata"]["name"]
        .as_str()
        .is_some_and(|n| n.starts_with("fluidos-mesh-lock-"))
}

/// A list of objects as a YAML stream or a JSON `List`.
pub fn print_list(printer: &mut Printer, objects: &[Value]) -> Result<()> {
    match printer.format {
        crate::cli::OutputFormat::Yaml => {
            for o in objects {
                printer.write("---\n")?;
                printer.document(o)?;
            }
            Ok(())
        }
        _ => printer.document(&json!({"apiVersion": "v1", "kind": "List", "items": objects})),
    }
}

/// Offline or `--dry-run`: the steps in order (table) or the objects (yaml/json); offline
/// machine output is the whole resulting set of manifests (`result`).
pub fn print_plan(
    printer: &mut Printer,
    cs: &ChangeSet,
    dry_run: bool,
    result: Option<&[Value]>,
) -> Result<()> {
    if printer.is_machine() {
        return match result {
            Some(objects) => print_list(printer, objects),
            None => print_objects(printer, cs),
        };
    }
    if cs.is_empty() {
        printer.line("Nothing to change.")?;
        return Ok(());
    }
    let mut t = TableBuilder::new(&["#", "action", "object", "namespace"], printer.style);
    for (i, step) in cs.steps.iter().enumerate() {
        let target = step.target();
        t.row(vec![
            plain((i + 1).to_string()),
            plain(step.verb()),
            plain(target.short()),
            plain(target.namespace.unwrap_or_else(|| "-".into())),
        ]);
    }
    let text = t.render();
    printer.write(&text)?;
    if dry_run {
        printer.line("(dry run: nothing was changed)")?;
    }
    Ok(())
}
