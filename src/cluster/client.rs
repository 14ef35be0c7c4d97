//! Connecting like kubectl: --kubeconfig, then KUBECONFIG (merged), then ~/.kube/config, then
//! the in-cluster service account; --context picks the context.

use crate::error::{Error, Result};
use kube::config::{KubeConfigOptions, Kubeconfig};
use std::path::PathBuf;
use std::time::Duration;

/// How long to wait for a TCP/TLS connection before calling the server unreachable.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// Where to find credentials and how long to wait; built from the global flags.
#[derive(Debug, Clone, Default)]
pub struct ConnectOptions {
    pub kubeconfig: Option<PathBuf>,
    pub context: Option<String>,
    /// Per-request read/write timeout; `None` waits forever.
    pub request_timeout: Option<Duration>,
}

fn home_kubeconfig() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".kube").join("config"))
}

/// Reads the kubeconfig kubectl would read; `Ok(None)` when there is none at all.
pub fn load_kubeconfig(opts: &ConnectOptions) -> Result<Option<(Kubeconfig, String)>> {
    let invalid = |path: &str, e: kube::config::KubeconfigError| Error::KubeconfigInvalid {
        path: path.to_string(),
        reason: crate::error::root_cause(&e),
    };
    if let Some(path) = &opts.kubeconfig {
        let shown = path.display().to_string();
        if !path.exists() {
            return Err(Error::KubeconfigInvalid {
                path: shown,
                reason: "no such file (given with --kubeconfig)".into(),
            });
        }
        return Kubeconfig::read_from(path)
            .map(|k| Some((k, shown.clone())))
            .map_err(|e| invalid(&shown, e));
    }
    if let Some(paths) = std::env::var_os("KUBECONFIG").filter(|v| !v.is_empty()) {
        let shown = paths.to_string_lossy().to_string();
        // kubectl merges every existing file of the list; missing ones are skipped.
        let existing: Vec<PathBuf> = std::env::split_paths(&paths)
            .filter(|p| p.exists())
            .collect();
        if existing.is_empty() {
            return Err(Error::KubeconfigMissing {
                searched: std::env::split_paths(&paths).collect(),
            });
        }
        let mut merged: Option<Kubeconfig> = None;
        for path in existing {
            let next = Kubeconfig::read_from(&path)
                .map_err(|e| invalid(&path.display().to_string(), e))?;
            merged = Some(match merged {
                Some(m) => m.merge(next).map_err(|e| invalid(&shown, e))?,
                None => next,
            });
        }
        return Ok(merged.map(|m| (m, shown)));
    }
    match home_kubeconfig().filter(|p| p.exists()) {
        Some(path) => {
            let shown = path.display().to_string();
            Kubeconfig::read_from(&path)
                .map(|k| Some((k, shown.clone())))
                .map_err(|e| invalid(&shown, e))
        }
        None => Ok(None),
    }
}

/// The context that will be used, checked against the kubeconfig.
pub fn resolve_context(kubeconfig: &Kubeconfig, requested: Option<&str>) -> Result<String> {
    let available: Vec<String> = kubeconfig.contexts.iter().map(|c| c.name.clone()).collect();
    let name = match requested.or(kubeconfig.current_context.as_deref()) {
        Some(n) if !n.is_empty() => n.to_string(),
        _ => return Err(Error::NoContext),
    };
    if available.contains(&name) {
        Ok(name)
    } else {
        Err(Error::UnknownContext { name, available })
    }
}

/// A ready client plus what error messages need to know about it.
#[derive(Clone)]
pub struct Connection {
    pub client: kube::Client,
    /// The server URL, for messages.
    pub server: String,
    /// The namespace of the context (or the service account), `default` when unset.
    pub default_namespace: String,
}

pub async fn connect(opts: &ConnectOptions) -> Result<Connection> {
    let mut config = match load_kubeconfig(opts)? {
        Some((kubeconfig, _)) => {
            let context = resolve_context(&kubeconfig, opts.context.as_deref())?;
            let options = KubeConfigOptions {
                context: Some(context),
                ..Default::default()
            };
            kube::Config::from_custom_kubeconfig(kubeconfig, &options)
                .await
                .map_err(|e| Error::ClientConfig(crate::error::root_cause(&e)))?
        }
        None => kube::Config::incluster().map_err(|_| Error::KubeconfigMissing {
            searched: opts
                .kubeconfig
                .clone()
                .into_iter()
                .chain(home_kubeconfig())
                .collect(),
        })?,
    };
    config.connect_timeout = Some(CONNECT_TIMEOUT);
    if let Some(timeout) = opts.request_timeout {
        config.read_timeout = Some(timeout);
        config.write_timeout = Some(timeout);
    }
    let server = config
        .cluster_url
        .to_string()
        .trim_end_matches('/')
        .to_string();
    let default_namespace = config.default_namespace.clone();
    let client = kube::Client::try_from(config)
        .map_err(|e| Error::ClientConfig(crate::error::root_cause(&e)))?;
    Ok(Connection {
        client,
        server,
        default_namespace,
    })
}
