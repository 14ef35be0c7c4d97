//! The call graph and service times from Istio's standard metrics, as Prometheus answers
//! them. Pure: the queries are built here, the answers are turned into a µBench-shaped
//! workmodel here; `crate::prometheus` only carries them.
//!
//! Services are named as the Service (destination_service_name) and as the caller's canonical
//! service (`source_canonical_service`, Istio's default being the pod's `app` label), so every
//! per-site copy of `s0` (s0-cloud, s0-edge1) counts as `s0`.
//!
//! Model, stated: the probability that `a` calls `b` is calls(a→b) / requests(a), capped at 1;
//! all calls of a service form one group called in sequence; a service's own processing time is
//! its mean server-side duration minus the mean client-side durations of the calls it makes,
//! weighted by their probabilities (at least 0.1 ms).

use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// Label values Prometheus interpolates are quoted with Rust's debug quoting, which escapes
/// what PromQL needs escaped (`"` and `\`).
fn quote(v: &str) -> String {
    format!("{v:?}")
}

/// The four PromQL queries, over `window` (e.g. `5m`), for services in `namespace`.
pub struct Queries {
    pub call_rate: String,
    pub call_duration: String,
    pub request_rate: String,
    pub request_duration: String,
}

pub fn queries(namespace: &str, window: &str) -> Queries {
    let ns = quote(namespace);
    let by_edge = "source_canonical_service, destination_service_name";
    let by_service = "destination_service_name";
    let source = format!(
        "reporter=\"source\",source_workload_namespace={ns},destination_service_namespace={ns}"
    );
    let destination = format!("reporter=\"destination\",destination_service_namespace={ns}");
    let rate = |metric: &str, sel: &str, by: &str| {
        format!("sum by ({by}) (rate({metric}{{{sel}}}[{window}]))")
    };
    let mean = |sel: &str, by: &str| {
        format!(
            "{} / {}",
            rate("istio_request_duration_milliseconds_sum", sel, by),
            rate("istio_request_duration_milliseconds_count", sel, by)
        )
    };
    Queries {
        call_rate: rate("istio_requests_total", &source, by_edge),
        call_duration: mean(&source, by_edge),
        request_rate: rate("istio_requests_total", &destination, by_service),
        request_duration: mean(&destination, by_service),
    }
}

/// One series of an instant-vector answer: its labels and value.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub labels: BTreeMap<String, String>,
    pub value: f64,
}

/// The `data.result` of a Prometheus instant query (`resultType: vector`).
pub fn parse_vector(answer: &Value) -> Result<Vec<Sample>, String> {
    if answer["status"] != "success" {
        return Err(format!(
            "Prometheus answered {}: {}",
            answer["errorType"].as_str().unwrap_or("an error"),
            answer["error"].as_str().unwrap_or("no message")
        ));
    }
    let result = answer["data"]["result"]
        .as_array()
        .ok_or("Prometheus's answer has no data.result")?;
    Ok(result
        .iter()
        .filter_map(|s| {
            let labels = s["metric"]
                .as_object()?
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string())))
                .collect();
            let value = s["value"][1].as_str()?.parse::<f64>().ok()?;
            value.is_finite().then_some(Sample { labels, value })
        })
        .collect())
}

/// The four answers, in the order of [`Queries`].
pub struct Answers {
    pub call_rate: Vec<Sample>,
    pub call_duration: Vec<Sample>,
    pub request_rate: Vec<Sample>,
    pub request_duration: Vec<Sample>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Telemetry {
    /// A µBench workmodel (for [`super::workmodel::from_value`]).
    pub workmodel: Value,
    /// Each service's own processing time in ms.
    pub service_ms: BTreeMap<String, f64>,
}

fn label<'a>(s: &'a Sample, key: &str) -> Option<&'a str> {
    s.labels
        .get(key)
        .map(String::as_str)
        .filter(|v| !v.is_empty() && *v != "unknown")
}

type Edge = (String, String);

fn by_edge(samples: &[Sample]) -> BTreeMap<Edge, f64> {
    samples
        .iter()
        .filter_map(|s| {
            let from = label(s, "source_canonical_service")?;
            let to = label(s, "destination_service_name")?;
            Some(((from.to_string(), to.to_string()), s.value))
        })
        .collect()
}

fn by_service(samples: &[Sample]) -> BTreeMap<String, f64> {
    samples
        .iter()
        .filter_map(|s| Some((label(s, "destination_service_name")?.to_string(), s.value)))
        .collect()
}

pub fn build(answers: &Answers) -> Result<Telemetry, String> {
    let requests = by_service(&answers.request_rate);
    let durations = by_service(&answers.request_duration);
    let calls = by_edge(&answers.call_rate);
    let call_ms = by_edge(&answers.call_duration);
    if requests.values().all(|r| *r <= 0.0) {
        return Err("no requests to services in this namespace in the window (is traffic flowing, and do the pods have sidecars?)".into());
    }
    let mut model = Map::new();
    let mut service_ms = BTreeMap::new();
    for (service, rate) in requests.iter().filter(|(_, r)| **r > 0.0) {
        let mut callees = Vec::new();
        let mut probabilities = Map::new();
        let mut downstream_ms = 0.0;
        for ((from, to), call_rate) in &calls {
            if from != service || !requests.contains_key(to) || *call_rate <= 0.0 {
                continue;
            }
            let p = (call_rate / rate).min(1.0);
            callees.push(to.clone());
            probabilities.insert(to.clone(), json!((p * 1000.0).round() / 1000.0));
            downstream_ms += p * call_ms
                .get(&(from.clone(), to.clone()))
                .copied()
                .unwrap_or(0.0);
        }
        let own = durations.get(service).copied().unwrap_or(0.0) - downstream_ms;
        service_ms.insert(service.clone(), own.max(0.1));
        let groups = if callees.is_empty() {
            json!([])
        } else {
            json!([{"seq_len": callees.len(), "services": callees, "probabilities": probabilities}])
        };
        model.insert(service.clone(), json!({"external_services": groups}));
    }
    Ok(Telemetry {
        workmodel: Value::Object(model),
        service_ms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(from: &str, to: &str, value: f64) -> Sample {
        Sample {
            labels: BTreeMap::from([
                ("source_canonical_service".into(), from.into()),
                ("destination_service_name".into(), to.into()),
            ]),
            value,
        }
    }

    fn service(name: &str, value: f64) -> Sample {
        Sample {
            labels: BTreeMap::from([("destination_service_name".into(), name.into())]),
            value,
        }
    }

    #[test]
    fn rates_become_call_probabilities_and_durations_own_times() {
        // s0 gets 10 req/s (from the gateway) and calls s1 3 times a second; s1 takes 20 ms,
        // s0 60 ms in all, so 60 - 0.3 * 22 (client-side, with the hop) = 53.4 ms of its own.
        let answers = Answers {
            call_rate: vec![
                edge("istio-ingressgateway", "s0", 10.0),
                edge("s0", "s1", 3.0),
            ],
            call_duration: vec![edge("s0", "s1", 22.0)],
            request_rate: vec![service("s0", 10.0), service("s1", 3.0)],
            request_duration: vec![service("s0", 60.0), service("s1", 20.0)],
        };
        let t = build(&answers).unwrap();
        assert_eq!(
            t.workmodel,
            json!({"s0": {"external_services": [{"seq_len": 1, "services": ["s1"], "probabilities": {"s1": 0.3}}]},
                   "s1": {"external_services": []}})
        );
        assert!((t.service_ms["s0"] - 53.4).abs() < 1e-9);
        assert_eq!(t.service_ms["s1"], 20.0);
        let g = crate::latency::workmodel::from_value(&t.workmodel).unwrap();
        assert_eq!(
            g.roots(),
            vec![g.index("s0").unwrap()],
            "the gateway is not a service"
        );
    }

    #[test]
    fn no_traffic_is_a_clear_error_and_prometheus_errors_are_passed_on() {
        let empty = Answers {
            call_rate: vec![],
            call_duration: vec![],
            request_rate: vec![],
            request_duration: vec![],
        };
        assert!(build(&empty).unwrap_err().contains("no requests"));
        let err = parse_vector(
            &json!({"status": "error", "errorType": "bad_data", "error": "parse error"}),
        );
        assert_eq!(
            err.unwrap_err(),
            "Prometheus answered bad_data: parse error"
        );
        let ok = parse_vector(&json!({"status": "success", "data": {"resultType": "vector",
            "result": [{"metric": {"a": "b"}, "value": [1.0, "2.5"]}, {"metric": {}, "value": [1.0, "NaN"]}]}}))
        .unwrap();
        assert_eq!(ok.len(), 1, "NaN (0/0 durations) is dropped");
        assert_eq!(ok[0].value, 2.5);
    }

    #[test]
    fn queries_filter_by_reporter_and_namespace() {
        let q = queries("fluidos\"mesh", "5m");
        assert_eq!(
            q.call_rate,
            "sum by (source_canonical_service, destination_service_name) (rate(istio_requests_total{reporter=\"source\",source_workload_namespace=\"fluidos\\\"mesh\",destination_service_namespace=\"fluidos\\\"mesh\"}[5m]))"
        );
        assert!(
            q.request_duration
                .contains("istio_request_duration_milliseconds_sum{reporter=\"destination\"")
        );
    }
}
