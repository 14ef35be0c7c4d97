//! A real Prometheus server (Debian package `prometheus`) on loopback, loaded with recorded
//! samples through `promtool tsdb create-blocks-from openmetrics`, for telemetry tests.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct PrometheusServer {
    pub url: String,
    child: Child,
    _dir: tempfile::TempDir,
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let out = cmd.output().map_err(|e| {
        format!("cannot run {cmd:?}: {e} (install the Debian package prometheus; .ci/run does)")
    })?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{cmd:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

fn ready(port: u16) -> bool {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(1)));
    let request = "GET /-/ready HTTP/1.0\r\nHost: localhost\r\n\r\n";
    let mut answer = String::new();
    s.write_all(request.as_bytes()).is_ok()
        && s.read_to_string(&mut answer).is_ok()
        && answer.starts_with("HTTP/1.0 200")
}

impl PrometheusServer {
    /// Writes `openmetrics` (ending in `# EOF`) into TSDB blocks and serves them.
    pub fn start(openmetrics: &str) -> Result<PrometheusServer, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let input = dir.path().join("samples.om");
        let data = dir.path().join("data");
        let config = dir.path().join("prometheus.yml");
        std::fs::write(&input, openmetrics).map_err(|e| e.to_string())?;
        std::fs::write(&config, "global:\n  scrape_interval: 1m\n").map_err(|e| e.to_string())?;
        run(Command::new("promtool")
            .args(["tsdb", "create-blocks-from", "openmetrics"])
            .arg(&input)
            .arg(&data))?;
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let child = Command::new("prometheus")
            .arg(format!("--config.file={}", config.display()))
            .arg(format!("--storage.tsdb.path={}", data.display()))
            .arg(format!("--web.listen-address=127.0.0.1:{port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start prometheus: {e} (install the Debian package prometheus; .ci/run does)"))?;
        let mut server = PrometheusServer {
            url: format!("http://127.0.0.1:{port}"),
            child,
            _dir: dir,
        };
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(60) {
            if ready(port) {
                return Ok(server);
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!("prometheus exited with {status}"));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err("prometheus did not become ready within 60 s".into())
    }
}

impl Drop for PrometheusServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
