//! Types that request bodies send. Their optional nullable fields keep three states (absent,
//! `null`, a value) and each gets a constructor taking every required field; elsewhere such a
//! field is a plain `Option` and constructors stop at seven arguments.

use std::collections::{BTreeMap, BTreeSet};

use crate::lower::types::{NULLABLE_DESERIALIZER, constructor};
use crate::model::{Operation, Ty, TypeDef, TypeKind};

/// Shapes every struct for its use: three-state fields and unbounded constructors for the
/// types reachable from a request body, plain `Option`s for the others.
pub fn shape(types: &mut [TypeDef], operations: &[Operation]) {
    let sent = request_types(types, operations);
    for t in types.iter_mut() {
        let TypeKind::Struct(s) = &mut t.kind else { continue };
        let in_request = sent.contains(&t.name);
        if !in_request {
            for field in &mut s.fields {
                if let Ty::Option(inner) = &field.ty
                    && matches!(inner.as_ref(), Ty::Option(_))
                {
                    field.ty = inner.as_ref().clone();
                    field.serde.retain(|arg| arg != NULLABLE_DESERIALIZER);
                }
            }
        }
        if !s.derive_default {
            s.constructor = constructor(&s.fields, in_request);
        }
    }
}

/// Names of the types a request body can contain, directly or through other types.
fn request_types(types: &[TypeDef], operations: &[Operation]) -> BTreeSet<String> {
    let by_name: BTreeMap<&str, &TypeDef> = types.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut sent = BTreeSet::new();
    let mut pending: Vec<&Ty> = operations.iter().filter_map(|op| op.body.as_ref().map(|b| &b.model_ty)).collect();
    while let Some(ty) = pending.pop() {
        for part in ty.walk() {
            if let Ty::Named(name) = part
                && sent.insert(name.clone())
                && let Some(t) = by_name.get(name.as_str())
            {
                pending.extend(t.kind.member_types());
            }
        }
    }
    sent
}
