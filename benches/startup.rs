//! Start-up time of `kubectl-fluidos_mesh --help`: what a user pays on every invocation before
//! any API request. Prints figures (no pass/fail); the target is a median under 10 ms.
//!
//!     cargo bench --bench startup

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 200;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn main() {
    let bin = env!("CARGO_BIN_EXE_kubectl-fluidos_mesh");
    for args in [
        &["--help"][..],
        &["sites", "--help"][..],
        &["completion", "bash"][..],
    ] {
        // Warm the page cache first, as a user's second run would be.
        for _ in 0..5 {
            let _ = Command::new(bin).args(args).stdout(Stdio::null()).status();
        }
        let mut times: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                let status = Command::new(bin).args(args).stdout(Stdio::null()).status();
                assert!(
                    status.map(|s| s.success()).unwrap_or(false),
                    "{args:?} failed"
                );
                start.elapsed()
            })
            .collect();
        times.sort();
        println!(
            "kubectl-fluidos_mesh {:<16} runs={RUNS} median={:.2?} p90={:.2?} min={:.2?} max={:.2?}",
            args.join(" "),
            percentile(&times, 0.5),
            percentile(&times, 0.9),
            times[0],
            times[times.len() - 1],
        );
    }
}
