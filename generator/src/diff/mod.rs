//! Compares two versions of an API at the level of the generated SDK, in the Rust names its
//! users see, and classifies each change for them.
//!
//! Both sides go through the same lowering as generation and are read as a [`Surface`]; the
//! comparison works on surfaces, so a checked-in `api.json` manifest can stand for the old side.
//! Types are *input* when reached from parameters or request bodies, *output* when reached from
//! success or error bodies, and *both* when reached from both or from no operation; when the
//! usage differs between the two versions, the type counts as both.
//!
//! Each change has an [`Impact`]: **breaking** (code using the SDK may stop compiling or lose
//! data: a major bump), **addition** (new API: a minor bump) or **compatible** (only what goes on
//! the wire changes: a patch bump).
//!
//! | change | input type | output type |
//! | --- | --- | --- |
//! | operation or type added | addition | addition |
//! | operation or type removed | breaking | breaking |
//! | struct field removed, or its type changed | breaking | breaking |
//! | optional field added | addition | addition |
//! | required field added | breaking (`new` and struct literals change) | addition |
//! | field made required, or made optional | breaking (`T` ↔ `Option<T>`) | breaking (`T` ↔ `Option<T>`) |
//! | enum value added | addition | addition (older SDKs read it as `Unknown`) |
//! | enum value removed | breaking | breaking |
//! | polymorphic (union) member added | addition | breaking (no fallback: older SDKs fail to decode it, matches need an arm) |
//! | union member removed or changed | breaking | breaking |
//! | wire name changed, Rust name kept | compatible | compatible |
//! | Cargo features needed changed | breaking | breaking |
//!
//! Operations (the client crate):
//!
//! | change | impact |
//! | --- | --- |
//! | path argument added, removed or retyped | breaking |
//! | first query/header/cookie parameter added, or last removed (the `params` argument) | breaking |
//! | optional parameter added | addition |
//! | required parameter added, parameter removed, retyped, made required or optional | breaking |
//! | parameter moved between query, header and cookie | compatible |
//! | parameter moved to or from the path | breaking |
//! | request body added, removed, retyped, made required or optional | breaking |
//! | content type, HTTP method or path template changed | compatible |
//! | success type changed | breaking |
//! | documented error added | addition |
//! | documented error removed or its body changed | breaking |
//!
//! Optionality is part of a field's Rust type, so flipping it breaks code in both directions,
//! even where the wire contract only got stricter (a response field that is now always present).
//! The client crate re-exports the models crate, so its bump is at least the models crate's.

pub mod cfg;
pub mod probe;
mod render;
mod surface;
pub mod verify;

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Serialize;

pub use surface::{
    Arg, BodySurface, ErrorSurface, FieldSurface, MANIFEST, OperationSurface, ParamSurface, Shape, Surface,
    TypeSurface, Usage, ValueSurface,
};

use crate::error::Result;
use crate::model::Api;
use surface::split_option;

/// What a change means for users of the SDK.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    /// Only the wire changes; code keeps compiling (patch).
    Compatible,
    /// New API; existing code keeps compiling (minor).
    Addition,
    /// Existing code may stop compiling or lose data (major).
    Breaking,
}

impl Impact {
    /// Whether the change is breaking.
    pub fn is_breaking(self) -> bool {
        self == Impact::Breaking
    }

    /// The semver bump this change needs.
    pub fn bump(self) -> Bump {
        match self {
            Impact::Compatible => Bump::Patch,
            Impact::Addition => Bump::Minor,
            Impact::Breaking => Bump::Major,
        }
    }
}

/// A semver bump.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    /// Nothing changed.
    None,
    /// `x.y.Z`.
    Patch,
    /// `x.Y.0`.
    Minor,
    /// `X.0.0`.
    Major,
}

impl Bump {
    /// Applies the bump to a `MAJOR.MINOR.PATCH` version. Below 1.0, as Cargo reads versions,
    /// a major bump raises the minor number and a minor bump the patch number.
    pub fn apply(self, version: &str) -> std::result::Result<String, String> {
        let parts: Vec<u64> = version
            .split('.')
            .map(str::parse)
            .collect::<std::result::Result<_, _>>()
            .map_err(|_| format!("version `{version}` is not MAJOR.MINOR.PATCH"))?;
        let [major, minor, patch] = parts[..] else {
            return Err(format!("version `{version}` is not MAJOR.MINOR.PATCH"));
        };
        let (major, minor, patch) = match (self, major) {
            (Bump::None, _) => (major, minor, patch),
            (Bump::Major, 0) => (0, minor + 1, 0),
            (Bump::Minor | Bump::Patch, 0) | (Bump::Patch, _) => (major, minor, patch + 1),
            (Bump::Major, _) => (major + 1, 0, 0),
            (Bump::Minor, _) => (major, minor + 1, 0),
        };
        Ok(format!("{major}.{minor}.{patch}"))
    }
}

impl fmt::Display for Bump {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        })
    }
}

/// How a diff is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Markdown, for a pull request or a changelog.
    Markdown,
    /// JSON, for machines.
    Json,
}

/// Which changes make a diff command exit with failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Any breaking change.
    Breaking,
    /// Any change at all.
    Any,
}

/// Which generated crate a change is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Crate {
    /// The models crate (named types).
    Models,
    /// The client crate (methods, parameters, errors).
    Client,
}

/// What changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// A client method appeared.
    OperationAdded,
    /// A client method disappeared.
    OperationRemoved,
    /// A client method got another name or moved to another resource, its operation kept
    /// (the same operationId, or the same route where a side has none).
    OperationRenamed,
    /// The HTTP method or path template changed.
    EndpointChanged,
    /// Positional path arguments changed.
    PathArgumentsChanged,
    /// The method gained or lost its `params` argument, or the struct was renamed.
    ParamsArgumentChanged,
    /// A query, header or cookie parameter appeared.
    ParameterAdded,
    /// A parameter disappeared.
    ParameterRemoved,
    /// A parameter's type or optionality changed.
    ParameterChanged,
    /// A parameter moved to another place in the request.
    ParameterMoved,
    /// The request body argument changed.
    BodyChanged,
    /// The success type changed.
    ResponseChanged,
    /// An error variant appeared.
    ErrorAdded,
    /// An error variant disappeared.
    ErrorRemoved,
    /// An error variant's body or status changed.
    ErrorChanged,
    /// A named type appeared.
    TypeAdded,
    /// A named type disappeared.
    TypeRemoved,
    /// A named type changed kind, alias target or fixed value.
    TypeChanged,
    /// A struct field appeared.
    FieldAdded,
    /// A struct field disappeared.
    FieldRemoved,
    /// A field's type changed (beyond optionality).
    FieldTypeChanged,
    /// A field went from `Option<T>` to `T`.
    FieldMadeRequired,
    /// A field went from `T` to `Option<T>`.
    FieldMadeOptional,
    /// A field or enum value kept its Rust name but not its wire name.
    WireNameChanged,
    /// An enum value appeared.
    EnumValueAdded,
    /// An enum value disappeared.
    EnumValueRemoved,
    /// A union member appeared.
    MemberAdded,
    /// A union member disappeared.
    MemberRemoved,
    /// A union member's type changed.
    MemberChanged,
    /// The Cargo features an item needs changed.
    FeatureGateChanged,
}

/// One change, classified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The Rust item (`Client::list_customers`, `models::Customer::email`).
    pub subject: String,
    /// What changed.
    pub kind: ChangeKind,
    /// What it means for users.
    pub impact: Impact,
    /// The crate it is in.
    #[serde(rename = "crate")]
    pub krate: Crate,
    /// One sentence for a human reader (Markdown).
    pub detail: String,
    /// For a change inside an operation, the parameter or error variant it is about.
    #[serde(skip)]
    pub part: Option<String>,
    /// For a change of the Cargo features something needs: a feature set that shows it (where
    /// it went missing, or, when widened, where it was compiled before).
    #[serde(skip)]
    pub features: Option<cfg::Features>,
}

/// Every change between two versions of one SDK's API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiDiff {
    /// The SDK's name.
    pub sdk: String,
    /// Package name of the models crate.
    pub models_package: String,
    /// Package name of the client crate.
    pub client_package: String,
    /// Changes: operations in spec order, then types by name.
    pub changes: Vec<Change>,
    /// The resource of each changed operation or type (by the root of its subject:
    /// `Client::list_customers`, `models::Customer`), for the summary of a large report.
    #[serde(skip)]
    pub resources: BTreeMap<String, String>,
}

impl ApiDiff {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// Whether any change is breaking.
    pub fn is_breaking(&self) -> bool {
        self.changes.iter().any(|c| c.impact.is_breaking())
    }

    /// The bump for one crate. The client re-exports the models, so it moves at least as far.
    pub fn crate_bump(&self, krate: Crate) -> Bump {
        self.changes
            .iter()
            .filter(|c| krate == Crate::Client || c.krate == Crate::Models)
            .map(|c| c.impact.bump())
            .max()
            .unwrap_or(Bump::None)
    }

    /// The bump for the SDK as a whole: the largest of any change.
    pub fn semver_bump(&self) -> Bump {
        self.crate_bump(Crate::Client)
    }

    /// Changes of one kind.
    pub fn of_kind(&self, kind: ChangeKind) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.kind == kind)
    }

    /// The Markdown report, for a pull request or a changelog; headings start at `level`.
    pub fn to_markdown(&self, level: usize) -> String {
        render::markdown(self, level)
    }

    /// The Markdown report without its title; section headings are of `level`.
    pub fn to_markdown_body(&self, level: usize) -> String {
        render::body(self, level)
    }

    /// The report as JSON, with the bump of each crate.
    pub fn to_json(&self) -> String {
        render::json(self)
    }

    /// The report in `format`.
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Markdown => self.to_markdown(2),
            Format::Json => self.to_json(),
        }
    }

    /// Whether the diff has a change that `fail_on` names.
    pub fn fails(&self, fail_on: Option<FailOn>) -> bool {
        match fail_on {
            None => false,
            Some(FailOn::Breaking) => self.is_breaking(),
            Some(FailOn::Any) => !self.is_empty(),
        }
    }
}

/// Compares two lowered APIs.
pub fn compare(old: &Api, new: &Api) -> ApiDiff {
    compare_surfaces(&Surface::of(old), &Surface::of(new))
}

/// Reads a spec (YAML or JSON) through the generator's lowering, or an `api.json` manifest,
/// into a surface. With `sdk`, a spec is read as that SDK's (its names and spec patches);
/// without, it is named after its title.
pub fn load_surface(path: &Path, sdk: Option<&crate::SdkConfig>) -> Result<Surface> {
    let doc = crate::spec::load::load(path)?;
    if doc.get("format").is_some() && doc.get("openapi").is_none() {
        return Surface::from_value(path, doc);
    }
    let config = match sdk {
        Some(sdk) => crate::SdkConfig { spec: path.to_owned(), ..sdk.clone() },
        None => plain_config(path, &doc),
    };
    Ok(Surface::of(&crate::lower_document(&config, doc)?))
}

/// The configuration a spec outside `sdks.toml` is read with: named after its title
/// (`Stripe API` is `stripe-api`), or its file when it has none.
pub fn plain_config(path: &Path, doc: &serde_json::Value) -> crate::SdkConfig {
    use heck::ToKebabCase;
    let title = doc.pointer("/info/title").and_then(|t| t.as_str()).map(|t| t.to_kebab_case()).filter(|t| !t.is_empty());
    let stem = || path.file_stem().map(|n| n.to_string_lossy().to_kebab_case()).filter(|n| !n.is_empty());
    crate::SdkConfig {
        name: title.or_else(stem).unwrap_or_else(|| "api".to_owned()),
        spec: path.to_owned(),
        pinned_spec: None,
        output: Default::default(),
        version: "0.0.0".to_owned(),
        description: String::new(),
        models_package: None,
        client_package: None,
        patches: Vec::new(),
        examples: Default::default(),
        strict: false,
        api_version_header: None,
        idempotency_keys: false,
        method_names: Default::default(),
        operations: Default::default(),
        round_trip: false,
        webhooks: None,
        typed_formats: Vec::new(),
    }
}

/// The entry named `name` of the SDK list at `list`.
pub fn sdk_config(list: &Path, name: &str) -> Result<crate::SdkConfig> {
    crate::Config::load(list)?
        .sdks
        .into_iter()
        .find(|s| s.name == name)
        .ok_or_else(|| crate::Error::Config { path: list.to_owned(), message: format!("no `[[sdk]]` entry named `{name}`") })
}

/// Compares two specs or manifests. With `sdk` (the SDK list and an SDK's name), specs are
/// read as that SDK's.
pub fn compare_files(old: &Path, new: &Path, sdk: Option<(&Path, &str)>) -> Result<ApiDiff> {
    let config = match sdk {
        Some((list, name)) => Some(sdk_config(list, name)?),
        None => None,
    };
    let old = load_surface(old, config.as_ref())?;
    Ok(compare_surfaces(&old, &load_surface(new, config.as_ref())?))
}

/// Compares two surfaces.
pub fn compare_surfaces(old: &Surface, new: &Surface) -> ApiDiff {
    let mut changes = Vec::new();
    let renamed = renamed_operations(old, new);
    for op in &old.operations {
        if new.operation(&op.name).is_none() && !renamed.values().any(|before| before.name == op.name) {
            changes.push(Change {
                subject: op_subject(op),
                kind: ChangeKind::OperationRemoved,
                impact: Impact::Breaking,
                part: None,
                features: None,
                krate: Crate::Client,
                detail: format!("removed (was `{} {}`)", op.method, op.path),
            });
        }
    }
    for op in &new.operations {
        match old.operation(&op.name).or_else(|| renamed.get(op.name.as_str()).copied()) {
            None => changes.push(Change {
                subject: op_subject(op),
                kind: ChangeKind::OperationAdded,
                impact: Impact::Addition,
                part: None,
                features: None,
                krate: Crate::Client,
                detail: format!("added (`{} {}`)", op.method, op.path),
            }),
            Some(before) if before.name != op.name => {
                // A rename, and every other change of the method, is reported under the old
                // name, which is what code using the SDK calls.
                let detail = format!("renamed to `{}` (`{} {}`)", op.name, op.method, op.path);
                changes.push(op_change(before, ChangeKind::OperationRenamed, Impact::Breaking, detail));
                let mut stream = op.stream.clone();
                if let (Some(old_stream), Some(new_stream)) = (&before.stream, &op.stream)
                    && old_stream != new_stream
                {
                    let detail = format!("renamed to `{new_stream}` (`{} {}`)", op.method, op.path);
                    let subject = format!("Client::{old_stream}");
                    changes.push(Change { subject, ..op_change(before, ChangeKind::OperationRenamed, Impact::Breaking, detail) });
                    stream = before.stream.clone();
                }
                compare_operations(before, &OperationSurface { name: before.name.clone(), stream, ..op.clone() }, &mut changes);
            }
            Some(before) => compare_operations(before, op, &mut changes),
        }
    }
    let (old_usage, new_usage) = (old.usage(), new.usage());
    let mut names: Vec<&str> = old.types.iter().chain(&new.types).map(|t| t.name.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    for name in names {
        let usage = Usage::combine(old_usage.get(name).copied(), new_usage.get(name).copied());
        let subject = format!("models::{name}");
        match (old.type_named(name), new.type_named(name)) {
            (Some(t), None) => changes.push(Change {
                subject,
                kind: ChangeKind::TypeRemoved,
                impact: Impact::Breaking,
                part: None,
                features: None,
                krate: Crate::Models,
                detail: format!("{} removed", t.shape.kind()),
            }),
            (None, Some(t)) => changes.push(Change {
                subject,
                kind: ChangeKind::TypeAdded,
                impact: Impact::Addition,
                part: None,
                features: None,
                krate: Crate::Models,
                detail: format!("{} added", t.shape.kind()),
            }),
            (Some(a), Some(b)) => {
                if let Some((impact, detail, set)) = gate_change(&a.cfg, &b.cfg) {
                    changes.push(Change {
                        subject: subject.clone(),
                        kind: ChangeKind::FeatureGateChanged,
                        impact,
                        part: None,
                        features: Some(set),
                        krate: Crate::Models,
                        detail,
                    });
                }
                let gates = (a.cfg.as_deref(), b.cfg.as_deref());
                TypeComparison { subject, usage, gates, changes: &mut changes }.compare(&a.shape, &b.shape)
            }
            (None, None) => unreachable!("names come from the two surfaces"),
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    changes.retain(|c| seen.insert((c.subject.clone(), c.kind as u8, c.detail.clone())));
    let mut by_name = old.resources();
    by_name.extend(new.resources());
    let resources = changes
        .iter()
        .map(|c| {
            let root = subject_root(&c.subject);
            let name = root.rsplit("::").next().unwrap_or(root);
            (root.to_owned(), by_name.get(name).cloned().unwrap_or_else(|| "unused".to_owned()))
        })
        .collect();
    ApiDiff {
        sdk: new.sdk.clone(),
        models_package: new.models_package.clone(),
        client_package: new.client_package.clone(),
        changes,
        resources,
    }
}

/// The operations of `new` whose name `old` does not have, each paired with the operation of
/// `old` it renames: one whose name `new` does not have either, with the same operationId, or,
/// when either side has none (a manifest written before operationIds were recorded), the same
/// HTTP method and path. Pairs are taken in spec order, each operation in one pair at most.
fn renamed_operations<'a>(old: &'a Surface, new: &'a Surface) -> BTreeMap<&'a str, &'a OperationSurface> {
    let mut unmatched: Vec<&OperationSurface> = old.operations.iter().filter(|op| new.operation(&op.name).is_none()).collect();
    let mut pairs = BTreeMap::new();
    for op in new.operations.iter().filter(|op| old.operation(&op.name).is_none()) {
        let same = |before: &&OperationSurface| match (&before.operation_id, &op.operation_id) {
            (Some(a), Some(b)) => a == b,
            _ => before.method == op.method && before.path == op.path,
        };
        if let Some(at) = unmatched.iter().position(same) {
            pairs.insert(op.name.as_str(), unmatched.remove(at));
        }
    }
    pairs
}

/// The operation or type a change is about: `Client::op` or `models::Type`.
pub fn subject_root(subject: &str) -> &str {
    match subject.strip_prefix("models::") {
        Some(rest) => match rest.find("::") {
            Some(end) => &subject[..8 + end],
            None => subject,
        },
        None => subject,
    }
}

fn op_subject(op: &OperationSurface) -> String {
    format!("Client::{}", op.name)
}

fn op_change(op: &OperationSurface, kind: ChangeKind, impact: Impact, detail: String) -> Change {
    Change { subject: op_subject(op), kind, impact, krate: Crate::Client, detail, part: None, features: None }
}

/// A change about one parameter or error variant of an operation.
fn op_part_change(op: &OperationSurface, kind: ChangeKind, impact: Impact, part: &str, detail: String) -> Change {
    Change { part: Some(part.to_owned()), ..op_change(op, kind, impact, detail) }
}

/// How a change of optionality reads: `made required`, `made optional`, or `None` for none.
fn optionality(before: &str, after: &str) -> Option<(ChangeKind, &'static str)> {
    let (was_optional, inner_before) = split_option(before);
    let (is_optional, inner_after) = split_option(after);
    if inner_before != inner_after || was_optional == is_optional {
        return None;
    }
    Some(if is_optional {
        (ChangeKind::FieldMadeOptional, "made optional")
    } else {
        (ChangeKind::FieldMadeRequired, "made required")
    })
}

fn compare_operations(old: &OperationSurface, new: &OperationSurface, changes: &mut Vec<Change>) {
    // The `_stream` method of a list: one more (or one less) method to call.
    if old.stream != new.stream {
        for (stream, kind, impact, what) in [
            (&old.stream, ChangeKind::OperationRemoved, Impact::Breaking, "stream of every item removed"),
            (&new.stream, ChangeKind::OperationAdded, Impact::Addition, "stream of every item added"),
        ] {
            if let Some(stream) = stream {
                let detail = format!("{what} (`{} {}`)", new.method, new.path);
                changes.push(Change { subject: format!("Client::{stream}"), ..op_change(new, kind, impact, detail) });
            }
        }
    }
    if let Some((impact, detail, set)) = gate_change(&old.cfg, &new.cfg) {
        changes.push(Change { features: Some(set), ..op_change(new, ChangeKind::FeatureGateChanged, impact, detail) });
    }
    if old.method != new.method || old.path != new.path {
        changes.push(op_change(
            new,
            ChangeKind::EndpointChanged,
            Impact::Compatible,
            format!("endpoint changed from `{} {}` to `{} {}`", old.method, old.path, new.method, new.path),
        ));
    }

    // Parameters that moved between the path and the parameters struct.
    let moved_to_path: Vec<&str> = new
        .path_args
        .iter()
        .filter(|a| !old.path_args.iter().any(|o| o.name == a.name))
        .filter(|a| old.params_fields.iter().any(|p| p.name == a.name))
        .map(|a| a.name.as_str())
        .collect();
    let moved_from_path: Vec<&str> = old
        .path_args
        .iter()
        .filter(|a| !new.path_args.iter().any(|n| n.name == a.name))
        .filter(|a| new.params_fields.iter().any(|p| p.name == a.name))
        .map(|a| a.name.as_str())
        .collect();
    for name in &moved_to_path {
        let from = old.params_fields.iter().find(|p| p.name == *name).map_or("query", |p| p.location.as_str());
        changes.push(op_change(
            new,
            ChangeKind::ParameterMoved,
            Impact::Breaking,
            format!("parameter `{name}` moved from the {from} to the path: it is now a positional argument"),
        ));
    }
    for name in &moved_from_path {
        let to = new.params_fields.iter().find(|p| p.name == *name).map_or("query", |p| p.location.as_str());
        changes.push(op_change(
            new,
            ChangeKind::ParameterMoved,
            Impact::Breaking,
            format!("parameter `{name}` moved from the path to the {to}: it is now a field of `{}`", new.params.as_deref().unwrap_or("params")),
        ));
    }

    let same_args = old.path_args.len() == new.path_args.len()
        && old.path_args.iter().zip(&new.path_args).all(|(a, b)| a.ty == b.ty);
    if moved_to_path.is_empty() && moved_from_path.is_empty() && !same_args {
        let list = |op: &OperationSurface| {
            op.path_args.iter().map(|a| format!("{}: {}", a.name, a.ty)).collect::<Vec<_>>().join(", ")
        };
        changes.push(op_change(
            new,
            ChangeKind::PathArgumentsChanged,
            Impact::Breaking,
            format!("path arguments changed from `({})` to `({})`", list(old), list(new)),
        ));
    }

    match (&old.params, &new.params) {
        (None, Some(name)) if moved_from_path.is_empty() => changes.push(op_change(
            new,
            ChangeKind::ParamsArgumentChanged,
            Impact::Breaking,
            format!("gains a `params: &{name}` argument ({})", field_list(&new.params_fields)),
        )),
        (Some(name), None) if moved_to_path.is_empty() => changes.push(op_change(
            new,
            ChangeKind::ParamsArgumentChanged,
            Impact::Breaking,
            format!("loses its `params: &{name}` argument"),
        )),
        (Some(a), Some(b)) if a != b => changes.push(op_change(
            new,
            ChangeKind::ParamsArgumentChanged,
            Impact::Breaking,
            format!("parameters struct renamed from `{a}` to `{b}`"),
        )),
        _ => {}
    }
    if let (Some(_), Some(_)) = (&old.params, &new.params) {
        compare_params(old, new, &moved_to_path, &moved_from_path, changes);
    }

    match (&old.body, &new.body) {
        (None, Some(b)) => changes.push(op_change(
            new,
            ChangeKind::BodyChanged,
            Impact::Breaking,
            format!("gains a `body: {}` argument", body_arg(b)),
        )),
        (Some(b), None) => changes.push(op_change(
            new,
            ChangeKind::BodyChanged,
            Impact::Breaking,
            format!("loses its `body: {}` argument", body_arg(b)),
        )),
        (Some(a), Some(b)) => {
            if a.ty != b.ty || a.required != b.required {
                changes.push(op_change(
                    new,
                    ChangeKind::BodyChanged,
                    Impact::Breaking,
                    format!("body argument changed from `{}` to `{}`", body_arg(a), body_arg(b)),
                ));
            }
            if a.content_type != b.content_type {
                changes.push(op_change(
                    new,
                    ChangeKind::BodyChanged,
                    Impact::Compatible,
                    format!("body is sent as `{}` instead of `{}`", b.content_type, a.content_type),
                ));
            }
        }
        (None, None) => {}
    }

    if old.success != new.success {
        changes.push(op_change(
            new,
            ChangeKind::ResponseChanged,
            Impact::Breaking,
            format!("returns `{}` instead of `{}`", new.success, old.success),
        ));
    }

    compare_errors(old, new, changes);
}

fn cfg_text(cfg: &Option<String>) -> &str {
    cfg.as_deref().unwrap_or("always")
}

/// How a change of the Cargo features an item needs is classified: compiled under more feature
/// sets than before is an addition; missing under a feature set where it used to be is breaking.
/// `None` when the same feature sets allow it.
fn gate_change(old: &Option<String>, new: &Option<String>) -> Option<(Impact, String, cfg::Features)> {
    let moved = format!("now compiled under `{}` instead of `{}`", cfg_text(new), cfg_text(old));
    match cfg::compare(old.as_deref(), new.as_deref()) {
        cfg::GateChange::Same => None,
        cfg::GateChange::Widened(set) => Some((Impact::Addition, format!("{moved}: available with more features than before"), set)),
        cfg::GateChange::Narrowed(set) => {
            let detail = format!("{moved}: missing with features {}", cfg::show(&set));
            Some((Impact::Breaking, detail, set))
        }
    }
}

fn body_arg(body: &BodySurface) -> String {
    if body.required { format!("&{}", body.ty) } else { format!("Option<&{}>", body.ty) }
}

fn field_list(params: &[ParamSurface]) -> String {
    params.iter().map(|p| format!("`{}: {}`", p.name, p.ty)).collect::<Vec<_>>().join(", ")
}

fn compare_params(
    old: &OperationSurface,
    new: &OperationSurface,
    moved_to_path: &[&str],
    moved_from_path: &[&str],
    changes: &mut Vec<Change>,
) {
    let struct_name = new.params.as_deref().unwrap_or_default();
    for p in &old.params_fields {
        if !new.params_fields.iter().any(|n| n.name == p.name) && !moved_to_path.contains(&p.name.as_str()) {
            changes.push(op_part_change(
                new,
                ChangeKind::ParameterRemoved,
                Impact::Breaking,
                &p.name,
                format!("{} parameter `{}` removed from `{struct_name}`", p.location, p.name),
            ));
        }
    }
    for p in &new.params_fields {
        let Some(before) = old.params_fields.iter().find(|o| o.name == p.name) else {
            if moved_from_path.contains(&p.name.as_str()) {
                continue;
            }
            let (optional, _) = split_option(&p.ty);
            let (impact, how, why) = match (optional, params_default(old)) {
                (false, _) => (Impact::Breaking, "required", ""),
                (true, true) => (Impact::Addition, "optional", ""),
                (true, false) => (
                    Impact::Breaking,
                    "optional",
                    ": the struct has a required field, so it has no `Default` and struct literals name every field",
                ),
            };
            changes.push(op_part_change(
                new,
                ChangeKind::ParameterAdded,
                impact,
                &p.name,
                format!("{how} {} parameter `{}: {}` added to `{struct_name}`{why}", p.location, p.name, p.ty),
            ));
            continue;
        };
        if before.ty != p.ty {
            let detail = match optionality(&before.ty, &p.ty) {
                Some((_, how)) => format!("parameter `{}` {how} (`{}` → `{}`)", p.name, before.ty, p.ty),
                None => format!("parameter `{}` changed type from `{}` to `{}`", p.name, before.ty, p.ty),
            };
            changes.push(op_part_change(new, ChangeKind::ParameterChanged, Impact::Breaking, &p.name, detail));
        }
        if before.location != p.location {
            changes.push(op_part_change(
                new,
                ChangeKind::ParameterMoved,
                Impact::Compatible,
                &p.name,
                format!("parameter `{}` is sent in the {} instead of the {}", p.name, p.location, before.location),
            ));
        }
        if before.wire != p.wire {
            changes.push(op_part_change(
                new,
                ChangeKind::WireNameChanged,
                Impact::Compatible,
                &p.name,
                format!("parameter `{}` is sent as `{}` instead of `{}`", p.name, p.wire, before.wire),
            ));
        }
    }
}

/// Whether an operation's parameters struct derives `Default` (every field is optional), so
/// values are built as `Params { .., ..Default::default() }`.
pub fn params_default(op: &OperationSurface) -> bool {
    op.params_fields.iter().all(|p| split_option(&p.ty).0)
}

fn compare_errors(old: &OperationSurface, new: &OperationSurface, changes: &mut Vec<Change>) {
    if old.error != new.error {
        changes.push(op_change(
            new,
            ChangeKind::ErrorChanged,
            Impact::Breaking,
            format!("error enum renamed from `{}` to `{}`", old.error, new.error),
        ));
    }
    let variant = |e: &ErrorSurface| match &e.payload {
        Some(p) => format!("`{}::{}` (status `{}`, body `{p}`)", new.error, e.name, e.status),
        None => format!("`{}::{}` (status `{}`)", new.error, e.name, e.status),
    };
    // Without a catch-all variant, code matches the error enum exhaustively, so a new variant
    // needs a new arm.
    let open = old.error_fallback.is_some() || old.errors.iter().any(|e| e.status == "_");
    let (open_errors, closed_note) =
        if open { (Impact::Addition, "") } else { (Impact::Breaking, ": the enum has no catch-all variant, so `match`es need a new arm") };
    for e in &old.errors {
        if !new.errors.iter().any(|n| n.name == e.name) {
            changes.push(op_part_change(new, ChangeKind::ErrorRemoved, Impact::Breaking, &e.name, format!("error {} removed", variant(e))));
        }
    }
    for e in &new.errors {
        match old.errors.iter().find(|o| o.name == e.name) {
            None => changes.push(op_part_change(new, ChangeKind::ErrorAdded, open_errors, &e.name, format!("error {} added{}", variant(e), closed_note))),
            Some(before) if before.payload != e.payload || before.has_status != e.has_status => {
                let show = |p: &Option<String>| p.clone().unwrap_or_else(|| "no body".to_owned());
                changes.push(op_part_change(
                    new,
                    ChangeKind::ErrorChanged,
                    Impact::Breaking,
                    &e.name,
                    format!(
                        "error `{}::{}` changed from `{}` to `{}`",
                        new.error,
                        e.name,
                        show(&before.payload),
                        show(&e.payload)
                    ),
                ));
            }
            Some(before) if before.status != e.status => changes.push(op_part_change(
                new,
                ChangeKind::ErrorChanged,
                Impact::Compatible,
                &e.name,
                format!("error `{}::{}` now matches status `{}` instead of `{}`", new.error, e.name, e.status, before.status),
            )),
            Some(_) => {}
        }
    }
    match (&old.error_fallback, &new.error_fallback) {
        (Some(name), None) => changes.push(op_part_change(
            new,
            ChangeKind::ErrorRemoved,
            Impact::Breaking,
            name,
            format!("error `{}::{name}` removed (a default response is now documented)", new.error),
        )),
        (None, Some(name)) => changes.push(op_part_change(
            new,
            ChangeKind::ErrorAdded,
            open_errors,
            name,
            format!("error `{}::{name}` added for undocumented statuses", new.error),
        )),
        _ => {}
    }
}

/// Compares two versions of one named type.
struct TypeComparison<'c> {
    subject: String,
    usage: Usage,
    /// The type's `cfg` on the old and the new side.
    gates: (Option<&'c str>, Option<&'c str>),
    changes: &'c mut Vec<Change>,
}

impl TypeComparison<'_> {
    fn push(&mut self, member: Option<&str>, kind: ChangeKind, impact: Impact, detail: String) {
        let subject = match member {
            Some(m) => format!("{}::{m}", self.subject),
            None => self.subject.clone(),
        };
        self.changes.push(Change { subject, kind, impact, krate: Crate::Models, detail, part: None, features: None });
    }

    fn direction(&self) -> &'static str {
        match self.usage {
            Usage::Input => "request",
            Usage::Output => "response",
            Usage::Both => "request and response",
        }
    }

    fn compare(mut self, old: &Shape, new: &Shape) {
        match (old, new) {
            (Shape::Struct { fields: a, literal_only: was }, Shape::Struct { fields: b, literal_only: is }) => {
                if self.usage.is_input() && !was && *is {
                    self.push(
                        None,
                        ChangeKind::TypeChanged,
                        Impact::Breaking,
                        "values can no longer be built with `new` or `Default`: struct literals must name every field".to_owned(),
                    );
                }
                self.fields(a, b, *was)
            }
            (Shape::Enum { values: a }, Shape::Enum { values: b }) => self.values(a, b),
            (Shape::Union { members: a, fallback: fa }, Shape::Union { members: b, fallback: fb }) => {
                self.members(a, b, fa.is_some());
                self.fallback(fa, fb);
            }
            (Shape::Const { value: a }, Shape::Const { value: b }) if a != b => {
                self.push(None, ChangeKind::TypeChanged, Impact::Breaking, format!("fixed value changed from `{a:?}` to `{b:?}`"));
            }
            (Shape::Alias { target: a }, Shape::Alias { target: b }) if a != b => {
                self.push(None, ChangeKind::TypeChanged, Impact::Breaking, format!("alias changed from `{a}` to `{b}`"));
            }
            (a, b) if a.kind() != b.kind() => {
                self.push(None, ChangeKind::TypeChanged, Impact::Breaking, format!("changed from {} to {}", a.kind(), b.kind()));
            }
            _ => {}
        }
    }

    /// Fields by name: a field may exist in several forms (its type depending on features),
    /// each reported once.
    fn fields(&mut self, old: &[FieldSurface], new: &[FieldSurface], literal_only: bool) {
        let dir = self.direction();
        let forms = |fields: &[FieldSurface], name: &str| -> Vec<FieldSurface> {
            fields.iter().filter(|f| f.name == name).cloned().collect()
        };
        let mut names: Vec<&str> = Vec::new();
        for f in old.iter().chain(new) {
            if !names.contains(&f.name.as_str()) {
                names.push(&f.name);
            }
        }
        for name in names {
            let (before, after) = (forms(old, name), forms(new, name));
            match (before.first(), after.first()) {
                (Some(_), None) => {
                    self.push(Some(name), ChangeKind::FieldRemoved, Impact::Breaking, format!("field removed ({dir} type)"))
                }
                (None, Some(f)) => {
                    let (optional, _) = split_option(&f.ty);
                    let (impact, why) = match (optional, self.usage.is_input()) {
                        (false, true) => (Impact::Breaking, ": values must now set it (`new` and struct literals change)"),
                        (true, true) if literal_only => {
                            (Impact::Breaking, ": the type has no `new` or `Default`, so struct literals name every field")
                        }
                        _ => (Impact::Addition, ""),
                    };
                    let how = if optional { "optional" } else { "required" };
                    self.push(Some(name), ChangeKind::FieldAdded, impact, format!("{how} field `{}` added to a {dir} type{why}", f.ty));
                }
                (Some(a), Some(b)) if before.len() == 1 && after.len() == 1 && a.cfg == b.cfg => self.field(a, b),
                (Some(a), Some(b)) => {
                    self.field_forms(name, &before, &after);
                    if a.wire != b.wire {
                        self.wire(name, a, b);
                    }
                }
                (None, None) => {}
            }
        }
    }

    /// One field in one form on both sides.
    fn field(&mut self, before: &FieldSurface, f: &FieldSurface) {
        let dir = self.direction();
        if before.ty != f.ty {
            match optionality(&before.ty, &f.ty) {
                Some((kind, how)) => {
                    self.push(Some(&f.name), kind, Impact::Breaking, format!("{how} in a {dir} type (`{}` → `{}`)", before.ty, f.ty))
                }
                None => self.push(
                    Some(&f.name),
                    ChangeKind::FieldTypeChanged,
                    Impact::Breaking,
                    format!("type changed from `{}` to `{}`", before.ty, f.ty),
                ),
            }
        }
        if before.wire != f.wire {
            self.wire(&f.name, before, f);
        }
    }

    fn wire(&mut self, name: &str, before: &FieldSurface, f: &FieldSurface) {
        self.push(
            Some(name),
            ChangeKind::WireNameChanged,
            Impact::Compatible,
            format!("sent as `{}` instead of `{}`", f.wire, before.wire),
        );
    }

    /// A field whose type depends on features: breaking when, under some feature set where
    /// the struct exists on both sides, it has another type than before (or none).
    fn field_forms(&mut self, name: &str, before: &[FieldSurface], after: &[FieldSurface]) {
        let (struct_old, struct_new) = (cfg::Gate::of(self.gates.0), cfg::Gate::of(self.gates.1));
        let gates = |forms: &[FieldSurface]| -> Vec<(cfg::Gate, String)> {
            forms.iter().map(|f| (cfg::Gate::of(f.cfg.as_deref()), f.ty.clone())).collect()
        };
        let (old_forms, new_forms) = (gates(before), gates(after));
        let mut names = cfg::Features::new();
        for text in [self.gates.0, self.gates.1].into_iter().chain(before.iter().chain(after).map(|f| f.cfg.as_deref())).flatten() {
            if let Some(c) = cfg::Cfg::parse(text) {
                c.features(&mut names);
            }
        }
        let type_under = |forms: &[(cfg::Gate, String)], set: &cfg::Features| {
            forms.iter().find(|(g, _)| g.holds(set)).map(|(_, ty)| ty.clone())
        };
        for set in cfg::candidates(&names) {
            if !struct_old.holds(&set) || !struct_new.holds(&set) {
                continue;
            }
            let Some(was) = type_under(&old_forms, &set) else { continue };
            let detail = match type_under(&new_forms, &set) {
                Some(is) if is == was => continue,
                Some(is) => format!("type changed from `{was}` to `{is}` with features {}", cfg::show(&set)),
                None => format!("missing with features {} (was `{was}`)", cfg::show(&set)),
            };
            self.push(Some(name), ChangeKind::FieldTypeChanged, Impact::Breaking, detail);
            if let Some(change) = self.changes.last_mut() {
                change.features = Some(set);
            }
            return;
        }
    }

    fn values(&mut self, old: &[ValueSurface], new: &[ValueSurface]) {
        let dir = self.direction();
        for v in old {
            if !new.iter().any(|n| n.name == v.name) {
                self.push(Some(&v.name), ChangeKind::EnumValueRemoved, Impact::Breaking, format!("value `{:?}` removed from a {dir} enum", v.wire));
            }
        }
        for v in new {
            match old.iter().find(|o| o.name == v.name) {
                None => {
                    let note = if self.usage.is_output() { "; SDKs built before read it as `Unknown`" } else { "" };
                    self.push(Some(&v.name), ChangeKind::EnumValueAdded, Impact::Addition, format!("value `{:?}` added to a {dir} enum{note}", v.wire));
                }
                Some(before) if before.wire != v.wire => self.push(
                    Some(&v.name),
                    ChangeKind::WireNameChanged,
                    Impact::Compatible,
                    format!("sent as `{:?}` instead of `{:?}`", v.wire, before.wire),
                ),
                Some(_) => {}
            }
        }
    }

    fn members(&mut self, old: &[Arg], new: &[Arg], fallback: bool) {
        let dir = self.direction();
        for m in old {
            if !new.iter().any(|n| n.name == m.name) {
                self.push(Some(&m.name), ChangeKind::MemberRemoved, Impact::Breaking, format!("member `{}` removed from a {dir} union", m.ty));
            }
        }
        for m in new {
            match old.iter().find(|o| o.name == m.name) {
                None if self.usage.is_output() && !fallback => self.push(
                    Some(&m.name),
                    ChangeKind::MemberAdded,
                    Impact::Breaking,
                    format!(
                        "member `{}` added to a {dir} union: it has no fallback, so SDKs built before cannot decode it and `match`es need a new arm",
                        m.ty
                    ),
                ),
                None if self.usage.is_output() => self.push(
                    Some(&m.name),
                    ChangeKind::MemberAdded,
                    Impact::Addition,
                    format!("member `{}` added to a {dir} union; SDKs built before read it as its fallback variant", m.ty),
                ),
                None => self.push(Some(&m.name), ChangeKind::MemberAdded, Impact::Addition, format!("member `{}` added to a {dir} union", m.ty)),
                Some(before) if before.ty != m.ty => self.push(
                    Some(&m.name),
                    ChangeKind::MemberChanged,
                    Impact::Breaking,
                    format!("member type changed from `{}` to `{}`", before.ty, m.ty),
                ),
                Some(_) => {}
            }
        }
    }

    /// The variant for unknown kinds appeared (matches need an arm for it) or went away.
    fn fallback(&mut self, old: &Option<String>, new: &Option<String>) {
        match (old, new) {
            (Some(name), None) => {
                self.push(Some(name), ChangeKind::MemberRemoved, Impact::Breaking, "fallback variant removed".to_owned())
            }
            (None, Some(name)) => {
                let impact = if self.usage.is_output() { Impact::Breaking } else { Impact::Addition };
                self.push(Some(name), ChangeKind::MemberAdded, impact, "fallback variant added for kinds the SDK does not know".to_owned())
            }
            _ => {}
        }
    }
}

/// The number of changes of each impact, most severe first.
pub fn counts(diff: &ApiDiff) -> BTreeMap<Impact, usize> {
    let mut out = BTreeMap::new();
    for c in &diff.changes {
        *out.entry(c.impact).or_default() += 1;
    }
    out
}
