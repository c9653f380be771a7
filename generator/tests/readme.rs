//! The generated README is the client crate's documentation too: `cargo doc` resolves its links
//! to the methods' docs (a broken one fails with warnings denied), and its quick start is a
//! `no_run` doctest that compiles against the client. The fixture's summaries are hostile
//! (pipes, brackets, a code block first): they reach the README as table cells, never as code.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sdkgen::{SdkConfig, Templates};

/// The SDK of `tests/fixtures/readme.yaml`, written into its own workspace under the target
/// directory; returns the workspace.
fn write_fixture_sdk() -> PathBuf {
    let config = SdkConfig {
        name: "readme".to_owned(),
        spec: Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/readme.yaml"),
        version: "0.1.0".to_owned(),
        description: "fixture".to_owned(),
        ..SdkConfig::default()
    };
    let generation = sdkgen::generate(&config, &Templates::builtin()).unwrap_or_else(|e| panic!("{e}"));
    let workspace = doctest_dir().join("readme-workspace");
    let _ = std::fs::remove_dir_all(&workspace);
    for (path, text) in &generation.sdk.files {
        let path = workspace.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    std::fs::write(workspace.join("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [\"models\", \"client\"]\n").unwrap();
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock"), workspace.join("Cargo.lock")).unwrap();
    workspace
}

/// Where the generated crates' doctests build: beside `hostile.rs`'s, whose target directory
/// (`target/`) already holds the client's dependencies.
fn doctest_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
        .join("hostile-doctest")
}

/// Runs cargo in `workspace` on the client crate, with rustdoc's warnings denied.
fn cargo(workspace: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO"))
        .args(args)
        .args(["--offline", "-p", "readme-client"])
        .env("RUSTDOCFLAGS", "-D warnings")
        .env("CARGO_TARGET_DIR", doctest_dir().join("target"))
        .current_dir(workspace)
        .output()
        .unwrap()
}

fn text(output: &Output) -> String {
    format!("{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

#[test]
fn readme_links_resolve_and_its_quick_start_compiles() {
    let workspace = write_fixture_sdk();
    let readme = std::fs::read_to_string(workspace.join("README.md")).unwrap();
    // One code block, the quick start; the spec's code block became no code at all.
    assert_eq!(readme.matches("```").count(), 2, "{readme}");
    assert!(readme.contains("```rust,no_run\n") && !readme.contains("abort"), "{readme}");

    let doc = cargo(&workspace, &["doc", "--no-deps"]);
    assert!(doc.status.success(), "{}", text(&doc));
    let doctest = cargo(&workspace, &["test", "--doc"]);
    let out = text(&doctest);
    assert!(doctest.status.success() && out.contains("src/lib.rs - (line") && out.contains("compile ... ok"), "{out}");

    // A link to a method that does not exist fails the docs.
    std::fs::write(workspace.join("README.md"), format!("{readme}\n[`gone`](crate::resources::Notes::gone)\n")).unwrap();
    let lib = workspace.join("client/src/lib.rs");
    std::fs::write(&lib, std::fs::read_to_string(&lib).unwrap() + "\n").unwrap();
    let broken = cargo(&workspace, &["doc", "--no-deps"]);
    let out = text(&broken);
    assert!(!broken.status.success() && out.contains("broken-intra-doc-links"), "{out}");
}
