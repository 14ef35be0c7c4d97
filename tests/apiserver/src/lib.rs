//! A loopback stand-in for the Kubernetes API server, for fluidos-mesh tests only.
//!
//! It speaks real HTTP/1.1 with JSON, so the compiled plugin (through an ordinary kubeconfig)
//! and the real `kubectl` both talk to it. What it simulates and what it does not is listed in
//! the repository README ("How the tests work").
//!
//! ```no_run
//! let server = fluidos_test_apiserver::TestServer::builder().start();
//! server.seed_yaml("apiVersion: v1\nkind: Node\nmetadata: {name: n1}\n");
//! let kubeconfig = server.kubeconfig(); // a file path for `--kubeconfig`
//! # let _ = kubeconfig;
//! ```

pub mod admission;
pub mod apply;
pub mod control;
pub mod controllers;
pub mod discovery;
pub mod doubles;
pub mod handlers;
pub mod patch;
pub mod prometheus;
pub mod resources;
pub mod routes;
pub mod selector;
pub mod server;
pub mod status;
pub mod store;
pub mod tls;
pub mod validate;
pub mod watch;
pub mod yaml;

pub use control::{Denial, Fault, FaultAction, RequestRecord};
pub use controllers::Controllers;

use hyper_util::rt::TokioIo;
use resources::{Crd, Registry};
use serde_json::Value;
use server::{Shared, State, lock};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use store::WriteOptions;

/// How to start a server.
#[derive(Debug, Clone)]
pub struct Builder {
    crds: Vec<Crd>,
    token: Option<String>,
    controllers: Controllers,
    port: u16,
}

impl Builder {
    /// Without the CRDs of this API group (e.g. `core.liqo.io`: "Liqo is not installed").
    pub fn without_group(mut self, group: &str) -> Self {
        self.crds.retain(|c| c.group() != group);
        self
    }

    /// Requires `Authorization: Bearer TOKEN` (the kubeconfig carries it); others get 401.
    pub fn token(mut self, token: &str) -> Self {
        self.token = Some(token.to_string());
        self
    }

    pub fn controllers(mut self, controllers: Controllers) -> Self {
        self.controllers = controllers;
        self
    }

    /// A fixed port (the standalone mode); 0, the default, picks a free one.
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    pub fn start(self) -> TestServer {
        TestServer::start(self)
    }
}

/// A running server on 127.0.0.1; stops when dropped.
pub struct TestServer {
    pub addr: SocketAddr,
    state: State,
    kubeconfig: tempfile::TempDir,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestServer {
    pub fn builder() -> Builder {
        Builder {
            crds: resources::vendored_crds().to_vec(),
            token: Some("fluidos-test-token".into()),
            controllers: Controllers::default(),
            port: 0,
        }
    }

    fn start(b: Builder) -> TestServer {
        let listener = std::net::TcpListener::bind(("127.0.0.1", b.port)).expect("bind 127.0.0.1");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let addr = listener.local_addr().expect("local address");
        let state: State = Arc::new(Mutex::new(Shared {
            registry: Registry::new(&b.crds),
            store: Default::default(),
            log: Vec::new(),
            faults: Vec::new(),
            denials: Vec::new(),
            token: b.token.clone(),
            controllers: b.controllers,
            address: addr.to_string(),
        }));
        let (tx, rx) = tokio::sync::oneshot::channel();
        let serving = state.clone();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("tokio runtime");
            runtime.block_on(accept_loop(listener, serving, rx));
        });
        let server = TestServer {
            addr,
            state,
            kubeconfig: tempfile::Builder::new()
                .prefix("fluidos-test-apiserver")
                .tempdir()
                .expect("temporary directory"),
            shutdown: Some(tx),
            thread: Some(thread),
        };
        for crd in &b.crds {
            server.seed_value(crd.object.clone());
        }
        server.write_kubeconfig(b.token.as_deref());
        server
    }

    pub fn url(&self) -> String {
        format!("https://{}", self.addr)
    }

    /// PEM of the CA that kubeconfigs for this server trust.
    pub fn ca_pem(&self) -> &'static str {
        &tls::identity().ca_pem
    }

    /// Path of a kubeconfig with context `test` pointing here (and context `other`, pointing
    /// at a closed port, for "unreachable" tests).
    pub fn kubeconfig(&self) -> PathBuf {
        self.kubeconfig.path().join("kubeconfig")
    }

    /// Writes a kubeconfig for this server with the given token (`None`: no credentials).
    pub fn kubeconfig_with_token(&self, file: &str, token: Option<&str>) -> PathBuf {
        let user = match token {
            Some(t) => format!("    token: {t}\n"),
            None => "    {}\n".to_string(),
        };
        use base64::Engine;
        let ca = base64::engine::general_purpose::STANDARD.encode(self.ca_pem());
        let text = format!(
            "apiVersion: v1\nkind: Config\ncurrent-context: test\nclusters:\n- name: test\n  cluster:\n    server: {}\n    certificate-authority-data: {ca}\n- name: closed\n  cluster:\n    server: https://127.0.0.1:9\n    certificate-authority-data: {ca}\ncontexts:\n- name: test\n  context:\n    cluster: test\n    user: tester\n- name: other\n  context:\n    cluster: closed\n    user: tester\nusers:\n- name: tester\n  user:\n{user}",
            self.url()
        );
        let path = self.kubeconfig.path().join(file);
        std::fs::write(&path, text).expect("write kubeconfig");
        path
    }

    fn write_kubeconfig(&self, token: Option<&str>) {
        self.kubeconfig_with_token("kubeconfig", token);
    }

    /// Creates every object of a YAML text (as the `seed` field manager), panicking on errors.
    pub fn seed_yaml(&self, text: &str) {
        for doc in yaml::documents(text).expect("seed YAML") {
            self.seed_value(doc);
        }
    }

    pub fn seed_value(&self, object: Value) {
        self.try_create(object)
            .unwrap_or_else(|e| panic!("seed failed: {}", e.message));
    }

    /// Creates one object directly in the store (no HTTP, not logged).
    pub fn try_create(&self, object: Value) -> Result<Value, status::ApiError> {
        let mut shared = lock(&self.state);
        let av = object["apiVersion"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let kind = object["kind"].as_str().unwrap_or_default().to_string();
        let rt = shared
            .registry
            .find_kind(&av, &kind)
            .cloned()
            .ok_or_else(|| status::ApiError::bad_request(format!("no kind {kind} in {av}")))?;
        let ns = object["metadata"]["namespace"].as_str().map(String::from);
        let status = object.get("status").cloned();
        let opts = WriteOptions {
            manager: Some("seed"),
            dry_run: false,
            strict: true,
        };
        let created = shared.store.create(&rt, ns.as_deref(), object, opts)?;
        match status {
            // Seeds may carry status (node readiness, peering health): keep it, as a controller would.
            Some(status) if rt.has_status => {
                let mut with_status = created;
                with_status["status"] = status;
                let name = with_status["metadata"]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string();
                shared
                    .store
                    .update(&rt, ns.as_deref(), &name, with_status, true, opts)
            }
            _ => Ok(created),
        }
    }

    /// Reads one stored object: `get("apps/v1", "Deployment", Some("demo"), "s0")`.
    pub fn get(
        &self,
        api_version: &str,
        kind: &str,
        namespace: Option<&str>,
        name: &str,
    ) -> Option<Value> {
        let shared = lock(&self.state);
        let rt = shared.registry.find_kind(api_version, kind)?.clone();
        shared.store.get(&rt, namespace, name).ok()
    }

    /// Every stored object of a kind, in every namespace.
    pub fn list(&self, api_version: &str, kind: &str) -> Vec<Value> {
        let shared = lock(&self.state);
        let Some(rt) = shared.registry.find_kind(api_version, kind).cloned() else {
            return vec![];
        };
        shared
            .store
            .list(&rt, None, &Default::default(), &Default::default())
    }

    pub fn requests(&self) -> Vec<RequestRecord> {
        lock(&self.state).log.clone()
    }

    /// Requests with this verb (and resource plural, `*` for any).
    pub fn count(&self, verb: &str, resource: &str) -> usize {
        self.requests()
            .iter()
            .filter(|r| r.verb == verb && (resource == "*" || r.resource == resource))
            .count()
    }

    pub fn writes(&self) -> Vec<RequestRecord> {
        self.requests()
            .into_iter()
            .filter(RequestRecord::is_write)
            .collect()
    }

    pub fn clear_log(&self) {
        lock(&self.state).log.clear();
    }

    pub fn inject(&self, fault: Fault) {
        lock(&self.state).faults.push(fault);
    }

    pub fn deny(&self, denial: Denial) {
        lock(&self.state).denials.push(denial);
    }

    pub fn set_controllers(&self, controllers: Controllers) {
        lock(&self.state).controllers = controllers;
    }

    pub fn resource_version(&self) -> u64 {
        lock(&self.state).store.resource_version()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

async fn accept_loop(
    listener: std::net::TcpListener,
    state: State,
    mut stop: tokio::sync::oneshot::Receiver<()>,
) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    loop {
        let accepted = tokio::select! {
            _ = &mut stop => return,
            a = listener.accept() => a,
        };
        let Ok((stream, _)) = accepted else { continue };
        let state = state.clone();
        let acceptor = tokio_rustls::TlsAcceptor::from(tls::identity().config.clone());
        tokio::spawn(async move {
            let Ok(stream) = acceptor.accept(stream).await else {
                return;
            };
            let service = hyper::service::service_fn(move |req| server::serve(state.clone(), req));
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// Polls `condition` every 10 ms until it holds or `timeout` passes.
pub fn eventually(timeout: Duration, mut condition: impl FnMut() -> bool) -> bool {
    let deadline = std::time::Instant::now() + timeout;
    while std::time::Instant::now() < deadline {
        if condition() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    condition()
}
