//! kubectl-looking tables: upper-case headers, no borders, left-aligned columns.

use super::Style;
use comfy_table::{Cell, CellAlignment, Color, ContentArrangement, Table, presets};

/// What a cell says beyond its text, so the table can colour it on a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Good,
    Warning,
    Bad,
}

pub struct TableBuilder {
    table: Table,
    style: Style,
}

impl TableBuilder {
    pub fn new(headers: &[&str], style: Style) -> Self {
        let mut table = Table::new();
        table
            .load_style(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled)
            .set_header(headers.iter().map(|h| Cell::new(h.to_uppercase())));
        if style.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        TableBuilder { table, style }
    }

    pub fn row(&mut self, cells: Vec<(String, Tone)>) {
        let style = self.style;
        self.table.add_row(cells.into_iter().map(|(text, tone)| {
            let cell = Cell::new(text).set_alignment(CellAlignment::Left);
            match (style.color, tone) {
                (false, _) | (_, Tone::Plain) => cell,
                (true, Tone::Good) => cell.fg(Color::Green),
                (true, Tone::Warning) => cell.fg(Color::Yellow),
                (true, Tone::Bad) => cell.fg(Color::Red),
            }
        }));
    }

    /// The table as text, each line without trailing spaces, ending in a newline.
    pub fn render(&self) -> String {
        let mut out: String = self
            .table
            .lines()
            .map(|l| {
                // The NOTHING preset pads every column with one space on each side.
                let line = l.trim_end().to_string();
                line.strip_prefix(' ').map(str::to_string).unwrap_or(line)
            })
            .collect::<Vec<_>>()
            .join("\n");
        out.push('\n');
        out
    }
}

/// Plain cell.
pub fn plain(text: impl Into<String>) -> (String, Tone) {
    (text.into(), Tone::Plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_kubectl() {
        let mut t = TableBuilder::new(&["name", "ready"], Style { color: false });
        t.row(vec![plain("cloud-1"), ("Ready".into(), Tone::Good)]);
        let text = t.render();
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[0].starts_with("NAME") && lines[0].ends_with("READY"),
            "{text}"
        );
        assert!(
            lines[1].starts_with("cloud-1") && lines[1].ends_with("Ready"),
            "{text}"
        );
        assert!(!text.contains('\x1b'));
    }
}
