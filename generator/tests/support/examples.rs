//! Locating a generated client's example binaries, which `cargo test --workspace` builds next
//! to the test binaries (`target/debug/examples/`).

use std::path::PathBuf;

/// The built example `name` of the client package `package`; panics with what to run when it
/// has not been built.
pub fn binary(package: &str, name: &str) -> PathBuf {
    let deps = std::env::current_exe().expect("test binary path");
    let dir = deps.parent().and_then(|d| d.parent()).expect("target/debug").join("examples");
    let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "example {} is not built: run `cargo build -p {package} --examples` (cargo test --workspace does)",
        path.display()
    );
    path
}
