//! When to use colour: only on a terminal, never with NO_COLOR or --no-color.

use std::io::IsTerminal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    /// The policy for a stream: colour only if it is a terminal, `NO_COLOR` is unset (any
    /// value, as no-color.org says) and `--no-color` was not given.
    pub fn decide(no_color_flag: bool, no_color_env: bool, is_terminal: bool) -> Style {
        Style {
            color: !no_color_flag && !no_color_env && is_terminal,
        }
    }

    pub fn for_stdout(no_color_flag: bool) -> Style {
        Self::decide(
            no_color_flag,
            std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            std::io::stdout().is_terminal(),
        )
    }

    pub fn for_stderr(no_color_flag: bool) -> Style {
        Self::decide(
            no_color_flag,
            std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            std::io::stderr().is_terminal(),
        )
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    pub fn ok(&self, text: &str) -> String {
        self.paint("32", text)
    }

    pub fn warning(&self, text: &str) -> String {
        self.paint("33", text)
    }

    pub fn error(&self, text: &str) -> String {
        self.paint("31", text)
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        assert!(Style::decide(false, false, true).color);
        assert!(!Style::decide(true, false, true).color);
        assert!(!Style::decide(false, true, true).color);
        assert!(!Style::decide(false, false, false).color);
        assert_eq!(Style { color: false }.error("x"), "x");
        assert_eq!(Style { color: true }.error("x"), "\x1b[31mx\x1b[0m");
    }
}
