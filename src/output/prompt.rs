//! Questions to the user: only on a terminal; elsewhere the flag that answers them is named.

use crate::error::{Error, Result};
use std::io::IsTerminal;

/// Asks `question` unless `yes`; without a terminal, fails naming `--yes`.
pub fn confirm(question: &str, yes: bool) -> Result<bool> {
    if yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(Error::Usage(format!(
            "{question} Confirmation needs a terminal: add --yes (-y) to go ahead"
        )));
    }
    dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| Error::Output(e.to_string()))
}

fn interaction(e: dialoguer::Error) -> Error {
    Error::Output(e.to_string())
}

/// Multi-select; `items` are shown as given. Returns the chosen indices.
pub fn choose_many(prompt: &str, items: &[String]) -> Result<Vec<usize>> {
    dialoguer::MultiSelect::new()
        .with_prompt(prompt)
        .items(items)
        .interact()
        .map_err(interaction)
}

/// Single select. Returns the chosen index.
pub fn choose_one(prompt: &str, items: &[String]) -> Result<usize> {
    dialoguer::Select::new()
        .with_prompt(prompt)
        .items(items)
        .default(0)
        .interact()
        .map_err(interaction)
}

/// Whether questions can be asked (stdin and stderr are terminals).
pub fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}
