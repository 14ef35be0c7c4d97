//! YAML and JSON documents in, `serde_json::Value` out.

use serde_json::Value;

/// Every non-empty document of a (possibly multi-document) YAML or JSON text.
pub fn documents(text: &str) -> Result<Vec<Value>, String> {
    // Seeds of benchmarks hold thousands of documents: lift serde-saphyr's default budget.
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! { max_documents: 1_000_000, max_nodes: 50_000_000, max_events: 200_000_000 },
    };
    let docs: Vec<Value> =
        serde_saphyr::from_multiple_with_options(text, options).map_err(|e| e.to_string())?;
    Ok(docs
        .into_iter()
        .flat_map(|d| match d {
            // A `kind: List` (what `kubectl get -o yaml` prints) stands for its items.
            Value::Object(ref m) if m.get("kind") == Some(&Value::from("List")) => m
                .get("items")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default(),
            Value::Null => vec![],
            other => vec![other],
        })
        .collect())
}
