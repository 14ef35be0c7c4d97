//! Offline input: `-f FILE|DIR|-` manifests as another snapshot source, touching no cluster.

use crate::error::{Error, Result};
use crate::model::app::{AppSnapshot, Source, is_managed};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// One parsed document and where it came from.
#[derive(Debug, Clone)]
pub struct Document {
    pub origin: String,
    pub value: Value,
}

/// serde-saphyr's default budget (1,024 documents, 250,000 nodes) is for untrusted config; a
/// GitOps repository of a large application is bigger. These bounds still stop runaway input.
fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_documents: 100_000,
            max_nodes: 20_000_000,
            max_events: 100_000_000,
        },
    }
}

/// Parses a YAML/JSON text with one or more documents; errors name file, line and column.
pub fn parse(origin: &str, text: &str) -> Result<Vec<Document>> {
    let docs: Vec<Value> =
        serde_saphyr::from_multiple_with_options(text, options()).map_err(|e| {
            let at = e
                .location()
                .map(|l| format!(":{}:{}", l.line(), l.column()))
                .unwrap_or_default();
            let first = e.to_string().lines().next().unwrap_or_default().to_string();
            Error::Input(format!("invalid YAML in {origin}{at}: {first}"))
        })?;
    let mut out = Vec::new();
    for doc in docs {
        match doc {
            Value::Null => {}
            Value::Object(ref m) if m.get("kind").and_then(Value::as_str) == Some("List") => {
                for item in m
                    .get("items")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default()
                {
                    out.push(Document {
                        origin: origin.to_string(),
                        value: item,
                    });
                }
            }
            Value::Object(_) => out.push(Document {
                origin: origin.to_string(),
                value: doc,
            }),
            _ => {
                return Err(Error::Input(format!(
                    "{origin}: a document is not a Kubernetes object (expected a mapping with apiVersion and kind)"
                )));
            }
        }
    }
    Ok(out)
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let meta = std::fs::metadata(path)
        .map_err(|e| Error::Input(format!("cannot read {}: {e}", path.display())))?;
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| Error::Input(format!("cannot read {}: {e}", path.display())))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for p in entries {
            let is_manifest = p
                .extension()
                .is_some_and(|e| e == "yaml" || e == "yml" || e == "json");
            if p.is_dir() || is_manifest {
                collect(&p, out)?;
            }
        }
    } else {
        out.push(path.to_path_buf());
    }
    Ok(())
}

/// Reads every `-f` argument (`-` is stdin), directories recursively in name order.
pub fn read(inputs: &[PathBuf]) -> Result<Vec<Document>> {
    let mut docs = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)?;
            docs.extend(parse("<stdin>", &text)?);
            continue;
        }
        let mut files = Vec::new();
        collect(input, &mut files)?;
        for file in files {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| Error::Input(format!("cannot read {}: {e}", file.display())))?;
            docs.extend(parse(&file.display().to_string(), &text)?);
        }
    }
    Ok(docs)
}

fn typed<T: serde::de::DeserializeOwned>(doc: &Document) -> Result<T> {
    serde_json::from_value(doc.value.clone()).map_err(|e| {
        let name = doc.value["metadata"]["name"].as_str().unwrap_or("?");
        Error::Input(format!(
            "{}: {} {name:?} is malformed: {e}",
            doc.origin,
            doc.value["kind"].as_str().unwrap_or("object")
        ))
    })
}

/// The namespace the documents are about: `-n`, else the namespace of the first namespaced
/// object, else `default`.
pub fn namespace_of(docs: &[Document], explicit: Option<&str>) -> String {
    explicit
        .map(String::from)
        .or_else(|| {
            docs.iter()
                .find_map(|d| d.value["metadata"]["namespace"].as_str().map(String::from))
        })
        .unwrap_or_else(|| "default".into())
}

/// A snapshot of `namespace` built from the documents (objects without a namespace count as in it).
pub fn snapshot(docs: &[Document], namespace: &str, cloud_site: &str) -> Result<AppSnapshot> {
    let mut snap = AppSnapshot {
        source: Source::Files,
        namespace: namespace.into(),
        cloud_site: cloud_site.into(),
        documents: docs.iter().map(|d| d.value.clone()).collect(),
        ..Default::default()
    };
    for doc in docs {
        let v = &doc.value;
        let in_namespace = v["metadata"]["namespace"]
            .as_str()
            .is_none_or(|n| n == namespace);
        let group_kind = (
            v["apiVersion"].as_str().unwrap_or_default(),
            v["kind"].as_str().unwrap_or_default(),
        );
        match group_kind {
            ("v1", "Node") => snap.nodes.push(typed(doc)?),
            ("v1", "Namespace") if v["metadata"]["name"] == namespace => {
                snap.namespace_object = Some(typed(doc)?)
            }
            // Mesh-wide policies live in the root namespace, so every namespace's count.
            (av, "PeerAuthentication") if av.starts_with("security.istio.io/") => {
                snap.peer_authentications.push(v.clone())
            }
            _ if !in_namespace => {}
            ("v1", "Service") => snap.services.push(typed(doc)?),
            ("apps/v1", "Deployment") => snap.deployments.push(typed(doc)?),
            ("autoscaling/v2", "HorizontalPodAutoscaler") => snap.hpas.push(typed(doc)?),
            ("v1", "ConfigMap") => {
                let cm: k8s_openapi::api::core::v1::ConfigMap = typed(doc)?;
                if is_managed(&cm.metadata) {
                    snap.config_maps.push(cm);
                }
            }
            (av, "DestinationRule") if av.starts_with("networking.istio.io/") => {
                snap.destination_rules.push(v.clone())
            }
            ("offloading.liqo.io/v1beta1", "NamespaceOffloading") => {
                snap.offloading = Some(v.clone())
            }
            _ => {}
        }
    }
    Ok(snap)
}

/// The manifests after `cs`: deleted objects dropped, applied ones merged in (a partial apply
/// onto an existing object merges like server-side apply's maps), created ones added; the
/// per-service lock is cluster mechanics and never part of the result.
pub fn result_set(documents: &[Value], cs: &crate::plan::ChangeSet) -> Vec<Value> {
    use crate::plan::{ObjectRef, Step};
    let same = |a: &ObjectRef, b: &ObjectRef| {
        a.kind == b.kind
            && a.name == b.name
            && (a.namespace.is_none() || b.namespace.is_none() || a.namespace == b.namespace)
    };
    let mut out: Vec<Value> = documents.to_vec();
    for step in &cs.steps {
        match step {
            Step::Delete { target, .. } => out.retain(|d| !same(&ObjectRef::of(d), target)),
            Step::Apply { object, .. } | Step::Create { object } | Step::Restore { object } => {
                let target = ObjectRef::of(object);
                match out.iter_mut().find(|d| same(&ObjectRef::of(d), &target)) {
                    Some(existing) => merge(existing, object),
                    None => out.push(object.clone()),
                }
            }
            Step::WaitReady { .. } => {}
        }
    }
    out.retain(|o| {
        !o["metadata"]["name"]
            .as_str()
            .is_some_and(|n| n.starts_with("fluidos-mesh-lock-"))
    });
    out
}

fn merge(target: &mut Value, patch: &Value) {
    match (target, patch) {
        (Value::Object(t), Value::Object(p)) => {
            for (k, v) in p {
                match t.get_mut(k) {
                    Some(existing) if existing.is_object() && v.is_object() => merge(existing, v),
                    _ => {
                        t.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (t, p) => *t = p.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_errors_name_file_line_and_column() {
        let err = parse(
            "app.yaml",
            "apiVersion: v1\nkind: Service\nmetadata: {name: [\n",
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("invalid YAML in app.yaml:"), "{text}");
        assert!(regex_like_position(&text), "{text}");
    }

    fn regex_like_position(text: &str) -> bool {
        let rest = text.trim_start_matches("invalid YAML in app.yaml:");
        let mut parts = rest.splitn(3, ':');
        parts.next().is_some_and(|l| l.parse::<u64>().is_ok())
            && parts.next().is_some_and(|c| c.parse::<u64>().is_ok())
    }

    #[test]
    fn the_example_app_loads_into_a_snapshot() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/mubench-app");
        let docs = read(&[root]).unwrap();
        let ns = namespace_of(&docs, None);
        assert_eq!(ns, "fluidosmesh");
        let snap = snapshot(&docs, &ns, "cloud").unwrap();
        assert_eq!(snap.services.len(), 10);
        assert_eq!(snap.deployments.len(), 10);
        assert_eq!(snap.hpas.len(), 1);
        assert!(snap.injection_enabled());
    }

    #[test]
    fn non_objects_are_rejected() {
        assert!(
            parse("x.yaml", "- a\n- b\n")
                .unwrap_err()
                .to_string()
                .contains("not a Kubernetes object")
        );
    }
}
