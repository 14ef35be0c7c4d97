//! Helm releases: what to install (pure data and its command line) and running helm for it.

use super::Program;
use crate::error::{Error, Result};
use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Where charts come from: a chart repository URL, or a directory of unpacked charts
/// (`--chart-dir`, for air-gapped use: `DIR/<chart>`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartSource {
    Repo(String),
    Dir(PathBuf),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HelmRelease {
    pub name: String,
    pub namespace: String,
    pub chart: String,
    pub version: String,
    pub source: ChartSource,
    /// The user-supplied values (what `helm get values` gives back).
    pub values: Value,
}

impl HelmRelease {
    /// `helm upgrade --install` arguments, reading the values from `values_file`.
    pub fn upgrade_args(&self, values_file: &Path, timeout: &str) -> Vec<String> {
        let mut args: Vec<String> = vec!["upgrade".into(), "--install".into(), self.name.clone()];
        match &self.source {
            ChartSource::Repo(url) => args.extend([
                self.chart.clone(),
                "--repo".into(),
                url.clone(),
                "--version".into(),
                self.version.clone(),
            ]),
            ChartSource::Dir(dir) => args.push(dir.join(&self.chart).display().to_string()),
        }
        args.extend([
            "--namespace".into(),
            self.namespace.clone(),
            "--values".into(),
            values_file.display().to_string(),
            "--wait".into(),
            "--timeout".into(),
            timeout.into(),
        ]);
        args
    }

    pub fn uninstall_args(&self) -> Vec<String> {
        vec![
            "uninstall".into(),
            self.name.clone(),
            "--namespace".into(),
            self.namespace.clone(),
            "--wait".into(),
        ]
    }

    /// `chart-version`, as `helm list` reports a release's chart.
    pub fn chart_label(&self) -> String {
        format!("{}-{}", self.chart, self.version)
    }

    /// The command line as a user would type it, values given as a file named after the release.
    pub fn display(&self, timeout: &str) -> String {
        let file = PathBuf::from(format!("{}-{}-values.yaml", self.namespace, self.name));
        format!("helm {}", self.upgrade_args(&file, timeout).join(" "))
    }
}

/// A release as `helm list -o json` shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Installed {
    pub chart: String,
    pub status: String,
    pub values: Value,
}

fn parse_json(what: &str, text: &str) -> Result<Value> {
    serde_json::from_str(text).map_err(|e| {
        Error::Tool(format!(
            "helm {what} printed something that is not JSON ({e}): {}",
            text.trim()
        ))
    })
}

/// What is installed as `release` in `namespace` (None: nothing).
pub async fn installed(helm: &Program, name: &str, namespace: &str) -> Result<Option<Installed>> {
    let mut quiet = |_: &str| {};
    let list_args: Vec<String> = [
        "list",
        "--namespace",
        namespace,
        "--filter",
        &format!("^{name}$"),
        "--output",
        "json",
    ]
    .map(String::from)
    .to_vec();
    let listed = parse_json("list", &helm.run(&list_args, &mut quiet).await?.stdout)?;
    let Some(release) = listed
        .as_array()
        .and_then(|a| a.iter().find(|r| r["name"] == name))
    else {
        return Ok(None);
    };
    let values_args: Vec<String> = [
        "get",
        "values",
        name,
        "--namespace",
        namespace,
        "--output",
        "json",
    ]
    .map(String::from)
    .to_vec();
    let values = parse_json(
        "get values",
        &helm.run(&values_args, &mut quiet).await?.stdout,
    )?;
    Ok(Some(Installed {
        chart: release["chart"].as_str().unwrap_or_default().to_string(),
        status: release["status"].as_str().unwrap_or_default().to_string(),
        // helm prints `null` for a release installed without values.
        values: if values.is_null() {
            Value::Object(Default::default())
        } else {
            values
        },
    }))
}

/// Values compared as helm keeps them: it reads them as YAML, so `10.0` comes back as `10`.
fn same_values(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_values(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_values(v, w)))
        }
        _ => a == b,
    }
}

/// Whether `release` is already installed exactly so (re-running changes nothing then).
pub fn up_to_date(release: &HelmRelease, installed: Option<&Installed>) -> bool {
    installed.is_some_and(|i| {
        i.status == "deployed"
            && same_values(&i.values, &release.values)
            && (matches!(release.source, ChartSource::Dir(_)) || i.chart == release.chart_label())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn release(source: ChartSource) -> HelmRelease {
        HelmRelease {
            name: "istiod".into(),
            namespace: "istio-system".into(),
            chart: "istiod".into(),
            version: "1.30.0".into(),
            source,
            values: json!({"pilot": {"nodeSelector": {"topology.kubernetes.io/zone": "cloud"}}}),
        }
    }

    #[test]
    fn command_lines_for_a_repository_and_for_a_chart_directory() {
        let r = release(ChartSource::Repo(
            "https://istio-release.storage.googleapis.com/charts".into(),
        ));
        assert_eq!(
            r.display("5m"),
            "helm upgrade --install istiod istiod --repo https://istio-release.storage.googleapis.com/charts --version 1.30.0 --namespace istio-system --values istio-system-istiod-values.yaml --wait --timeout 5m"
        );
        let d = release(ChartSource::Dir("/charts".into()));
        assert_eq!(
            d.upgrade_args(Path::new("v.json"), "5m")[..4],
            ["upgrade", "--install", "istiod", "/charts/istiod"]
        );
        assert_eq!(
            r.uninstall_args().join(" "),
            "uninstall istiod --namespace istio-system --wait"
        );
    }

    #[test]
    fn a_release_is_up_to_date_only_with_the_same_chart_version_values_and_a_deployed_status() {
        let r = release(ChartSource::Repo("u".into()));
        let same = Installed {
            chart: "istiod-1.30.0".into(),
            status: "deployed".into(),
            values: r.values.clone(),
        };
        assert!(up_to_date(&r, Some(&same)));
        assert!(!up_to_date(&r, None));
        assert!(!up_to_date(
            &r,
            Some(&Installed {
                chart: "istiod-1.29.1".into(),
                ..same.clone()
            })
        ));
        assert!(!up_to_date(
            &r,
            Some(&Installed {
                status: "failed".into(),
                ..same.clone()
            })
        ));
        assert!(!up_to_date(
            &r,
            Some(&Installed {
                values: json!({}),
                ..same.clone()
            })
        ));
        // helm reads values as YAML: 10.0 comes back as 10, and that is no change.
        let mut sampled = r.clone();
        sampled.values["meshConfig"] = json!({"defaultConfig": {"tracing": {"sampling": 10.0}}});
        let mut as_helm_keeps_it = sampled.values.clone();
        as_helm_keeps_it["meshConfig"]["defaultConfig"]["tracing"]["sampling"] = json!(10);
        let installed = Installed {
            values: as_helm_keeps_it,
            ..same
        };
        assert!(up_to_date(&sampled, Some(&installed)));
    }
}
