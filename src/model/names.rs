//! Kubernetes name rules, checked before anything is sent.

/// RFC 1123 label: what Services, Namespaces and site names must be.
pub fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// `Err` with a message that names the rule, for a value given as `what` (e.g. "service name").
pub fn check_dns_label(what: &str, s: &str) -> Result<(), String> {
    if is_dns_label(s) {
        Ok(())
    } else {
        Err(format!(
            "invalid {what} {s:?}: use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_labels() {
        assert!(is_dns_label("s0") && is_dns_label("edge-1"));
        assert!(
            !is_dns_label("S0") && !is_dns_label("-a") && !is_dns_label("a_b") && !is_dns_label("")
        );
        assert!(
            check_dns_label("service name", "Bad")
                .unwrap_err()
                .contains("invalid service name \"Bad\"")
        );
    }
}
