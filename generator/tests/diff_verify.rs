//! `diff --verify` on every synthetic pair under `tests/diff_specs/`: probes written from the
//! old side's surface are compiled against both generated SDKs, and the compiler must agree with
//! every classification (no false alarm, no missed break, no break the diff did not list), so
//! each rule of the diff is checked by the compiler, not only by a snapshot.

use std::path::Path;

use sdkgen::diff::verify::{self, Options, Verdict};
use sdkgen::diff::{Crate, Impact};

#[test]
fn the_compiler_agrees_with_every_synthetic_pair() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let specs = root.join("tests/diff_specs");
    let mut cases: Vec<String> =
        std::fs::read_dir(&specs).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    cases.sort();
    let mut failures = Vec::new();
    for case in &cases {
        let options = Options {
            scratch: Path::new(env!("CARGO_TARGET_TMPDIR")).join("diff-verify").join(case),
            sample: usize::MAX,
            lock: Some(root.join("../Cargo.lock")),
            progress: false,
            // The workspace's own target directory, whose dependencies are built already.
            target_dir: Path::new(env!("CARGO_TARGET_TMPDIR")).parent().map(Path::to_path_buf),
        };
        let dir = specs.join(case);
        let v = verify::verify(&dir.join("old.yaml"), &dir.join("new.yaml"), None, &options)
            .unwrap_or_else(|e| panic!("{case}: {e}"));
        // Every change of these small pairs is judged: none is left to a defect of its probe.
        let judged = v.count(Verdict::ConfirmedBreaking) + v.count(Verdict::ConfirmedCompatible) + v.count(Verdict::NewItem) + v.count(Verdict::Explained);
        if !v.agrees() || judged != v.diff.changes.len() {
            failures.push(format!("{case}:\n{}", v.to_markdown(2)));
        }
        // Each breaking change is seen failing by the compiler, so the bump follows from it.
        let breaking = v.diff.changes.iter().filter(|c| c.impact == Impact::Breaking).count();
        assert_eq!(v.count(Verdict::ConfirmedBreaking), breaking, "{case}");
        assert_eq!(v.verified_bump(Crate::Client), v.diff.semver_bump(), "{case}");
        assert_eq!(v.verified_bump(Crate::Models), v.diff.crate_bump(Crate::Models), "{case}");
    }
    assert!(failures.is_empty(), "the compiler disagrees:\n{}", failures.join("\n"));
}
