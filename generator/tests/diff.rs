//! The API diff: one synthetic spec pair per kind of change (`tests/diff_specs/<case>/`), each
//! asserting how its changes are classified, with the Markdown report snapshotted; manifests;
//! and the `--format json` report.
//!
//! Every pair starts from the same small shop API: `Item` and `Status` are only received,
//! `NewItem`, `Category`, `ItemSource` and its members are only sent, `Event` is a union of
//! events that is only received.

use std::path::{Path, PathBuf};

use sdkgen::diff::{self, ApiDiff, Bump, ChangeKind, ChangeKind as K, Crate, FieldSurface, Impact, Impact as I, Shape, Surface, TypeSurface};

fn case_dir(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diff_specs").join(case)
}

fn load(path: &Path) -> Surface {
    diff::load_surface(path, None).unwrap_or_else(|e| panic!("{} failed to load:\n{e}", path.display()))
}

/// Diffs the pair and snapshots its Markdown report.
fn diff_case(case: &str) -> ApiDiff {
    let dir = case_dir(case);
    let diff = diff::compare_surfaces(&load(&dir.join("old.yaml")), &load(&dir.join("new.yaml")));
    insta::assert_snapshot!(case, diff.to_markdown(2));
    diff
}

/// The changes as (subject, kind, impact), in report order.
fn classified(diff: &ApiDiff) -> Vec<(&str, ChangeKind, Impact)> {
    diff.changes.iter().map(|c| (c.subject.as_str(), c.kind, c.impact)).collect()
}

#[test]
fn operation_added_is_an_addition() {
    let d = diff_case("operation_added");
    assert_eq!(classified(&d), [("Client::items().delete", K::OperationAdded, I::Addition)]);
    assert_eq!((d.crate_bump(Crate::Models), d.crate_bump(Crate::Client)), (Bump::None, Bump::Minor));
}

/// A list that becomes paged (here by an `offset` parameter) gains a `_stream` method.
#[test]
fn stream_added_is_an_addition() {
    let d = diff_case("stream_added");
    let changes = classified(&d);
    assert!(changes.contains(&("Client::items().list_stream", K::OperationAdded, I::Addition)), "{changes:#?}");
    assert!(!d.is_breaking(), "{changes:#?}");
    // The summary by resource counts the stream under its operation's resource.
    assert_eq!(d.resources.get("Client::items().list_stream").map(String::as_str), Some("items"), "{:#?}", d.resources);
}

/// A method that moves to another resource (here its path changed) keeps its operationId: the
/// diff reports a rename under the old name, breaking since code calling that name stops
/// compiling, not a removal and an addition.
#[test]
fn operation_moved_is_a_rename() {
    let d = diff_case("operation_moved");
    let changes = classified(&d);
    assert_eq!(changes[0], ("Client::items().lookup", K::OperationRenamed, I::Breaking), "{changes:#?}");
    assert!(d.changes[0].detail.starts_with("renamed to `catalog().lookups()."), "{}", d.changes[0].detail);
    assert!(!changes.iter().any(|c| matches!(c.1, K::OperationAdded | K::OperationRemoved)), "{changes:#?}");
}

/// Without operationIds on a side (a manifest written before they were recorded), a renamed
/// method pairs with the old one by its route; with different operationIds on both sides, the
/// same route is another operation.
#[test]
fn renamed_methods_pair_by_route_without_operation_ids() {
    let new = load(&case_dir("operation_removed").join("old.yaml"));
    let mut old = new.clone();
    old.operations[0].name = "list_items".to_owned();
    old.operations[0].stream = None;
    old.operations.iter_mut().for_each(|op| op.operation_id = None);
    let d = diff::compare_surfaces(&old, &new);
    assert_eq!(classified(&d)[0], ("Client::list_items", K::OperationRenamed, I::Breaking), "{:#?}", d.changes);
    assert!(!d.changes.iter().any(|c| c.kind == K::OperationRemoved), "{:#?}", d.changes);

    old.operations.iter_mut().zip(&new.operations).for_each(|(op, n)| op.operation_id = n.operation_id.clone());
    old.operations[0].operation_id = Some("listItemsOld".to_owned());
    let kinds: Vec<ChangeKind> = diff::compare_surfaces(&old, &new).changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds[..2], [K::OperationRemoved, K::OperationAdded], "{kinds:?}");
}

#[test]
fn operation_removed_is_breaking() {
    let d = diff_case("operation_removed");
    assert_eq!(classified(&d), [("Client::items().get", K::OperationRemoved, I::Breaking)]);
    assert_eq!(d.semver_bump(), Bump::Major);
}

#[test]
fn field_removed_is_breaking() {
    let d = diff_case("field_removed");
    assert_eq!(classified(&d), [("models::Item::price", K::FieldRemoved, I::Breaking)]);
    assert_eq!((d.crate_bump(Crate::Models), d.crate_bump(Crate::Client)), (Bump::Major, Bump::Major));
}

#[test]
fn field_type_changed_is_breaking() {
    let d = diff_case("field_type_changed");
    assert_eq!(classified(&d), [("models::Item::price", K::FieldTypeChanged, I::Breaking)]);
}

#[test]
fn request_field_made_required_is_breaking() {
    let d = diff_case("optional_made_required");
    assert_eq!(classified(&d), [("models::NewItem::price", K::FieldMadeRequired, I::Breaking)]);
    assert!(d.changes[0].detail.contains("`Option<i64>` → `i64`"), "{}", d.changes[0].detail);
}

#[test]
fn response_field_made_optional_is_breaking() {
    let d = diff_case("required_made_optional");
    assert_eq!(classified(&d), [("models::Item::name", K::FieldMadeOptional, I::Breaking)]);
}

#[test]
fn added_fields_break_only_when_requests_must_set_them() {
    let d = diff_case("fields_added");
    assert_eq!(
        classified(&d),
        [
            ("models::Item::created", K::FieldAdded, I::Addition),
            ("models::NewItem::description", K::FieldAdded, I::Addition),
            ("models::UploadSource::filename", K::FieldAdded, I::Breaking),
        ]
    );
}

#[test]
fn enum_value_added_is_an_addition_in_requests_and_responses() {
    let d = diff_case("enum_value_added");
    assert_eq!(
        classified(&d),
        [("models::Category::Toys", K::EnumValueAdded, I::Addition), ("models::Status::Draft", K::EnumValueAdded, I::Addition)]
    );
    assert!(d.changes[1].detail.contains("`Unknown`"), "responses mention the fallback: {}", d.changes[1].detail);
    assert!(!d.is_breaking());
}

#[test]
fn enum_value_removed_is_breaking() {
    let d = diff_case("enum_value_removed");
    assert_eq!(classified(&d), [("models::Status::Archived", K::EnumValueRemoved, I::Breaking)]);
}

#[test]
fn polymorphic_member_added_breaks_responses_but_not_requests() {
    let d = diff_case("polymorphic_member_added");
    assert_eq!(
        classified(&d),
        [
            ("models::BytesSource", K::TypeAdded, I::Addition),
            ("models::Event::Updated", K::MemberAdded, I::Breaking),
            ("models::ItemSource::Bytes", K::MemberAdded, I::Addition),
            ("models::ItemUpdated", K::TypeAdded, I::Addition),
            ("models::ItemUpdatedType", K::TypeAdded, I::Addition),
        ]
    );
}

#[test]
fn parameter_moved_from_query_to_header_is_compatible() {
    let d = diff_case("parameter_location_changed");
    assert_eq!(classified(&d), [("Client::items().list", K::ParameterMoved, I::Compatible)]);
    assert_eq!(d.semver_bump(), Bump::Patch);
}

#[test]
fn parameter_moved_to_the_path_is_breaking() {
    let d = diff_case("parameter_moved_to_path");
    assert_eq!(
        classified(&d),
        // `/items/lookup/{sku}` makes `lookup` a collection of `items`, so the method moves to
        // the `items().lookup()` resource: the same operation (`lookupItem`) under a new name.
        [
            ("Client::items().lookup", K::OperationRenamed, I::Breaking),
            ("Client::items().lookup", K::EndpointChanged, I::Compatible),
            ("Client::items().lookup", K::ParameterMoved, I::Breaking),
            ("Client::items().lookup", K::ErrorChanged, I::Breaking),
        ]
    );
}

#[test]
fn first_parameter_adds_a_method_argument() {
    let d = diff_case("params_argument_added");
    assert_eq!(classified(&d), [("Client::events().list", K::ParamsArgumentChanged, I::Breaking)]);
}

#[test]
fn documented_errors_added_and_removed() {
    let d = diff_case("errors_changed");
    assert_eq!(
        classified(&d),
        [("Client::items().create", K::ErrorAdded, I::Addition), ("Client::items().get", K::ErrorRemoved, I::Breaking)]
    );
}

#[test]
fn optional_parameter_beside_a_required_one_is_breaking() {
    // The parameters struct has no `Default`, so struct literals name every field.
    let d = diff_case("parameter_added_beside_required");
    assert_eq!(classified(&d), [("Client::items().lookup", K::ParameterAdded, I::Breaking)]);
    assert!(d.changes[0].detail.contains("no `Default`"), "{}", d.changes[0].detail);
}

#[test]
fn widened_feature_gates_are_additions_and_narrowed_ones_break() {
    let d = diff_case("feature_gate_changed");
    assert_eq!(
        classified(&d),
        [
            ("models::Charge::destination", K::FieldRemoved, I::Breaking),
            ("models::Destination", K::FeatureGateChanged, I::Breaking),
            ("models::FeeDetail", K::FeatureGateChanged, I::Addition),
            ("models::Refund::fee", K::FieldAdded, I::Addition),
        ]
    );
    assert!(d.changes[1].detail.ends_with("missing with features {charge}"), "{}", d.changes[1].detail);
    assert!(d.changes[2].detail.ends_with("available with more features than before"), "{}", d.changes[2].detail);
}

#[test]
fn a_field_in_two_forms_is_reported_once() {
    // An expandable field exists in two forms (the object, or JSON when the object's features
    // are off); moving both forms' gates is one change, or none when no feature set sees it.
    let form = |cfg: &str, ty: &str| FieldSurface { name: "tax_rate".into(), cfg: Some(cfg.into()), wire: "tax_rate".into(), ty: ty.into() };
    let surface = |gate: &str| {
        let fields = vec![
            form(gate, "Expandable<TaxRate>"),
            form(&format!("not({gate})"), "Expandable<serde_json::Value>"),
        ];
        let mut s = load(&case_dir("operation_added").join("old.yaml"));
        s.types = vec![TypeSurface {
            name: "TaxAmount".into(),
            cfg: Some(r#"feature = "credit_note""#.into()),
            shape: Shape::Struct { fields, literal_only: true },
        }];
        s
    };
    let narrow = r#"any(feature = "credit_note", feature = "invoice")"#;
    let wide = r#"any(feature = "credit_note", feature = "invoice", feature = "quote")"#;
    assert!(diff::compare_surfaces(&surface(narrow), &surface(wide)).is_empty(), "the struct always sees the object form");
    let d = diff::compare_surfaces(&surface(narrow), &surface(r#"feature = "invoice""#));
    assert_eq!(classified(&d), [("models::TaxAmount::tax_rate", K::FieldTypeChanged, I::Breaking)]);
    assert!(d.changes[0].detail.contains("with features {credit_note}"), "{}", d.changes[0].detail);
}

#[test]
fn large_reports_open_with_a_summary_by_resource() {
    let old = load(&case_dir("operation_added").join("old.yaml"));
    let mut new = old.clone();
    for i in 0..45 {
        let mut op = new.operations[0].clone();
        op.name = format!("list_items_{i}");
        op.path = format!("/v1/widgets/{i}");
        new.operations.push(op);
    }
    new.operations.retain(|o| o.name != "items().get");
    let report = diff::compare_surfaces(&old, &new).to_markdown(2);
    let table = "| resource | breaking | additions | compatible |\n| --- | ---: | ---: | ---: |\n| `items` | 1 | 0 | 0 |\n| `widgets` | 0 | 45 | 0 |\n";
    assert!(report.contains(table), "{report}");
    assert!(report.find(table) < report.find("### Breaking changes"), "the table comes first");
}

#[test]
fn identical_specs_have_no_changes() {
    let dir = case_dir("operation_added");
    let d = diff::compare_surfaces(&load(&dir.join("old.yaml")), &load(&dir.join("old.yaml")));
    assert!(d.is_empty());
    assert_eq!(d.semver_bump(), Bump::None);
    assert!(d.to_markdown(2).ends_with("No changes to the API surface.\n"));
}

#[test]
fn a_manifest_stands_for_its_spec() {
    let dir = case_dir("fields_added");
    let old = load(&dir.join("old.yaml"));
    let manifest_dir = std::env::temp_dir().join(format!("sdkgen-diff-manifest-{}", std::process::id()));
    std::fs::create_dir_all(&manifest_dir).unwrap();
    let manifest = manifest_dir.join("api.json");
    std::fs::write(&manifest, old.to_manifest()).unwrap();
    let from_manifest = load(&manifest);
    std::fs::remove_dir_all(&manifest_dir).unwrap();
    assert_eq!(from_manifest, old);
    let new = load(&dir.join("new.yaml"));
    assert_eq!(diff::compare_surfaces(&from_manifest, &new), diff::compare_surfaces(&old, &new));
}

#[test]
fn a_bad_manifest_is_named_with_the_place() {
    let path = Path::new("generated/x/api.json");
    let err = Surface::from_manifest(path, r#"{"format": "sdkgen-api-surface/1", "sdk": 3}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "generated/x/api.json: in the document: not an API manifest: at sdk: invalid type: integer `3`, expected a string"
    );
    let err = Surface::from_manifest(path, r#"{"format": "other/2"}"#).unwrap_err();
    assert!(err.to_string().contains("format `other/2` is not `sdkgen-api-surface/1`"), "{err}");
}

#[test]
fn json_report_counts_and_classifies() {
    let d = diff_case("errors_changed");
    let json: serde_json::Value = serde_json::from_str(&d.to_json()).unwrap();
    assert_eq!(json["bump"], "major");
    assert_eq!(json["sdk"], "shop", "a spec outside sdks.toml is named after its title");
    assert_eq!(json["crates"]["shop-models"], "none");
    assert_eq!(json["crates"]["shop-client"], "major");
    assert_eq!((json["breaking"].as_u64(), json["additions"].as_u64(), json["compatible"].as_u64()), (Some(1), Some(1), Some(0)));
    let removed = &json["changes"][1];
    assert_eq!(removed["subject"], "Client::items().get");
    assert_eq!(removed["kind"], "error_removed");
    assert_eq!(removed["breaking"], true);
    assert_eq!(removed["crate"], "client");
}

#[test]
fn bumps_follow_cargo_semver() {
    assert_eq!(Bump::Major.apply("0.1.3").unwrap(), "0.2.0");
    assert_eq!(Bump::Minor.apply("0.1.3").unwrap(), "0.1.4");
    assert_eq!(Bump::Patch.apply("0.1.3").unwrap(), "0.1.4");
    assert_eq!(Bump::Major.apply("1.4.2").unwrap(), "2.0.0");
    assert_eq!(Bump::Minor.apply("1.4.2").unwrap(), "1.5.0");
    assert_eq!(Bump::Patch.apply("1.4.2").unwrap(), "1.4.3");
    assert_eq!(Bump::None.apply("1.4.2").unwrap(), "1.4.2");
    assert_eq!(Bump::Minor.apply("1.4").unwrap_err(), "version `1.4` is not MAJOR.MINOR.PATCH");
    assert_eq!(Bump::Minor.apply("1.4.0-beta").unwrap_err(), "version `1.4.0-beta` is not MAJOR.MINOR.PATCH");
}
