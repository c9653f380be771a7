//! Probes: Rust code that uses an SDK's API the way its users' code does, written from the old
//! side's [`Surface`] (its `api.json`), to be compiled against the new SDK.
//!
//! There is one function per probed item (a client method or a named type); each line of it
//! exercises one part of the item and carries a [tag](Tag) naming that part, so a compiler
//! error is mapped back, by the line of its span, to the part it is about and so to the change
//! the diff reported for that part. A change's own tag is [`tag_of`].
//!
//! What the lines do:
//! - a method is called with its old path arguments, parameters struct and body; its result is
//!   read as the old success type and the old error enum; the parameters struct is built with
//!   `..Default::default()` (or as a literal naming every field when it has no `Default`) and
//!   each old parameter is set with a value of its old type; each old error variant is matched
//!   with its old payload, and the error enum matched exhaustively when it has no catch-all;
//! - a struct's fields are read with their old types (each form of a field whose type depends
//!   on features under its own `cfg`), types that are sent are built the way the SDK lets users
//!   build them (`Default`, `new(required..)`, or a literal) and have each field set;
//! - an enum's old values are matched (with a wildcard: enums keep unknown values);
//! - a union's old members are matched with their old types, built when the union is sent, and
//!   matched exhaustively when it is received and has no fallback variant;
//! - a fixed value is named by its variant, an alias converted to its old target.
//!
//! Functions are gated by the item's old `cfg`, so compiling the probe crate with a feature set
//! compiles exactly the probes for items the old SDK had under it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use super::surface::split_option;
use super::{Change, ChangeKind, OperationSurface, Shape, Surface, TypeSurface, Usage, subject_root};
use crate::lower::naming::camel_ident;

/// What one line of a probe exercises: a subject (`Client::op`, `models::T`, `models::T::f`)
/// with an optional part after `#` (`Client::op#call`, `models::T#construct`).
pub type Tag = String;

/// Parts whose lines touch several members at once (building a value, an exhaustive match, the
/// call itself): an error there is explained by any confirmed breaking change of the item.
pub const AGGREGATE_PARTS: &[&str] = &["#construct", "#match", "#params", "#errors", "#call"];

/// A generated probe crate's `lib.rs`, with the tag of every line.
#[derive(Debug, Clone, Default)]
pub struct ProbeSource {
    /// The source text.
    pub text: String,
    /// For line `n` (1-based) of the text, at index `n - 1`: the probed item (its subject root)
    /// and the line's tag, or `None` for lines that exercise nothing.
    pub lines: Vec<Option<(String, Tag)>>,
    /// The probed items (subject roots), in order.
    pub roots: Vec<String>,
    /// Items whose probe is also compiled under other feature sets than the default.
    pub gated: BTreeSet<String>,
}

/// The tag a change is judged by: the line(s) that fail when code using the old API breaks
/// because of it. A tag equal to the item's root stands for the whole function.
pub fn tag_of(change: &Change) -> Tag {
    let root = subject_root(&change.subject);
    let part = |p: &str| format!("{root}#{p}");
    match change.kind {
        ChangeKind::OperationRemoved | ChangeKind::OperationRenamed | ChangeKind::TypeRemoved | ChangeKind::FeatureGateChanged => {
            root.to_owned()
        }
        ChangeKind::TypeChanged if change.detail.contains("`new` or `Default`") => part("construct"),
        ChangeKind::TypeChanged => root.to_owned(),
        ChangeKind::EndpointChanged | ChangeKind::PathArgumentsChanged | ChangeKind::ParamsArgumentChanged | ChangeKind::BodyChanged => {
            part("call")
        }
        ChangeKind::ParameterMoved if change.impact.is_breaking() => part("call"),
        ChangeKind::ParameterAdded => part("params"),
        ChangeKind::ParameterRemoved | ChangeKind::ParameterChanged | ChangeKind::ParameterMoved => {
            part(&format!("param:{}", change.part.as_deref().unwrap_or_default()))
        }
        ChangeKind::WireNameChanged if change.subject.starts_with("Client::") => {
            part(&format!("param:{}", change.part.as_deref().unwrap_or_default()))
        }
        ChangeKind::ResponseChanged => part("success"),
        ChangeKind::ErrorAdded => part("errors"),
        ChangeKind::ErrorRemoved | ChangeKind::ErrorChanged => match &change.part {
            Some(variant) => part(&format!("error:{variant}")),
            None => part("error"),
        },
        // Only types users build have a construction line; for the others nothing can fail.
        ChangeKind::FieldAdded => part("construct"),
        ChangeKind::MemberAdded => part("match"),
        _ => change.subject.clone(),
    }
}

/// Writes the probes for `roots` (subject roots of the old surface; others are skipped) into
/// one source file. Items in `gated` are compiled under every feature set; the others only with
/// the probe crate's `probe_all` feature (on by default).
pub fn write(old: &Surface, roots: &[String], gated: &BTreeSet<String>) -> ProbeSource {
    let usage = old.usage();
    let mut w = Writer::default();
    w.plain("//! Probes written by `sdkgen diff --verify`: old API usage, compiled against the new SDK.");
    w.plain("#![allow(unused, unreachable_patterns, unreachable_code, dead_code, non_snake_case, clippy::all)]");
    w.plain("use sdk::models;");
    w.plain("use sdk::models::*;");
    for (index, root) in roots.iter().enumerate() {
        let extra = if gated.contains(root) { None } else { Some("feature = \"probe_all\"") };
        if let Some(name) = root.strip_prefix("Client::") {
            if let Some(op) = old.operation(name) {
                operation(&mut w, index, root, op, extra);
                w.source.roots.push(root.clone());
            }
        } else if let Some(name) = root.strip_prefix("models::")
            && let Some(t) = old.type_named(name)
        {
            let usage = usage.get(name).copied().unwrap_or(Usage::Both);
            named_type(&mut w, old, index, root, t, usage, extra);
            w.source.roots.push(root.clone());
        }
    }
    w.source.gated = gated.clone();
    w.source
}

#[derive(Default)]
struct Writer {
    source: ProbeSource,
}

impl Writer {
    fn plain(&mut self, code: &str) {
        self.push(code, None);
    }

    fn line(&mut self, root: &str, tag: &str, code: &str) {
        self.push(code, Some((root.to_owned(), tag.to_owned())));
    }

    fn push(&mut self, code: &str, tag: Option<(String, Tag)>) {
        for part in code.split('\n') {
            self.source.text.push_str(part);
            self.source.text.push('\n');
            self.source.lines.push(tag.clone());
        }
    }

    /// `#[cfg(..)]` for a probe: the item's own gate and, unless it is gated, `probe_all`.
    fn gate(&mut self, cfg: Option<&str>, extra: Option<&str>) {
        let parts: Vec<&str> = cfg.into_iter().chain(extra).collect();
        match parts.as_slice() {
            [] => {}
            [one] => self.plain(&format!("#[cfg({one})]")),
            _ => self.plain(&format!("#[cfg(all({}))]", parts.join(", "))),
        }
    }
}

/// `#[cfg(..)] ` before a statement, field or argument, or nothing.
fn cfg_attr(cfg: Option<&str>) -> String {
    cfg.map(|c| format!("#[cfg({c})] ")).unwrap_or_default()
}

fn operation(w: &mut Writer, index: usize, root: &str, op: &OperationSurface, extra: Option<&str>) {
    let tag = |part: &str| format!("{root}#{part}");
    let call = tag("call");
    w.gate(op.cfg.as_deref(), extra);
    // The name is a call path (`customers().tax_ids().delete`); its words name the function.
    let ident: String = op.name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
    w.line(root, &call, &format!("async fn probe_{index}_{ident}("));
    w.plain("    client: &sdk::Client,");
    for (i, arg) in op.path_args.iter().enumerate() {
        w.line(root, &call, &format!("    a{i}: {},", arg.ty));
    }
    if let Some(params) = &op.params {
        w.line(root, &call, &format!("    params: &mut sdk::{params},"));
    }
    if let Some(body) = &op.body {
        let ty = if body.required { format!("&{}", body.ty) } else { format!("Option<&{}>", body.ty) };
        w.line(root, &call, &format!("    body: {ty},"));
    }
    for (i, p) in op.params_fields.iter().enumerate() {
        w.line(root, &tag(&format!("param:{}", p.name)), &format!("    p{i}: {},", p.ty));
    }
    w.line(root, &tag("error"), &format!("    e: &sdk::{},", op.error));
    w.plain(") {");
    if let Some(params) = &op.params {
        if super::params_default(op) {
            w.line(root, &tag("params"), &format!("    let _ = sdk::{params} {{ ..Default::default() }};"));
        } else {
            w.line(root, &tag("params"), &format!("    let _ = sdk::{params} {{"));
            for (i, p) in op.params_fields.iter().enumerate() {
                w.line(root, &tag(&format!("param:{}", p.name)), &format!("        {}: p{i}.clone(),", p.name));
            }
            w.plain("    };");
        }
        for (i, p) in op.params_fields.iter().enumerate() {
            w.line(root, &tag(&format!("param:{}", p.name)), &format!("    params.{} = p{i};", p.name));
        }
    }
    w.line(root, &call, &format!("    let r = client.{}(", op.name));
    for i in 0..op.path_args.len() {
        w.line(root, &call, &format!("        a{i},"));
    }
    if op.params.is_some() {
        w.line(root, &call, "        params,");
    }
    if op.body.is_some() {
        w.line(root, &call, "        body,");
    }
    w.line(root, &call, "    ).await;");
    w.line(root, &tag("success"), &format!("    let _: Option<&{}> = r.as_ref().ok();", op.success));
    w.line(root, &tag("error"), &format!("    let _: Option<&sdk::Error<sdk::{}>> = r.as_ref().err();", op.error));
    let error = &op.error;
    let mut arms = Vec::new();
    for v in &op.errors {
        let payload = v.payload.clone().unwrap_or_else(|| "String".to_owned());
        let (pattern, check) = if v.has_status {
            (format!("sdk::{error}::{} {{ status, body }}", v.name), format!("let _: (&u16, &{payload}) = (status, body);"))
        } else {
            (format!("sdk::{error}::{}(body)", v.name), format!("let _: &{payload} = body;"))
        };
        w.line(root, &tag(&format!("error:{}", v.name)), &format!("    if let {pattern} = e {{ {check} }}"));
        arms.push(if v.has_status { format!("sdk::{error}::{} {{ .. }}", v.name) } else { format!("sdk::{error}::{}(..)", v.name) });
    }
    match &op.error_fallback {
        Some(name) => w.line(
            root,
            &tag(&format!("error:{name}")),
            &format!("    if let sdk::{error}::{name} {{ status, body }} = e {{ let _: (&u16, &String) = (status, body); }}"),
        ),
        None if !op.errors.iter().any(|v| v.status == "_") => {
            w.line(root, &tag("errors"), &format!("    match e {{ {} }}", arms.iter().map(|a| format!("{a} => {{}}")).collect::<String>()))
        }
        None => {}
    }
    w.plain("}");
}

fn named_type(
    w: &mut Writer,
    old: &Surface,
    index: usize,
    root: &str,
    t: &TypeSurface,
    usage: Usage,
    extra: Option<&str>,
) {
    let name = &t.name;
    let tag = |part: &str| format!("{root}#{part}");
    let member = |m: &str| format!("{root}::{m}");
    w.gate(t.cfg.as_deref(), extra);
    match &t.shape {
        Shape::Struct { fields, literal_only } => {
            w.line(root, root, &format!("fn probe_{index}_{name}("));
            w.line(root, root, &format!("    v: &mut models::{name},"));
            for (i, f) in fields.iter().enumerate() {
                w.line(root, &member(&f.name), &format!("    {}x{i}: {},", cfg_attr(f.cfg.as_deref()), f.ty));
            }
            w.plain(") {");
            for (i, f) in fields.iter().enumerate() {
                let cfg = cfg_attr(f.cfg.as_deref());
                w.line(root, &member(&f.name), &format!("    {cfg}let _: &{} = &v.{};", f.ty, f.name));
                if usage.is_input() {
                    w.line(root, &member(&f.name), &format!("    {cfg}{{ v.{} = x{i}.clone(); }}", f.name));
                }
            }
            if usage.is_input() {
                construct(w, old, root, name, fields, *literal_only, &tag("construct"));
            }
        }
        Shape::Enum { values } => {
            w.line(root, root, &format!("fn probe_{index}_{name}(v: &models::{name}) {{"));
            for v in values {
                w.line(root, &member(&v.name), &format!("    let _ = matches!(v, models::{name}::{});", v.name));
            }
        }
        Shape::Union { members, fallback } => {
            w.line(root, root, &format!("fn probe_{index}_{name}("));
            w.line(root, root, &format!("    v: &models::{name},"));
            for (i, m) in members.iter().enumerate() {
                w.line(root, &member(&m.name), &format!("    x{i}: {},", m.ty));
            }
            w.plain(") {");
            for (i, m) in members.iter().enumerate() {
                w.line(root, &member(&m.name), &format!("    if let models::{name}::{}(x) = v {{ let _: &{} = x; }}", m.name, m.ty));
                if usage.is_input() {
                    w.line(root, &member(&m.name), &format!("    let _ = models::{name}::{}(x{i});", m.name));
                }
            }
            if let Some(f) = fallback {
                w.line(root, &member(f), &format!("    if let models::{name}::{f}(x) = v {{}}"));
            }
            if usage.is_output() && fallback.is_none() {
                let arms: String = members.iter().map(|m| format!("models::{name}::{}(_) => {{}} ", m.name)).collect();
                w.line(root, &tag("match"), &format!("    match v {{ {arms}}}"));
            }
        }
        Shape::Const { value } => {
            let variant = if value.is_empty() { "Empty".to_owned() } else { camel_ident(value) };
            w.line(root, root, &format!("fn probe_{index}_{name}() {{"));
            w.line(root, root, &format!("    let _: models::{name} = models::{name}::{variant};"));
        }
        Shape::Alias { target } => {
            w.line(root, root, &format!("fn probe_{index}_{name}(v: models::{name}) {{"));
            w.line(root, root, &format!("    let _: {target} = v;"));
        }
    }
    w.plain("}");
}

/// Builds a value of a struct the way the old SDK let users: `Default`, `new` with the required
/// fields, or a literal naming every field.
fn construct(w: &mut Writer, old: &Surface, root: &str, name: &str, fields: &[super::FieldSurface], literal_only: bool, tag: &str) {
    let member = |m: &str| format!("{root}::{m}");
    let fixed = |f: &super::FieldSurface| {
        split_option(&f.ty).0
            || f.wire.is_empty()
            || old.type_named(&f.ty).is_some_and(|t| matches!(t.shape, Shape::Const { .. }))
    };
    if literal_only {
        w.line(root, tag, &format!("    let _ = models::{name} {{"));
        for (i, f) in fields.iter().enumerate() {
            w.line(root, &member(&f.name), &format!("        {}{}: x{i}.clone(),", cfg_attr(f.cfg.as_deref()), f.name));
        }
        w.plain("    };");
    } else if fields.iter().all(fixed) {
        w.line(root, tag, &format!("    let _ = models::{name} {{ ..Default::default() }};"));
    } else {
        w.line(root, tag, &format!("    let _ = models::{name}::new("));
        for (i, f) in fields.iter().enumerate().filter(|(_, f)| !fixed(f)) {
            w.line(root, &member(&f.name), &format!("        x{i}.clone(),"));
        }
        w.line(root, tag, "    );");
    }
}

/// The old surface's items a diff's changes are about, then up to `sample` of the others,
/// spread evenly, to catch breaks the diff did not list.
pub fn roots(old: &Surface, changes: &[Change], sample: usize) -> Vec<String> {
    let changed: BTreeSet<&str> = changes.iter().map(|c| subject_root(&c.subject)).collect();
    let all: Vec<String> = old
        .operations
        .iter()
        .map(|o| format!("Client::{}", o.name))
        .chain(old.types.iter().map(|t| format!("models::{}", t.name)))
        .collect();
    let (mut picked, unchanged): (Vec<String>, Vec<String>) = all.into_iter().partition(|r| changed.contains(r.as_str()));
    if unchanged.len() <= sample {
        picked.extend(unchanged);
    } else if sample > 0 {
        let step = unchanged.len() as f64 / sample as f64;
        picked.extend((0..sample).map(|i| unchanged[(i as f64 * step) as usize].clone()));
    }
    picked
}

/// The Cargo manifest of a probe crate depending on the SDK's client at `client` (a path): its
/// default features are `defaults` (the old SDK's), and it declares every feature of
/// `declared`, forwarded to the SDK when the SDK has it.
pub fn manifest(
    package: &str,
    client_package: &str,
    client: &str,
    defaults: &BTreeSet<String>,
    declared: &BTreeSet<String>,
    sdk_features: &BTreeSet<String>,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "[package]\nname = \"{package}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n");
    let _ = writeln!(out, "[lib]\npath = \"../probe.rs\"\ndoctest = false\n");
    let _ = writeln!(
        out,
        "[dependencies]\nsdk = {{ package = \"{client_package}\", path = \"{client}\", default-features = false }}\nserde_json = \"1\"\n"
    );
    let mut features: BTreeMap<&str, String> = BTreeMap::new();
    for f in declared.iter().chain(defaults) {
        let forward = if sdk_features.contains(f) { format!("\"sdk/{f}\"") } else { String::new() };
        features.insert(f, format!("[{forward}]"));
    }
    let defaults: Vec<String> = defaults.iter().map(|f| format!("\"{f}\"")).chain(["\"probe_all\"".to_owned()]).collect();
    let _ = writeln!(out, "[features]\ndefault = [{}]\nprobe_all = []", defaults.join(", "));
    for (name, value) in features {
        let _ = writeln!(out, "{name} = {value}");
    }
    out
}
