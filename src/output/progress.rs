//! Step-by-step progress on stderr: a spinner per step on a terminal, plain lines otherwise.

use super::Style;
use indicatif::{ProgressBar, ProgressStyle};
use std::time::{Duration, Instant};

pub struct StepProgress {
    style: Style,
    quiet: bool,
    current: Option<(String, Instant, Option<ProgressBar>)>,
}

impl StepProgress {
    /// `quiet`: print nothing (machine output on stdout, or tests).
    pub fn new(style: Style, quiet: bool) -> Self {
        StepProgress {
            style,
            quiet,
            current: None,
        }
    }

    pub fn start(&mut self, what: &str) {
        if self.quiet {
            return;
        }
        let bar = self.style.color.then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.set_message(what.to_string());
            bar.enable_steady_tick(Duration::from_millis(100));
            bar
        });
        self.current = Some((what.to_string(), Instant::now(), bar));
    }

    pub fn finish(&mut self, ok: bool) {
        let Some((what, started, bar)) = self.current.take() else {
            return;
        };
        let mark = if ok {
            self.style.ok("✔")
        } else {
            self.style.error("✘")
        };
        let mark = if self.style.color {
            mark
        } else if ok {
            "ok".into()
        } else {
            "FAILED".into()
        };
        let line = format!("{mark} {what} ({:.1}s)", started.elapsed().as_secs_f64());
        match bar {
            Some(bar) => {
                bar.set_style(
                    ProgressStyle::with_template("{msg}")
                        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                );
                bar.finish_with_message(line);
            }
            None => eprintln!("{line}"),
        }
    }

    /// A line of a running program's output, above the spinner.
    pub fn note(&self, text: &str) {
        if self.quiet {
            return;
        }
        match self.current.as_ref().and_then(|(_, _, bar)| bar.as_ref()) {
            Some(bar) => bar.println(format!("  | {text}")),
            None => eprintln!("  | {text}"),
        }
    }

    /// A step that needs nothing done.
    pub fn unchanged(&self, what: &str) {
        if self.quiet {
            return;
        }
        let mark = if self.style.color {
            self.style.ok("✔")
        } else {
            "ok".into()
        };
        eprintln!("{mark} {what} (unchanged)");
    }
}
