//! Types that request bodies send. Their optional nullable fields keep three states (absent,
//! `null`, a value) and each gets a constructor taking every required field; elsewhere such a
//! field is a plain `Option` and constructors stop at seven arguments.
//!
//! An SDK with `round_trip` keeps the three states in every struct, and gives every struct a
//! map of the properties the spec does not name, so that a decoded value re-encodes as it was
//! received.

use std::collections::{BTreeMap, BTreeSet};

use crate::lower::naming::{Namespace, string_literal, unraw};
use crate::lower::types::{NULLABLE_DESERIALIZER, constructor};
use crate::model::{Field, Operation, Setter, StructDef, Ty, TypeDef, TypeKind};

/// Shapes every struct for its use: three-state fields and unbounded constructors for the
/// types reachable from a request body, plain `Option`s for the others (unless `round_trip`,
/// which also adds a map of unknown properties to every struct). Returns the names of the types
/// a request body can contain.
pub fn shape(types: &mut [TypeDef], operations: &[Operation], round_trip: bool) -> BTreeSet<String> {
    let sent = request_types(types, operations);
    for t in types.iter_mut() {
        let TypeKind::Struct(s) = &mut t.kind else { continue };
        let in_request = sent.contains(&t.name);
        if round_trip {
            keep_unknown_properties(s);
        } else if !in_request {
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
    sent
}

/// Gives the types in `sent` (see [`shape`]) chainable setters of their optional fields. Called
/// once fields are gated by features: a field that exists in two forms gets no setter (it would
/// need one per form).
pub fn add_setters(types: &mut [TypeDef], sent: &BTreeSet<String>) {
    for t in types.iter_mut() {
        let TypeKind::Struct(s) = &mut t.kind else { continue };
        if sent.contains(&t.name) {
            s.setters = setters(s.fields.iter().filter(|f| f.cfg.is_none()).map(|f| (f.name.as_str(), &f.ty)), None);
        }
    }
}

/// Names a setter does not take: `new`, and methods every value has, which a setter of the
/// same name would hide from method calls (`value.clone()`).
const NOT_SETTERS: &[&str] =
    &["new", "default", "clone", "clone_from", "fmt", "eq", "ne", "hash", "into", "try_into", "to_owned", "borrow", "borrow_mut", "type_id", "serialize"];

/// Chainable setters of the optional fields among `fields` (name and type), whose types are
/// rendered with `models` as the path of the models crate (`None` inside it).
pub fn setters<'f>(fields: impl IntoIterator<Item = (&'f str, &'f Ty)>, models: Option<&str>) -> Vec<Setter> {
    fields
        .into_iter()
        .filter(|(name, _)| !NOT_SETTERS.contains(&unraw(name)))
        .filter_map(|(name, ty)| {
            let Ty::Option(inner) = ty else { return None };
            let (value, nullable) = match inner.as_ref() {
                Ty::Option(value) => (value.as_ref(), true),
                value => (value, false),
            };
            Some(Setter {
                field: name.to_owned(),
                ty: value.render(models),
                nullable,
                doc: string_literal(&format!(" Sets `{}`.", unraw(name))),
            })
        })
        .collect()
}

/// Adds a flattened map of the properties the struct does not name, unless it has one
/// (`additionalProperties`). It is named `extra`, numbered if a property took that name.
fn keep_unknown_properties(s: &mut StructDef) {
    if s.fields.iter().any(|f| f.serde.iter().any(|arg| arg == "flatten")) {
        return;
    }
    let mut names = Namespace::new();
    for field in &s.fields {
        names.reserve(&field.name);
    }
    s.fields.push(Field {
        name: names.claim("extra"),
        wire: String::new(),
        docs: vec![string_literal(" Properties the spec does not name, kept so that the value re-encodes as received.")],
        ty: Ty::JsonObject,
        serde: vec!["flatten".to_owned()],
        cfg: None,
    });
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
