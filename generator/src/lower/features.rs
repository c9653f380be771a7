//! Cargo features per resource, so that a user who needs a few resources compiles a fraction
//! of a large models crate.
//!
//! A resource is a component schema with `x-resourceId` (Stripe's `customer`,
//! `issuing.card`, ...); its feature is the id with `deleted_` dropped and dots made
//! underscores. An operation belongs to the first resource reached from its success type. A
//! type is compiled when any feature that reaches it by value (through fields, union members
//! and aliases, not through expandable fields) is on; a type that no feature reaches is always
//! compiled. An expandable field whose object may be missing gets a twin holding
//! `Expandable<serde_json::Value>` when that object's features are off, so a struct never
//! depends on a type that is not compiled. Specs without resources get no features.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::error::Diagnostic;
use crate::model::{Field, Operation, Ty, TypeDef, TypeKind};
use crate::spec::pointer;

/// Gates types and operations behind per-resource features; returns the features, sorted.
///
/// `resources` maps type names to their resource id; `op_uses` lists, per operation, the types
/// it refers to with its success type first.
pub fn gate(
    types: &mut [TypeDef],
    operations: &mut [Operation],
    op_uses: &[Vec<Ty>],
    resources: &BTreeMap<String, String>,
) -> Vec<String> {
    if resources.is_empty() {
        return Vec::new();
    }
    let feature_of: BTreeMap<&str, String> =
        resources.iter().filter_map(|(t, r)| Some((t.as_str(), feature_name(r).ok()?))).collect();
    if feature_of.is_empty() {
        return Vec::new();
    }
    let features: Vec<String> = feature_of.values().cloned().collect::<BTreeSet<_>>().into_iter().collect();
    let edges: BTreeMap<String, Vec<String>> =
        types.iter().map(|t| (t.name.clone(), by_value_names(t.kind.member_types()))).collect();

    let mut roots: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (name, feature) in &feature_of {
        roots.entry(feature.clone()).or_default().push((*name).to_owned());
    }
    let mut op_features = Vec::with_capacity(operations.len());
    for uses in op_uses {
        let names = by_value_names(uses.iter());
        let feature = closure(&names, &edges).into_iter().find_map(|n| feature_of.get(n.as_str()).cloned());
        let key = feature.clone().unwrap_or_else(|| ALWAYS.to_owned());
        roots.entry(key).or_default().extend(names);
        op_features.push(feature);
    }

    // Which features reach each type by value.
    let mut reached: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (feature, names) in &roots {
        for name in closure(names, &edges) {
            reached.entry(name).or_default().insert(feature.clone());
        }
    }
    // Unions only reached through expandable fields need all their members; other types no
    // feature reaches are always compiled, with everything they hold.
    let mut cfgs: BTreeMap<String, Option<String>> = BTreeMap::new();
    let unreached: Vec<&TypeDef> = types.iter().filter(|t| !reached.contains_key(&t.name)).collect();
    let mut always_roots = Vec::new();
    let mut expansion_unions = Vec::new();
    for t in unreached {
        match &t.kind {
            TypeKind::Union(u) if u.fallback.is_some() => expansion_unions.push((t.name.clone(), by_value_names(u.variants.iter().map(|v| &v.ty)))),
            _ => always_roots.push(t.name.clone()),
        }
    }
    for name in closure(&always_roots, &edges) {
        reached.entry(name).or_default().insert(ALWAYS.to_owned());
    }
    let all: BTreeSet<String> = features.iter().cloned().collect();
    for (name, set) in &reached {
        let cfg = if set.contains(ALWAYS) || *set == all { None } else { Some(any_of(set)) };
        cfgs.insert(name.clone(), cfg);
    }
    for (name, members) in expansion_unions {
        let parts: BTreeSet<String> = members.iter().filter_map(|m| cfgs.get(m).cloned().flatten()).collect();
        let cfg = match parts.len() {
            0 => None,
            1 => parts.into_iter().next(),
            _ => Some(format!("all({})", parts.into_iter().collect::<Vec<_>>().join(", "))),
        };
        cfgs.insert(name, cfg);
    }

    for t in types.iter_mut() {
        t.cfg = cfgs.get(&t.name).cloned().flatten();
        if let TypeKind::Struct(s) = &mut t.kind {
            let own = t.cfg.clone();
            let mut fields = Vec::with_capacity(s.fields.len());
            for field in s.fields.drain(..) {
                match expandable_cfg(&field.ty, &cfgs).filter(|c| Some(c) != own.as_ref()) {
                    Some(cfg) => {
                        let twin = Field { ty: without_expansion(&field.ty), cfg: Some(format!("not({cfg})")), ..field.clone() };
                        fields.push(Field { cfg: Some(cfg), ..field });
                        fields.push(twin);
                        s.constructor = None;
                    }
                    None => fields.push(field),
                }
            }
            s.fields = fields;
        }
    }
    for (op, feature) in operations.iter_mut().zip(op_features) {
        op.cfg = feature.map(|f| format!("feature = \"{f}\""));
    }
    features
}

/// Pseudo-feature for what is always compiled.
const ALWAYS: &str = "*";

/// `customer` for `customer` and `deleted_customer`; `issuing_card` for `issuing.card`.
/// The id must give a plain name (ASCII letters, digits and `_`, starting with a letter or
/// digit, at most 64 characters, not `default`): it is written into `Cargo.toml` and into
/// `#[cfg(feature = "...")]`. Otherwise the reason is returned.
pub fn feature_name(resource: &str) -> Result<String, String> {
    let name = resource.strip_prefix("deleted_").unwrap_or(resource).replace(['.', '-'], "_");
    let plain = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if name.is_empty() || !plain || name.starts_with('_') || name.len() > 64 {
        return Err(format!(
            "`{}` cannot name a Cargo feature: use ASCII letters, digits, `_`, `.` and `-`, starting with a letter or digit, at most 64 characters",
            resource.escape_debug()
        ));
    }
    if name == "default" {
        return Err("`default` cannot name a Cargo feature: Cargo reserves it".to_owned());
    }
    Ok(name)
}

/// A warning for every component schema whose `x-resourceId` cannot name a feature; such a
/// schema is an ordinary type, compiled whatever features are on.
pub fn resource_id_warnings(doc: &serde_json::Value) -> Vec<Diagnostic> {
    let Some(schemas) = doc.pointer("/components/schemas").and_then(serde_json::Value::as_object) else { return Vec::new() };
    let mut warnings = Vec::new();
    for (key, schema) in schemas {
        let Some(id) = schema.get("x-resourceId") else { continue };
        let at = pointer::push(&pointer::push("/components/schemas", key), "x-resourceId");
        let reason = match id.as_str() {
            Some(id) => feature_name(id).err(),
            None => Some("`x-resourceId` must be a string".to_owned()),
        };
        if let Some(reason) = reason {
            warnings.push(Diagnostic::at(at, format!("{reason}; the schema gets no feature of its own")));
        }
    }
    warnings
}

fn any_of(features: &BTreeSet<String>) -> String {
    let parts: Vec<String> = features.iter().map(|f| format!("feature = \"{f}\"")).collect();
    if parts.len() == 1 { parts.into_iter().next().unwrap_or_default() } else { format!("any({})", parts.join(", ")) }
}

/// Named types held by value: everything but what sits inside an `Expandable`.
fn by_value_names<'t>(tys: impl IntoIterator<Item = &'t Ty>) -> Vec<String> {
    fn visit(ty: &Ty, out: &mut Vec<String>) {
        match ty {
            Ty::Named(n) | Ty::Const(n) => out.push(n.clone()),
            Ty::Vec(t) | Ty::Map(t) | Ty::Option(t) | Ty::Boxed(t) | Ty::OrEmpty(t) => visit(t, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for ty in tys {
        visit(ty, &mut out);
    }
    out
}

/// Every name reachable from `roots`, in breadth-first order.
fn closure(roots: &[String], edges: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut order = Vec::new();
    let mut queue: VecDeque<&String> = roots.iter().collect();
    while let Some(name) = queue.pop_front() {
        if seen.insert(name.clone()) {
            order.push(name.clone());
            queue.extend(edges.get(name).into_iter().flatten());
        }
    }
    order
}

/// The cfg under which the object of an expandable field exists, if it is not always there.
fn expandable_cfg(ty: &Ty, cfgs: &BTreeMap<String, Option<String>>) -> Option<String> {
    ty.walk().into_iter().find_map(|t| match t {
        Ty::Expandable(inner) => match inner.as_ref() {
            Ty::Named(n) => cfgs.get(n).cloned().flatten(),
            _ => None,
        },
        _ => None,
    })
}

/// The type with every expandable object replaced by a JSON value.
fn without_expansion(ty: &Ty) -> Ty {
    match ty {
        Ty::Expandable(_) => Ty::Expandable(Box::new(Ty::Json)),
        Ty::Vec(t) => Ty::Vec(Box::new(without_expansion(t))),
        Ty::Map(t) => Ty::Map(Box::new(without_expansion(t))),
        Ty::Option(t) => Ty::Option(Box::new(without_expansion(t))),
        Ty::Boxed(t) => Ty::Boxed(Box::new(without_expansion(t))),
        Ty::OrEmpty(t) => Ty::OrEmpty(Box::new(without_expansion(t))),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_names_drop_deleted_and_dots() {
        assert_eq!(feature_name("deleted_customer").unwrap(), "customer");
        assert_eq!(feature_name("issuing.card").unwrap(), "issuing_card");
        assert!(feature_name("a\"] = []\n[x").unwrap_err().contains("cannot name a Cargo feature"));
        assert!(feature_name("default").unwrap_err().contains("reserves"));
        assert!(feature_name("").is_err());
        assert!(feature_name("_x").is_err());
        assert!(feature_name("über").is_err());
    }

    #[test]
    fn closure_follows_by_value_edges_only() {
        let edges: BTreeMap<String, Vec<String>> = [
            ("A".to_owned(), by_value_names([&Ty::Option(Box::new(Ty::Named("B".into())))])),
            ("B".to_owned(), by_value_names([&Ty::Expandable(Box::new(Ty::Named("C".into())))])),
        ]
        .into_iter()
        .collect();
        assert_eq!(closure(&["A".to_owned()], &edges), vec!["A".to_owned(), "B".to_owned()]);
    }
}
