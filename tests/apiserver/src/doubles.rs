//! Test doubles of external programs (`liqoctl`, `helm`): recording executables put first on PATH.
//!
//! A double is a small POSIX shell script that appends its argument vector (one JSON array per
//! line) to a log, prints a canned stdout/stderr and exits with a chosen code. Tests read the log
//! to assert the exact command lines the plugin ran, in order. A double may also run a `hook`
//! shell snippet (for example `kubectl apply` against the test server) to make the change the
//! real program would make.

use std::path::{Path, PathBuf};

pub struct ProgramDouble {
    name: String,
    stdout: String,
    stderr: String,
    exit_code: i32,
    hook: String,
}

/// Quotes text for a POSIX shell single-quoted string.
fn sh_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

impl ProgramDouble {
    pub fn new(name: &str) -> Self {
        ProgramDouble {
            name: name.into(),
            stdout: String::new(),
            stderr: String::new(),
            exit_code: 0,
            hook: String::new(),
        }
    }

    pub fn stdout(mut self, text: &str) -> Self {
        self.stdout = text.into();
        self
    }

    pub fn stderr(mut self, text: &str) -> Self {
        self.stderr = text.into();
        self
    }

    pub fn exit_code(mut self, code: i32) -> Self {
        self.exit_code = code;
        self
    }

    /// Shell commands run after recording (arguments are available as "$@").
    pub fn hook(mut self, script: &str) -> Self {
        self.hook = script.into();
        self
    }

    /// Writes the executable into `dir` and returns a handle to its call log.
    pub fn install(self, dir: &Path) -> Recorded {
        let log = dir.join(format!("{}.calls", self.name));
        // Each argument is JSON-escaped by the shell itself (backslash and quote), so the log
        // is one JSON array per call without depending on any tool on the machine.
        let script = format!(
            r#"#!/bin/sh
log={log}
line="["
sep=""
for a in "$@"; do
  esc=$(printf '%s' "$a" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')
  line="$line$sep\"$esc\""
  sep=","
done
printf '%s]\n' "$line" >> "$log"
printf '%s' {stdout}
printf '%s' {stderr} >&2
{hook}
exit {code}
"#,
            log = sh_quote(&log.display().to_string()),
            stdout = sh_quote(&self.stdout),
            stderr = sh_quote(&self.stderr),
            hook = self.hook,
            code = self.exit_code,
        );
        let path = dir.join(&self.name);
        std::fs::write(&path, script).expect("write program double");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
                .expect("chmod program double");
        }
        Recorded { log, path }
    }
}

/// The call log of an installed double.
pub struct Recorded {
    pub log: PathBuf,
    pub path: PathBuf,
}

impl Recorded {
    /// Every call's argument vector, oldest first.
    pub fn calls(&self) -> Vec<Vec<String>> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(|l| {
                serde_json::from_str(l).unwrap_or_else(|e| panic!("double log line {l:?}: {e}"))
            })
            .collect()
    }
}

/// PATH with `dir` first, then the current PATH.
pub fn path_with(dir: &Path) -> std::ffi::OsString {
    let mut paths = vec![dir.to_path_buf()];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(paths).unwrap_or_default()
}
