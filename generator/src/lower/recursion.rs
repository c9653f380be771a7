//! Breaking recursion: a type that contains itself by value gets a `Box` on the way back.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Ty, TypeDef, TypeKind};

/// Boxes every field or union member whose type leads back, by value, to the type holding it.
///
/// A field of type `T` in `Owner` is an edge `Owner -> T`; it leads back exactly when both lie
/// on one cycle, that is in one strongly connected component. The components are found once, so
/// the pass is linear in the number of types and fields.
pub fn box_recursive_fields(types: &mut [TypeDef]) {
    let index: BTreeMap<&str, usize> = types.iter().enumerate().map(|(i, t)| (t.name.as_str(), i)).collect();
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|t| {
            let mut direct = BTreeSet::new();
            for ty in t.kind.member_types() {
                by_value_names(ty, &mut direct);
            }
            direct.iter().filter_map(|name| index.get(name.as_str()).copied()).collect()
        })
        .collect();
    let component = strongly_connected_components(&edges);
    let component_of: BTreeMap<String, usize> =
        types.iter().zip(&component).map(|(t, c)| (t.name.clone(), *c)).collect();
    for (t, own) in types.iter_mut().zip(&component) {
        for ty in member_types_mut(&mut t.kind) {
            box_if_cycle(ty, *own, &component_of);
        }
    }
}

/// Turns every alias that refers to itself, directly or through other aliases and at any
/// depth (`X = Vec<X>`), into a newtype: Rust rejects cyclic aliases.
pub fn newtype_cyclic_aliases(types: &mut [TypeDef]) {
    let index: BTreeMap<&str, usize> = types
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t.kind, TypeKind::Alias { .. }))
        .map(|(i, t)| (t.name.as_str(), i))
        .collect();
    let edges: Vec<Vec<usize>> = types
        .iter()
        .map(|t| match &t.kind {
            TypeKind::Alias { target } => target
                .walk()
                .into_iter()
                .filter_map(|ty| match ty {
                    Ty::Named(name) => index.get(name.as_str()).copied(),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        })
        .collect();
    let component = strongly_connected_components(&edges);
    let mut size = BTreeMap::new();
    for c in &component {
        *size.entry(*c).or_insert(0usize) += 1;
    }
    for (i, t) in types.iter_mut().enumerate() {
        let cyclic = size[&component[i]] > 1 || edges[i].contains(&i);
        if let TypeKind::Alias { target } = &t.kind
            && cyclic
        {
            t.kind = TypeKind::Newtype { target: target.clone() };
        }
    }
}

/// The component number of every node (Tarjan's algorithm, with an explicit stack).
fn strongly_connected_components(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let (mut order, mut low, mut component) = (vec![UNSEEN; n], vec![0; n], vec![UNSEEN; n]);
    let (mut on_stack, mut stack, mut next_order, mut next_component) = (vec![false; n], Vec::new(), 0, 0);
    for root in 0..n {
        if order[root] != UNSEEN {
            continue;
        }
        let mut calls: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (node, ref mut next_edge)) = calls.last_mut() {
            if *next_edge == 0 {
                order[node] = next_order;
                low[node] = next_order;
                next_order += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&target) = edges[node].get(*next_edge) {
                *next_edge += 1;
                if order[target] == UNSEEN {
                    calls.push((target, 0));
                } else if on_stack[target] {
                    low[node] = low[node].min(order[target]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(parent, _)) = calls.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == order[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    component
}

fn member_types_mut(kind: &mut TypeKind) -> Vec<&mut Ty> {
    match kind {
        TypeKind::Struct(s) => s.fields.iter_mut().map(|f| &mut f.ty).collect(),
        TypeKind::Union(u) => u.variants.iter_mut().map(|v| &mut v.ty).collect(),
        TypeKind::Newtype { target } => vec![target],
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

fn box_if_cycle(ty: &mut Ty, owner: usize, component_of: &BTreeMap<String, usize>) {
    match ty {
        Ty::Named(name) if component_of.get(name.as_str()) == Some(&owner) => {
            *ty = Ty::Boxed(Box::new(Ty::Named(name.clone())));
        }
        Ty::Option(inner) | Ty::OrEmpty(inner) => box_if_cycle(inner, owner, component_of),
        _ => {}
    }
}
