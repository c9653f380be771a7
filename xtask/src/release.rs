//! Tasks that need the generator's full speed run themselves again from a release build.

use std::process::Command;

/// Runs this xtask again, with the same arguments and working directory, built with
/// `--release`; returns whether it succeeded.
pub fn rerun() -> anyhow::Result<bool> {
    let manifest = crate::project_root().join("Cargo.toml");
    let status = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--release", "--package", "xtask", "--manifest-path"])
        .arg(manifest)
        .arg("--")
        .args(std::env::args_os().skip(1))
        .status()?;
    Ok(status.success())
}
