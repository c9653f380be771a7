//! `cargo xtask bench --compile`: how long the generated SDK crates take to compile, beside
//! async-stripe 0.41 (the hand-written Stripe SDK, from the registry) measured in the same run,
//! so that the ratio holds on a loaded machine.
//!
//! The committed SDK directories are copied into a scratch workspace under `$CARGO_TARGET_DIR/compile-bench`
//! with the repository's `Cargo.lock`, and async-stripe goes in a workspace of its own beside it;
//! each has its own target directory, kept between runs. Each case is run once to build the
//! dependencies, then the measured crates are cleaned (`cargo clean -p`) and the command is timed:
//! the figure covers the SDK's own crates only, dependencies already built (debug profile,
//! incremental compilation off). Wall-clock time is what a user waits on an idle machine; the
//! CPU time of the compilers, and its ratio to async-stripe's, is what holds on a shared one.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// One row of the table: a set of crates, checked and (optionally) built.
struct Row {
    /// What is measured.
    label: &'static str,
    /// The workspace it runs in.
    workspace: PathBuf,
    /// Arguments after `cargo check` / `cargo build`.
    args: &'static [&'static str],
    /// Packages cleaned before each timed run: the crates being measured.
    measured: &'static [&'static str],
    /// Whether `cargo build` is measured too.
    build: bool,
}

/// Wall-clock and CPU time (user + system, of cargo and every rustc it ran) of one command.
#[derive(Clone, Copy)]
struct Timing {
    wall: Duration,
    cpu: Duration,
}

/// async-stripe as the issue measured it: version 0.41, default features, the tokio + hyper runtime.
const REFERENCE_MANIFEST: &str = "[package]\nname = \"reference\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nasync-stripe = { version = \"=0.41.0\", features = [\"runtime-tokio-hyper\"] }\n\n[workspace]\n";

/// Prepares the scratch workspaces, runs every case and prints a table; `false` if a build failed.
pub fn run(root: &Path) -> anyhow::Result<bool> {
    let scratch = crate::target_dir(root).join("compile-bench");
    let sdks = scratch.join("sdks");
    let _ = std::fs::remove_dir_all(&sdks);
    for name in ["payjp-v2", "stripe-v1"] {
        // The whole SDK directory: the client's docs include its README.
        copy_dir(&root.join("generated").join(name), &sdks.join(name))?;
    }
    std::fs::write(sdks.join("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [\"*/models\", \"*/client\"]\n")?;
    std::fs::copy(root.join("Cargo.lock"), sdks.join("Cargo.lock"))?;
    let reference = scratch.join("reference");
    std::fs::create_dir_all(reference.join("src"))?;
    std::fs::write(reference.join("Cargo.toml"), REFERENCE_MANIFEST)?;
    std::fs::write(reference.join("src/lib.rs"), "pub use stripe;\n")?;

    let stripe = &["stripe-v1-models", "stripe-v1-client"];
    let rows = [
        Row {
            label: "async-stripe 0.41 (`runtime-tokio-hyper`)",
            workspace: reference.clone(),
            args: &["-p", "async-stripe"],
            measured: &["async-stripe"],
            build: true,
        },
        Row { label: "stripe-v1, all features", workspace: sdks.clone(), args: &["-p", "stripe-v1-client"], measured: stripe, build: true },
        Row {
            label: "stripe-v1, `customer` only",
            workspace: sdks.clone(),
            args: &["-p", "stripe-v1-client", "--no-default-features", "--features", "customer"],
            measured: stripe,
            build: false,
        },
        Row {
            label: "payjp-v2",
            workspace: sdks.clone(),
            args: &["-p", "payjp-v2-client"],
            measured: &["payjp-v2-models", "payjp-v2-client"],
            build: false,
        },
    ];
    println!("SDK crates only, dependencies built, debug profile, {} job(s); wall s (CPU s, ratio of CPU to async-stripe's)", jobs());
    println!();
    println!("| crates | `cargo check` | `cargo build` |");
    println!("| --- | ---: | ---: |");
    let mut all_ok = true;
    let mut reference_cpu: Option<(Duration, Duration)> = None;
    for row in &rows {
        let target = scratch.join(format!("target-{}", row.workspace.file_name().unwrap_or_default().to_string_lossy()));
        let check = time_case(row, "check", &target)?;
        let build = if row.build { time_case(row, "build", &target)? } else { None };
        all_ok &= check.is_some() && (build.is_some() || !row.build);
        if reference_cpu.is_none() {
            reference_cpu = check.zip(build).map(|(c, b)| (c.cpu, b.cpu));
        }
        let cell = |timing: Option<Timing>, wanted: bool, reference: Option<Duration>| match (timing, wanted) {
            (Some(t), _) => {
                let ratio = reference.map(|r| format!(", {:.2}x", t.cpu.as_secs_f64() / r.as_secs_f64())).unwrap_or_default();
                format!("{:.1} ({:.1}{ratio})", t.wall.as_secs_f64(), t.cpu.as_secs_f64())
            }
            (None, true) => "failed".to_owned(),
            (None, false) => "".to_owned(),
        };
        println!(
            "| {} | {} | {} |",
            row.label,
            cell(check, true, reference_cpu.map(|r| r.0)),
            cell(build, row.build, reference_cpu.map(|r| r.1))
        );
    }
    Ok(all_ok)
}

/// Build jobs cargo runs at once (`CARGO_BUILD_JOBS`, else the number of cores).
fn jobs() -> String {
    std::env::var("CARGO_BUILD_JOBS").unwrap_or_else(|_| std::thread::available_parallelism().map_or(1, |n| n.get()).to_string())
}

/// Builds the row's dependencies, cleans its measured crates and times `cargo <command>`;
/// `None` when cargo fails. Incremental compilation is off, as in a fresh clone or CI.
fn time_case(row: &Row, command: &str, target: &Path) -> anyhow::Result<Option<Timing>> {
    let cargo = |args: &[&str]| {
        let mut cargo = Command::new(env!("CARGO"));
        cargo.args(args).env("CARGO_TARGET_DIR", target).env("CARGO_INCREMENTAL", "0").current_dir(&row.workspace);
        cargo
    };
    let mut run = vec![command, "--quiet"];
    run.extend(row.args);
    if !cargo(&run).status()?.success() {
        return Ok(None);
    }
    let mut clean = vec!["clean", "--quiet"];
    for package in row.measured {
        clean.extend(["-p", package]);
    }
    anyhow::ensure!(cargo(&clean).status()?.success(), "cargo clean failed in {}", row.workspace.display());
    let cpu_before = children_cpu();
    let started = Instant::now();
    let ok = cargo(&run).status()?.success();
    let timing = Timing { wall: started.elapsed(), cpu: children_cpu().saturating_sub(cpu_before) };
    Ok(ok.then_some(timing))
}

/// User and system CPU time of this process's finished children and their waited-for
/// descendants (cargo and the compilers it ran), from `/proc/self/stat` (Linux; zero elsewhere).
fn children_cpu() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name (which is in parentheses and may hold spaces):
    // `cutime` and `cstime` are the 16th and 17th fields of the line, in ticks of 1/100 s.
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok()).unwrap_or(0);
    Duration::from_millis((ticks(13) + ticks(14)) * 10)
}

/// Copies a directory tree (the generated crates: plain files and directories).
fn copy_dir(from: &Path, to: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()))?;
        } else {
            std::fs::copy(&path, to.join(entry.file_name()))?;
        }
    }
    Ok(())
}
