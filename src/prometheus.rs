//! A Prometheus HTTP API client (instant queries), for `plan` and `check --prometheus`.
//! Plain `http://` (a port-forward) or `https://` with the system's roots.

use crate::error::{Error, Result};
use crate::latency::telemetry::{self, Answers, Queries, Sample};
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use std::time::Duration;

/// How long one Prometheus query may take.
pub const QUERY_TIMEOUT: Duration = Duration::from_secs(30);

fn fail(url: &str, what: impl std::fmt::Display) -> Error {
    Error::Input(format!(
        "Prometheus at {url}: {what}\n  hint: check the URL (e.g. kubectl -n monitoring port-forward svc/prometheus-operated 9090, then --prometheus http://localhost:9090)"
    ))
}

/// Percent-encodes a query parameter value.
fn encode(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

pub struct Prometheus {
    base: String,
    client: Client<
        hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>,
        Empty<Bytes>,
    >,
    timeout: Duration,
}

impl Prometheus {
    pub fn new(url: &str, timeout: Duration) -> Result<Prometheus> {
        let base = url.trim_end_matches('/').to_string();
        if !(base.starts_with("http://") || base.starts_with("https://")) {
            return Err(Error::Usage(format!(
                "--prometheus {url:?} is not an http:// or https:// URL"
            )));
        }
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_native_roots()
            .map_err(|e| fail(url, format!("no TLS roots: {e}")))?
            .https_or_http()
            .enable_http1()
            .build();
        Ok(Prometheus {
            client: Client::builder(TokioExecutor::new()).build(connector),
            base,
            timeout,
        })
    }

    /// One instant query, evaluated now.
    pub async fn query(&self, promql: &str) -> Result<Vec<Sample>> {
        let url = format!("{}/api/v1/query?query={}", self.base, encode(promql));
        let uri: hyper::Uri = url.parse().map_err(|e| fail(&self.base, e))?;
        let call = async {
            let response = self
                .client
                .get(uri)
                .await
                .map_err(|e| fail(&self.base, e))?;
            let status = response.status();
            let body = response
                .into_body()
                .collect()
                .await
                .map_err(|e| fail(&self.base, e))?
                .to_bytes();
            let answer: serde_json::Value = serde_json::from_slice(&body).map_err(|_| {
                fail(
                    &self.base,
                    format!("HTTP {status}, and the answer is not Prometheus JSON"),
                )
            })?;
            telemetry::parse_vector(&answer).map_err(|e| fail(&self.base, e))
        };
        tokio::time::timeout(self.timeout, call)
            .await
            .map_err(|_| fail(&self.base, format!("no answer within {:?}", self.timeout)))?
    }

    /// The four queries of the telemetry model, concurrently.
    pub async fn answers(&self, q: &Queries) -> Result<Answers> {
        let (call_rate, call_duration, request_rate, request_duration) = futures::try_join!(
            self.query(&q.call_rate),
            self.query(&q.call_duration),
            self.query(&q.request_rate),
            self.query(&q.request_duration),
        )?;
        Ok(Answers {
            call_rate,
            call_duration,
            request_rate,
            request_duration,
        })
    }
}

/// The call graph and service times of `namespace` over `window`, from Istio's metrics.
pub async fn read_telemetry(
    url: &str,
    namespace: &str,
    window: &str,
    timeout: Duration,
) -> Result<telemetry::Telemetry> {
    let prometheus = Prometheus::new(url, timeout)?;
    let answers = prometheus
        .answers(&telemetry::queries(namespace, window))
        .await?;
    telemetry::build(&answers).map_err(|e| fail(url, format!("namespace {namespace}: {e}")))
}
