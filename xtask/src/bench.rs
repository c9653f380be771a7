//! `cargo xtask bench`: time and peak memory of generating SDKs and of the drift check, stage
//! by stage, as the median of several runs of a release build.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use sdkgen::{Config, SdkConfig, Templates, Timings};

/// What to measure.
#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// Only the SDK of this name from specs/sdks.toml.
    #[arg(long)]
    sdk: Option<String>,
    /// A spec file to measure instead of the SDKs in specs/sdks.toml (written to a temporary
    /// directory, and checked against it).
    #[arg(long)]
    spec: Option<PathBuf>,
    /// Runs per measurement; the median is reported.
    #[arg(long, default_value_t = 5)]
    runs: usize,
    /// Measure how long the committed SDK crates take to check and build instead, beside
    /// async-stripe 0.41 (see `compile_bench`).
    #[arg(long, conflicts_with_all = ["sdk", "spec"])]
    compile: bool,
}

/// Runs the benchmark; in a debug build, runs itself again built with `--release`.
pub fn run(root: &Path, args: &BenchArgs) -> anyhow::Result<bool> {
    if args.compile {
        return crate::compile_bench::run(root);
    }
    if cfg!(debug_assertions) {
        return crate::release::rerun();
    }
    anyhow::ensure!(args.runs > 0, "--runs must be at least 1");
    let scratch = std::env::temp_dir().join(format!("sdkgen-bench-{}", std::process::id()));
    let targets: Vec<(SdkConfig, bool)> = match &args.spec {
        Some(spec) => {
            let name = spec.file_stem().unwrap_or_default().to_string_lossy().replace(['_', '.'], "-");
            let sdk = SdkConfig {
                name: name.clone(),
                spec: spec.clone(),
                output: scratch.join(&name),
                version: "0.1.0".into(),
                description: format!("Benchmark SDK for {}", spec.display()),
                models_package: None,
                client_package: None,
                pinned_spec: None,
                patches: Vec::new(),
                examples: None,
                strict: false,
                api_version_header: None,
                idempotency_keys: false,
                method_names: Default::default(),
                operations: Default::default(),
                webhooks: None,
                round_trip: false,
                typed_formats: Vec::new(),
            };
            vec![(sdk, false)]
        }
        None => Config::load(&root.join("specs/sdks.toml"))?
            .sdks
            .into_iter()
            .filter(|s| args.sdk.as_ref().is_none_or(|name| *name == s.name))
            .map(|s| (s, true))
            .collect(),
    };
    anyhow::ensure!(!targets.is_empty(), "no SDK matches");
    println!("{} run(s) each, release build, {} thread(s); median [min .. max]", args.runs, threads());
    let templates = Templates::builtin();
    let mut all_ok = true;
    for (sdk, committed) in targets {
        all_ok &= bench_sdk(sdk, committed, &templates, args.runs, &scratch)?;
    }
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(all_ok)
}

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// One measured run of generation: stage times and peak memory.
struct GenerationRun {
    read: Duration,
    timings: Timings,
    write: Duration,
    total: Duration,
    peak: u64,
}

/// One measured run of the drift check.
struct CheckRun {
    generate: Duration,
    compare: Duration,
    total: Duration,
    peak: u64,
}

fn bench_sdk(sdk: SdkConfig, committed: bool, templates: &Templates, runs: usize, scratch: &Path) -> anyhow::Result<bool> {
    println!("\n{} ({})", sdk.name, sdk.spec.display());
    // Written to a scratch directory, so that the committed SDK stays as it is.
    let mut written = sdk.clone();
    written.output = scratch.join(&sdk.name);
    let mut generation_runs = Vec::new();
    for _ in 0..runs {
        let _ = std::fs::remove_dir_all(&written.output);
        reset_peak_memory();
        let started = Instant::now();
        let text = sdkgen::spec::read(&written.spec)?;
        let read = started.elapsed();
        let mut timings = Timings::default();
        let generation = match sdkgen::generate_timed(&written, &text, templates, &mut timings) {
            Ok(g) => g,
            Err(e) => {
                report_failure(read, &timings, &e);
                return Ok(false);
            }
        };
        let write_started = Instant::now();
        sdkgen::output::write_all(std::slice::from_ref(&generation.sdk), &[])?;
        let write = write_started.elapsed();
        let total = started.elapsed();
        if generation_runs.is_empty() {
            let lines: usize = generation.sdk.files.values().map(|t| t.lines().count()).sum();
            println!(
                "  {} operations, {} types, {} files, {} lines, spec {:.1} MiB",
                generation.counts.0,
                generation.counts.1,
                generation.sdk.files.len(),
                lines,
                text.len() as f64 / (1 << 20) as f64
            );
        }
        generation_runs.push(GenerationRun { read, timings: generation.timings, write, total, peak: peak_memory() });
    }
    let checked = if committed { sdk } else { written };
    let mut check_runs = Vec::new();
    for _ in 0..runs {
        reset_peak_memory();
        let started = Instant::now();
        let mut generation = sdkgen::generate(&checked, templates)?;
        sdkgen::codegen::keep_changelog(&mut generation)?;
        let generate = started.elapsed();
        let drift = sdkgen::output::check(std::slice::from_ref(&generation.sdk))?;
        let total = started.elapsed();
        if check_runs.is_empty() && !drift.is_empty() {
            println!("  note: {} file(s) differ from {}", drift.len(), checked.output.display());
        }
        check_runs.push(CheckRun { generate, compare: total - generate, total, peak: peak_memory() });
    }

    println!("  generate and write:");
    let g = &generation_runs;
    row("read", g.iter().map(|r| r.read));
    row("parse", g.iter().map(|r| r.timings.load));
    row("normalize", g.iter().map(|r| r.timings.normalize));
    row("lower", g.iter().map(|r| r.timings.lower));
    row("render", g.iter().map(|r| r.timings.render));
    row("format", g.iter().map(|r| r.timings.format));
    row("write", g.iter().map(|r| r.write));
    row("total", g.iter().map(|r| r.total));
    memory_row(g.iter().map(|r| r.peak));
    println!("  drift check:");
    let c = &check_runs;
    row("generate", c.iter().map(|r| r.generate));
    row("compare", c.iter().map(|r| r.compare));
    row("total", c.iter().map(|r| r.total));
    memory_row(c.iter().map(|r| r.peak));
    Ok(true)
}

/// Prints how far a failed generation got.
fn report_failure(read: Duration, timings: &Timings, error: &sdkgen::Error) {
    let stages = [
        ("parse", timings.load),
        ("normalize", timings.normalize),
        ("lower", timings.lower),
        ("render", timings.render),
        ("format", timings.format),
    ];
    println!("  read      {}", ms(read));
    for (name, time) in stages.iter().take_while(|(_, t)| !t.is_zero()) {
        println!("  {name:<9} {}", ms(*time));
    }
    let first = stages.iter().find(|(_, t)| t.is_zero()).map_or("output", |(n, _)| n);
    let message = error.to_string();
    let lines: Vec<&str> = message.lines().collect();
    println!("  failed in {first}: {}", lines.first().copied().unwrap_or_default());
    if lines.len() > 1 {
        println!("  ({} more lines of error)", lines.len() - 1);
    }
}

fn row(stage: &str, times: impl Iterator<Item = Duration>) {
    let mut times: Vec<Duration> = times.collect();
    times.sort();
    let median = times[times.len() / 2];
    println!("    {stage:<10} {:>10}   [{} .. {}]", ms(median), ms(times[0]), ms(times[times.len() - 1]));
}

fn memory_row(peaks: impl Iterator<Item = u64>) {
    let mut peaks: Vec<u64> = peaks.collect();
    peaks.sort();
    let mib = |kib: u64| format!("{:.1} MiB", kib as f64 / 1024.0);
    println!("    {:<10} {:>10}   [{} .. {}]", "peak RSS", mib(peaks[peaks.len() / 2]), mib(peaks[0]), mib(peaks[peaks.len() - 1]));
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Resets the kernel's record of this process's peak resident memory (Linux).
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// Peak resident memory of this process since the last reset, in KiB (Linux; 0 elsewhere).
fn peak_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}
