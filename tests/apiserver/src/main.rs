//! Standalone mode: start the loopback test API server by hand and try the plugin against it.
//!
//! ```text
//! cargo run -p fluidos-test-apiserver -- --seed examples/sites.yaml [--port 8001] [--controllers]
//! ```
//! Prints the kubeconfig path; runs until Ctrl-C (or stdin closes when `--until-stdin-closes`).

use fluidos_test_apiserver::{Controllers, TestServer};
use std::time::Duration;

const USAGE: &str =
    "usage: fluidos-test-apiserver [--seed FILE]... [--port N] [--controllers] [--no-auth]";

fn main() {
    let mut seeds = Vec::new();
    let mut builder = TestServer::builder();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => match args.next() {
                Some(f) => seeds.push(f),
                None => fail("--seed needs a file"),
            },
            "--port" => match args.next().and_then(|p| p.parse().ok()) {
                Some(p) => builder = builder.port(p),
                None => fail("--port needs a number"),
            },
            "--controllers" => {
                builder = builder.controllers(Controllers {
                    deployment_delay: Some(Duration::from_millis(500)),
                    offloading_delay: Some(Duration::from_millis(200)),
                })
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            other => fail(&format!("unknown argument {other:?}")),
        }
    }
    let server = builder.start();
    for file in &seeds {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| fail(&format!("{file}: {e}")));
        for doc in fluidos_test_apiserver::yaml::documents(&text)
            .unwrap_or_else(|e| fail(&format!("{file}: {e}")))
        {
            if let Err(e) = server.try_create(doc) {
                fail(&format!("{file}: {}", e.message));
            }
        }
    }
    println!("loopback test API server listening on {}", server.url());
    println!("kubeconfig: {}", server.kubeconfig().display());
    println!(
        "try: kubectl --kubeconfig {} get nodes",
        server.kubeconfig().display()
    );
    loop {
        std::thread::sleep(Duration::from_secs(3600));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("fluidos-test-apiserver: {message}\n{USAGE}");
    std::process::exit(2)
}
