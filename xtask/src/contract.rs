//! `cargo xtask contract`: the Stripe SDK against the contract server and Stripe's fixtures.
//!
//! From the lowered model of the spec this writes a small binary crate (under
//! `$CARGO_TARGET_DIR/contract/`) that depends on the generated client, calls every operation once with
//! schema-valid sample values for its required parameters, and round-trips every example object
//! of `fixtures3.json` through its model. It then starts the contract server
//! (`xtask/contract-server/`), runs the binary against it and fails unless every operation was
//! exercised, every request was valid, every response decoded and every fixture round-tripped.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use anyhow::{Context, bail};
use sdkgen::model::{Api, Operation, Ty, TypeDef, TypeKind, TypedFormat};

/// The SDK the contract test covers.
const SDK: &str = "stripe-v1";

/// Runs the contract test; `Ok(false)` when it found problems.
pub fn run(root: &Path) -> anyhow::Result<bool> {
    let config = sdkgen::Config::load(&root.join("specs/sdks.toml"))?;
    let sdk = config.sdks.iter().find(|s| s.name == SDK).context("no stripe-v1 SDK in specs/sdks.toml")?;
    let api = sdkgen::lower_sdk(sdk)?;
    let fixtures_pin = root.join("specs/stripe/fixtures3.pin.toml");
    let mirror = sdkgen::spec::mirror_dir(&root.join("../shared/specs"));
    let fixtures = sdkgen::spec::Pin::load(&fixtures_pin)?.locate(&fixtures_pin, &mirror)?;

    let crate_dir = crate::target_dir(root).join("contract");
    std::fs::create_dir_all(crate_dir.join("src"))?;
    write_if_changed(&crate_dir.join("Cargo.toml"), &manifest(root, &api))?;
    write_if_changed(&crate_dir.join("src/main.rs"), &harness(&api))?;
    std::fs::copy(root.join("Cargo.lock"), crate_dir.join("Cargo.lock"))?;
    let status = Command::new(env!("CARGO"))
        .args(["build", "--quiet", "--manifest-path"])
        .arg(crate_dir.join("Cargo.toml"))
        .status()?;
    if !status.success() {
        bail!("the contract harness did not build");
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| crate_dir.join("target"));
    let binary = target.join("debug/sdkgen-contract");

    let spec = &sdk.spec;
    let mut server = ContractServer::start(root, spec)?;
    let status = Command::new(&binary).arg(&server.url).arg(&fixtures).status()?;
    server.stop();
    Ok(status.success())
}

fn write_if_changed(path: &Path, text: &str) -> anyhow::Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text)?;
    }
    Ok(())
}

fn manifest(root: &Path, api: &Api) -> String {
    let client = root.join("generated").join(SDK).join("client");
    format!(
        "[package]\nname = \"sdkgen-contract\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n{client_pkg} = {{ path = {client:?} }}\nreqwest = {{ version = \"0.12\", default-features = false, features = [\"rustls-tls\", \"json\"] }}\n\
         serde = \"1\"\nserde_json = \"1\"\ntokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n\n[workspace]\n",
        client_pkg = api.sdk.client_package,
        client = client.display().to_string(),
    )
}

/// The harness's `main.rs`.
fn harness(api: &Api) -> String {
    let types: BTreeMap<&str, &TypeDef> = api.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let samples = Samples { types };
    let mut calls = String::new();
    for op in &api.operations {
        let _ = writeln!(calls, "    check!({:?}, client.{}({}));", op.call, op.call, samples.arguments(op));
    }
    let mut fixtures = String::new();
    for t in &api.types {
        if let Some(resource) = &t.resource {
            let _ = writeln!(fixtures, "            {resource:?} => round_trip::<models::{}>(value),", t.name);
        }
    }
    HARNESS
        .replace("CLIENT_CRATE", &api.sdk.client_crate)
        .replace("    // CALLS\n", &calls)
        .replace("            // FIXTURES\n", &fixtures)
        .replace("OPERATION_COUNT", &api.operations.len().to_string())
}

/// Deepest nesting of sample values.
const MAX_SAMPLE_DEPTH: usize = 32;

/// Builds Rust expressions for schema-valid sample values.
struct Samples<'a> {
    types: BTreeMap<&'a str, &'a TypeDef>,
}

impl Samples<'_> {
    fn arguments(&self, op: &Operation) -> String {
        let mut args = Vec::new();
        for p in &op.path_params {
            args.push(match &p.model_ty {
                Ty::String => "\"id\"".to_owned(),
                other if p.ty.starts_with('&') => format!("&{}", self.value(other, 0)),
                other => self.value(other, 0),
            });
        }
        if let Some(params) = &op.params {
            let fields: Vec<String> =
                params.fields.iter().map(|f| format!("{}: {}", f.name, self.value(&f.model_ty, 0))).collect();
            args.push(format!("&{} {{ {} }}", params.name, fields.join(", ")));
        }
        if let Some(body) = &op.body {
            args.push(match (body.required, &body.model_ty) {
                (false, _) => "None".to_owned(),
                (true, Ty::Bytes) => "b\"sample\"".to_owned(),
                (true, ty) => format!("&{}", self.value(ty, 0)),
            });
        }
        args.join(", ")
    }

    fn value(&self, ty: &Ty, depth: usize) -> String {
        match ty {
            Ty::String => "\"sample\".to_owned()".into(),
            Ty::Bool => "true".into(),
            Ty::I32 | Ty::I64 => "1".into(),
            Ty::F64 => "1.0".into(),
            Ty::Json => "serde_json::json!({})".into(),
            Ty::JsonObject => "serde_json::Map::new()".into(),
            Ty::Vec(item) => format!("vec![{}]", self.value(item, depth + 1)),
            Ty::Map(_) => "Default::default()".into(),
            Ty::Option(_) => "None".into(),
            Ty::Boxed(inner) => format!("Box::new({})", self.value(inner, depth + 1)),
            Ty::OrEmpty(inner) => format!("models::OrEmpty::Value({})", self.value(inner, depth + 1)),
            Ty::Expandable(_) => "models::Expandable::Id(\"sample_id\".to_owned())".into(),
            Ty::Unit => "()".into(),
            Ty::Bytes => "b\"sample\".to_vec()".into(),
            Ty::File => "models::FileUpload::new(\"sample.txt\", b\"sample\".to_vec())".into(),
            Ty::Const(name) => format!("models::{name}::default()"),
            Ty::Named(name) => self.named(name, depth),
            Ty::Typed(format) => match format {
                TypedFormat::DateTime => "models::DateTime(models::time::OffsetDateTime::UNIX_EPOCH)".into(),
                TypedFormat::UnixTime => "models::UnixTime(models::time::OffsetDateTime::UNIX_EPOCH)".into(),
                TypedFormat::Date => "models::time::OffsetDateTime::UNIX_EPOCH.date()".into(),
                TypedFormat::Uuid => "models::uuid::Uuid::nil()".into(),
                TypedFormat::Uri => "\"https://example.com/\".parse::<models::url::Url>().unwrap()".into(),
            },
        }
    }

    fn named(&self, name: &str, depth: usize) -> String {
        // Required fields that lead back to their own type would never end.
        if depth > MAX_SAMPLE_DEPTH {
            return "Default::default()".into();
        }
        let Some(def) = self.types.get(name) else { return "Default::default()".into() };
        match &def.kind {
            TypeKind::Struct(s) => {
                // A struct with no required field still gets one value: an empty object cannot
                // be sent in a form body.
                let all_optional = s.fields.iter().all(|f| matches!(f.ty, Ty::Option(_)));
                let fields: Vec<String> = s
                    .fields
                    .iter()
                    .filter(|f| f.cfg.is_none())
                    .enumerate()
                    .map(|(i, f)| {
                        let value = match &f.ty {
                            Ty::Map(_) | Ty::JsonObject => "Default::default()".to_owned(),
                            Ty::Option(inner) if all_optional && i == 0 => format!("Some({})", self.value(inner, depth + 1)),
                            ty => self.value(ty, depth + 1),
                        };
                        format!("{}: {value}", f.name)
                    })
                    .collect();
                format!("models::{name} {{ {} }}", fields.join(", "))
            }
            TypeKind::Enum(e) => match e.variants.first() {
                Some(v) => format!("models::{name}::{}", v.name),
                None => format!("models::{name}::{}(\"sample\".to_owned())", e.fallback),
            },
            TypeKind::Const { .. } => format!("models::{name}::default()"),
            TypeKind::Union(u) => match u.variants.first() {
                Some(v) => format!("models::{name}::{}({})", v.name, self.value(&v.ty, depth + 1)),
                None => "Default::default()".into(),
            },
            TypeKind::Alias { target } => self.value(target, depth + 1),
            TypeKind::Newtype { target } => format!("models::{name}({})", self.value(target, depth + 1)),
        }
    }
}

/// The contract server, stopped on drop.
struct ContractServer {
    child: Child,
    url: String,
}

impl ContractServer {
    fn start(root: &Path, spec: &Path) -> anyhow::Result<Self> {
        let mut child = Command::new("bash")
            .arg(root.join("xtask/contract-server/run.sh"))
            .args(["serve", "--spec"])
            .arg(spec)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .context("starting the contract server (xtask/contract-server/run.sh)")?;
        let stdout = child.stdout.take().context("contract server stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        let url = loop {
            match lines.next() {
                Some(line) => {
                    let line = line?;
                    if let Some(rest) = line.split("listening on ").nth(1) {
                        break rest.split_whitespace().next().unwrap_or_default().to_owned();
                    }
                }
                None => bail!("the contract server exited before it was ready"),
            }
        };
        std::thread::spawn(move || lines.for_each(drop));
        Ok(ContractServer { child, url })
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ContractServer {
    fn drop(&mut self) {
        self.stop();
    }
}

const HARNESS: &str = r#"//! Generated by `cargo xtask contract`: calls every operation and round-trips every fixture.
#![allow(clippy::all, unused)]

use CLIENT_CRATE::*;

fn main() {
    // Debug builds of futures over large models need more stack than a thread's default.
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime").block_on(run()))
        .expect("worker thread");
    if !worker.join().expect("worker") {
        std::process::exit(1);
    }
}

async fn run() -> bool {
    let mut args = std::env::args().skip(1);
    let base_url = args.next().expect("usage: sdkgen-contract BASE_URL FIXTURES");
    let fixtures_path = args.next().expect("usage: sdkgen-contract BASE_URL FIXTURES");
    let client = Client::builder()
        .base_url(base_url.clone())
        .bearer_auth("sk_test_contract")
        .max_retries(0)
        .build()
        .expect("client");
    let mut failures: Vec<String> = Vec::new();
    let mut calls = 0usize;
    macro_rules! check {
        ($name:expr, $call:expr) => {{
            calls += 1;
            if let Err(e) = Box::pin($call).await {
                failures.push(format!("{}: {}", $name, e));
            }
        }};
    }
    // CALLS
    println!("client calls: {calls}, failed: {}", failures.len());

    let text = std::fs::read_to_string(&fixtures_path).expect("fixtures3.json");
    let fixtures: serde_json::Value = serde_json::from_str(&text).expect("fixtures3.json is JSON");
    let resources = fixtures["resources"].as_object().expect("resources");
    let mut round_tripped = 0usize;
    let mut undeclared: Vec<String> = Vec::new();
    for (resource, value) in resources {
        let value = value.clone();
        let outcome: Result<Vec<String>, String> = match resource.as_str() {
            // FIXTURES
            other => Err(format!("no model for resource `{other}`")),
        };
        match outcome {
            Ok(dropped) => {
                round_tripped += 1;
                undeclared.extend(dropped.into_iter().map(|key| format!("{resource}{key}")));
            }
            Err(e) => failures.push(format!("fixture {resource}: {e}")),
        }
    }
    println!("fixtures round-tripped: {round_tripped}/{}", resources.len());
    println!("fixture keys the spec does not declare (ignored by the models): {}", undeclared.len());
    for key in &undeclared {
        println!("  undeclared: {key}");
    }

    let report: serde_json::Value = reqwest::get(format!("{base_url}/__contract/report"))
        .await
        .expect("report")
        .json()
        .await
        .expect("report is JSON");
    let exercised = report["operations_exercised"].as_array().map_or(0, Vec::len);
    let server_failures = report["failures"].as_array().cloned().unwrap_or_default();
    println!("operations exercised: {exercised}/OPERATION_COUNT");
    println!("requests rejected by the contract server: {}", server_failures.len());
    for f in &server_failures {
        println!("  rejected: {f}");
    }
    for f in &failures {
        println!("  failed: {f}");
    }
    exercised >= OPERATION_COUNT && server_failures.is_empty() && failures.is_empty()
}

/// Deserializes a fixture into `T` and serializes it back; the two must be equal, ignoring
/// `null`s (absent and null optional fields are the same thing) and integer/float spelling.
/// Keys the model dropped are returned: serde keeps every declared property, so those are
/// keys the spec does not declare.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(value: serde_json::Value) -> Result<Vec<String>, String> {
    let typed: T = serde_json::from_value(value.clone()).map_err(|e| format!("does not deserialize: {e}"))?;
    let back = serde_json::to_value(&typed).map_err(|e| format!("does not serialize: {e}"))?;
    let mut dropped = Vec::new();
    match first_difference(&normalize(value), &normalize(back), String::new(), &mut dropped) {
        None => Ok(dropped),
        Some(diff) => Err(format!("round trip differs at {diff}")),
    }
}

fn normalize(value: serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Object(map) => {
            map.into_iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k, normalize(v))).collect()
        }
        serde_json::Value::Array(items) => items.into_iter().map(normalize).collect(),
        serde_json::Value::Number(n) => serde_json::json!(n.as_f64()),
        other => other,
    }
}

fn first_difference(a: &serde_json::Value, b: &serde_json::Value, at: String, dropped: &mut Vec<String>) -> Option<String> {
    use serde_json::Value::*;
    match (a, b) {
        (Object(x), Object(y)) => {
            for key in x.keys().chain(y.keys().filter(|k| !x.contains_key(*k))) {
                match (x.get(key), y.get(key)) {
                    (Some(p), Some(q)) => {
                        if let Some(d) = first_difference(p, q, format!("{at}/{key}"), dropped) {
                            return Some(d);
                        }
                    }
                    (Some(_), None) => dropped.push(format!("{at}/{key}")),
                    (None, _) => return Some(format!("{at}/{key} (added)")),
                }
            }
            None
        }
        (Array(x), Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (p, q))| first_difference(p, q, format!("{at}/{i}"), dropped))
        }
        _ if a == b => None,
        _ => Some(format!("{at} ({a} vs {b})")),
    }
}
"#;
