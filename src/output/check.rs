//! How `check` looks: categories with a header, one line per check, objects and hint under a
//! failure. ✔ ‼ ✘ on a terminal, plain ASCII elsewhere.

use super::Printer;
use crate::checks::{Report, Severity};
use crate::error::Result;

pub fn render(report: &Report, style: super::Style) -> String {
    let mut out = String::new();
    let mut category = "";
    for c in &report.checks {
        if c.category != category {
            if !category.is_empty() {
                out.push('\n');
            }
            category = &c.category;
            out.push_str(&format!(
                "{}\n{}\n",
                style.bold(category),
                "-".repeat(category.chars().count())
            ));
        }
        let mark = match (c.status, style.color) {
            (Severity::Ok, true) => style.ok("✔"),
            (Severity::Warning, true) => style.warning("‼"),
            (Severity::Error, true) => style.error("✘"),
            (Severity::Ok, false) => "[ok]".into(),
            (Severity::Warning, false) => "[!!]".into(),
            (Severity::Error, false) => "[xx]".into(),
        };
        out.push_str(&format!("{mark} {} [{}]\n", c.description, c.code));
        for o in &c.objects {
            out.push_str(&format!("    {o}\n"));
        }
        if let Some(h) = &c.hint {
            out.push_str(&format!("    hint: {h}\n"));
        }
    }
    let s = &report.summary;
    let verdict = match (s.errors, s.warnings) {
        (0, 0) => style.ok("Status check results are all OK"),
        (0, w) => style.warning(&format!("Status check results: {w} warning(s)")),
        (e, w) => style.error(&format!(
            "Status check results: {e} error(s), {w} warning(s)"
        )),
    };
    out.push_str(&format!("\n{verdict}\n"));
    out
}

pub fn print(printer: &mut Printer, report: &Report) -> Result<()> {
    if printer.is_machine() {
        return printer.document(report);
    }
    let text = render(report, printer.style);
    printer.write(&text)
}
