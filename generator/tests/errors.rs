//! Error reporting: every problem in a bad spec is reported with its file and place, several at
//! once when there are several; writing is tested in `output.rs`. A problem confined to one
//! item only degrades it (see `hostile.rs`): these tests generate with `strict`, which makes
//! every such warning an error.
//!
//! The bad specs live in `tests/bad_specs/`.

use std::path::{Path, PathBuf};

use sdkgen::error::Location;
use sdkgen::{Diagnostic, Error, SdkConfig, Templates};

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bad_spec(file: &str) -> PathBuf {
    manifest_dir().join("tests/bad_specs").join(file)
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
        strict: true,
        api_version_header: None,
        idempotency_keys: false,
        method_names: Default::default(),
        operations: Default::default(),
        webhooks: None,
        round_trip: false,
        typed_formats: Vec::new(),
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
        "dangling reference `#/components/schemas/Missing`: nothing exists at `/components/schemas/Missing`; the schema is generated as `serde_json::Value`"
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
        "reference cycle: /components/schemas/B -> /components/schemas/A -> /components/schemas/B; the schema is generated as `serde_json::Value`"
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
    // The defective operation is skipped with a warning; as it is the only one, the spec
    // describes nothing, and the error lists what was left out on the way: the undeclared `{id}`,
    // then the declared `item_id` that the template lacks, with its line and the lines around it.
    let (problems, text) = spec_problems("path_params_mismatch.yaml");
    assert_eq!(problems.len(), 3, "{problems:?}");
    let op = "/paths/~1items~1{id}/get";
    assert_eq!(problems[1].location, pointer(&format!("{op}/parameters/0")));
    assert_eq!(problems[1].message, "path parameter `item_id` does not appear in the path `/items/{id}`; the operation is skipped");
    assert!(problems[2].message.contains("the spec describes nothing"), "{}", problems[2].message);
    let file = bad_spec("path_params_mismatch.yaml").display().to_string();
    let expected = format!(
        "at {op}/parameters/0: {message}
  --> {file}:10:9
   |
 8 |       operationId: getItem
 9 |       parameters:
10 |         - name: item_id
   |         ^
11 |           in: path",
        message = problems[1].message,
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

/// Problems of different kinds in one spec (an unsupported keyword, a duplicate operationId, an
/// external and two dangling references, a cycle, and a reference to a component left out for
/// its own problem) are all reported in one run, each with its place and source line.
#[test]
fn several_problems_are_reported_in_one_run() {
    let path = manifest_dir().join("tests/fixtures/several_problems.yaml");
    let err = sdkgen::generate(&config(path.clone()), &Templates::builtin()).expect_err("strict makes each warning an error");
    let text = err.to_string();
    let Error::Spec { problems, .. } = err else { panic!("expected a spec error: {text}") };
    let places: Vec<Location> = problems.iter().map(|p| p.location.clone()).collect();
    assert_eq!(
        places,
        [
            pointer("/components/schemas/Shape/prefixItems"),
            pointer("/paths/~1orders~1{id}/get/operationId"),
            pointer("/paths/~1orders/post/responses/400/content/application~1json/schema/$ref"),
            pointer("/components/parameters/Limit/$ref"),
            pointer("/components/schemas/Order/properties/customer/$ref"),
            pointer("/components/schemas/Loop/$ref"),
            pointer("/paths/~1orders~1{id}/delete/parameters/0/$ref"),
        ]
    );
    assert!(text.contains(": 7 problems\n"), "{text}");
    let file = path.display().to_string();
    assert_eq!(text.matches(&format!("  --> {file}:")).count(), 7, "{text}");
}
