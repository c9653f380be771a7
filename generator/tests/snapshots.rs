//! Snapshot tests of the generated Rust, one small fixture spec per construct.
//!
//! Each fixture in `tests/fixtures/` is generated in memory with the built-in templates; the Rust
//! files that show the construct are compared with the snapshots in `tests/snapshots/`.
//! After an intended change, review the differences and accept them with
//! `INSTA_UPDATE=always cargo test -p sdkgen --test snapshots` (or `cargo insta review`).

use std::path::{Path, PathBuf};

use sdkgen::{OperationSettings, PaginationSettings, PaginationStyle, SignatureScheme, TypedFormat, WebhookConfig};
use sdkgen::{Generation, SdkConfig, Templates};

/// Every fixture, by file stem.
const FIXTURES: &[&str] = &[
    "nullable_30",
    "nullable_31",
    "enums",
    "nested_objects",
    "arrays_and_maps",
    "all_of",
    "all_of_annotations",
    "one_of_any_of",
    "recursion",
    "names",
    "parameters",
    "pagination",
    "pagination_cursor",
    "pagination_link",
    "pagination_offset",
    "error_bodies",
    "shared_errors",
    "many_path_params",
    "no_types",
    "multipart",
    "path_objects",
    "recursive_aliases",
    "const_enums",
    "duplicate_enum_values",
    "type_name_collisions",
    "union_member_order",
    "enum_beside_all_of",
    "client_settings",
    "schemas_only",
    "resources_paths",
    "resources_tags",
    "resources_nested",
    "readme",
    "references",
    "schema_repairs",
    "events",
    "round_trip",
    "typed_formats",
    "several_problems",
    "describes_nothing",
    "scalar_with_properties",
    "refs_into_schemas",
];

/// The models crate: snapshotted for every fixture.
const MODELS: &[(&str, &str)] = &[("models/src/lib.rs", "models_lib")];

/// The models crate and the client files that depend on operations.
const MODELS_AND_CLIENT: &[(&str, &str)] = &[
    ("models/src/lib.rs", "models_lib"),
    ("client/src/operations.rs", "client_operations"),
    ("client/src/params.rs", "client_params"),
    ("client/src/errors.rs", "client_errors"),
];

/// The client files that show how operations are grouped into resources and named.
const RESOURCES: &[(&str, &str)] = &[("client/src/resources.rs", "client_resources"), ("client/src/operations.rs", "client_operations")];

/// The SDK's README (also the client crate's documentation).
const README: &[(&str, &str)] = &[("README.md", "readme")];

fn fixture_path(stem: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(format!("{stem}.yaml"))
}

/// The SDK entry of a fixture: no API version header, no idempotency keys and no webhook
/// settings, except for `client_settings`, which shows the first two, and `events`, which checks
/// webhooks with the Standard Webhooks scheme; `round_trip` only for `round_trip`, and every
/// typed format only for `typed_formats` and `pagination_link` (whose `links.next` is a URL).
fn config(stem: &str) -> SdkConfig {
    let settings = stem == "client_settings";
    SdkConfig {
        pinned_spec: None,
        patches: Vec::new(),
        name: stem.to_owned(),
        spec: fixture_path(stem),
        // Never written: the tests only look at the files in memory.
        output: std::env::temp_dir().join("sdkgen-snapshots-unused").join(stem),
        version: "0.1.0".to_owned(),
        description: "fixture".to_owned(),
        models_package: None,
        client_package: None,
        examples: None,
        strict: false,
        api_version_header: settings.then(|| "Example-Version".to_owned()),
        idempotency_keys: settings,
        method_names: Default::default(),
        operations: operations(stem).into_iter().map(|(key, settings)| (key.to_owned(), settings)).collect(),
        webhooks: (stem == "events").then(|| WebhookConfig { signature: SignatureScheme::StandardWebhooks, ..WebhookConfig::default() }),
        round_trip: stem == "round_trip",
        typed_formats: if ["typed_formats", "pagination_link"].contains(&stem) { TypedFormat::ALL.to_vec() } else { Vec::new() },
    }
}

/// The SDK entry's table of operation settings: `resources_nested` places one operation by
/// hand; the pagination fixtures declare the lists detection cannot tell.
fn operations(stem: &str) -> Vec<(&'static str, OperationSettings)> {
    let pagination = |settings: PaginationSettings| OperationSettings { pagination: Some(settings), ..OperationSettings::default() };
    let style = |style| PaginationSettings { style, items: None, next: None, param: None, page_size: None, first_page: None };
    match stem {
        "resources_nested" => vec![(
            "post /reports/{id}/run",
            OperationSettings { resource: Some("reporting.runs".to_owned()), method: Some("start".to_owned()), ..OperationSettings::default() },
        )],
        "pagination_cursor" => vec![(
            "GET /channels",
            pagination(PaginationSettings {
                items: Some("channels".to_owned()),
                next: Some("state.resume".to_owned()),
                param: Some("from".to_owned()),
                ..style(PaginationStyle::Cursor)
            }),
        )],
        "pagination_offset" => vec![("GET /artists", pagination(PaginationSettings { param: Some("p".to_owned()), first_page: Some(0), ..style(PaginationStyle::Page) }))],
        _ => Vec::new(),
    }
}

/// The warnings each fixture is expected to give: a part of each message, in order. Every other
/// fixture generates without warnings.
const EXPECTED_WARNINGS: &[(&str, &[&str])] = &[
    (
        "duplicate_enum_values",
        &[
            "/components/schemas/Status: the enum lists \"open\", \"paid\" more than once",
            "/components/schemas/Order/properties/priority: the enum lists \"low\" more than once",
            "/components/schemas/Order/properties/size/oneOf: the enum lists \"small\" more than once",
        ],
    ),
    (
        "several_problems",
        &[
            "/components/schemas/Shape/prefixItems: JSON Schema keyword `prefixItems` is not supported by the generator; rewrite the schema without it; the schema is generated as `serde_json::Value`",
            "/paths/~1orders~1{id}/get/operationId: operationId `listOrders` is already used at /paths/~1orders/get/operationId; every operation needs its own, so rename one; the operation is skipped",
            "/paths/~1orders/post/responses/400/content/application~1json/schema/$ref: external reference `common.yaml#/components/schemas/Problem` is not supported; bundle the spec into one file first; the schema is generated as `serde_json::Value`",
            "/components/parameters/Limit/$ref: dangling reference `#/components/parameters/Missing`: nothing exists at `/components/parameters/Missing`; the component is skipped",
            "/components/schemas/Order/properties/customer/$ref: dangling reference `#/components/schemas/Customer`: nothing exists at `/components/schemas/Customer`; the schema is generated as `serde_json::Value`",
            "/components/schemas/Loop/$ref: reference cycle: /components/schemas/Loop -> /components/schemas/Loop; the schema is generated as `serde_json::Value`",
            "/paths/~1orders~1{id}/delete/parameters/0/$ref: dangling reference `#/components/parameters/Limit`: nothing exists at `/components/parameters/Limit`; the operation is skipped",
        ],
    ),
    (
        "scalar_with_properties",
        &[
            "/components/schemas/Challenge/properties/code/properties: `properties` beside `type: string` applies to no value of the schema; it is ignored",
            "/components/schemas/Challenge/properties/count/items: `items` beside `type: integer` applies to no value of the schema; it is ignored",
        ],
    ),
    (
        "describes_nothing",
        &["/paths: the spec describes nothing: no operations, component schemas or webhooks (or none that could be read), so the SDK is empty"],
    ),
    (
        "pagination_cursor",
        &["/paths/~1audit/get: `GET /audit` looks like a paged list (query parameter `cursor`, an array in its response) but its pagination style is not recognised, so it gets no stream method; declare it in sdks.toml: `[sdk.operations.\"GET /audit\".pagination]`"],
    ),
];

fn generate(stem: &str) -> Generation {
    sdkgen::generate(&config(stem), &Templates::builtin())
        .unwrap_or_else(|e| panic!("fixture `{stem}` failed to generate:\n{e}"))
}

/// Generates `stem` and snapshots each listed file as `<stem>__<label>`.
fn check_snapshots(stem: &str, files: &[(&str, &str)]) {
    let generation = generate(stem);
    let expected = EXPECTED_WARNINGS.iter().find(|(s, _)| *s == stem).map_or(&[][..], |(_, w)| *w);
    let warnings: Vec<String> = generation.warnings.iter().map(|w| format!("{}: {}", w.location, w.message)).collect();
    assert_eq!(warnings.len(), expected.len(), "fixture `{stem}` has warnings: {warnings:#?}");
    for (warning, part) in warnings.iter().zip(expected) {
        assert!(warning.contains(part), "fixture `{stem}`: expected `{part}` in `{warning}`");
    }
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_description(format!("tests/fixtures/{stem}.yaml"));
    settings.bind(|| {
        for (path, label) in files {
            let text = generation
                .sdk
                .files
                .get(*path)
                .unwrap_or_else(|| panic!("fixture `{stem}` did not generate `{path}`"));
            insta::assert_snapshot!(format!("{stem}__{label}"), text);
        }
    });
}

#[test]
fn nullable_30() {
    check_snapshots("nullable_30", MODELS);
}

#[test]
fn nullable_31() {
    check_snapshots("nullable_31", MODELS);
}

#[test]
fn enums() {
    check_snapshots("enums", MODELS);
}

#[test]
fn nested_objects() {
    check_snapshots("nested_objects", MODELS);
}

#[test]
fn arrays_and_maps() {
    check_snapshots("arrays_and_maps", MODELS);
}

#[test]
fn all_of() {
    check_snapshots("all_of", MODELS);
}

#[test]
fn all_of_annotations() {
    check_snapshots("all_of_annotations", MODELS);
}

#[test]
fn one_of_any_of() {
    check_snapshots("one_of_any_of", MODELS);
}

#[test]
fn recursion() {
    check_snapshots("recursion", MODELS);
}

#[test]
fn names() {
    check_snapshots("names", MODELS_AND_CLIENT);
}

#[test]
fn parameters() {
    check_snapshots("parameters", MODELS_AND_CLIENT);
}

/// Server-sent events (a union, text and schemaless JSON events) and 3.1 webhooks with the
/// Standard Webhooks signature scheme.
#[test]
fn events() {
    check_snapshots(
        "events",
        &[
            ("models/src/lib.rs", "models_lib"),
            ("client/src/operations.rs", "client_operations"),
            ("client/src/webhooks.rs", "client_webhooks"),
            ("client/Cargo.toml", "client_manifest"),
        ],
    );
}

/// Typed formats: the models crate's helper types, re-exported crates and manifest, and the
/// client's typed parameters.
#[test]
fn typed_formats() {
    check_snapshots(
        "typed_formats",
        &[
            ("models/src/lib.rs", "models_lib"),
            ("models/Cargo.toml", "models_manifest"),
            ("client/src/operations.rs", "client_operations"),
            ("client/src/params.rs", "client_params"),
        ],
    );
}

/// Every fixture has a snapshot test above.
#[test]
fn every_fixture_is_listed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = FIXTURES.iter().map(|s| (*s).to_owned()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

/// Generating the same spec twice gives byte-identical files.
#[test]
fn generation_is_deterministic() {
    for stem in FIXTURES {
        let first = generate(stem);
        let second = generate(stem);
        assert_eq!(
            first.sdk.files.keys().collect::<Vec<_>>(),
            second.sdk.files.keys().collect::<Vec<_>>(),
            "fixture `{stem}`: different file lists"
        );
        for (path, text) in &first.sdk.files {
            assert!(text == &second.sdk.files[path], "fixture `{stem}`: `{path}` differs between two runs");
        }
        assert_eq!(first.counts, second.counts, "fixture `{stem}`");
    }
}

#[test]
fn pagination() {
    check_snapshots("pagination", MODELS_AND_CLIENT);
}

/// A next cursor, top-level or nested, detected or declared in the SDK entry.
#[test]
fn pagination_cursor() {
    check_snapshots("pagination_cursor", &[("client/src/operations.rs", "client_operations")]);
}

/// A next link in the body (`links.next`, `next`, HAL's `_links.next.href`) or a `Link` header.
#[test]
fn pagination_link() {
    check_snapshots("pagination_link", &[("client/src/operations.rs", "client_operations")]);
}

/// Offset/limit and page/per-page, one declared with its first page.
#[test]
fn pagination_offset() {
    check_snapshots("pagination_offset", &[("client/src/operations.rs", "client_operations")]);
}

/// Error bodies written alike in several operations are one type each.
#[test]
fn shared_errors() {
    check_snapshots("shared_errors", &[("models/src/lib.rs", "models_lib"), ("client/src/errors.rs", "client_errors")]);
}

#[test]
fn error_bodies() {
    check_snapshots("error_bodies", &[("client/src/errors.rs", "client_errors")]);
}

#[test]
fn many_path_params() {
    check_snapshots("many_path_params", &[("client/src/operations.rs", "client_operations")]);
}

#[test]
fn no_types() {
    check_snapshots("no_types", MODELS);
}

#[test]
fn multipart() {
    check_snapshots("multipart", &[("models/src/lib.rs", "models_lib"), ("client/src/operations.rs", "client_operations")]);
}

#[test]
fn path_objects() {
    check_snapshots("path_objects", &[("client/src/operations.rs", "client_operations")]);
}

#[test]
fn recursive_aliases() {
    check_snapshots("recursive_aliases", MODELS);
}

#[test]
fn const_enums() {
    check_snapshots("const_enums", MODELS);
}

/// A value an enum lists twice is one variant, with a warning naming the place; values whose
/// variant names collide get numbered names in the order listed.
#[test]
fn duplicate_enum_values() {
    check_snapshots("duplicate_enum_values", MODELS);
}

/// A constant property's type does not take a schema's name (`AssistantObjectConst`, not
/// `AssistantObject2`); a union of references with long names is named after its place.
#[test]
fn type_name_collisions() {
    check_snapshots("type_name_collisions", MODELS);
}

/// The members of an untagged union are tried most specific first, so each member's example
/// decodes as that member.
#[test]
fn union_member_order() {
    check_snapshots("union_member_order", MODELS);
}

/// An `enum` or `const` beside `allOf: [$ref]` narrows the referenced type: a constant property
/// gets a single-value type (so union members are told apart), an enum only its own values.
#[test]
fn enum_beside_all_of() {
    check_snapshots("enum_beside_all_of", MODELS);
}

/// Server URL variables take their defaults and can be set; the SDK entry's version header and
/// idempotency keys reach the builder.
#[test]
fn client_settings() {
    check_snapshots(
        "client_settings",
        &[("client/src/lib.rs", "client_lib"), ("client/src/operations.rs", "client_operations")],
    );
}

/// A spec with component schemas and no operations (a webhook catalogue) generates its models
/// and a client crate without operations.
#[test]
fn schemas_only() {
    check_snapshots(
        "schemas_only",
        &[("models/src/lib.rs", "models_lib"), ("client/src/lib.rs", "client_lib"), ("client/src/operations.rs", "client_operations")],
    );
}

/// Snapshots the client's shape: each operation's route and its call from a client (with its
/// stream), then the resource views and their methods.
fn check_shape(stem: &str) {
    let generation = generate(stem);
    let shape: String = generation
        .surface
        .operations
        .iter()
        .map(|op| format!("{} {} -> client.{}(..){}\n", op.method, op.path, op.name, op.stream.as_ref().map(|s| format!(", client.{s}(..)")).unwrap_or_default()))
        .collect();
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_description(format!("tests/fixtures/{stem}.yaml"));
    settings.bind(|| insta::assert_snapshot!(format!("{stem}__shape"), shape));
    check_snapshots(stem, RESOURCES);
}

#[test]
fn resources_paths() {
    check_shape("resources_paths");
}

#[test]
fn resources_tags() {
    check_shape("resources_tags");
}

#[test]
fn resources_nested() {
    check_shape("resources_nested");
}

/// The README: a quick start with one call per resource (identifiers only) and a table of
/// resources and methods linking to their docs, with one-line summaries made by the doc
/// sanitizer (`tests/readme.rs` builds its docs and its doctest).
#[test]
fn readme() {
    check_snapshots("readme", README);
}

/// Parameters, request bodies and responses referred to where another operation declares them,
/// or through a component that is itself a reference, are followed; a response shared through
/// `components/responses` with an inline schema is one type named after the response.
#[test]
fn references() {
    check_snapshots("references", MODELS_AND_CLIENT);
}

/// Boolean schemas become `serde_json::Value`; a 3.1 schema under `responses.default` is
/// normalized (its `type` list becomes a nullable string).
#[test]
fn schema_repairs() {
    check_snapshots("schema_repairs", &[("models/src/lib.rs", "models_lib"), ("client/src/errors.rs", "client_errors")]);
}

/// With `round_trip`, every struct without `additionalProperties` gets a flattened map of
/// unknown properties (numbered when a property is called `extra`), and optional nullable
/// fields keep `null` apart from absent in responses too. (`round_trip.rs` decodes and
/// re-encodes with the generated crate.)
#[test]
fn round_trip() {
    check_snapshots("round_trip", MODELS);
}

/// Only structs whose fields can all be left out derive `Default`: a required field (a
/// required `title: String` would default to `""`) means a `new` taking it instead. Checked
/// on the model of every fixture, and on one request body by name.
#[test]
fn only_structs_whose_fields_are_all_optional_derive_default() {
    use sdkgen::model::{Ty, TypeKind};
    let mut checked = 0;
    for stem in FIXTURES {
        let api = sdkgen::lower_sdk(&config(stem)).unwrap_or_else(|e| panic!("{stem}: {e}"));
        for t in &api.types {
            let TypeKind::Struct(s) = &t.kind else { continue };
            let required: Vec<&str> = s
                .fields
                .iter()
                .filter(|f| !f.wire.is_empty() && !matches!(f.ty, Ty::Option(_) | Ty::Const(_)))
                .map(|f| f.name.as_str())
                .collect();
            assert_eq!(s.derive_default, required.is_empty(), "{stem}: {} derives Default with required {required:?}", t.name);
            checked += 1;
        }
    }
    assert!(checked > 50, "{checked}");
    let api = sdkgen::lower_sdk(&config("multipart")).unwrap();
    let derives = |name: &str| api.types.iter().find(|t| t.name == name).map(|t| matches!(&t.kind, TypeKind::Struct(s) if s.derive_default));
    // A request body whose `image` is required.
    assert_eq!(derives("ImageUpload"), Some(false));
}

/// A spec with several problems, each confined to one item, generates the rest: a bad `$ref`,
/// an unsupported keyword or a reference cycle makes its schema `serde_json::Value`, a
/// duplicate operationId or a parameter that refers to a skipped component skips its
/// operation; every problem is a warning of the same run.
#[test]
fn several_problems() {
    check_snapshots("several_problems", &[("models/src/lib.rs", "models_lib"), ("client/src/operations.rs", "client_operations")]);
}

/// A valid spec that describes nothing generates an empty SDK that builds, with a warning.
#[test]
fn describes_nothing() {
    check_snapshots("describes_nothing", &[("models/src/lib.rs", "models_lib"), ("client/src/lib.rs", "client_lib")]);
}

/// `properties` or `items` beside a scalar `type` are ignored with a warning: the type is the
/// scalar (a string example decodes), not a struct.
#[test]
fn scalar_with_properties() {
    check_snapshots("scalar_with_properties", MODELS);
}

/// A `$ref` to a schema inside another schema (an `allOf` member, a property, a `definitions`
/// entry, an operation's schema) gets the schema's own type, a component named after its place,
/// instead of `serde_json::Value`; `TaxComponent` merges `Order`'s first member with its `id`.
#[test]
fn refs_into_schemas() {
    check_snapshots("refs_into_schemas", MODELS);
}
