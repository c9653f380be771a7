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

use crate::model::{Field, Operation, Ty, TypeDef, TypeKind};

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
    let feature_of: BTreeMap<&str, String> = resources.iter().map(|(t, r)| (t.as_str(), feature_name(r))).collect();
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
fn feature_name(resource: &str) -> String {
    resource.strip_prefix("deleted_").unwrap_or(resource).replace(['.', '-'], "_")
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
        assert_eq!(feature_name("deleted_customer"), "customer");
        assert_eq!(feature_name("issuing.card"), "issuing_card");
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
