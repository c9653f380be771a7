//! Breaking recursion: a type that contains itself by value gets a `Box` on the way back.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Ty, TypeDef, TypeKind};

/// Boxes every field or union member whose type leads back, by value, to the type holding it.
pub fn box_recursive_fields(types: &mut [TypeDef]) {
    let edges: BTreeMap<String, BTreeSet<String>> = types
        .iter()
        .map(|t| {
            let mut direct = BTreeSet::new();
            for ty in member_types(&t.kind) {
                by_value_names(ty, &mut direct);
            }
            (t.name.clone(), direct)
        })
        .collect();
    for t in types.iter_mut() {
        let owner = t.name.clone();
        for ty in member_types_mut(&mut t.kind) {
            box_if_cycle(ty, &owner, &edges);
        }
    }
}

fn member_types(kind: &TypeKind) -> Vec<&Ty> {
    match kind {
        TypeKind::Struct(s) => s.fields.iter().map(|f| &f.ty).collect(),
        TypeKind::Union(u) => u.variants.iter().map(|v| &v.ty).collect(),
        TypeKind::Alias { target } => vec![target],
        TypeKind::Enum(_) | TypeKind::Const { .. } => Vec::new(),
    }
}

fn member_types_mut(kind: &mut TypeKind) -> Vec<&mut Ty> {
    match kind {
        TypeKind::Struct(s) => s.fields.iter_mut().map(|f| &mut f.ty).collect(),
        TypeKind::Union(u) => u.variants.iter_mut().map(|v| &mut v.ty).collect(),
        TypeKind::Alias { .. } | TypeKind::Enum(_) | TypeKind::Const { .. } => Vec::new(),
    }
}

/// Names held by value (not behind a `Vec`, map or `Box`).
fn by_value_names(ty: &Ty, out: &mut BTreeSet<String>) {
    match ty {
        Ty::Named(name) => {
            out.insert(name.clone());
        }
        Ty::Option(inner) | Ty::OrEmpty(inner) => by_value_names(inner, out),
        _ => {}
    }
}

fn box_if_cycle(ty: &mut Ty, owner: &str, edges: &BTreeMap<String, BTreeSet<String>>) {
    match ty {
        Ty::Named(name) if reaches(name, owner, edges) => {
            *ty = Ty::Boxed(Box::new(Ty::Named(name.clone())));
        }
        Ty::Option(inner) | Ty::OrEmpty(inner) => box_if_cycle(inner, owner, edges),
        _ => {}
    }
}

fn reaches(from: &str, to: &str, edges: &BTreeMap<String, BTreeSet<String>>) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from.to_owned()];
    while let Some(node) = stack.pop() {
        if node == to {
            return true;
        }
        if seen.insert(node.clone()) {
            stack.extend(edges.get(&node).into_iter().flatten().cloned());
        }
    }
    false
}
