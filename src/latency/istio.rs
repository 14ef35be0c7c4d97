//! The P90 a user sees on the Istio/Grafana dashboards: Prometheus' `histogram_quantile` over the
//! request-duration buckets Envoy reports by default.

/// Envoy's default histogram buckets (ms), as `istio_request_duration_milliseconds` has them.
pub const BUCKETS_MS: [f64; 12] = [
    0.5, 1.0, 5.0, 10.0, 25.0, 50.0, 100.0, 250.0, 500.0, 1000.0, 2500.0, 5000.0,
];

/// `histogram_quantile(q, ...)` over `samples`: find the bucket holding the rank, then interpolate
/// linearly inside it (from 0 for the first bucket). Beyond the last finite bucket Prometheus
/// answers that bucket's upper bound.
pub fn histogram_quantile(q: f64, samples: &[f64]) -> f64 {
    if samples.is_empty() {
        return 0.0;
    }
    let mut counts = [0usize; BUCKETS_MS.len()];
    for s in samples {
        if let Some(i) = BUCKETS_MS.iter().position(|b| s <= b) {
            counts[i] += 1;
        }
    }
    let rank = q * samples.len() as f64;
    let mut cumulative = 0usize;
    for (i, count) in counts.iter().enumerate() {
        let before = cumulative;
        cumulative += count;
        if cumulative as f64 >= rank {
            let lower = if i == 0 { 0.0 } else { BUCKETS_MS[i - 1] };
            if *count == 0 {
                return BUCKETS_MS[i];
            }
            return lower + (BUCKETS_MS[i] - lower) * (rank - before as f64) / *count as f64;
        }
    }
    BUCKETS_MS[BUCKETS_MS.len() - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interpolates_inside_the_bucket_like_prometheus() {
        // 10 samples: 8 in (100, 250], 2 in (250, 500]. Rank 9 falls in the second bucket,
        // 1 of its 2 samples in: 250 + 250 * 1/2.
        let samples: Vec<f64> = [120.0; 8].into_iter().chain([300.0, 400.0]).collect();
        assert_eq!(histogram_quantile(0.9, &samples), 375.0);
        // Rank 5 of 10 within the first occupied bucket: 100 + 150 * 5/8.
        assert_eq!(histogram_quantile(0.5, &samples), 193.75);
        assert_eq!(histogram_quantile(0.9, &[9000.0; 3]), 5000.0);
    }
}
