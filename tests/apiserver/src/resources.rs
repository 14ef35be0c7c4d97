//! The kinds this server knows: built-ins (hard-coded) and custom resources (from real CRDs).

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// One served resource in one group/version.
#[derive(Debug, Clone)]
pub struct ResourceType {
    pub group: String,
    pub version: String,
    pub kind: String,
    pub plural: String,
    pub singular: String,
    pub namespaced: bool,
    pub short_names: Vec<String>,
    pub verbs: Vec<&'static str>,
    /// `status` is a subresource: main-resource writes keep the old status and vice versa.
    pub has_status: bool,
    /// The CRD's `openAPIV3Schema` for this version; `None` for built-ins.
    pub schema: Option<Arc<Value>>,
    /// Built-in kinds that can only be created, like SelfSubjectAccessReview.
    pub create_only: bool,
}

impl ResourceType {
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.clone()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    pub fn group_resource(&self) -> String {
        if self.group.is_empty() {
            self.plural.clone()
        } else {
            format!("{}.{}", self.plural, self.group)
        }
    }
}

const ALL_VERBS: [&str; 8] = [
    "create",
    "delete",
    "deletecollection",
    "get",
    "list",
    "patch",
    "update",
    "watch",
];

fn builtin(
    group: &str,
    version: &str,
    kind: &str,
    plural: &str,
    namespaced: bool,
    short: &[&str],
    has_status: bool,
) -> ResourceType {
    ResourceType {
        group: group.into(),
        version: version.into(),
        kind: kind.into(),
        plural: plural.into(),
        singular: kind.to_lowercase(),
        namespaced,
        short_names: short.iter().map(|s| s.to_string()).collect(),
        verbs: ALL_VERBS.to_vec(),
        has_status,
        schema: None,
        create_only: false,
    }
}

/// The built-in kinds fluidos-mesh uses, with their real scope and short names.
pub fn builtin_types() -> Vec<ResourceType> {
    let mut types = vec![
        builtin("", "v1", "Namespace", "namespaces", false, &["ns"], true),
        builtin("", "v1", "Node", "nodes", false, &["no"], true),
        builtin("", "v1", "Pod", "pods", true, &["po"], true),
        builtin("", "v1", "Service", "services", true, &["svc"], true),
        builtin("", "v1", "ConfigMap", "configmaps", true, &["cm"], false),
        builtin(
            "apps",
            "v1",
            "Deployment",
            "deployments",
            true,
            &["deploy"],
            true,
        ),
        builtin(
            "autoscaling",
            "v2",
            "HorizontalPodAutoscaler",
            "horizontalpodautoscalers",
            true,
            &["hpa"],
            true,
        ),
        builtin(
            "apiextensions.k8s.io",
            "v1",
            "CustomResourceDefinition",
            "customresourcedefinitions",
            false,
            &["crd", "crds"],
            true,
        ),
    ];
    let mut ssar = builtin(
        "authorization.k8s.io",
        "v1",
        "SelfSubjectAccessReview",
        "selfsubjectaccessreviews",
        false,
        &[],
        false,
    );
    ssar.verbs = vec!["create"];
    ssar.create_only = true;
    types.push(ssar);
    types
}

/// Where the vendored CRDs live (next to this crate's manifest).
pub fn vendored_crd_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("crds")
}

/// A parsed CRD document together with the resource types it serves.
#[derive(Debug, Clone)]
pub struct Crd {
    pub object: Value,
    pub types: Vec<ResourceType>,
}

impl Crd {
    pub fn group(&self) -> &str {
        self.object["spec"]["group"].as_str().unwrap_or_default()
    }
}

/// Parses one CRD (`apiextensions.k8s.io/v1`) into the resource types of its served versions.
pub fn parse_crd(object: Value) -> Result<Crd, String> {
    let spec = &object["spec"];
    let text = |v: &Value, what: &str| -> Result<String, String> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| format!("CRD lacks {what}"))
    };
    let group = text(&spec["group"], "spec.group")?;
    let names = &spec["names"];
    let kind = text(&names["kind"], "spec.names.kind")?;
    let plural = text(&names["plural"], "spec.names.plural")?;
    let singular = names["singular"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| kind.to_lowercase());
    let short_names: Vec<String> = names["shortNames"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let namespaced = spec["scope"].as_str() != Some("Cluster");
    let versions = spec["versions"]
        .as_array()
        .ok_or("CRD lacks spec.versions")?;
    let mut types = Vec::new();
    for v in versions.iter().filter(|v| v["served"] == json!(true)) {
        types.push(ResourceType {
            group: group.clone(),
            version: text(&v["name"], "spec.versions[].name")?,
            kind: kind.clone(),
            plural: plural.clone(),
            singular: singular.clone(),
            namespaced,
            short_names: short_names.clone(),
            verbs: ALL_VERBS.to_vec(),
            has_status: v["subresources"].get("status").is_some(),
            schema: v["schema"].get("openAPIV3Schema").cloned().map(Arc::new),
            create_only: false,
        });
    }
    Ok(Crd { object, types })
}

/// Reads every `*.yaml` CRD under `dir` (recursively), sorted by path for stable discovery.
pub fn load_crds(dir: &Path) -> Result<Vec<Crd>, String> {
    let mut files = Vec::new();
    collect_yaml(dir, &mut files).map_err(|e| format!("{}: {e}", dir.display()))?;
    files.sort();
    let mut crds = Vec::new();
    for file in files {
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        for doc in crate::yaml::documents(&text).map_err(|e| format!("{}: {e}", file.display()))? {
            if doc["kind"] == json!("CustomResourceDefinition") {
                crds.push(parse_crd(doc).map_err(|e| format!("{}: {e}", file.display()))?);
            }
        }
    }
    Ok(crds)
}

fn collect_yaml(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_yaml(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
    Ok(())
}

/// The vendored CRDs, parsed once per process (the Istio ones are large).
pub fn vendored_crds() -> &'static [Crd] {
    static CRDS: OnceLock<Vec<Crd>> = OnceLock::new();
    CRDS.get_or_init(|| {
        load_crds(&vendored_crd_dir()).unwrap_or_else(|e| panic!("vendored CRDs unreadable: {e}"))
    })
}

/// The set of kinds one server instance serves.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub types: Vec<ResourceType>,
}

impl Registry {
    pub fn new(crds: &[Crd]) -> Self {
        let mut types = builtin_types();
        for crd in crds {
            types.extend(crd.types.iter().cloned());
        }
        Registry { types }
    }

    pub fn find(&self, group: &str, version: &str, plural: &str) -> Option<&ResourceType> {
        self.types
            .iter()
            .find(|t| t.group == group && t.version == version && t.plural == plural)
    }

    pub fn find_kind(&self, api_version: &str, kind: &str) -> Option<&ResourceType> {
        self.types
            .iter()
            .find(|t| t.api_version() == api_version && t.kind == kind)
    }

    /// Groups in first-seen order; each with its versions in first-seen order (the first is preferred).
    pub fn groups(&self) -> Vec<(String, Vec<String>)> {
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for t in self.types.iter().filter(|t| !t.group.is_empty()) {
            match groups.iter_mut().find(|(g, _)| *g == t.group) {
                Some((_, versions)) if !versions.contains(&t.version) => {
                    versions.push(t.version.clone())
                }
                Some(_) => {}
                None => groups.push((t.group.clone(), vec![t.version.clone()])),
            }
        }
        groups
    }

    pub fn group_versions(&self, group: &str, version: &str) -> Vec<&ResourceType> {
        self.types
            .iter()
            .filter(|t| t.group == group && t.version == version)
            .collect()
    }
}
