//! Starts Stoplight Prism on loopback as a validating mock server for a spec.
//!
//! Prism checks every request against the spec (parameters, body, security) and answers with
//! a response built from the spec; `Prefer: code=N` picks a documented status.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// A running Prism; killed when dropped.
pub struct Prism {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("generator/ is in the project root").to_path_buf()
}

impl Prism {
    /// Starts Prism for `spec` (relative to the project root) and waits until it listens.
    pub fn start(spec: &str) -> Prism {
        let root = project_root();
        let bin = root.join("xtask/mock-server/node_modules/.bin/prism");
        assert!(
            bin.exists(),
            "Prism is not installed at {}: run `cargo xtask test` (or `npm ci` in xtask/mock-server)",
            bin.display()
        );
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let mut child = Command::new(&bin)
            .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
            .arg(root.join(spec))
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("Prism starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let (ready_tx, ready_rx) = mpsc::channel();
        // Keep reading for Prism's whole life so that its log never fills the pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if line.contains("Prism is listening on") {
                    let _ = ready_tx.send(());
                }
            }
        });
        let url = format!("http://127.0.0.1:{port}");
        let mut prism = Prism { child, url };
        if ready_rx.recv_timeout(Duration::from_secs(90)).is_err() {
            let _ = prism.child.kill();
            panic!("Prism did not start within 90 s for {spec}");
        }
        prism
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
