//! The only code that formats output: tables, YAML/JSON documents, warnings, progress.

pub mod check;
pub mod install;
pub mod latency;
pub mod plan;
pub mod progress;
pub mod prompt;
pub mod sites;
pub mod status;
pub mod style;
pub mod table;

pub use style::Style;

use crate::cli::OutputFormat;
use crate::error::{Error, Result};
use serde::Serialize;
use std::io::Write;

/// Writes command results to stdout and notes to stderr, in the chosen format and style.
pub struct Printer {
    pub format: OutputFormat,
    /// Colour policy of stdout.
    pub style: Style,
    /// Colour policy of stderr (warnings, progress).
    pub err_style: Style,
    out: Box<dyn Write>,
}

impl Printer {
    pub fn new(format: OutputFormat, style: Style, err_style: Style, out: Box<dyn Write>) -> Self {
        Printer {
            format,
            style,
            err_style,
            out,
        }
    }

    pub fn stdout(format: OutputFormat, no_color: bool) -> Self {
        Self::new(
            format,
            Style::for_stdout(no_color),
            Style::for_stderr(no_color),
            Box::new(std::io::stdout()),
        )
    }

    pub fn is_machine(&self) -> bool {
        matches!(self.format, OutputFormat::Json | OutputFormat::Yaml)
    }

    /// A stable machine-readable document (JSON pretty-printed, or YAML).
    pub fn document<T: Serialize>(&mut self, value: &T) -> Result<()> {
        let text = match self.format {
            OutputFormat::Yaml => {
                serde_saphyr::to_string(value).map_err(|e| Error::Output(e.to_string()))?
            }
            _ => {
                let mut s = serde_json::to_string_pretty(value)
                    .map_err(|e| Error::Output(e.to_string()))?;
                s.push('\n');
                s
            }
        };
        self.write(&text)
    }

    pub fn write(&mut self, text: &str) -> Result<()> {
        match self
            .out
            .write_all(text.as_bytes())
            .and_then(|_| self.out.flush())
        {
            // A closed pipe (`| head`) is not an error worth reporting.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other.map_err(Error::from),
        }
    }

    pub fn line(&mut self, text: &str) -> Result<()> {
        self.write(&format!("{text}\n"))
    }

    /// A warning for people, on stderr, so that stdout stays parseable.
    pub fn warn(&self, text: &str) {
        eprintln!("{} {text}", self.err_style.warning("Warning:"));
    }
}
