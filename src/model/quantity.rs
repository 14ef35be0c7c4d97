//! Kubernetes resource quantities (`250m`, `4`, `16Gi`, `1e3`) as numbers.

/// CPU in millicores: `"2"` → 2000, `"250m"` → 250. `None` when the text is not a quantity.
pub fn cpu_millis(text: &str) -> Option<u64> {
    let text = text.trim();
    if let Some(m) = text.strip_suffix('m') {
        return m
            .parse::<f64>()
            .ok()
            .filter(|v| *v >= 0.0)
            .map(|v| v.round() as u64);
    }
    scaled(text).map(|cores| (cores * 1000.0).round() as u64)
}

/// Bytes: binary (`Ki`…`Ei`) and decimal (`k`…`E`) suffixes, plain and exponent forms.
pub fn bytes(text: &str) -> Option<u64> {
    scaled(text).map(|v| v.round() as u64)
}

/// The value of a quantity with its suffix applied.
fn scaled(text: &str) -> Option<f64> {
    let text = text.trim();
    const SUFFIXES: [(&str, f64); 12] = [
        ("Ki", 1024.0),
        ("Mi", 1048576.0),
        ("Gi", 1073741824.0),
        ("Ti", 1099511627776.0),
        ("Pi", 1125899906842624.0),
        ("Ei", 1152921504606846976.0),
        ("k", 1e3),
        ("M", 1e6),
        ("G", 1e9),
        ("T", 1e12),
        ("P", 1e15),
        ("E", 1e18),
    ];
    let (number, scale) = SUFFIXES
        .iter()
        .find_map(|(s, f)| text.strip_suffix(s).map(|n| (n, *f)))
        .unwrap_or((text, 1.0));
    if number
        .chars()
        .any(|c| c.is_ascii_alphabetic() && c != 'e' && c != 'E')
    {
        return None;
    }
    number
        .parse::<f64>()
        .ok()
        .filter(|v| *v >= 0.0 && v.is_finite())
        .map(|v| v * scale)
}

/// Bytes for people: `16.0Gi`, `512Mi`.
pub fn format_bytes(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["Ki", "Mi", "Gi", "Ti", "Pi"];
    let mut value = bytes as f64;
    let mut unit = "";
    for u in UNITS {
        if value < 1024.0 {
            break;
        }
        value /= 1024.0;
        unit = u;
    }
    if unit.is_empty() {
        format!("{bytes}")
    } else if value.fract() == 0.0 {
        format!("{value:.0}{unit}")
    } else {
        format!("{value:.1}{unit}")
    }
}

/// Millicores for people: `4`, `3.5`, `250m`.
pub fn format_cpu(millis: u64) -> String {
    if millis.is_multiple_of(1000) {
        format!("{}", millis / 1000)
    } else if millis > 1000 {
        format!("{:.1}", millis as f64 / 1000.0)
    } else {
        format!("{millis}m")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cpu() {
        assert_eq!(cpu_millis("2"), Some(2000));
        assert_eq!(cpu_millis("250m"), Some(250));
        assert_eq!(cpu_millis("0.5"), Some(500));
        assert_eq!(cpu_millis("1k"), Some(1_000_000));
        assert_eq!(cpu_millis("abc"), None);
    }

    #[test]
    fn parses_memory() {
        assert_eq!(bytes("16Gi"), Some(17_179_869_184));
        assert_eq!(bytes("128974848"), Some(128_974_848));
        assert_eq!(bytes("129e6"), Some(129_000_000));
        assert_eq!(bytes("1.5Ki"), Some(1536));
        assert_eq!(bytes("12Q"), None);
    }

    #[test]
    fn formats_for_people() {
        assert_eq!(format_bytes(17_179_869_184), "16Gi");
        assert_eq!(format_bytes(1536), "1.5Ki");
        assert_eq!(format_bytes(100), "100");
        assert_eq!(format_cpu(4000), "4");
        assert_eq!(format_cpu(3500), "3.5");
        assert_eq!(format_cpu(250), "250m");
    }
}
