//! Request paths and query strings, decoded into what the handlers need.

use std::collections::HashMap;

/// A resource request: `/api/v1/...` or `/apis/GROUP/VERSION/...`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Target {
    pub group: String,
    pub version: String,
    pub plural: String,
    pub namespace: Option<String>,
    pub name: Option<String>,
    pub subresource: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    Version,
    CoreVersions,
    Groups,
    Group(String),
    Resources { group: String, version: String },
    Object(Target),
    NotFound,
}

pub fn route(path: &str) -> Route {
    let segments: Vec<&str> = path
        .trim_matches('/')
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let (group, version, rest) = match segments.as_slice() {
        ["version"] => return Route::Version,
        ["api"] => return Route::CoreVersions,
        ["apis"] => return Route::Groups,
        ["apis", group] => return Route::Group(group.to_string()),
        ["api", version, rest @ ..] => ("", *version, rest),
        ["apis", group, version, rest @ ..] => (*group, *version, rest),
        _ => return Route::NotFound,
    };
    let target = |plural: &str, namespace: Option<&str>, name: Option<&str>, sub: Option<&str>| {
        Route::Object(Target {
            group: group.to_string(),
            version: version.to_string(),
            plural: plural.to_string(),
            namespace: namespace.map(String::from),
            name: name.map(String::from),
            subresource: sub.map(String::from),
        })
    };
    match rest {
        [] => Route::Resources {
            group: group.into(),
            version: version.into(),
        },
        // `/namespaces/NAME/status` and `/namespaces/NAME/finalize` address the namespace itself.
        ["namespaces", name, sub @ ("status" | "finalize")] => {
            target("namespaces", None, Some(name), Some(sub))
        }
        ["namespaces", ns, plural] => target(plural, Some(ns), None, None),
        ["namespaces", ns, plural, name] => target(plural, Some(ns), Some(name), None),
        ["namespaces", ns, plural, name, sub] => target(plural, Some(ns), Some(name), Some(sub)),
        [plural] => target(plural, None, None, None),
        [plural, name] => target(plural, None, Some(name), None),
        [plural, name, sub] => target(plural, None, Some(name), Some(sub)),
        _ => Route::NotFound,
    }
}

/// Decodes `a=b&c=d` (percent-encoding and `+` for space).
pub fn query(raw: &str) -> HashMap<String, String> {
    raw.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(&s.replace('+', " "))
                    .decode_utf8_lossy()
                    .into_owned()
            };
            (decode(k), decode(v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_core_group_namespaced_and_cluster_scoped_paths() {
        assert_eq!(route("/version"), Route::Version);
        assert_eq!(route("/apis"), Route::Groups);
        assert_eq!(
            route("/api/v1"),
            Route::Resources {
                group: "".into(),
                version: "v1".into()
            }
        );
        let Route::Object(t) = route("/api/v1/namespaces/demo/services/s0") else {
            panic!()
        };
        assert_eq!(
            (t.plural.as_str(), t.namespace.as_deref(), t.name.as_deref()),
            ("services", Some("demo"), Some("s0"))
        );
        let Route::Object(t) = route("/api/v1/namespaces/demo") else {
            panic!()
        };
        assert_eq!(
            (t.plural.as_str(), t.namespace, t.name.as_deref()),
            ("namespaces", None, Some("demo"))
        );
        let Route::Object(t) = route("/api/v1/namespaces/demo/status") else {
            panic!()
        };
        assert_eq!(
            (t.plural.as_str(), t.subresource.as_deref()),
            ("namespaces", Some("status"))
        );
        let Route::Object(t) = route("/apis/core.liqo.io/v1beta1/foreignclusters/edge1") else {
            panic!()
        };
        assert_eq!(
            (t.group.as_str(), t.plural.as_str(), t.namespace),
            ("core.liqo.io", "foreignclusters", None)
        );
        let Route::Object(t) = route("/apis/apps/v1/namespaces/d/deployments/x/status") else {
            panic!()
        };
        assert_eq!(t.subresource.as_deref(), Some("status"));
    }

    #[test]
    fn decodes_selectors() {
        let q = query("labelSelector=zone+in+%28edge1%2Cedge2%29&watch=true");
        assert_eq!(q["labelSelector"], "zone in (edge1,edge2)");
        assert_eq!(q["watch"], "true");
    }
}
