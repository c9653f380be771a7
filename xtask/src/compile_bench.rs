//! `cargo xtask bench --compile`: how long the generated SDK crates take to compile, beside
//! async-stripe 0.41 (the hand-written Stripe SDK, from the registry) measured in the same run,
//! so that the ratio holds on a loaded machine.
//!
//! The committed SDKs are copied into a scratch workspace under `$CARGO_TARGET_DIR/compile-bench`
//! with the repository's `Cargo.lock`, and async-stripe goes in a workspace of its own beside it;
//! each has its own target directory, kept between runs. Each case is run once to build the
//! dependencies, then the measured crates are cleaned (`cargo clean -p`) and the command is timed:
//! the figure covers the SDK's own crates only, dependencies already built (debug profile).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// One measured command.
struct Case {
    /// What is measured, for the table.
    label: &'static str,
    /// The workspace it runs in.
    workspace: PathBuf,
    /// `check` or `build`.
    command: &'static str,
    /// Arguments after the command.
    args: &'static [&'static str],
    /// Packages cleaned before the timed run: the crates being measured.
    measured: &'static [&'static str],
}

/// async-stripe as the issue measured it: version 0.41, default features, the tokio + hyper runtime.
const REFERENCE_MANIFEST: &str = "[package]\nname = \"reference\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\nasync-stripe = { version = \"=0.41.0\", features = [\"runtime-tokio-hyper\"] }\n\n[workspace]\n";

/// Prepares the scratch workspaces, runs every case and prints a table; `false` if a build failed.
pub fn run(root: &Path) -> anyhow::Result<bool> {
    let scratch = crate::target_dir(root).join("compile-bench");
    let sdks = scratch.join("sdks");
    let _ = std::fs::remove_dir_all(&sdks);
    for name in ["payjp-v2", "stripe-v1"] {
        for part in ["models", "client"] {
            copy_dir(&root.join("generated").join(name).join(part), &sdks.join(name).join(part))?;
        }
    }
    std::fs::write(sdks.join("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [\"*/models\", \"*/client\"]\n")?;
    std::fs::copy(root.join("Cargo.lock"), sdks.join("Cargo.lock"))?;
    let reference = scratch.join("reference");
    std::fs::create_dir_all(reference.join("src"))?;
    std::fs::write(reference.join("Cargo.toml"), REFERENCE_MANIFEST)?;
    std::fs::write(reference.join("src/lib.rs"), "pub use stripe;\n")?;

    let stripe = &["stripe-v1-models", "stripe-v1-client"];
    let cases = [
        Case { label: "stripe-v1, all features", workspace: sdks.clone(), command: "check", args: &["-p", "stripe-v1-client"], measured: stripe },
        Case { label: "stripe-v1, all features", workspace: sdks.clone(), command: "build", args: &["-p", "stripe-v1-client"], measured: stripe },
        Case {
            label: "stripe-v1, `customer` only",
            workspace: sdks.clone(),
            command: "check",
            args: &["-p", "stripe-v1-client", "--no-default-features", "--features", "customer"],
            measured: stripe,
        },
        Case { label: "payjp-v2", workspace: sdks.clone(), command: "check", args: &["-p", "payjp-v2-client"], measured: &["payjp-v2-models", "payjp-v2-client"] },
        Case { label: "async-stripe 0.41 (runtime-tokio-hyper)", workspace: reference.clone(), command: "check", args: &["-p", "async-stripe"], measured: &["async-stripe"] },
        Case { label: "async-stripe 0.41 (runtime-tokio-hyper)", workspace: reference.clone(), command: "build", args: &["-p", "async-stripe"], measured: &["async-stripe"] },
    ];
    println!("| crates (SDK crates only, dependencies built, debug) | command | seconds |");
    println!("| --- | --- | ---: |");
    let mut all_ok = true;
    for case in &cases {
        let case_target = scratch.join(format!("target-{}", case.workspace.file_name().unwrap_or_default().to_string_lossy()));
        match time_case(case, &case_target)? {
            Some(elapsed) => println!("| {} | `cargo {}` | {:.1} |", case.label, case.command, elapsed.as_secs_f64()),
            None => {
                println!("| {} | `cargo {}` | failed |", case.label, case.command);
                all_ok = false;
            }
        }
    }
    Ok(all_ok)
}

/// Builds the case's dependencies, cleans its measured crates and times the command; `None`
/// when cargo fails.
fn time_case(case: &Case, target: &Path) -> anyhow::Result<Option<Duration>> {
    let cargo = |args: &[&str]| {
        let mut command = Command::new(env!("CARGO"));
        command.args(args).env("CARGO_TARGET_DIR", target).current_dir(&case.workspace);
        command
    };
    let mut warm_up = vec![case.command, "--quiet"];
    warm_up.extend(case.args);
    if !cargo(&warm_up).status()?.success() {
        return Ok(None);
    }
    let mut clean = vec!["clean", "--quiet"];
    for package in case.measured {
        clean.extend(["-p", package]);
    }
    anyhow::ensure!(cargo(&clean).status()?.success(), "cargo clean failed in {}", case.workspace.display());
    let started = Instant::now();
    let ok = cargo(&warm_up).status()?.success();
    Ok(ok.then(|| started.elapsed()))
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
