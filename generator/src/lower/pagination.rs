//! Recognizing cursor-paged list operations, for auto-pagination.
//!
//! An operation is a list when its success response is a struct with an array field `data` and
//! a boolean field `has_more`, and it takes an optional string query parameter that is an item
//! id cursor (`starting_after`, and for walking backwards `ending_before`). The item type comes
//! from `data`; the fields and parameters are used by the names the spec gives them.

use crate::model::{Operation, Pagination, ParamField, TypeDef, TypeKind, Ty};
use crate::lower::naming::string_literal;

/// Query parameters that continue a list after an item id, in order of preference.
const AFTER_CURSORS: &[&str] = &["starting_after", "after"];
/// Query parameters that continue a list before an item id.
const BEFORE_CURSORS: &[&str] = &["ending_before", "before"];

/// How to paginate `op`, if it is a cursor-paged list; `stream_fn` is left empty for the
/// caller to name. `models` is the path of the models crate in the client.
pub fn detect(op: &Operation, types: &[TypeDef], models: &str) -> Option<Pagination> {
    if op.body.is_some() {
        return None;
    }
    let name = op.success.ty.strip_prefix(models)?.strip_prefix("::")?;
    let TypeKind::Struct(response) = &types.iter().find(|t| t.name == name)?.kind else { return None };
    let field = |wire: &str| response.fields.iter().find(|f| f.wire == string_literal(wire));
    let data = field("data")?;
    let has_more = field("has_more")?;
    let (item, data_optional) = match &data.ty {
        Ty::Vec(item) => (item, false),
        Ty::Option(inner) => match inner.as_ref() {
            Ty::Vec(item) => (item, true),
            _ => return None,
        },
        _ => return None,
    };
    let has_more_optional = match &has_more.ty {
        Ty::Bool => false,
        Ty::Option(inner) if **inner == Ty::Bool => true,
        _ => return None,
    };
    let query = &op.params.as_ref()?.query;
    let after_param = cursor_param(query, AFTER_CURSORS)?;
    let before_param = cursor_param(query, BEFORE_CURSORS);
    Some(Pagination {
        stream_fn: String::new(),
        item_ty: item.render(Some(models)),
        data_field: data.name.clone(),
        data_optional,
        has_more_field: has_more.name.clone(),
        has_more_optional,
        after_param,
        before_param,
    })
}

/// The field of the first parameter named in `names` that is an optional string.
fn cursor_param(query: &[ParamField], names: &[&str]) -> Option<String> {
    names.iter().find_map(|name| {
        let wire = string_literal(name);
        query.iter().find(|f| f.wire == wire && f.ty == "Option<String>").map(|f| f.name.clone())
    })
}
