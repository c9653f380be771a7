//! The compile sample: a deterministic choice of generated SDKs, written into one scratch
//! workspace (shared target directory, the repository's Cargo.lock) and checked with
//! `cargo clippy -- -D warnings`; errors are counted per lint or error code.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use super::examples;
use super::generate::{self, Row};
use super::report::{cell, percent};
use super::sample;

/// SDKs with more generated lines than this are left out of the sample (they take minutes
/// each to check).
pub const MAX_SAMPLE_LINES: usize = 60_000;

/// How one sampled SDK fared.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SdkResult {
    /// The spec's path relative to `api/`.
    pub path: String,
    /// The SDK's name (its crates are `<name>-models` and `<name>-client`).
    pub name: String,
    /// Lines of generated code.
    pub lines: usize,
    /// Both crates checked with no error (with warnings denied, every warning is one).
    pub passed: bool,
    /// Errors by lint or error code (`clippy::doc_lazy_continuation`, `E0277`).
    pub errors: BTreeMap<String, usize>,
    /// The first error, for the report.
    pub first_error: Option<String>,
    /// Schema examples checked by the SDK's harness (see [`examples`]).
    pub examples_tried: usize,
    /// Examples that decoded into their type (as the right union member) and encoded back.
    pub examples_passed: usize,
    /// The first few examples that did not, with why.
    pub example_failures: Vec<String>,
    /// Examples not tried because they contradict their own schema, with why (see
    /// [`super::conformance`]).
    #[serde(default)]
    pub examples_set_aside: Vec<String>,
}

/// What the compile sample found.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CompileSummary {
    /// The requested sample size.
    pub requested: usize,
    /// SDKs in the sample (fewer than requested when fewer generated).
    pub sample: usize,
    /// SDKs that passed.
    pub passed: usize,
    /// Wall-clock seconds, generation and clippy.
    pub seconds: f64,
    /// Errors by lint or error code, over the whole sample: (errors, SDKs with one).
    pub codes: BTreeMap<String, (usize, usize)>,
    /// Schema examples checked over the sample.
    pub examples_tried: usize,
    /// Examples that round-tripped.
    pub examples_passed: usize,
    /// Examples not tried because they contradict their own schema (the spec's mistake).
    #[serde(default)]
    pub examples_set_aside: usize,
    /// Per SDK, in path order.
    pub sdks: Vec<SdkResult>,
}

impl CompileSummary {
    /// One line for the end of a run.
    pub fn summary_line(&self) -> String {
        format!(
            "{} of {} sampled SDKs pass clippy -D warnings ({}); {} of {} schema examples round-trip ({}), {} more contradict their schema; {:.0} s",
            self.passed,
            self.sample,
            percent(self.passed, self.sample),
            self.examples_passed,
            self.examples_tried,
            percent(self.examples_passed, self.examples_tried),
            self.examples_set_aside,
            self.seconds
        )
    }

    /// The report's section on the sample.
    pub fn markdown(&self) -> String {
        let mut md = String::new();
        let _ = writeln!(
            md,
            "## Compile sample\n\n`--compile {}`: {} SDKs of at most {MAX_SAMPLE_LINES} lines, chosen by a hash of their path; \
             **{} pass** `cargo clippy -- -D warnings` ({}), in {:.0} s.\n\n\
             Schema examples: **{} of {} round-trip** ({}): each decodes into the type generated for its schema \
             and encodes back to the same JSON (`null` and absent count as the same only at fields whose type \
             cannot keep them apart, and a key the struct does not declare may be dropped), and an example \
             of a union member decodes as that member. {} more examples contradict their own schema (an \
             integer where the schema says string, a missing required key) and are not tried; the table's \
             last column shows the first of each SDK.\n",
            self.requested,
            self.sample,
            self.passed,
            percent(self.passed, self.sample),
            self.seconds,
            self.examples_passed,
            self.examples_tried,
            percent(self.examples_passed, self.examples_tried),
            self.examples_set_aside,
        );
        if !self.codes.is_empty() {
            md.push_str("| lint or error code | errors | SDKs |\n| --- | ---: | ---: |\n");
            let mut codes: Vec<_> = self.codes.iter().collect();
            codes.sort_by(|a, b| b.1.1.cmp(&a.1.1).then(b.1.0.cmp(&a.1.0)).then(a.0.cmp(b.0)));
            for (code, (errors, sdks)) in codes {
                let _ = writeln!(md, "| `{code}` | {errors} | {sdks} |");
            }
            md.push('\n');
        }
        md.push_str("| spec | lines | clippy | first error | examples | first example failure | set aside | first set aside |\n| --- | ---: | --- | --- | ---: | --- | ---: | --- |\n");
        for sdk in &self.sdks {
            let verdict = if sdk.passed { "pass".to_owned() } else { format!("{} errors", sdk.errors.values().sum::<usize>()) };
            let first = sdk.first_error.as_deref().map(cell).unwrap_or_default();
            let failure = sdk.example_failures.first().map(|f| cell(f)).unwrap_or_default();
            let set_aside = sdk.examples_set_aside.first().map(|f| cell(f)).unwrap_or_default();
            let _ = writeln!(
                md,
                "| `{}` | {} | {verdict} | {first} | {}/{} | {failure} | {} | {set_aside} |",
                sdk.path,
                sdk.lines,
                sdk.examples_passed,
                sdk.examples_tried,
                sdk.examples_set_aside.len()
            );
        }
        md
    }
}

/// Samples `n` of the generated `rows`, writes their SDKs into `dir/sdks` and runs clippy on
/// them with `dir/target` as the shared target directory.
pub fn run(root: &Path, api: &Path, dir: &Path, rows: &[Row], n: usize) -> anyhow::Result<CompileSummary> {
    let started = Instant::now();
    let lines: BTreeMap<&str, usize> = rows
        .iter()
        .filter(|r| r.status.generated() && r.lines <= MAX_SAMPLE_LINES)
        .map(|r| (r.path.as_str(), r.lines))
        .collect();
    let chosen = sample::pick(lines.keys().copied(), n);
    let workspace = dir.join("sdks");
    if workspace.exists() {
        std::fs::remove_dir_all(&workspace)?;
    }
    std::fs::create_dir_all(&workspace)?;
    let templates = sdkgen::Templates::builtin();
    let mut sdks = Vec::new();
    let mut results = Vec::new();
    let mut apis = Vec::new();
    for path in &chosen {
        let config = generate::sdk_config(path, &api.join(path), workspace.join(generate::crate_name(path)));
        let text = std::fs::read_to_string(&config.spec)?;
        let generation = sdkgen::generate_from_str(&config, &text, &templates)
            .map_err(|e| anyhow::anyhow!("{path} generated in the first pass but not now: {e}"))?;
        let doc: serde_json::Value = serde_json::from_str(&text)?;
        apis.push((sdkgen::lower_document(&config, doc.clone())?, doc));
        results.push(SdkResult {
            path: (*path).to_owned(),
            name: config.name.clone(),
            lines: lines[path],
            passed: false,
            errors: BTreeMap::new(),
            first_error: None,
            examples_tried: 0,
            examples_passed: 0,
            example_failures: Vec::new(),
            examples_set_aside: Vec::new(),
        });
        sdks.push(generation.sdk);
    }
    sdkgen::output::write_all(&sdks, &[])?;
    // Harnesses go next to the SDKs once these are written.
    for ((sdk, (api, doc)), result) in sdks.iter().zip(&apis).zip(&mut results) {
        let harness = examples::write(&sdk.root.join("examples"), api, doc)?;
        result.examples_tried = harness.checks;
        result.examples_set_aside = harness.set_aside;
    }
    std::fs::write(workspace.join("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [\"*/models\", \"*/client\", \"*/examples\"]\n")?;
    std::fs::copy(root.join("Cargo.lock"), workspace.join("Cargo.lock"))?;
    if !results.is_empty() {
        let target = dir.join("target");
        clippy(&workspace, &target, &mut results)?;
        run_examples(&workspace, &target, &mut results)?;
    }
    let mut codes: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for sdk in &results {
        for (code, count) in &sdk.errors {
            let entry = codes.entry(code.clone()).or_default();
            entry.0 += count;
            entry.1 += 1;
        }
    }
    Ok(CompileSummary {
        requested: n,
        sample: results.len(),
        passed: results.iter().filter(|r| r.passed).count(),
        seconds: started.elapsed().as_secs_f64(),
        codes,
        examples_tried: results.iter().map(|r| r.examples_tried).sum(),
        examples_passed: results.iter().map(|r| r.examples_passed).sum(),
        examples_set_aside: results.iter().map(|r| r.examples_set_aside.len()).sum(),
        sdks: results,
    })
}

/// Runs clippy once over the workspace (`--keep-going`, so one SDK's errors do not stop the
/// others) and fills in each SDK's errors from cargo's JSON messages. An SDK passes when both
/// its crates were checked (cargo reported their artifacts) without an error.
fn clippy(workspace: &Path, target: &Path, results: &mut [SdkResult]) -> anyhow::Result<()> {
    let mut child = Command::new(env!("CARGO"))
        .args(["clippy", "--workspace", "--exclude", "*-examples", "--offline", "--keep-going", "--message-format=json"])
        .args(["--", "-D", "warnings"])
        .env("CARGO_TARGET_DIR", target)
        .current_dir(workspace)
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(workspace.join("clippy.log"))?)
        .spawn()?;
    let stdout = child.stdout.take().expect("piped stdout");
    let crate_of: BTreeMap<String, usize> = results
        .iter()
        .enumerate()
        .flat_map(|(i, r)| {
            let stem = r.name.replace('-', "_");
            [(format!("{stem}_models"), i), (format!("{stem}_client"), i)]
        })
        .collect();
    let mut checked: BTreeSet<String> = BTreeSet::new();
    for line in BufReader::new(stdout).lines() {
        let Ok(message) = serde_json::from_str::<CargoMessage>(&line?) else { continue };
        let Some(target) = message.target else { continue };
        let Some(&sdk) = crate_of.get(&target.name) else { continue };
        match message.reason.as_str() {
            "compiler-artifact" => {
                checked.insert(target.name);
            }
            "compiler-message" => {
                let Some(diagnostic) = message.message else { continue };
                if diagnostic.level != "error" || diagnostic.message.starts_with("aborting due to") {
                    continue;
                }
                let code = diagnostic.code.map_or_else(|| "(no code)".to_owned(), |c| c.code);
                *results[sdk].errors.entry(code).or_default() += 1;
                results[sdk].first_error.get_or_insert(diagnostic.message);
            }
            _ => {}
        }
    }
    let status = child.wait()?;
    anyhow::ensure!(
        status.success() || !checked.is_empty() || results.iter().any(|r| !r.errors.is_empty()),
        "cargo clippy checked no SDK of the sample; its output is in {}",
        workspace.join("clippy.log").display()
    );
    for sdk in results.iter_mut() {
        let stem = sdk.name.replace('-', "_");
        let both = checked.contains(&format!("{stem}_models")) && checked.contains(&format!("{stem}_client"));
        sdk.passed = both && sdk.errors.is_empty();
        if !both && sdk.errors.is_empty() {
            sdk.first_error = Some("not checked: cargo stopped before this SDK (see clippy.log in the sample workspace)".into());
        }
    }
    Ok(())
}

/// Builds every SDK's example harness and runs it; a harness that does not build (its models
/// do not compile) passes none of its examples.
fn run_examples(workspace: &Path, target: &Path, results: &mut [SdkResult]) -> anyhow::Result<()> {
    let mut build = Command::new(env!("CARGO"));
    build.args(["build", "--offline", "--keep-going", "--quiet"]).env("CARGO_TARGET_DIR", target).current_dir(workspace);
    for sdk in results.iter().filter(|r| r.examples_tried > 0) {
        build.args(["--package", &format!("{}-examples", sdk.name)]);
        // A harness that does not build now must not leave an old binary to run.
        let _ = std::fs::remove_file(harness_binary(target, &sdk.name));
    }
    build.stdout(Stdio::null()).stderr(std::fs::File::create(workspace.join("examples.log"))?).status()?;
    for sdk in results.iter_mut().filter(|r| r.examples_tried > 0) {
        let output = match Command::new(harness_binary(target, &sdk.name)).output() {
            Ok(output) => String::from_utf8_lossy(&output.stdout).into_owned(),
            Err(_) => {
                sdk.example_failures.push("the example harness did not build (see examples.log in the sample workspace)".into());
                continue;
            }
        };
        for line in output.lines() {
            if let Some(failure) = line.strip_prefix("FAIL ")
                && sdk.example_failures.len() < MAX_EXAMPLE_FAILURES
            {
                sdk.example_failures.push(failure.to_owned());
            }
            if let Some(counts) = line.strip_prefix(examples::RESULT_PREFIX) {
                sdk.examples_passed = counts.split(", ").nth(1).and_then(|p| p.strip_suffix(" passed")?.parse().ok()).unwrap_or(0);
            }
        }
    }
    Ok(())
}

/// Where cargo puts the example harness of the SDK `name`.
fn harness_binary(target: &Path, name: &str) -> std::path::PathBuf {
    target.join("debug").join(format!("{name}-examples{}", std::env::consts::EXE_SUFFIX))
}

/// Example failures kept per SDK.
const MAX_EXAMPLE_FAILURES: usize = 5;

/// The parts of a `cargo --message-format=json` line this module reads.
#[derive(Deserialize)]
struct CargoMessage {
    reason: String,
    target: Option<CargoTarget>,
    message: Option<RustcDiagnostic>,
}

#[derive(Deserialize)]
struct CargoTarget {
    name: String,
}

#[derive(Deserialize)]
struct RustcDiagnostic {
    message: String,
    level: String,
    code: Option<RustcCode>,
}

#[derive(Deserialize)]
struct RustcCode {
    code: String,
}
