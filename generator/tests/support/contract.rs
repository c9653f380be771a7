//! Starts the Stripe contract server (`xtask/contract-server/server.py`) on loopback.
//!
//! The server validates every request against the Stripe spec with openapi-core, answers with
//! fixtures from `fixtures3.json`, and keeps a ledger that `report()` fetches: which operations
//! were exercised and which requests or responses broke the contract.
//!
//! It runs in the venv made by `xtask/contract-server/run.sh venv`
//! (`$SDKGEN_VENV`, default `~/.cache/sdkgen/venv`) and reads the spec from
//! `$SDKGEN_SPECS_MIRROR/stripe-2021-10-07` (default `../shared/specs` beside the project root).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde::Deserialize;

/// The Stripe spec version the contract server checks against.
pub const STRIPE_SPEC: &str = "stripe-2021-10-07";

/// A running contract server; killed when dropped.
pub struct ContractServer {
    child: Child,
    addr: SocketAddr,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
}

/// What the server saw, from `GET /__contract/report`.
#[derive(Debug, Deserialize)]
pub struct ContractReport {
    /// Operations in the spec.
    pub operations_total: usize,
    /// Operation ids with at least one accepted request whose response matched the spec.
    pub operations_exercised: Vec<String>,
    /// Rejected requests and responses that broke the spec, as the ledger recorded them.
    pub failures: Vec<serde_json::Value>,
    /// Requests seen.
    pub requests: usize,
}

impl ContractReport {
    /// `operations exercised: N/TOTAL`.
    pub fn summary(&self) -> String {
        format!("operations exercised: {}/{}", self.operations_exercised.len(), self.operations_total)
    }

    /// Prints the summary; panics, listing them, on any failure or on operations not exercised.
    pub fn assert_complete(&self, all_operations: &[String]) {
        println!("{}", self.summary());
        let missing: Vec<&String> =
            all_operations.iter().filter(|op| !self.operations_exercised.contains(op)).collect();
        let failures: Vec<String> = self.failures.iter().map(|f| f.to_string()).collect();
        assert!(
            failures.is_empty() && missing.is_empty() && self.operations_exercised.len() >= self.operations_total,
            "{}\nfailures ({}):\n{}\nnot exercised ({}): {:?}",
            self.summary(),
            failures.len(),
            failures.join("\n"),
            missing.len(),
            missing
        );
    }
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("generator/ is in the project root").to_path_buf()
}

/// `$SDKGEN_SPECS_MIRROR/stripe-2021-10-07`, by default `../shared/specs/...` beside the project root.
pub fn stripe_spec_dir() -> PathBuf {
    let mirror = std::env::var_os("SDKGEN_SPECS_MIRROR")
        .map(PathBuf::from)
        .unwrap_or_else(|| project_root().join("../shared/specs"));
    mirror.join(STRIPE_SPEC)
}

/// Every `operationId` of the Stripe spec, in spec order.
pub fn stripe_operation_ids() -> Vec<String> {
    let path = stripe_spec_dir().join("spec3.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let spec: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let paths = spec["paths"].as_object().unwrap_or_else(|| panic!("{}: no paths", path.display()));
    paths
        .values()
        .filter_map(|item| item.as_object())
        .flat_map(|item| item.iter())
        .filter(|(method, _)| ["get", "put", "post", "delete", "patch"].contains(&method.as_str()))
        .map(|(method, op)| op["operationId"].as_str().map(str::to_owned).unwrap_or_else(|| method.clone()))
        .collect()
}

fn venv_python() -> PathBuf {
    let venv = std::env::var_os("SDKGEN_VENV").map(PathBuf::from).unwrap_or_else(|| {
        let home = std::env::var_os("HOME").expect("HOME is set");
        Path::new(&home).join(".cache/sdkgen/venv")
    });
    venv.join("bin/python")
}

impl ContractServer {
    /// Starts the server for the Stripe spec and waits until it listens.
    pub fn start() -> ContractServer {
        let root = project_root();
        let python = venv_python();
        assert!(
            python.exists(),
            "no Python venv at {}: run `xtask/contract-server/run.sh venv` (or set SDKGEN_VENV)",
            python.display()
        );
        let spec = stripe_spec_dir().join("spec3.json");
        assert!(spec.exists(), "Stripe spec not found at {}: set SDKGEN_SPECS_MIRROR", spec.display());
        let mut child = Command::new(&python)
            .arg(root.join("xtask/contract-server/server.py"))
            .arg("--spec")
            .arg(&spec)
            .args(["--port", "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the contract server starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let (port_tx, port_rx) = mpsc::channel();
        // Keep reading for the server's whole life so that its output never fills the pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("listening on http://127.0.0.1:").nth(1) {
                    let port: Option<u16> = rest.split_whitespace().next().and_then(|p| p.parse().ok());
                    let _ = port_tx.send(port);
                }
            }
        });
        let port = match port_rx.recv_timeout(Duration::from_secs(60)) {
            Ok(Some(port)) => port,
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("the contract server did not report a listening port within 60 s");
            }
        };
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        ContractServer { child, addr, url: format!("http://{addr}") }
    }

    /// Sends one request with an `sk_test_` bearer key (plain HTTP/1.1); returns status and body.
    pub fn request(&self, method: &str, target: &str, content_type: Option<&str>, body: &[u8]) -> (u16, String) {
        let mut head = format!(
            "{method} {target} HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer sk_test_contract\r\nConnection: close\r\nContent-Length: {}\r\n",
            self.addr,
            body.len()
        );
        if let Some(content_type) = content_type {
            head.push_str(&format!("Content-Type: {content_type}\r\n"));
        }
        head.push_str("\r\n");
        let mut stream = TcpStream::connect(self.addr).expect("connect to the contract server");
        stream.set_read_timeout(Some(Duration::from_secs(60))).expect("set a read timeout");
        stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(body)).expect("send the request");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read the response");
        let text = String::from_utf8_lossy(&raw);
        let (head, body) = text.split_once("\r\n\r\n").expect("an HTTP response");
        let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).expect("a status line");
        (status, body.to_owned())
    }

    /// The ledger's summary: operations exercised and failures.
    pub fn report(&self) -> ContractReport {
        let (status, body) = self.request("GET", "/__contract/report", None, b"");
        assert_eq!(status, 200, "GET /__contract/report answered {status}: {body}");
        serde_json::from_str(&body).unwrap_or_else(|e| panic!("the contract report is not valid: {e}: {body}"))
    }
}

impl Drop for ContractServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
