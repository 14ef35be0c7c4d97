//! The rules krew and krew-index apply to a plugin manifest, checked before a release.

use serde_json::Value;
use std::path::Path;

pub const API_VERSION: &str = "krew.googlecontainertools.github.com/v1alpha2";

/// The platforms fluidos-mesh ships for.
#[cfg(test)]
pub const PLATFORMS: [(&str, &str); 5] = [
    ("linux", "amd64"),
    ("linux", "arm64"),
    ("darwin", "amd64"),
    ("darwin", "arm64"),
    ("windows", "amd64"),
];

fn is_semver_with_v(v: &str) -> bool {
    let re = regex::Regex::new(
        r"^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$",
    );
    re.map(|r| r.is_match(v)).unwrap_or(false)
}

fn is_sha256(s: &str) -> bool {
    s.len() == 64
        && s.chars()
            .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
}

/// Every rule violation of `manifest` (read from `file`); empty when it is valid.
/// `release`: also refuse the all-zero checksum that marks an archive not built yet.
pub fn validate(file: &Path, manifest: &Value, release: bool) -> Vec<String> {
    let mut errors = Vec::new();
    let mut fail = |m: String| errors.push(m);
    if manifest["apiVersion"] != API_VERSION {
        fail(format!("apiVersion must be {API_VERSION}"));
    }
    if manifest["kind"] != "Plugin" {
        fail("kind must be Plugin".into());
    }
    let name = manifest["metadata"]["name"].as_str().unwrap_or_default();
    let stem = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if name.is_empty() || name != stem {
        fail(format!(
            "metadata.name {name:?} must equal the file name {stem:?}"
        ));
    }
    if !name
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        fail(format!(
            "metadata.name {name:?} may only have lowercase letters, digits and '-'"
        ));
    }
    let spec = &manifest["spec"];
    let version = spec["version"].as_str().unwrap_or_default();
    if !is_semver_with_v(version) {
        fail(format!(
            "spec.version {version:?} must be a semantic version with a leading v (v1.2.3)"
        ));
    }
    match spec["shortDescription"].as_str() {
        Some(s) if !s.trim().is_empty() && !s.contains('\n') => {}
        _ => fail("spec.shortDescription must be one non-empty line".into()),
    }
    for field in ["homepage", "description"] {
        if spec[field].as_str().is_none_or(|s| s.trim().is_empty()) {
            fail(format!("spec.{field} must be set"));
        }
    }
    let platforms = spec["platforms"].as_array().cloned().unwrap_or_default();
    if platforms.is_empty() {
        fail("spec.platforms must list at least one platform".into());
    }
    let mut seen = Vec::new();
    for (i, p) in platforms.iter().enumerate() {
        let at = format!("spec.platforms[{i}]");
        if p["uri"].as_str().is_none_or(|u| !u.starts_with("https://")) {
            fail(format!("{at}.uri must be an https URL"));
        }
        let sha = p["sha256"].as_str().unwrap_or_default();
        if !is_sha256(sha) {
            fail(format!("{at}.sha256 must be 64 lowercase hex digits"));
        } else if release && sha.chars().all(|c| c == '0') {
            fail(format!(
                "{at}.sha256 is the all-zero placeholder: build that archive first"
            ));
        }
        if p["bin"].as_str().is_none_or(|b| b.is_empty()) {
            fail(format!("{at}.bin must be set"));
        }
        let labels = p["selector"]["matchLabels"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        if p["selector"].get("matchExpressions").is_some()
            || labels.keys().any(|k| k != "os" && k != "arch")
        {
            fail(format!(
                "{at}.selector may only match the labels os and arch"
            ));
        }
        let key = (labels.get("os").cloned(), labels.get("arch").cloned());
        if key.0.is_none() {
            fail(format!("{at}.selector must match os"));
        }
        if seen.contains(&key) {
            fail(format!("{at} repeats the platform {key:?}"));
        }
        seen.push(key);
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn manifest() -> Value {
        json!({"apiVersion": API_VERSION, "kind": "Plugin", "metadata": {"name": "fluidos-mesh"},
            "spec": {"version": "v0.1.0", "homepage": "https://example.org", "shortDescription": "One mesh",
                "description": "Long", "platforms": [{"uri": "https://x/a.tar.gz", "sha256": "a".repeat(64), "bin": "kubectl-fluidos_mesh",
                "selector": {"matchLabels": {"os": "linux", "arch": "amd64"}}}]}})
    }

    fn check(m: &Value) -> Vec<String> {
        validate(Path::new("krew/fluidos-mesh.yaml"), m, false)
    }

    #[test]
    fn a_good_manifest_passes() {
        assert_eq!(check(&manifest()), Vec::<String>::new());
    }

    #[test]
    fn each_rule_catches_its_violation() {
        type Mutation = Box<dyn Fn(&mut Value)>;
        let cases: Vec<(&str, Mutation)> = vec![
            (
                "file name",
                Box::new(|m| m["metadata"]["name"] = json!("other")),
            ),
            (
                "leading v",
                Box::new(|m| m["spec"]["version"] = json!("0.1.0")),
            ),
            (
                "one non-empty line",
                Box::new(|m| m["spec"]["shortDescription"] = json!("a\nb")),
            ),
            (
                "64 lowercase hex",
                Box::new(|m| m["spec"]["platforms"][0]["sha256"] = json!("ABC")),
            ),
            (
                "only match the labels os and arch",
                Box::new(|m| {
                    m["spec"]["platforms"][0]["selector"]["matchLabels"]["distro"] = json!("x")
                }),
            ),
            (
                "https URL",
                Box::new(|m| m["spec"]["platforms"][0]["uri"] = json!("http://x")),
            ),
            (
                "bin must be set",
                Box::new(|m| m["spec"]["platforms"][0]["bin"] = json!("")),
            ),
        ];
        for (expected, mutate) in cases {
            let mut m = manifest();
            mutate(&mut m);
            let errors = check(&m);
            assert!(
                errors.iter().any(|e| e.contains(expected)),
                "{expected}: {errors:?}"
            );
        }
    }

    #[test]
    fn release_mode_refuses_placeholder_checksums() {
        let mut m = manifest();
        m["spec"]["platforms"][0]["sha256"] = json!("0".repeat(64));
        assert!(check(&m).is_empty());
        assert!(!validate(Path::new("fluidos-mesh.yaml"), &m, true).is_empty());
    }

    #[test]
    fn the_committed_manifest_is_valid() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let file = root.join("krew/fluidos-mesh.yaml");
        let text = std::fs::read_to_string(&file).unwrap();
        let manifest: Value = serde_saphyr::from_str(&text).unwrap();
        assert_eq!(validate(&file, &manifest, false), Vec::<String>::new());
        let platforms: Vec<(String, String)> = manifest["spec"]["platforms"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["selector"]["matchLabels"]["os"].as_str().unwrap().into(),
                    p["selector"]["matchLabels"]["arch"]
                        .as_str()
                        .unwrap()
                        .into(),
                )
            })
            .collect();
        for (os, arch) in PLATFORMS {
            assert!(
                platforms.contains(&(os.into(), arch.into())),
                "{os}/{arch} missing"
            );
        }
        let cargo = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
        let version = manifest["spec"]["version"].as_str().unwrap();
        assert!(
            cargo.contains(&format!("version = \"{}\"", &version[1..])),
            "manifest version {version} matches Cargo.toml"
        );
    }
}
