//! Shell completion: static scripts (clap_complete) and the dynamic engine behind
//! `kubectl_complete-fluidos_mesh`, which kubectl (>= 1.26) runs for `kubectl fluidos-mesh <TAB>`.
//!
//! kubectl's protocol is cobra's: the helper gets the words after the plugin name, the last one
//! being the word under the cursor (empty for a new word), and prints one candidate per line
//! (optionally `candidate<TAB>description`) followed by a directive line such as `:4`.

mod values;

pub use values::{ClusterValues, DynamicValues, ValueKind};

use crate::cli::{Cli, Shell};
use clap::{Arg, Command, CommandFactory};

/// Cobra's directives: 0 lets the shell complete file names, 4 forbids it.
pub const DIRECTIVE_DEFAULT: u8 = 0;
pub const DIRECTIVE_NO_FILE: u8 = 4;

/// The executable name the static scripts complete.
pub const BIN_NAME: &str = "kubectl-fluidos_mesh";

pub fn script(shell: Shell) -> String {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    let generator = match shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::Powershell => clap_complete::Shell::PowerShell,
    };
    clap_complete::generate(generator, &mut cmd, BIN_NAME, &mut buf);
    String::from_utf8_lossy(&buf).into_owned()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    pub candidates: Vec<(String, Option<String>)>,
    pub directive: u8,
}

impl Completion {
    fn values(values: Vec<String>, prefix: &str, directive: u8) -> Self {
        Completion {
            candidates: values
                .into_iter()
                .filter(|v| v.starts_with(prefix))
                .map(|v| (v, None))
                .collect(),
            directive,
        }
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        for (value, help) in &self.candidates {
            match help {
                Some(h) if !h.is_empty() => out.push_str(&format!("{value}\t{h}\n")),
                _ => out.push_str(&format!("{value}\n")),
            }
        }
        out.push_str(&format!(":{}\n", self.directive));
        out
    }
}

fn help_of(text: Option<&clap::builder::StyledStr>) -> Option<String> {
    text.map(|h| h.to_string().lines().next().unwrap_or_default().to_string())
}

fn find_long<'a>(cmd: &'a Command, name: &str) -> Option<&'a Arg> {
    cmd.get_arguments().find(|a| a.get_long() == Some(name))
}

fn find_short(cmd: &Command, c: char) -> Option<&Arg> {
    cmd.get_arguments().find(|a| a.get_short() == Some(c))
}

fn takes_value(arg: &Arg) -> bool {
    arg.get_action().takes_values()
}

/// Candidates for the value of `arg` (a flag value or a positional).
async fn arg_values<V: DynamicValues>(arg: &Arg, prefix: &str, values: &V) -> Completion {
    let kind = match arg.get_id().as_str() {
        "namespace" => Some(ValueKind::Namespaces),
        "context" => Some(ValueKind::Contexts),
        "site" | "sites" | "to" | "from" => Some(ValueKind::Sites),
        "service" | "services" => Some(ValueKind::Services),
        "namespaces" => Some(ValueKind::Namespaces),
        "kubeconfig" => {
            return Completion {
                candidates: vec![],
                directive: DIRECTIVE_DEFAULT,
            };
        }
        _ => None,
    };
    if let Some(kind) = kind {
        return Completion::values(values.values(kind).await, prefix, DIRECTIVE_NO_FILE);
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|p| !p.is_hide_set())
        .map(|p| p.get_name().to_string())
        .collect();
    Completion::values(possible, prefix, DIRECTIVE_NO_FILE)
}

/// Completes `words` (the last is the word under the cursor).
pub async fn complete<V: DynamicValues>(words: &[String], values: &V) -> Completion {
    let mut root = Cli::command();
    root.build();
    let (current, before) = match words.split_last() {
        Some((last, rest)) => (last.as_str(), rest),
        None => ("", &[][..]),
    };
    let mut cmd = &root;
    let mut pending: Option<&Arg> = None;
    let mut positional = 0usize;
    for word in before {
        if pending.take().is_some() {
            continue;
        }
        if let Some(long) = word.strip_prefix("--") {
            if !long.contains('=') {
                pending = find_long(cmd, long).filter(|a| takes_value(a));
            }
        } else if let Some(shorts) = word.strip_prefix('-').filter(|s| !s.is_empty()) {
            // `-n demo`, `-ndemo`, `-yo json`: only a value flag at the end waits for the next word.
            let mut chars = shorts.chars();
            while let Some(c) = chars.next() {
                if find_short(cmd, c).is_some_and(takes_value) {
                    if chars.as_str().is_empty() {
                        pending = find_short(cmd, c);
                    }
                    break;
                }
            }
        } else if let Some(sub) = cmd.find_subcommand(word) {
            cmd = sub;
            positional = 0;
        } else {
            positional += 1;
        }
    }
    if let Some(arg) = pending {
        return arg_values(arg, current, values).await;
    }
    if let Some((flag, value)) = current.strip_prefix("--").and_then(|c| c.split_once('='))
        && let Some(arg) = find_long(cmd, flag)
    {
        let mut c = arg_values(arg, value, values).await;
        c.candidates = c
            .candidates
            .into_iter()
            .map(|(v, h)| (format!("--{flag}={v}"), h))
            .collect();
        return c;
    }
    if current.starts_with('-') {
        let mut flags = Vec::new();
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            if let Some(long) = arg.get_long() {
                flags.push((format!("--{long}"), help_of(arg.get_help())));
            }
            if let Some(short) = arg.get_short() {
                flags.push((format!("-{short}"), help_of(arg.get_help())));
            }
        }
        flags.retain(|(f, _)| f.starts_with(current));
        return Completion {
            candidates: flags,
            directive: DIRECTIVE_NO_FILE,
        };
    }
    let mut out: Vec<(String, Option<String>)> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name().starts_with(current))
        .map(|s| (s.get_name().to_string(), help_of(s.get_about())))
        .collect();
    if let Some(arg) = cmd.get_positionals().nth(positional) {
        out.extend(arg_values(arg, current, values).await.candidates);
    }
    Completion {
        candidates: out,
        directive: DIRECTIVE_NO_FILE,
    }
}

#[cfg(test)]
mod tests;
