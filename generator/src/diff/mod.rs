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

mod render;
mod surface;

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
/// without, it is named after its directory.
pub fn load_surface(path: &Path, sdk: Option<&crate::SdkConfig>) -> Result<Surface> {
    let doc = crate::spec::load::load(path)?;
    if doc.get("format").is_some() && doc.get("openapi").is_none() {
        return Surface::from_value(path, doc);
    }
    let config = match sdk {
        Some(sdk) => crate::SdkConfig { spec: path.to_owned(), ..sdk.clone() },
        None => crate::SdkConfig {
            name: path
                .parent()
                .and_then(Path::file_name)
                .map(|n| n.to_string_lossy().into_owned())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| "api".to_owned()),
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
            webhooks: None,
        },
    };
    Ok(Surface::of(&crate::lower_document(&config, doc)?))
}

/// Compares two specs or manifests. With `sdk` (the SDK list and an SDK's name), specs are
/// read as that SDK's.
pub fn compare_files(old: &Path, new: &Path, sdk: Option<(&Path, &str)>) -> Result<ApiDiff> {
    let config = match sdk {
        Some((list, name)) => Some(
            crate::Config::load(list)?.sdks.into_iter().find(|s| s.name == name).ok_or_else(|| {
                crate::Error::Config { path: list.to_owned(), message: format!("no `[[sdk]]` entry named `{name}`") }
            })?,
        ),
        None => None,
    };
    let old = load_surface(old, config.as_ref())?;
    Ok(compare_surfaces(&old, &load_surface(new, config.as_ref())?))
}

/// Compares two surfaces.
pub fn compare_surfaces(old: &Surface, new: &Surface) -> ApiDiff {
    let mut changes = Vec::new();
    for op in &old.operations {
        if new.operation(&op.name).is_none() {
            changes.push(Change {
                subject: op_subject(op),
                kind: ChangeKind::OperationRemoved,
                impact: Impact::Breaking,
                krate: Crate::Client,
                detail: format!("removed (was `{} {}`)", op.method, op.path),
            });
        }
    }
    for op in &new.operations {
        match old.operation(&op.name) {
            None => changes.push(Change {
                subject: op_subject(op),
                kind: ChangeKind::OperationAdded,
                impact: Impact::Addition,
                krate: Crate::Client,
                detail: format!("added (`{} {}`)", op.method, op.path),
            }),
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
                krate: Crate::Models,
                detail: format!("{} removed", t.shape.kind()),
            }),
            (None, Some(t)) => changes.push(Change {
                subject,
                kind: ChangeKind::TypeAdded,
                impact: Impact::Addition,
                krate: Crate::Models,
                detail: format!("{} added", t.shape.kind()),
            }),
            (Some(a), Some(b)) => {
                if a.cfg != b.cfg {
                    changes.push(Change {
                        subject: subject.clone(),
                        kind: ChangeKind::FeatureGateChanged,
                        impact: Impact::Breaking,
                        krate: Crate::Models,
                        detail: format!("now compiled under `{}` instead of `{}`", cfg_text(&b.cfg), cfg_text(&a.cfg)),
                    });
                }
                TypeComparison { subject, usage, changes: &mut changes }.compare(&a.shape, &b.shape)
            }
            (None, None) => unreachable!("names come from the two surfaces"),
        }
    }
    ApiDiff {
        sdk: new.sdk.clone(),
        models_package: new.models_package.clone(),
        client_package: new.client_package.clone(),
        changes,
    }
}

fn op_subject(op: &OperationSurface) -> String {
    format!("Client::{}", op.name)
}

fn op_change(op: &OperationSurface, kind: ChangeKind, impact: Impact, detail: String) -> Change {
    Change { subject: op_subject(op), kind, impact, krate: Crate::Client, detail }
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
    if old.cfg != new.cfg {
        changes.push(op_change(
            new,
            ChangeKind::FeatureGateChanged,
            Impact::Breaking,
            format!("now compiled under `{}` instead of `{}`", cfg_text(&new.cfg), cfg_text(&old.cfg)),
        ));
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
            changes.push(op_change(
                new,
                ChangeKind::ParameterRemoved,
                Impact::Breaking,
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
            let (impact, how) =
                if optional { (Impact::Addition, "optional") } else { (Impact::Breaking, "required") };
            changes.push(op_change(
                new,
                ChangeKind::ParameterAdded,
                impact,
                format!("{how} {} parameter `{}: {}` added to `{struct_name}`", p.location, p.name, p.ty),
            ));
            continue;
        };
        if before.ty != p.ty {
            let detail = match optionality(&before.ty, &p.ty) {
                Some((_, how)) => format!("parameter `{}` {how} (`{}` → `{}`)", p.name, before.ty, p.ty),
                None => format!("parameter `{}` changed type from `{}` to `{}`", p.name, before.ty, p.ty),
            };
            changes.push(op_change(new, ChangeKind::ParameterChanged, Impact::Breaking, detail));
        }
        if before.location != p.location {
            changes.push(op_change(
                new,
                ChangeKind::ParameterMoved,
                Impact::Compatible,
                format!("parameter `{}` is sent in the {} instead of the {}", p.name, p.location, before.location),
            ));
        }
        if before.wire != p.wire {
            changes.push(op_change(
                new,
                ChangeKind::WireNameChanged,
                Impact::Compatible,
                format!("parameter `{}` is sent as `{}` instead of `{}`", p.name, p.wire, before.wire),
            ));
        }
    }
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
    for e in &old.errors {
        if !new.errors.iter().any(|n| n.name == e.name) {
            changes.push(op_change(new, ChangeKind::ErrorRemoved, Impact::Breaking, format!("error {} removed", variant(e))));
        }
    }
    for e in &new.errors {
        match old.errors.iter().find(|o| o.name == e.name) {
            None => changes.push(op_change(new, ChangeKind::ErrorAdded, Impact::Addition, format!("error {} added", variant(e)))),
            Some(before) if before.payload != e.payload || before.has_status != e.has_status => {
                let show = |p: &Option<String>| p.clone().unwrap_or_else(|| "no body".to_owned());
                changes.push(op_change(
                    new,
                    ChangeKind::ErrorChanged,
                    Impact::Breaking,
                    format!(
                        "error `{}::{}` changed from `{}` to `{}`",
                        new.error,
                        e.name,
                        show(&before.payload),
                        show(&e.payload)
                    ),
                ));
            }
            Some(before) if before.status != e.status => changes.push(op_change(
                new,
                ChangeKind::ErrorChanged,
                Impact::Compatible,
                format!("error `{}::{}` now matches status `{}` instead of `{}`", new.error, e.name, e.status, before.status),
            )),
            Some(_) => {}
        }
    }
    match (&old.error_fallback, &new.error_fallback) {
        (Some(name), None) => changes.push(op_change(
            new,
            ChangeKind::ErrorRemoved,
            Impact::Breaking,
            format!("error `{}::{name}` removed (a default response is now documented)", new.error),
        )),
        (None, Some(name)) => changes.push(op_change(
            new,
            ChangeKind::ErrorAdded,
            Impact::Addition,
            format!("error `{}::{name}` added for undocumented statuses", new.error),
        )),
        _ => {}
    }
}

/// Compares two versions of one named type.
struct TypeComparison<'c> {
    subject: String,
    usage: Usage,
    changes: &'c mut Vec<Change>,
}

impl TypeComparison<'_> {
    fn push(&mut self, member: Option<&str>, kind: ChangeKind, impact: Impact, detail: String) {
        let subject = match member {
            Some(m) => format!("{}::{m}", self.subject),
            None => self.subject.clone(),
        };
        self.changes.push(Change { subject, kind, impact, krate: Crate::Models, detail });
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
            (Shape::Struct { fields: a }, Shape::Struct { fields: b }) => self.fields(a, b),
            (Shape::Enum { values: a }, Shape::Enum { values: b }) => self.values(a, b),
            (Shape::Union { members: a }, Shape::Union { members: b }) => self.members(a, b),
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

    fn fields(&mut self, old: &[FieldSurface], new: &[FieldSurface]) {
        let dir = self.direction();
        let same = |a: &FieldSurface, b: &FieldSurface| a.name == b.name && a.cfg == b.cfg;
        for f in old {
            if !new.iter().any(|n| same(n, f)) {
                self.push(Some(&f.name), ChangeKind::FieldRemoved, Impact::Breaking, format!("field removed ({dir} type)"));
            }
        }
        for f in new {
            let Some(before) = old.iter().find(|o| same(o, f)) else {
                let (optional, _) = split_option(&f.ty);
                let (impact, why) = match (optional, self.usage.is_input()) {
                    (true, _) => (Impact::Addition, String::new()),
                    (false, true) => (Impact::Breaking, ": values must now set it (`new` and struct literals change)".to_owned()),
                    (false, false) => (Impact::Addition, String::new()),
                };
                let how = if optional { "optional" } else { "required" };
                self.push(Some(&f.name), ChangeKind::FieldAdded, impact, format!("{how} field `{}` added to a {dir} type{why}", f.ty));
                continue;
            };
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
                self.push(
                    Some(&f.name),
                    ChangeKind::WireNameChanged,
                    Impact::Compatible,
                    format!("sent as `{}` instead of `{}`", f.wire, before.wire),
                );
            }
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

    fn members(&mut self, old: &[Arg], new: &[Arg]) {
        let dir = self.direction();
        for m in old {
            if !new.iter().any(|n| n.name == m.name) {
                self.push(Some(&m.name), ChangeKind::MemberRemoved, Impact::Breaking, format!("member `{}` removed from a {dir} union", m.ty));
            }
        }
        for m in new {
            match old.iter().find(|o| o.name == m.name) {
                None if self.usage.is_output() => self.push(
                    Some(&m.name),
                    ChangeKind::MemberAdded,
                    Impact::Breaking,
                    format!(
                        "member `{}` added to a {dir} union: it has no fallback, so SDKs built before cannot decode it and `match`es need a new arm",
                        m.ty
                    ),
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
}

/// The number of changes of each impact, most severe first.
pub fn counts(diff: &ApiDiff) -> BTreeMap<Impact, usize> {
    let mut out = BTreeMap::new();
    for c in &diff.changes {
        *out.entry(c.impact).or_default() += 1;
    }
    out
}
