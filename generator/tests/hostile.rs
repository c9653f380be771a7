//! Malformed and hostile specs: the files under `tests/bad_specs/`, and specs too large or too
//! deep to keep in the repository, made here in a temporary directory.
//!
//! Each case either fails with a spec error that names the file, the place (a JSON pointer or a
//! line) and what to do, and shows the source line when there is one; or it generates an SDK in
//! which every string from the spec is carried only as escaped text: parsed back with syn, the
//! generated files contain no identifier the spec smuggled in. (That the generated SDKs compile
//! is checked by `cargo xtask check-fixtures`, which builds them all in one workspace.)
//!
//! Every case runs on its own thread with a deadline, so an input that made the generator run
//! without end fails the test instead of hanging it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use sdkgen::error::Location;
use sdkgen::{Error, Generation, SdkConfig, Templates};
use syn::visit_mut::VisitMut;

#[path = "support/temp.rs"]
mod temp;
use temp::TempDir;

/// What a case must do.
enum Expect {
    /// Fail with these problems, in order: where (see [`place`]) and part of the message.
    Fails(&'static [(&'static str, &'static str)]),
    /// Generate an SDK; these strings must reach it intact, as string values (or, for plain
    /// names, as identifiers).
    Generates(&'static [&'static str]),
    /// Generate an SDK in which the item at each place was degraded, with these warnings in
    /// order (place and part of the message), each shown with the file and its line.
    Degrades(&'static [(&'static str, &'static str)]),
}

use Expect::{Degrades, Fails, Generates};

/// Identifiers that would only exist if spec text escaped into code: the injection specs put
/// `PWNED_` in every payload, and naming never produces an upper-case word followed by `_`.
const MARKER: &str = "PWNED_";

/// The committed cases, by file name. Every file in `tests/bad_specs/` must be listed.
const CASES: &[(&str, Expect)] = &[
    // The schema whose reference closes the cycle becomes any value; the other refers to it.
    ("alias_cycle.yaml", Degrades(&[("/components/schemas/A/$ref", "reference cycle: /components/schemas/B -> /components/schemas/A -> /components/schemas/B; the schema is generated as `serde_json::Value`")])),
    // The merge is a recursive struct: `NodeChild { child: Option<Box<NodeChild>>, extra }`.
    ("all_of_contains_itself.yaml", Generates(&["child", "extra"])),
    ("all_of_diamond.yaml", Generates(&["p40"])),
    // Each merge copies properties that merge again: 2^40 structs unless each is lowered once.
    ("all_of_merges_fan_out.yaml", Generates(&["left40", "right40", "p0"])),
    ("all_of_string_member.yaml", Degrades(&[("/components/schemas/Mixed/allOf/1", "cannot be merged")])),
    ("bad_indentation.yaml", Fails(&[("4:12", "invalid YAML: mapping values are not allowed")])),
    ("billion_laughs.yaml", Fails(&[("document", "aliases expand to too large a document")])),
    ("colliding_names.yaml", Generates(&["fooBar", "foo_bar", "FooBar", "foo-bar", "A A"])),
    // The only operation is skipped: the SDK is empty, and says so.
    (
        "dangling_parameter_ref.yaml",
        Degrades(&[("/paths/~1a/get/parameters/0/$ref", "dangling reference `#/components/parameters/Limit`: nothing exists at `/components/parameters/Limit`; the operation is skipped"), ("/paths", "the spec describes nothing")]),
    ),
    ("dangling_ref.yaml", Degrades(&[("/components/schemas/A/properties/b/$ref", "dangling reference `#/components/schemas/Missing`: nothing exists at `/components/schemas/Missing`; the schema is generated as `serde_json::Value`")])),
    ("digit_names.yaml", Generates(&["200", "1st", "2nd_level", "1.5", "-1", "3D"])),
    (
        "doctest_smuggling.json",
        Generates(&[
            "fn main() { panic!(\"doctest ran: tilde fence in info\") }",
            "fn main() { panic!(\"doctest ran: fence opened by br, never closed\") }",
            "fn main() { panic!(\"doctest ran: indented after p\") }",
            "a```b",
        ]),
    ),
    ("duplicate_keys.yaml", Fails(&[("11:9", "duplicate key `id`")])),
    ("duplicate_operation_id.yaml", Degrades(&[("/paths/~1b/get/operationId", "`getThing` is already used at /paths/~1a/get/operationId; every operation needs its own, so rename one; the operation is skipped")])),
    ("empty.yaml", Fails(&[("", "must be an object")])),
    ("external_ref.yaml", Degrades(&[("/paths/~1a/get/responses/200/content/application~1json/schema/$ref", "bundle the spec into one file first; the schema is generated as `serde_json::Value`")])),
    // Bidi overrides and isolates, zero-width characters, separators, a BOM and a bell in every
    // place spec text reaches a file: names, paths, enum values, docs, the server and version.
    ("hidden_characters.json", Generates(&["a\u{202e}b", "\u{feff}bom", "name\u{2028}x", "q\u{200f}", "X-\u{202e}Trace", "1.0\u{200d}"])),
    ("info_wrong_type.yaml", Fails(&[("/info", "invalid type: sequence")])),
    (
        "injection_json.json",
        Generates(&["\0", "\u{202e}\"PWNED_json_prop", "\u{1b}[2J", "\"#]) PWNED_json_title \\u{0} \\u{1b}[31m red \\u{202e}"]),
    ),
    (
        "injection_strings.yaml",
        Generates(&[
            "\"); PWNED_required",
            "*/ PWNED_prop",
            "{{ PWNED_template_prop }}",
            "\"); PWNED_enum",
            "\"#",
            "{%x%}",
            "\n",
            "\0",
            "\\",
            "\"); PWNED_const \"#",
            "q\"); pub fn PWNED_query() { (\"",
            "X-Header\"); PWNED_header",
            "https://example.com/\"); pub fn PWNED_url() { (\"",
            "1.0\"); pub fn PWNED_version() { (\"",
            " {{ api.sdk.name }}{% if true %}PWNED_template{% endif %}{# PWNED_comment #}",
        ]),
    ),
    ("invalid_json.json", Fails(&[("4:3", "invalid JSON: expected `,` or `}`")])),
    ("keyword_names.yaml", Generates(&["type", "self", "super", "crate", "fn", "r#type", "async", "true", "None", "Self", "Unknown"])),
    ("nul_byte.yaml", Fails(&[("3:22", "control characters are not allowed")])),
    (
        "only_null.yaml",
        Degrades(&[
            ("/components/schemas/Nothing/type", "only allows null has no Rust type; remove it or give it a non-null type; the schema is generated as `serde_json::Value`"),
            ("/components/schemas/AlsoNothing/anyOf", "only allows null"),
        ]),
    ),
    // The reference leads nowhere usable: the path is skipped, and nothing is left.
    (
        "path_item_ref.yaml",
        Degrades(&[("/paths/~1a", "does not lead to a path item under `#/paths`; the path is skipped"), ("/paths", "the spec describes nothing")]),
    ),
    // A defective operation is skipped; here nothing is left.
    (
        "path_param_missing_from_path.yaml",
        Degrades(&[("/paths/~1items/get/parameters/0", "does not appear in the path `/items`; the operation is skipped"), ("/paths", "the spec describes nothing")]),
    ),
    // The undeclared names become required string arguments; the template keeps its order.
    (
        "path_param_undeclared.yaml",
        Degrades(&[
            ("/paths/~1shops~1{shop}~1uploads~1{id}?convert={convert}/get", "no path parameter `id` is declared; it is taken as a required string path parameter"),
            ("/paths/~1shops~1{shop}~1uploads~1{id}?convert={convert}/get", "no path parameter `convert` is declared"),
        ]),
    ),
    // `{id}` alone would degrade; the declared `item_id` that the template lacks skips it.
    (
        "path_params_mismatch.yaml",
        Degrades(&[
            ("/paths/~1items~1{id}/get", "no path parameter `id` is declared"),
            ("/paths/~1items~1{id}/get/parameters/0", "`item_id` does not appear in the path `/items/{id}`; the operation is skipped"),
            ("/paths", "the spec describes nothing"),
        ]),
    ),
    ("paths_wrong_type.yaml", Fails(&[("/paths", "invalid type: integer `5`")])),
    ("prefix_items.yaml", Degrades(&[("/components/schemas/Point/prefixItems", "`prefixItems` is not supported by the generator; rewrite the schema without it; the schema is generated as `serde_json::Value`")])),
    ("ref_outside_schemas.yaml", Degrades(&[("/paths/~1a/get/responses/200/content/application~1json/schema", "does not lead to a schema")])),
    ("required_is_boolean.yaml", Degrades(&[("/components/schemas/Thing/required", "`required` must be a list of property names, not a boolean; it is ignored")])),
    (
        "resource_id_injection.yaml",
        Degrades(&[
            ("/components/schemas/CfgBreaker/x-resourceId", "cannot name a Cargo feature"),
            ("/components/schemas/TomlBreaker/x-resourceId", "cannot name a Cargo feature"),
            ("/components/schemas/Reserved/x-resourceId", "Cargo reserves it"),
            ("/components/schemas/NotAString/x-resourceId", "must be a string"),
        ]),
    ),
    ("root_is_list.yaml", Fails(&[("", "must be an object")])),
    ("schema_type_wrong_type.yaml", Degrades(&[("/components/schemas/Thing", "invalid type: integer `5`, expected a string; the schema is generated as `serde_json::Value`")])),
    ("self_ref_cycle.yaml", Degrades(&[("/components/schemas/Loop/$ref", "reference cycle: /components/schemas/Loop -> /components/schemas/Loop; the schema is generated")])),
    (
        "skipped_features.yaml",
        Degrades(&[
            ("/paths/~1a/get/callbacks", "callbacks (`onEvent`) are requests to the client's own server"),
            ("/components/pathItems", "are skipped"),
            ("/webhooks/newThing/post", "has no JSON request body"),
        ]),
    ),
    ("swagger_2.yaml", Fails(&[("/swagger", "convert the spec to OpenAPI 3")])),
    (
        "two_dangling_refs.yaml",
        Degrades(&[
            ("/paths/~1a/post/requestBody/content/application~1json/schema/$ref", "dangling reference `#/components/schemas/Request`"),
            ("/components/schemas/A/properties/b/items/$ref", "dangling reference `#/components/schemas/Nope`"),
        ]),
    ),
    ("unicode_names.yaml", Generates(&["金額", "🎉", "成功", "🚀", "café", "🔍", "日本語の説明。絵文字 🎉 も使えます。"])),
    (
        "unsupported_keywords.yaml",
        Degrades(&[
            ("/components/schemas/Tagged/propertyNames", "only validates values"),
            ("/components/schemas/Conditional/if", "`if` is not supported"),
            ("/components/schemas/Conditional/then", "`then` is not supported"),
            ("/components/schemas/Conditional/patternProperties", "`patternProperties` is not supported"),
        ]),
    ),
    (
        "wrong_type_parameters.yaml",
        Degrades(&[
            ("/paths/~1a/get/parameters", "invalid type: map, expected a sequence; the operation is skipped"),
            ("/paths", "the spec describes nothing"),
        ]),
    ),
    ("yaml_custom_tag.yaml", Fails(&[("4:12", "invalid type: enum")])),
];

/// Generous: the slowest case (50 MB, unoptimized build) takes seconds.
const DEADLINE: Duration = Duration::from_secs(300);

fn bad_specs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_specs")
}

fn config(spec: &Path) -> SdkConfig {
    SdkConfig {
        name: "hostile".to_owned(),
        spec: spec.to_owned(),
        output: std::env::temp_dir().join("sdkgen-hostile-unused"),
        version: "0.1.0".to_owned(),
        description: "Hostile spec".to_owned(),
        models_package: None,
        client_package: None,
        pinned_spec: None,
        patches: Vec::new(),
        examples: None,
        strict: false,
        api_version_header: None,
        idempotency_keys: false,
        method_names: Default::default(),
        operations: Default::default(),
        webhooks: None,
        round_trip: false,
        typed_formats: Vec::new(),
    }
}

/// Generates from `spec` on a thread of its own; fails the test if it takes past the deadline.
fn generate(spec: &Path) -> Result<Generation, Error> {
    let (send, receive) = mpsc::channel();
    let config = config(spec);
    std::thread::spawn(move || {
        let _ = send.send(sdkgen::generate(&config, &Templates::builtin()));
    });
    match receive.recv_timeout(DEADLINE) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{}: no result within {DEADLINE:?}", spec.display()),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{}: the generator panicked", spec.display()),
    }
}

/// A location written as in [`CASES`]: `line:column`, `document`, or a JSON pointer (ending in
/// `...` when only its start is given).
fn place(text: &str) -> Location {
    if text == "document" {
        return Location::Document;
    }
    match text.split_once(':') {
        Some((line, column)) if line.chars().all(|c| c.is_ascii_digit()) && !line.is_empty() => {
            Location::Line { line: line.parse().unwrap(), column: column.parse().unwrap() }
        }
        _ => Location::Pointer(text.to_owned()),
    }
}

/// Checks a failure: a spec error naming the file, with the expected problems in order, each
/// shown with `--> file:line:column` and its source line when it has a place in the text.
fn assert_fails(spec: &Path, result: Result<Generation, Error>, expected: &[(&str, &str)]) {
    let name = spec.display().to_string();
    let err = match result {
        Ok(_) => panic!("{name}: generated, but should fail"),
        Err(e) => e,
    };
    let text = err.to_string();
    let Error::Spec { file, problems, .. } = err else { panic!("{name}: expected a spec error, got {text}") };
    assert_eq!(file, spec, "the error names the spec file");
    let found: Vec<(Location, &str)> = problems.iter().map(|p| (p.location.clone(), p.message.as_str())).collect();
    assert_eq!(found.len(), expected.len(), "{name}: {found:#?}");
    for ((location, message), (want_place, want_text)) in found.iter().zip(expected) {
        match (want_place.strip_suffix("..."), location) {
            (Some(prefix), Location::Pointer(at)) => assert!(at.starts_with(prefix), "{name}: {at}"),
            _ => assert_eq!(*location, place(want_place), "{name}: {message}"),
        }
        assert!(message.contains(want_text), "{name}: `{message}` lacks `{want_text}`");
    }
    let has_text = std::fs::read(spec).is_ok_and(|bytes| bytes.iter().any(|b| !b.is_ascii_whitespace()));
    if has_text && problems.iter().any(|p| p.location != Location::Document) {
        assert!(text.contains(&format!("  --> {name}:")), "{name}: no source line shown:\n{text}");
        assert!(text.lines().any(|l| l.trim_start().starts_with('|') && l.contains('^')), "{name}: no caret:\n{text}");
    }
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{name}: raw control characters in the message");
}

/// Checks a degraded generation: the expected warnings in order, each reported with the file,
/// its line and the place.
fn assert_degraded(spec: &Path, generation: &Generation, expected: &[(&str, &str)]) {
    let name = spec.display().to_string();
    let found: Vec<(Location, &str)> = generation.warnings.iter().map(|w| (w.location.clone(), w.message.as_str())).collect();
    assert_eq!(found.len(), expected.len(), "{name}: {found:#?}");
    let lines: Vec<&str> = generation.warning_report.lines().collect();
    assert_eq!(lines.len(), expected.len(), "{name}: {}", generation.warning_report);
    for (((location, message), (want_place, want_text)), line) in found.iter().zip(expected).zip(lines) {
        match (want_place.strip_suffix("..."), location) {
            (Some(prefix), Location::Pointer(at)) => assert!(at.starts_with(prefix), "{name}: {at}"),
            _ => assert_eq!(*location, place(want_place), "{name}: {message}"),
        }
        assert!(message.contains(want_text), "{name}: `{message}` lacks `{want_text}`");
        let Location::Pointer(at) = location else { panic!("{name}: a warning without a place: {line}") };
        let shown = line.strip_prefix(&format!("warning: {name}:")).unwrap_or_else(|| panic!("{name}: `{line}` does not name the file"));
        let (line_number, rest) = shown.split_once(':').unwrap_or_else(|| panic!("{name}: `{line}` has no line"));
        assert!(line_number.parse::<usize>().is_ok_and(|n| n > 0), "{name}: `{line}` has no line number");
        assert!(rest.contains(&format!("at {at}:")), "{name}: `{line}` does not name the place");
    }
}

/// Every string value in a token stream (string literals, and docs, which syn reads back as
/// `#[doc = "..."]`), and every identifier.
fn strings_and_idents(tokens: TokenStream, strings: &mut BTreeSet<String>, idents: &mut BTreeSet<String>) {
    let mut stack = vec![tokens];
    while let Some(stream) = stack.pop() {
        for tree in stream {
            match tree {
                TokenTree::Group(group) => stack.push(group.stream()),
                TokenTree::Ident(ident) => {
                    idents.insert(ident.to_string());
                }
                TokenTree::Literal(literal) => {
                    if let Ok(lit) = syn::parse_str::<syn::LitStr>(&literal.to_string()) {
                        strings.insert(lit.value());
                    }
                }
                TokenTree::Punct(_) => {}
            }
        }
    }
}

/// Checks an SDK generated from hostile text: Rust files parse and hold no smuggled identifier,
/// the expected spec strings appear intact as string values, and Cargo manifests are plain TOML.
fn assert_safe(spec: &Path, generation: &Generation, expected: &[&str]) {
    let name = spec.display();
    let mut strings = BTreeSet::new();
    let mut idents = BTreeSet::new();
    for (path, text) in &generation.sdk.files {
        // No file (Rust, `api.json`, Cargo.toml, README.md) carries a character that hides or
        // reorders text.
        let hidden = text.chars().find(|c| {
            (c.is_control() && !matches!(c, '\n' | '\t'))
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
        });
        assert_eq!(hidden, None, "{name}: {path} holds a raw control or direction character");
        if path.ends_with(".rs") {
            let file = syn::parse_file(text).unwrap_or_else(|e| panic!("{name}: {path} does not parse: {e}"));
            strings_and_idents(file.to_token_stream(), &mut strings, &mut idents);
        } else if path.ends_with(".toml") {
            let manifest: toml::Table = toml::from_str(text).unwrap_or_else(|e| panic!("{name}: {path}: {e}"));
            let keys: BTreeSet<&str> = manifest.keys().map(String::as_str).collect();
            assert!(keys.is_subset(&BTreeSet::from(["package", "dependencies", "dev-dependencies", "lib", "features"])), "{name}: {path}: {keys:?}");
            assert!(!text.contains(MARKER), "{name}: {path} carries spec text");
        }
    }
    // The runtime's modules are copied as they are, with no spec text in them.
    let from_spec = |path: &str| path.ends_with(".rs") && !path.starts_with("client/src/runtime/");
    for (path, text) in generation.sdk.files.iter().filter(|(path, _)| from_spec(path)) {
        let mut docs = DocTexts::default();
        docs.visit_file_mut(&mut syn::parse_file(text).unwrap());
        for doc in docs.0 {
            assert!(!sdkgen::render::has_live_code(&doc), "{name}: {path}: a doc holds a doctest:\n{doc}");
        }
    }
    let smuggled: Vec<&String> = idents.iter().filter(|i| i.contains(MARKER)).collect();
    assert!(smuggled.is_empty(), "{name}: identifiers from spec text: {smuggled:?}");
    for want in expected {
        // Doc text is Markdown: brackets and angle brackets arrive escaped (see `render/markdown.rs`).
        let shown = |s: &String| s.replace("\\[", "[").replace("\\]", "]").replace("&lt;", "<").replace("&gt;", ">");
        let found = idents.contains(*want)
            || strings.iter().any(|s| s == want || s.trim_start() == *want || s.contains(&format!("`{want}`")))
            || strings.iter().any(|s| shown(s).trim() == *want);
        assert!(found, "{name}: the string {want:?} does not appear intact");
    }
}

/// The doc text of every documented item, as rustdoc reads it: the item's doc attributes
/// joined by line breaks.
#[derive(Default)]
struct DocTexts(Vec<String>);

impl DocTexts {
    fn collect(&mut self, attrs: &[syn::Attribute]) {
        let lines: Vec<String> = attrs
            .iter()
            .filter(|a| a.path().is_ident("doc"))
            .filter_map(|a| match &a.meta {
                syn::Meta::NameValue(syn::MetaNameValue { value: syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }), .. }) => {
                    Some(s.value())
                }
                _ => None,
            })
            .collect();
        if !lines.is_empty() {
            self.0.push(lines.join("\n"));
        }
    }
}

impl VisitMut for DocTexts {
    fn visit_file_mut(&mut self, file: &mut syn::File) {
        self.collect(&file.attrs);
        syn::visit_mut::visit_file_mut(self, file);
    }
    fn visit_item_mut(&mut self, item: &mut syn::Item) {
        let attrs = match item {
            syn::Item::Struct(i) => &i.attrs,
            syn::Item::Enum(i) => &i.attrs,
            syn::Item::Type(i) => &i.attrs,
            syn::Item::Fn(i) => &i.attrs,
            syn::Item::Impl(i) => &i.attrs,
            syn::Item::Const(i) => &i.attrs,
            syn::Item::Mod(i) => &i.attrs,
            _ => return syn::visit_mut::visit_item_mut(self, item),
        };
        self.collect(&attrs.clone());
        syn::visit_mut::visit_item_mut(self, item);
    }
    fn visit_field_mut(&mut self, field: &mut syn::Field) {
        self.collect(&field.attrs);
        syn::visit_mut::visit_field_mut(self, field);
    }
    fn visit_variant_mut(&mut self, variant: &mut syn::Variant) {
        self.collect(&variant.attrs);
        syn::visit_mut::visit_variant_mut(self, variant);
    }
    fn visit_impl_item_fn_mut(&mut self, item: &mut syn::ImplItemFn) {
        self.collect(&item.attrs);
        syn::visit_mut::visit_impl_item_fn_mut(self, item);
    }
}

#[test]
fn every_committed_case_fails_clearly_or_generates_safe_code() {
    let mut files: Vec<String> = std::fs::read_dir(bad_specs())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let listed: Vec<String> = CASES.iter().map(|(f, _)| (*f).to_owned()).collect();
    assert_eq!(files, listed, "every file in tests/bad_specs is listed in CASES, in order");
    assert!(files.len() >= 30);
    for (file, expect) in CASES {
        let spec = bad_specs().join(file);
        let result = generate(&spec);
        match expect {
            Fails(problems) => assert_fails(&spec, result, problems),
            Generates(strings) => match result {
                Ok(generation) => {
                    assert!(generation.warnings.is_empty(), "{file}: unexpected warnings:\n{}", generation.warning_report);
                    assert_safe(&spec, &generation, strings)
                }
                Err(e) => panic!("{file}: should generate, but failed:\n{e}"),
            },
            Degrades(warnings) => match result {
                Ok(generation) => {
                    assert_degraded(&spec, &generation, warnings);
                    assert_safe(&spec, &generation, &[]);
                    let strict = sdkgen::SdkConfig { strict: true, ..config(&spec) };
                    let refused = sdkgen::generate(&strict, &Templates::builtin());
                    assert_fails(&spec, refused, warnings);
                }
                Err(e) => panic!("{file}: should generate with warnings, but failed:\n{e}"),
            },
        }
    }
}

const HEAD_JSON: &str = r#""openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": {"operationId": "getA", "responses": {"204": {"description": "OK"}}}}}"#;

#[test]
fn nesting_ten_thousand_levels_deep_is_an_error_in_json_and_yaml() {
    let dir = TempDir::new("deep");
    let depth = 10_000;
    let json = format!(
        "{{{HEAD_JSON}, \"components\": {{\"schemas\": {{\"Deep\": {}{}}}}}}}",
        "{\"type\": \"object\", \"properties\": {\"a\": ".repeat(depth),
        "}}".repeat(depth)
    );
    let spec = dir.write("deep.json", json);
    assert_fails(&spec, generate(&spec), &[("1:2611", "nests too deeply")]);

    let yaml = format!(
        "openapi: 3.0.3\ninfo: {{title: T, version: \"1\"}}\npaths: {{}}\ncomponents:\n  schemas:\n    Deep: {}{}\n",
        "{type: object, properties: {a: ".repeat(depth),
        "}}".repeat(depth)
    );
    let spec = dir.write("deep.yaml", yaml);
    let result = generate(&spec);
    let Err(Error::Spec { problems, .. }) = &result else { panic!("deep YAML must fail") };
    assert!(problems[0].message.contains("nests too deeply"), "{problems:?}");
    assert!(matches!(problems[0].location, Location::Line { line: 6, .. }), "{problems:?}");

    // Block style, within the parsers' limits but past the generator's: the pointer names it.
    let mut block = String::from("openapi: 3.0.3\ninfo: {title: T, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n    Deep:\n");
    for level in 0..50 {
        let indent = "  ".repeat(3 + 2 * level);
        block.push_str(&format!("{indent}type: object\n{indent}properties:\n{indent}  a:\n"));
    }
    block.push_str(&format!("{}type: string\n", "  ".repeat(3 + 2 * 50)));
    let spec = dir.write("deep_block.yaml", &block);
    let err = generate(&spec).expect_err("too deep");
    let text = err.to_string();
    let Error::Spec { problems, .. } = err else { panic!("{text}") };
    let Location::Pointer(at) = &problems[0].location else { panic!("{problems:?}") };
    assert!(at.starts_with("/components/schemas/Deep/properties/a/properties/a/"), "{at}");
    assert!(problems[0].message.contains("more than 64 levels"), "{}", problems[0].message);
    assert!(text.contains(&format!("--> {}:", spec.display())), "{text}");
}

#[test]
fn a_fifty_megabyte_spec_generates_and_a_larger_one_is_refused() {
    let dir = TempDir::new("huge");
    // 50 MB of example data beside a small API: data is read but never walked as schemas.
    let item = r#"{"id": "ch_0123456789", "amount": 1000, "description": "\"); PWNED_example */ {{x}}"}"#;
    let count = 50_000_000 / (item.len() + 2);
    let mut json = format!("{{{HEAD_JSON}, \"components\": {{\"schemas\": {{\"Charge\": {{\"type\": \"object\", \"properties\": {{\"id\": {{\"type\": \"string\"}}}}, \"example\": [");
    for i in 0..count {
        if i > 0 {
            json.push_str(", ");
        }
        json.push_str(item);
    }
    json.push_str("]}}}}");
    assert!(json.len() >= 50_000_000);
    let spec = dir.write("huge.json", &json);
    let generation = generate(&spec).unwrap_or_else(|e| panic!("{e}"));
    assert_safe(&spec, &generation, &["id"]);

    json.push_str(&" ".repeat(sdkgen::spec::MAX_SPEC_BYTES as usize - json.len() + 1));
    let spec = dir.write("too_large.json", &json);
    assert_fails(&spec, generate(&spec), &[("document", "the generator reads specs of up to 64 MiB")]);
}

#[test]
fn invalid_utf8_is_an_error_at_its_line() {
    let dir = TempDir::new("utf8");
    let spec = dir.write("latin1.yaml", b"openapi: 3.0.3\ninfo:\n  title: caf\xe9\n");
    let err = generate(&spec).expect_err("not UTF-8");
    let Error::Spec { problems, .. } = &err else { panic!("{err}") };
    assert_eq!(problems[0].location, Location::Line { line: 3, column: 13 });
    assert!(problems[0].message.contains("save it as UTF-8"), "{}", problems[0].message);
}

#[test]
fn a_long_chain_of_aliases_is_followed_once() {
    // Resolving each alias by walking the rest of the chain, recursively, took quadratic time
    // and overflowed the stack at this length; so did checking the loop below.
    let dir = TempDir::new("chain");
    let length = 100_000;
    let mut yaml = String::from("openapi: 3.0.3\ninfo: {title: T, version: \"1\"}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        \"200\":\n          description: OK\n          content:\n            application/json:\n              schema: {$ref: \"#/components/schemas/A0\"}\ncomponents:\n  schemas:\n");
    for i in 0..length {
        yaml.push_str(&format!("    A{i}: {{$ref: \"#/components/schemas/A{}\"}}\n", i + 1));
    }
    yaml.push_str(&format!("    A{length}: {{type: object, properties: {{id: {{type: string}}}}}}\n"));
    let spec = dir.write("chain.yaml", &yaml);
    let generation = generate(&spec).unwrap_or_else(|e| panic!("{e}"));
    assert_safe(&spec, &generation, &["id"]);

    // The same chain closed into a loop is one cycle, reported once, and broken where it closes.
    let looped = yaml.replace(
        &format!("    A{length}: {{type: object, properties: {{id: {{type: string}}}}}}\n"),
        &format!("    A{length}: {{$ref: \"#/components/schemas/A0\"}}\n"),
    );
    let spec = dir.write("loop.yaml", looped);
    let Ok(generation) = generate(&spec) else { panic!("a loop degrades the schema that closes it") };
    let problems = &generation.warnings;
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].location, Location::Pointer(format!("/components/schemas/A{length}/$ref")));
    assert!(problems[0].message.starts_with("reference cycle: "), "{}", problems[0].message);
    assert!(problems[0].message.contains("(99993 more)"), "a long cycle is elided: {}", problems[0].message);
}

#[test]
fn a_chain_of_a_thousand_all_of_merges_is_refused_before_it_writes_a_million_lines() {
    // Each level merges the one before and adds a property: flattened, level n has n fields.
    let chain = |levels: usize| {
        let mut yaml = format!("openapi: 3.0.3\ninfo: {{title: T, version: \"1\"}}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        \"200\":\n          description: OK\n          content:\n            application/json:\n              schema: {{$ref: \"#/components/schemas/A{levels}\"}}\ncomponents:\n  schemas:\n    A0: {{type: object, properties: {{p0: {{type: string}}}}}}\n");
        for i in 1..=levels {
            yaml.push_str(&format!("    A{i}: {{allOf: [{{$ref: \"#/components/schemas/A{}\"}}, {{type: object, properties: {{p{i}: {{type: string}}}}}}]}}\n", i - 1));
        }
        yaml
    };
    let dir = TempDir::new("all-of-chain");
    let spec = dir.write("all_of_chain.yaml", chain(1_000));
    assert_fails(&spec, generate(&spec), &[("/components/schemas/A1000", "`allOf` merges copy 500500 properties")]);

    // A third as long, it copies 45,150 properties and generates.
    let spec = dir.write("all_of_chain_300.yaml", chain(300));
    let generation = generate(&spec).unwrap_or_else(|e| panic!("{e}"));
    assert!(generation.sdk.files["models/src/lib.rs"].contains("pub p299: Option<String>"));
}

#[test]
fn fifty_thousand_enum_values_that_collide_as_names_are_numbered_once_each() {
    // Every value is `v` and punctuation, so every variant name starts as `V`: numbering each
    // by trying `V2`, `V3`, ... from the start again took quadratic time (10,000 values: 38 s).
    let dir = TempDir::new("collide");
    let count = 50_000;
    let punctuation: Vec<char> = "!#$%&()*+,".chars().collect();
    let mut yaml = String::from("openapi: 3.0.3\ninfo: {title: T, version: \"1\"}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        \"200\":\n          description: OK\n          content:\n            application/json:\n              schema: {$ref: \"#/components/schemas/E\"}\ncomponents:\n  schemas:\n    E:\n      type: string\n      enum:\n");
    for i in 0..count {
        let mut value = String::from("v");
        let mut rest = i;
        loop {
            value.push(punctuation[rest % punctuation.len()]);
            rest /= punctuation.len();
            if rest == 0 {
                break;
            }
        }
        yaml.push_str(&format!("        - '{value}'\n"));
    }
    let spec = dir.write("collide.yaml", &yaml);
    let generation = generate(&spec).unwrap_or_else(|e| panic!("{e}"));
    assert_safe(&spec, &generation, &["v!", "v,,,,&"]);
    let models = &generation.sdk.files["models/src/lib.rs"];
    assert!(models.contains("V50000,"), "the last value is the 50,000th `V`");
}

/// The doctest vectors of `doctest_smuggling.json`, built into real crates: `cargo test` (what
/// CI runs) runs no doctest, as the generated crates say `doctest = false`; and `cargo test
/// --doc`, which runs doctests regardless, finds none in the spec's docs: the docs alone hold no
/// test. (Builds the client's dependencies once, in a target directory of its own.)
#[test]
fn cargo_test_runs_no_doctest_from_a_spec() {
    let spec = bad_specs().join("doctest_smuggling.json");
    let generation = generate(&spec).unwrap_or_else(|e| panic!("{e}"));
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
        .join("hostile-doctest");
    let workspace = target.join("workspace");
    let _ = std::fs::remove_dir_all(&workspace);
    for (path, text) in &generation.sdk.files {
        let file = workspace.join("sdk").join(path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, text).unwrap();
    }
    std::fs::write(workspace.join("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [\"sdk/models\", \"sdk/client\"]\n").unwrap();
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock"), workspace.join("Cargo.lock")).unwrap();
    for manifest in ["models/Cargo.toml", "client/Cargo.toml"] {
        let text = &generation.sdk.files[manifest];
        assert!(text.contains("[lib]\ndoctest = false\n"), "{manifest} turns doctests off:\n{text}");
    }
    let cargo_test = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO"))
            .arg("test")
            .args(args)
            .args(["--workspace", "--no-fail-fast"])
            .env("CARGO_TARGET_DIR", target.join("target"))
            .current_dir(&workspace)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(!stdout.contains("doctest ran"), "a doctest from the spec ran:\n{stdout}");
        (output.status.success(), stdout, stderr)
    };
    let (ok, stdout, stderr) = cargo_test(&[]);
    assert!(ok, "cargo test failed:\n{stdout}\n{stderr}");
    assert!(!stderr.contains("Doc-tests"), "cargo test ran doctests:\n{stderr}");

    let (ok, stdout, stderr) = cargo_test(&["--doc"]);
    assert!(ok, "cargo test --doc failed:\n{stdout}\n{stderr}");
    assert!(stderr.contains("Doc-tests hostile_models") && stderr.contains("Doc-tests hostile_client"), "{stderr}");
    // The only doctests are the runtime's own example (copied as it is, marked `ignore`) and
    // the README's quick start, in the client's crate docs, built from identifiers only and
    // compiled, never run (`no_run`).
    let tests: Vec<&str> = stdout.lines().filter(|l| l.starts_with("test ") && !l.starts_with("test result:")).collect();
    let quick_start = |t: &&&str| t.starts_with("test sdk/client/src/lib.rs - (line ") && t.ends_with(") - compile ... ok");
    assert_eq!(tests.iter().filter(quick_start).count(), 1, "{tests:?}");
    assert!(tests.iter().filter(|t| !quick_start(t)).all(|t| t.starts_with("test sdk/client/src/runtime/")), "doctests from the spec's docs: {tests:?}");
}

/// Of the `x-resourceId`s in `resource_id_injection.yaml` (each bad one warned about, see
/// [`CASES`]), only the one that can name a Cargo feature becomes one.
#[test]
fn only_resource_ids_that_can_name_a_feature_become_features() {
    let spec = bad_specs().join("resource_id_injection.yaml");
    let generation = generate(&spec).unwrap_or_else(|e| panic!("{e}"));
    for manifest in ["models/Cargo.toml", "client/Cargo.toml"] {
        let manifest: toml::Table = toml::from_str(&generation.sdk.files[manifest]).unwrap();
        let features: Vec<&String> = manifest["features"].as_table().unwrap().keys().filter(|f| *f != "webhook-signatures").collect();
        assert_eq!(features, ["customer", "default"], "only the valid id is a feature");
    }
}

/// `sdks.toml` settings that are written into `Cargo.toml` and Rust as they are: the SDK's name,
/// its package names and its version. A bad one is a config error naming the SDK and the
/// setting, both through [`sdkgen::Config::load`] and for a config made in code.
#[test]
fn sdk_settings_that_reach_manifests_are_checked() {
    let spec = bad_specs().join("keyword_names.yaml");
    type Change = fn(&mut SdkConfig);
    let cases: [(&str, Change); 6] = [
        ("`name`", |c| c.name = "x\"\n[PWNED_name]".to_owned()),
        ("`version`", |c| c.version = "1.0.0\"\n[PWNED_version]".to_owned()),
        ("`models_package`", |c| c.models_package = Some("m\" }\nPWNED = { path = \"/\"".to_owned())),
        ("`client_package`", |c| c.client_package = Some("self".to_owned())),
        ("`client_package`", |c| c.client_package = Some("hostile-models".to_owned())),
        ("`version`", |c| c.version = "1.0".to_owned()),
    ];
    for (field, change) in cases {
        let mut sdk = config(&spec);
        change(&mut sdk);
        match sdkgen::generate(&sdk, &Templates::builtin()) {
            Err(Error::Config { message, .. }) => assert!(message.contains(field), "{field}: {message}"),
            other => panic!("{field}: expected a config error, got {:?}", other.map(|g| g.sdk.files.len())),
        }
    }

    let dir = TempDir::new("settings");
    let toml = "[[sdk]]\nname = \"ok\"\nspec = \"spec.yaml\"\noutput = \"out\"\nversion = \"0.1.0\\\"\\n[PWNED]\"\ndescription = \"d\"\n";
    let path = dir.write("sdks.toml", toml);
    match sdkgen::Config::load(&path) {
        Err(Error::Config { path: at, message }) => {
            assert_eq!(at, path);
            assert!(message.contains("SDK \"ok\": `version`") && message.contains("not a semantic version"), "{message}");
        }
        other => panic!("expected a config error, got {other:?}"),
    }
}

/// `api.json` carries spec strings (paths, wire names, enum values) escaped, so that it shows
/// no character that hides or reorders text, yet reads back as the same strings: the API diff
/// of the next run compares the real names.
#[test]
fn hidden_characters_reach_api_json_escaped_and_read_back_intact() {
    let spec = bad_specs().join("hidden_characters.json");
    let generation = generate(&spec).unwrap();
    let manifest = &generation.sdk.files["api.json"];
    assert!(manifest.contains("\\u202E") && manifest.contains("\\u2067"), "{manifest}");
    let read: serde_json::Value = serde_json::from_str(manifest).unwrap();
    assert_eq!(read["operations"][0]["path"], "/items\u{2067}/{id}\u{2069}");
    let wires: Vec<&str> = read["operations"][0]["params_fields"].as_array().unwrap().iter().map(|f| f["wire"].as_str().unwrap()).collect();
    assert_eq!(wires, ["q\u{200f}", "X-\u{202e}Trace"]);
    let surface = sdkgen::diff::Surface::from_manifest(&spec, manifest).unwrap();
    assert!(sdkgen::diff::compare_surfaces(&surface, &generation.surface).is_empty());
    let readme = &generation.sdk.files["README.md"];
    assert!(!readme.contains('\u{202e}'), "{readme}");
}
