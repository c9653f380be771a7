//! The order of an untagged union's members: serde tries them in turn and keeps the first that
//! decodes, so a member that accepts every value another accepts must come after it.

use std::cmp::Reverse;

use crate::lower::type_named;
use crate::model::{Field, Ty, TypeDef, TypeKind};

/// How many aliases are followed to find what a member is.
const MAX_HOPS: usize = 32;

/// Orders the members of every untagged union so that among members that accept the same
/// kind of JSON value (strings, numbers, objects), those that accept fewer values come first: a
/// fixed value, then an enum, then any string; an integer, then any number; a struct with more
/// fixed-value fields, then more other fields a value must have (an object with all of `B`'s
/// required fields may also be an `A` with fewer), then a map. Members of different kinds keep
/// their places, members that rank the same keep the spec's order, and a member that accepts
/// any JSON value goes last. `types` must be sorted by name.
pub fn order_members(types: &mut [TypeDef]) {
    for i in 0..types.len() {
        let TypeKind::Union(union) = &types[i].kind else { continue };
        if union.fallback.is_some() {
            // Told apart by `object`, not by trying each member.
            continue;
        }
        let ranks: Vec<Rank> = union.variants.iter().map(|v| rank(&v.ty, types, 0)).collect();
        let order = member_order(&ranks);
        if order.iter().enumerate().all(|(at, j)| at == *j) {
            continue;
        }
        let TypeKind::Union(union) = &mut types[i].kind else { continue };
        let mut variants: Vec<_> = std::mem::take(&mut union.variants).into_iter().map(Some).collect();
        union.variants = order.into_iter().filter_map(|j| variants[j].take()).collect();
    }
}

/// The new order of members with these ranks, as indices into them: within each kind, the
/// members sorted by rank take the places that kind's members had; `Any` members go last.
fn member_order(ranks: &[Rank]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ranks.len()).collect();
    for shape in [Shape::String, Shape::Number, Shape::Object] {
        let places: Vec<usize> = (0..ranks.len()).filter(|&j| ranks[j].0 == shape).collect();
        let mut sorted = places.clone();
        sorted.sort_by_key(|&j| (ranks[j], j));
        for (place, j) in places.into_iter().zip(sorted) {
            order[place] = j;
        }
    }
    order.sort_by_key(|&j| ranks[j].0 == Shape::Any);
    order
}

/// How readily a member decodes: the kind of JSON value it takes, then within that kind,
/// smaller accepts fewer values.
type Rank = (Shape, u8, Reverse<usize>, Reverse<usize>);

/// The kind of JSON value a member takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Shape {
    /// Strings: a fixed value (0), an enum (1, it keeps unknown values too), any string (2).
    String,
    /// Numbers: integers (0), any number (1).
    Number,
    /// Objects: a struct (0, ranked by the fields a value must have), any keys (1).
    Object,
    /// Anything else (booleans, arrays, nested unions): keeps its place.
    Other,
    /// Any JSON value.
    Any,
}

fn rank(ty: &Ty, types: &[TypeDef], hops: usize) -> Rank {
    let plain = |shape, level| (shape, level, Reverse(0), Reverse(0));
    match ty {
        Ty::Const(_) => plain(Shape::String, 0),
        Ty::String => plain(Shape::String, 2),
        Ty::I32 | Ty::I64 => plain(Shape::Number, 0),
        Ty::F64 => plain(Shape::Number, 1),
        Ty::Map(_) | Ty::JsonObject => plain(Shape::Object, 1),
        Ty::Json => plain(Shape::Any, 0),
        Ty::Option(inner) | Ty::Boxed(inner) => rank(inner, types, hops),
        Ty::Named(name) if hops < MAX_HOPS => match type_named(types, name).map(|t| &t.kind) {
            Some(TypeKind::Const { .. }) => plain(Shape::String, 0),
            Some(TypeKind::Enum(_)) => plain(Shape::String, 1),
            Some(TypeKind::Struct(s)) => {
                let needed: Vec<&Field> = s.fields.iter().filter(|f| is_needed(f)).collect();
                let fixed = needed.iter().filter(|f| is_fixed(&f.ty, types)).count();
                (Shape::Object, 0, Reverse(fixed), Reverse(needed.len() - fixed))
            }
            Some(TypeKind::Alias { target } | TypeKind::Newtype { target }) => rank(target, types, hops + 1),
            _ => plain(Shape::Other, 0),
        },
        _ => plain(Shape::Other, 0),
    }
}

/// Whether a field's type allows one value only (a constant, or a named one).
fn is_fixed(ty: &Ty, types: &[TypeDef]) -> bool {
    match ty {
        Ty::Const(_) => true,
        Ty::Named(name) => type_named(types, name).is_some_and(|t| matches!(t.kind, TypeKind::Const { .. })),
        _ => false,
    }
}

/// Whether a value must have the field to decode: it is neither optional nor defaulted.
fn is_needed(field: &Field) -> bool {
    !field.wire.is_empty() && !matches!(field.ty, Ty::Option(_)) && !field.serde.iter().any(|s| s == "default" || s == "skip")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{StructDef, UnionDef, UnionVariant};

    fn def(name: &str, kind: TypeKind) -> TypeDef {
        TypeDef { name: name.to_owned(), cfg: None, resource: None, docs: Vec::new(), kind }
    }

    fn field(name: &str, ty: Ty) -> Field {
        Field { name: name.to_owned(), wire: format!("{name:?}"), docs: Vec::new(), ty, serde: Vec::new(), cfg: None }
    }

    fn structure(fields: Vec<Field>) -> TypeKind {
        TypeKind::Struct(StructDef { fields, derive_default: false, constructor: None, has_id: false })
    }

    fn union(members: &[(&str, Ty)], fallback: Option<&str>) -> TypeKind {
        let variants = members.iter().map(|(n, ty)| UnionVariant { name: (*n).to_owned(), ty: ty.clone(), object: None, deleted: false }).collect();
        TypeKind::Union(UnionDef { variants, fallback: fallback.map(str::to_owned), has_id: false })
    }

    fn order(types: &[TypeDef], name: &str) -> Vec<String> {
        match &type_named(types, name).unwrap().kind {
            TypeKind::Union(u) => u.variants.iter().map(|v| v.name.clone()).collect(),
            _ => unreachable!(),
        }
    }

    #[test]
    fn members_that_accept_less_come_first_and_ties_keep_their_order() {
        let named = |n: &str| Ty::Named(n.to_owned());
        let optional = |ty: Ty| Ty::Option(Box::new(ty));
        let mut types = vec![
            def("Basic", structure(vec![field("name", optional(Ty::String))])),
            def("Detailed", structure(vec![field("name", Ty::String), field("age", Ty::I64)])),
            def("Kind", TypeKind::Const { variant: "Tagged".into(), value: "\"tagged\"".into() }),
            def("Named", structure(vec![field("name", Ty::String)])),
            def(
                "Pet",
                union(
                    &[("Any", Ty::Json), ("Basic", named("Basic")), ("Map", Ty::JsonObject), ("Named", named("Named")), ("Detailed", named("Detailed")), ("Tagged", named("Tagged"))],
                    None,
                ),
            ),
            def("Quantity", union(&[("Number", Ty::F64), ("Text", Ty::String), ("Integer", Ty::I64)], None)),
            def("Tagged", structure(vec![field("kind", Ty::Const("Kind".into())), field("name", Ty::String)])),
            def("Tagged2", union(&[("Basic", named("Basic")), ("Detailed", named("Detailed"))], Some("Unknown"))),
        ];
        order_members(&mut types);
        assert_eq!(order(&types, "Pet"), ["Tagged", "Detailed", "Named", "Basic", "Map", "Any"]);
        // Kinds keep their places: the string stays between the numbers.
        assert_eq!(order(&types, "Quantity"), ["Integer", "Text", "Number"]);
        // Unions told apart by `object` keep their order.
        assert_eq!(order(&types, "Tagged2"), ["Basic", "Detailed"]);
    }
}
