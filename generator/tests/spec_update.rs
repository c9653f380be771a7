//! The spec-update workflow on disk: `codegen` summarizes what changed against the `api.json`
//! written last time, removes files it wrote that are no longer produced, `--bump` raises the version and adds
//! the diff to the changelog, and a failed run leaves everything as it was.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sdkgen::codegen::{self, Mode, Outcome};

fn case_spec(case: &str, side: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diff_specs").join(case).join(format!("{side}.yaml"))
}

/// A fresh directory with an SDK list for one SDK `shop` whose spec is `spec.yaml`.
struct Workspace(PathBuf);

impl Workspace {
    fn new(label: &str, spec: &Path) -> Self {
        let root = std::env::temp_dir().join(format!("sdkgen-spec-update-{label}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(
            root.join("sdks.toml"),
            "# SDKs\n[[sdk]]\nname = \"shop\"\nspec = \"spec.yaml\"\noutput = \"out/shop\"\nversion = \"0.3.1\" # bumped by codegen --bump\ndescription = \"Shop\"\n",
        )
        .unwrap();
        let ws = Workspace(root);
        ws.set_spec(spec);
        ws
    }

    fn set_spec(&self, spec: &Path) {
        std::fs::copy(spec, self.0.join("spec.yaml")).unwrap();
    }

    fn config(&self) -> PathBuf {
        self.0.join("sdks.toml")
    }

    fn sdk(&self, rel: &str) -> String {
        std::fs::read_to_string(self.0.join("out/shop").join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    fn files(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut out = BTreeMap::new();
        let mut stack = vec![self.0.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    out.insert(path.clone(), std::fs::read(&path).unwrap());
                }
            }
        }
        out
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn codegen_summarizes_api_changes_against_the_last_manifest() {
    let ws = Workspace::new("summary", &case_spec("operation_removed", "old"));
    let first = codegen::run(&ws.config(), None, Mode::Write).unwrap();
    assert!(first.to_string().contains("shop: api: no previous api.json to compare with"), "{first}");
    assert!(ws.sdk("api.json").contains("\"items().get\""));

    ws.set_spec(&case_spec("operation_removed", "new"));
    let check = codegen::run(&ws.config(), None, Mode::Check).unwrap();
    assert!(!check.ok());
    let second = codegen::run(&ws.config(), None, Mode::Write).unwrap();
    let text = second.to_string();
    assert!(
        text.contains("shop: api: -1 operation (items().get); 1 change(s), 1 breaking; suggested bump: major"),
        "{text}"
    );
    let Outcome::Written(summary) = &second.outcome else { panic!("expected a write") };
    assert!(summary.written.iter().any(|p| p.ends_with("api.json")));
    assert!(!ws.sdk("api.json").contains("\"items().get\""));
    assert!(text.contains(&format!("{} written, {} unchanged, 0 removed", summary.written.len(), summary.unchanged)), "{text}");

    let again = codegen::run(&ws.config(), None, Mode::Write).unwrap();
    assert!(again.to_string().contains("shop: api: unchanged"), "{again}");
}

#[test]
fn files_no_longer_produced_are_removed() {
    let ws = Workspace::new("removed", &case_spec("operation_added", "old"));
    codegen::run(&ws.config(), None, Mode::Write).unwrap();
    // A file an earlier run wrote, as its list of files says.
    let leftover = ws.0.join("out/shop/client/src/legacy.rs");
    std::fs::write(&leftover, "// from an older generator\n").unwrap();
    let list = ws.0.join("out/shop").join(sdkgen::output::FILE_LIST);
    let listed = std::fs::read_to_string(&list).unwrap();
    std::fs::write(&list, format!("{listed}client/src/legacy.rs\n")).unwrap();
    let report = codegen::run(&ws.config(), None, Mode::Write).unwrap();
    let Outcome::Written(summary) = &report.outcome else { panic!("expected a write") };
    assert_eq!(summary.removed, std::slice::from_ref(&leftover));
    assert!(!leftover.exists());
    assert!(report.to_string().contains("removed"), "{report}");
}

#[test]
fn bump_raises_the_version_and_records_the_diff() {
    let ws = Workspace::new("bump", &case_spec("fields_added", "old"));
    codegen::run(&ws.config(), None, Mode::Write).unwrap();
    // Nothing changed: nothing to bump, no changelog.
    codegen::run(&ws.config(), None, Mode::Bump).unwrap();
    assert!(std::fs::read_to_string(ws.config()).unwrap().contains("version = \"0.3.1\""));
    assert!(!ws.0.join("out/shop/CHANGELOG.md").exists());

    // A breaking change below 1.0 raises the minor number.
    ws.set_spec(&case_spec("fields_added", "new"));
    let report = codegen::run(&ws.config(), None, Mode::Bump).unwrap();
    assert!(report.to_string().contains("suggested bump: major; version 0.3.1 -> 0.4.0"), "{report}");
    let config = std::fs::read_to_string(ws.config()).unwrap();
    assert!(config.contains("version = \"0.4.0\"\ndescription"), "only the value changes:\n{config}");
    assert!(config.starts_with("# SDKs\n[[sdk]]\nname = \"shop\"\n"), "{config}");
    assert!(ws.sdk("models/Cargo.toml").contains("version = \"0.4.0\""));
    assert!(ws.sdk("client/Cargo.toml").contains("version = \"0.4.0\""));
    let changelog = ws.sdk("CHANGELOG.md");
    assert!(changelog.starts_with("# Changelog\n\n## 0.4.0\n\nSuggested version bump: **major**"), "{changelog}");
    assert!(changelog.contains("- `models::UploadSource::filename`: required field `String` added to a request type"), "{changelog}");

    // The changelog is kept by later runs and the drift check.
    let check = codegen::run(&ws.config(), None, Mode::Check).unwrap();
    assert!(check.ok(), "{check}");
    codegen::run(&ws.config(), None, Mode::Write).unwrap();
    assert_eq!(ws.sdk("CHANGELOG.md"), changelog);

    // An addition only: the next entry goes on top, the earlier one stays.
    ws.set_spec(&case_spec("operation_added", "new"));
    codegen::run(&ws.config(), None, Mode::Write).unwrap();
    ws.set_spec(&case_spec("operation_added", "old"));
    codegen::run(&ws.config(), None, Mode::Write).unwrap();
    ws.set_spec(&case_spec("operation_added", "new"));
    let report = codegen::run(&ws.config(), None, Mode::Bump).unwrap();
    assert!(report.to_string().contains("version 0.4.0 -> 0.4.1"), "{report}");
    let updated = ws.sdk("CHANGELOG.md");
    assert!(updated.starts_with("# Changelog\n\n## 0.4.1\n\n"), "{updated}");
    assert!(updated.ends_with(changelog.strip_prefix("# Changelog\n\n").unwrap()), "{updated}");
}

#[test]
fn failed_bump_leaves_the_config_and_sdk_as_they_were() {
    let ws = Workspace::new("failed-bump", &case_spec("operation_added", "old"));
    codegen::run(&ws.config(), None, Mode::Write).unwrap();
    let before = ws.files();
    std::fs::write(ws.0.join("spec.yaml"), "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n").unwrap();
    let spec_after = std::fs::read(ws.0.join("spec.yaml")).unwrap();
    let err = codegen::run(&ws.config(), None, Mode::Bump).expect_err("a document that is not OpenAPI 3 fails the run");
    assert!(err.to_string().contains("Swagger 2.0 documents are not supported"), "{err}");
    let mut expected = before;
    expected.insert(ws.0.join("spec.yaml"), spec_after);
    assert_eq!(ws.files(), expected, "a failed run writes nothing");
}
