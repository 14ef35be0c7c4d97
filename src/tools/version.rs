//! Versions of external programs, as their own version commands print them.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "v{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// The first `vX.Y[.Z]` (or `X.Y.Z`) in `text`: `helm version --short` prints
/// `v3.16.2+g13654a5`, `liqoctl version --client` prints `Client version: v1.0.0`.
pub fn find(text: &str) -> Option<Version> {
    text.split(|c: char| c.is_whitespace() || c == '"' || c == ',' || c == ':')
        .filter_map(|word| {
            let word = word.strip_prefix('v').unwrap_or(word);
            let core = word.split(['+', '-']).next()?;
            let mut parts = core.split('.');
            let major = parts.next()?.parse().ok()?;
            let minor = parts.next()?.parse().ok()?;
            let patch = parts.next().map_or(Some(0), |p| p.parse().ok())?;
            Some(Version {
                major,
                minor,
                patch,
            })
        })
        .next()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(major: u64, minor: u64, patch: u64) -> Version {
        Version {
            major,
            minor,
            patch,
        }
    }

    #[test]
    fn versions_are_found_in_what_the_programs_print() {
        assert_eq!(find("v3.16.2+g13654a5"), Some(v(3, 16, 2)));
        assert_eq!(find("Client version: v1.0.0\n"), Some(v(1, 0, 0)));
        assert_eq!(find("Client version: v1.1.0-rc.1"), Some(v(1, 1, 0)));
        assert_eq!(
            find("version.BuildInfo{Version:\"v3.8.0\", GitCommit:\"x\"}"),
            Some(v(3, 8, 0))
        );
        assert_eq!(find("no version here"), None);
        assert!(v(3, 8, 0) < v(3, 16, 2) && v(0, 10, 3) < v(1, 0, 0));
    }
}
