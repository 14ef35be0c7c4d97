//! What the server checks before it stores an object: names, and CRD schemas.

use crate::resources::ResourceType;
use crate::status::ApiError;
use crate::validate;
use serde_json::Value;

fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn is_dns_subdomain(s: &str) -> bool {
    s.len() <= 253 && s.split('.').all(is_dns_label)
}

/// Names follow the rules of the kind: DNS-1123 labels for namespaces and services,
/// subdomains for everything else.
pub fn validate_name(rt: &ResourceType, name: &str) -> Result<(), ApiError> {
    let label_only = matches!(rt.kind.as_str(), "Namespace" | "Service");
    let ok = if label_only {
        is_dns_label(name)
    } else {
        is_dns_subdomain(name)
    };
    if ok {
        return Ok(());
    }
    let rule = if label_only {
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character"
    } else {
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"
    };
    Err(ApiError::invalid(
        &rt.kind,
        name,
        vec![(
            "metadata.name".into(),
            format!("Invalid value: {name:?}: {rule}"),
        )],
    ))
}

/// Validates custom resources against their CRD schema (pruning unknown fields unless strict).
pub fn admit(rt: &ResourceType, object: &mut Value, strict: bool) -> Result<(), ApiError> {
    let Some(schema) = &rt.schema else {
        return Ok(());
    };
    let violations = validate::validate(schema, object, strict);
    if violations.is_empty() {
        return Ok(());
    }
    let name = object["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let kind = format!("{}.{}", rt.kind, rt.group);
    Err(ApiError::invalid(
        &kind,
        &name,
        violations
            .into_iter()
            .map(|v| (v.field, v.message))
            .collect(),
    ))
}
