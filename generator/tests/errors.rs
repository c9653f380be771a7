//! Error reporting: every problem in a bad spec is reported with its file and place, several at
//! once when there are several; and a failed run writes nothing.
//!
//! The bad specs live in `tests/bad_specs/`; the good one used next to them is a snapshot fixture.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use sdkgen::codegen::{self, Mode, Outcome};
use sdkgen::error::Location;
use sdkgen::output::Drift;
use sdkgen::{Diagnostic, Error, SdkConfig, Templates};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bad_spec(file: &str) -> PathBuf {
    manifest_dir().join("tests/bad_specs").join(file)
}

fn good_spec() -> PathBuf {
    manifest_dir().join("tests/fixtures/parameters.yaml")
}

fn config(spec: PathBuf) -> SdkConfig {
    SdkConfig {
        pinned_spec: None,
        patches: Vec::new(),
        name: "bad".to_owned(),
        spec,
        output: std::env::temp_dir().join("sdkgen-errors-unused"),
        version: "0.1.0".to_owned(),
        description: "fixture".to_owned(),
        models_package: None,
        client_package: None,
        examples: None,
        strict: false,
        api_version_header: None,
        idempotency_keys: false,
    }
}

/// Generates the bad spec `file`; returns its problems and the error's text. Fails unless the
/// error is a spec error naming that file.
fn spec_problems(file: &str) -> (Vec<Diagnostic>, String) {
    let path = bad_spec(file);
    let err = match sdkgen::generate(&config(path.clone()), &Templates::builtin()) {
        Ok(_) => panic!("`{file}` generated without an error"),
        Err(e) => e,
    };
    let text = err.to_string();
    match err {
        Error::Spec { file: reported, problems, .. } => {
            assert_eq!(reported, path, "the error names the spec file");
            assert!(!problems.is_empty(), "a spec error has problems");
            (problems, text)
        }
        other => panic!("`{file}`: expected a spec error, got {other:?}"),
    }
}

fn pointer(p: &str) -> Location {
    Location::Pointer(p.to_owned())
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(label: &str) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("sdkgen-errors-{label}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Writes a config listing `(name, spec, output)` SDKs; outputs are relative to the config.
fn write_config(dir: &Path, sdks: &[(&str, &Path, &str)]) -> PathBuf {
    let mut text = String::new();
    for (name, spec, output) in sdks {
        text.push_str(&format!(
            "[[sdk]]\nname = {name:?}\nspec = {:?}\noutput = {output:?}\nversion = \"0.1.0\"\ndescription = \"fixture\"\n\n",
            spec.display().to_string()
        ));
    }
    let path = dir.join("sdks.toml");
    std::fs::write(&path, text).unwrap();
    path
}

/// Everything under `root`: files with their bytes, directories as `None`.
fn tree(root: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let rel = path.strip_prefix(root).unwrap().to_path_buf();
            if path.is_dir() {
                out.insert(rel, None);
                stack.push(path);
            } else {
                out.insert(rel, Some(std::fs::read(&path).unwrap()));
            }
        }
    }
    out
}

fn files_only(tree: &BTreeMap<PathBuf, Option<Vec<u8>>>) -> BTreeMap<&PathBuf, &Vec<u8>> {
    tree.iter().filter_map(|(p, bytes)| bytes.as_ref().map(|b| (p, b))).collect()
}

#[test]
fn invalid_yaml_reports_line_and_file() {
    let (problems, text) = spec_problems("bad_indentation.yaml");
    assert_eq!(problems.len(), 1, "{problems:?}");
    // `version:` on line 4 is indented under a plain scalar, where a mapping cannot start.
    // The parser stops at its colon, column 12 (1-based).
    assert_eq!(problems[0].location, Location::Line { line: 4, column: 12 }, "{problems:?}");
    assert!(problems[0].message.starts_with("invalid YAML: "), "{}", problems[0].message);
    assert!(problems[0].message.contains("mapping values are not allowed"), "{}", problems[0].message);
    // The position is reported once, as the location, not again inside the message.
    assert!(!problems[0].message.contains(" at line "), "{}", problems[0].message);
    let file = bad_spec("bad_indentation.yaml").display().to_string();
    assert!(text.starts_with(&format!("{file}: line 4, column 12: invalid YAML: ")), "{text}");
}

#[test]
fn invalid_json_reports_line_and_column() {
    let (problems, text) = spec_problems("invalid_json.json");
    assert_eq!(problems.len(), 1, "{problems:?}");
    // The comma is missing at the end of line 3; the parser notices at `"paths"` on line 4.
    assert_eq!(problems[0].location, Location::Line { line: 4, column: 3 }, "{problems:?}");
    assert!(problems[0].message.starts_with("invalid JSON: expected `,` or `}`"), "{}", problems[0].message);
    let file = bad_spec("invalid_json.json").display().to_string();
    assert!(text.starts_with(&format!("{file}: line 4, column 3: invalid JSON: ")), "{text}");
}

#[test]
fn dangling_ref_points_at_the_ref_key() {
    let (problems, text) = spec_problems("dangling_ref.yaml");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].location, pointer("/components/schemas/A/properties/b/$ref"));
    assert_eq!(
        problems[0].message,
        "dangling reference `#/components/schemas/Missing`: nothing exists at `/components/schemas/Missing`"
    );
    assert!(text.contains("dangling_ref.yaml: at /components/schemas/A/properties/b/$ref: dangling reference"), "{text}");
}

#[test]
fn alias_cycle_is_reported_once() {
    let (problems, _) = spec_problems("alias_cycle.yaml");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].location, pointer("/components/schemas/A/$ref"));
    assert_eq!(
        problems[0].message,
        "reference cycle: /components/schemas/B -> /components/schemas/A -> /components/schemas/B"
    );
}

#[test]
fn wrong_type_for_paths_names_the_field() {
    let (problems, _) = spec_problems("paths_wrong_type.yaml");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].location, pointer("/paths"), "{problems:?}");
    assert!(problems[0].message.starts_with("not a valid OpenAPI document here: invalid type: integer `5`"), "{}", problems[0].message);
}

#[test]
fn wrong_type_for_info_names_the_field() {
    let (problems, text) = spec_problems("info_wrong_type.yaml");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].location, pointer("/info"), "{problems:?}");
    assert!(problems[0].message.starts_with("not a valid OpenAPI document here: invalid type: sequence"), "{}", problems[0].message);
    assert!(text.contains("info_wrong_type.yaml: at /info: "), "{text}");
}

#[test]
fn unsupported_31_keyword_is_reported_with_its_place() {
    let (problems, _) = spec_problems("prefix_items.yaml");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].location, pointer("/components/schemas/Point/prefixItems"));
    assert!(problems[0].message.contains("`prefixItems` is not supported"), "{}", problems[0].message);
}

#[test]
fn path_parameter_missing_from_the_template_is_reported_with_its_source() {
    let path = bad_spec("path_params_mismatch.yaml");
    // The operation is defective: it is skipped with a warning, and the rest is generated.
    let generation = sdkgen::generate(&config(path.clone()), &Templates::builtin()).expect("the defective operation is skipped");
    let op = "/paths/~1items~1{id}/get";
    let skipped = generation.warnings.iter().find(|w| w.location == pointer(&format!("{op}/parameters/0"))).expect("a warning at the parameter");
    assert_eq!(skipped.message, "path parameter `item_id` does not appear in the path `/items/{id}`; the operation is skipped");
    // Strict, the warnings are errors: the undeclared `{id}`, then the declared `item_id` that
    // the template lacks, with its line and the source lines around it.
    let err = sdkgen::generate(&SdkConfig { strict: true, ..config(path.clone()) }, &Templates::builtin()).unwrap_err();
    let text = err.to_string();
    let file = path.display().to_string();
    let expected = format!(
        "at {op}/parameters/0: {message}
  --> {file}:10:9
   |
 8 |       operationId: getItem
 9 |       parameters:
10 |         - name: item_id
   |         ^
11 |           in: path",
        message = skipped.message,
    );
    assert!(text.contains(&expected), "{text}");
}

#[test]
fn several_dangling_refs_are_reported_together() {
    let (problems, text) = spec_problems("two_dangling_refs.yaml");
    let found: Vec<(Location, bool)> =
        problems.iter().map(|p| (p.location.clone(), p.message.starts_with("dangling reference"))).collect();
    assert_eq!(
        found,
        vec![
            (pointer("/paths/~1a/post/requestBody/content/application~1json/schema/$ref"), true),
            (pointer("/components/schemas/A/properties/b/items/$ref"), true),
        ]
    );
    assert!(text.contains(": 2 problems\n"), "{text}");
}

/// A bad spec stops the whole run before anything is written, even for the SDKs that generated.
#[test]
fn failed_run_writes_nothing() {
    let dir = TempDir::new("all-or-nothing");
    let good_out = dir.0.join("out/good");
    let bad_out = dir.0.join("out/bad");
    std::fs::create_dir_all(&good_out).unwrap();
    std::fs::create_dir_all(&bad_out).unwrap();
    std::fs::write(good_out.join("sentinel.txt"), "keep me\n").unwrap();
    std::fs::write(bad_out.join("sentinel.txt"), "keep me too\n").unwrap();
    let config = write_config(
        &dir.0,
        &[
            ("good", &good_spec(), "out/good"),
            ("bad", &bad_spec("two_dangling_refs.yaml"), "out/bad"),
        ],
    );
    let before = tree(&dir.0);

    let err = codegen::run(&config, None, Mode::Write).expect_err("the bad spec fails the run");
    match &err {
        Error::Spec { file, problems, .. } => {
            assert_eq!(file, &bad_spec("two_dangling_refs.yaml"));
            assert_eq!(problems.len(), 2);
        }
        other => panic!("expected a spec error, got {other:?}"),
    }
    assert_eq!(tree(&dir.0), before, "a failed run must leave every output directory as it was");
    assert_eq!(std::fs::read_to_string(good_out.join("sentinel.txt")).unwrap(), "keep me\n");
}

/// When writing fails part way (here: a file stands where a directory must be made), the
/// files staged so far are removed and no file of any SDK changes. (Directories made while
/// staging are left behind, empty; only files are compared.)
#[test]
fn failed_write_leaves_files_unchanged() {
    let dir = TempDir::new("write-failure");
    let first_out = dir.0.join("out/first");
    let second_out = dir.0.join("out/second");
    std::fs::create_dir_all(&first_out).unwrap();
    std::fs::create_dir_all(&second_out).unwrap();
    std::fs::write(first_out.join("sentinel.txt"), "keep me\n").unwrap();
    // `models` must become a directory of the second SDK; a file in its place stops the write.
    std::fs::write(second_out.join("models"), "in the way\n").unwrap();
    let config = write_config(&dir.0, &[("first", &good_spec(), "out/first"), ("second", &good_spec(), "out/second")]);
    let before = tree(&dir.0);

    let err = codegen::run(&config, None, Mode::Write).expect_err("the write fails");
    match &err {
        Error::Io { path, .. } => assert_eq!(path, &second_out.join("models")),
        other => panic!("expected an I/O error, got {other:?}"),
    }
    let after = tree(&dir.0);
    assert_eq!(files_only(&after), files_only(&before), "no file may be written, changed or left staged");
}

#[test]
fn check_reports_missing_stale_and_extra_files() {
    let dir = TempDir::new("check");
    let config = write_config(&dir.0, &[("good", &good_spec(), "out/good")]);
    let root = dir.0.join("out/good");

    let report = codegen::run(&config, None, Mode::Write).unwrap();
    let Outcome::Written(summary) = &report.outcome else { panic!("expected a write") };
    let generated = &report.generations[0].sdk.files;
    assert_eq!(summary.written.len(), generated.len());
    assert_eq!((summary.unchanged, summary.removed.len()), (0, 0));
    for (rel, text) in generated {
        assert_eq!(&std::fs::read_to_string(root.join(rel)).unwrap(), text, "{rel}");
    }

    let report = codegen::run(&config, None, Mode::Check).unwrap();
    assert!(matches!(&report.outcome, Outcome::Checked(drift) if drift.is_empty()), "{report}");
    assert!(report.ok());

    // Edit one file, delete one, add one.
    let lib = root.join("models/src/lib.rs");
    let original = std::fs::read_to_string(&lib).unwrap();
    std::fs::write(&lib, original.replacen("pub struct Charge {", "pub struct Charge {\n    pub edited: bool,", 1))
        .unwrap();
    std::fs::remove_file(root.join("README.md")).unwrap();
    std::fs::write(root.join("client/src/notes.txt"), "hand-written\n").unwrap();

    let report = codegen::run(&config, None, Mode::Check).unwrap();
    assert!(!report.ok());
    let Outcome::Checked(drift) = &report.outcome else { panic!("expected a check") };
    assert_eq!(drift.len(), 3, "{drift:?}");
    assert_eq!(drift[0], Drift::Missing(root.join("README.md")));
    let Drift::Stale { path, diff } = &drift[1] else { panic!("expected a stale file, got {:?}", drift[1]) };
    assert_eq!(path, &lib);
    assert!(diff.contains("-    pub edited: bool,"), "{diff}");
    assert!(diff.contains("(on disk)") && diff.contains("(generated)"), "{diff}");
    assert_eq!(drift[2], Drift::Extra(root.join("client/src/notes.txt")));
    let text = report.to_string();
    assert!(text.contains(&format!("missing: {}", root.join("README.md").display())), "{text}");
    assert!(text.contains(&format!("stale:   {}", lib.display())), "{text}");
    assert!(text.contains(&format!("extra:   {} (no longer generated)", root.join("client/src/notes.txt").display())), "{text}");
    assert!(text.contains("3 generated file(s) differ"), "{text}");

    // A check changes nothing on disk; a write repairs all three.
    assert!(lib.exists() && !root.join("README.md").exists() && root.join("client/src/notes.txt").exists());
    let report = codegen::run(&config, None, Mode::Write).unwrap();
    let Outcome::Written(summary) = &report.outcome else { panic!("expected a write") };
    assert_eq!(summary.written, vec![root.join("README.md"), lib.clone()]);
    assert_eq!(summary.removed, vec![root.join("client/src/notes.txt")]);
    assert_eq!(std::fs::read_to_string(&lib).unwrap(), original);
    assert!(codegen::run(&config, None, Mode::Check).unwrap().ok());
}
