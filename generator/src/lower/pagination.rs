//! Recognizing paged list operations, for auto-pagination, in every common style:
//!
//! - item ids: a `has_more` flag and an item-id cursor parameter (`starting_after`, and for
//!   walking backwards `ending_before`), continued from the page's last item;
//! - a next cursor: a response field (`next_cursor`, `next_page_token`, `meta.next_cursor`, ...)
//!   sent back in a query parameter (`cursor`, `page_token`, `after`, ...);
//! - a next link: a response field (`next`, `links.next`, `_links.next.href`, ...) or an RFC 8288
//!   `Link` header declared on the response, followed as a URL on the client's origin only;
//! - offset/limit and page/per-page: integer query parameters, walked until a short or empty page.
//!
//! The items are the response's one array field, or the one named like a list (`data`, `items`,
//! `results`, ...), or the response itself when it is an array. A style is detected only where
//! the shape is unambiguous; `[sdk.operations."GET /path".pagination]` in `sdks.toml` declares
//! it (or turns it off) where it is not, and an operation that looks paged but is not
//! recognised gets a warning saying so.

use crate::config::{PaginationSettings, PaginationStyle};
use crate::model::{Operation, Pagination, ParamField, Ty, TypeDef, TypeKind, TypedFormat};
use crate::render::markdown::code_span;

/// Names (lower-cased, without `_`, `-`, `.`, `@`) of the array field holding a page's items.
const ITEM_FIELDS: &[&str] = &["data", "items", "results", "entries", "records", "values", "elements", "list", "content", "value", "nodes"];
/// Names of the flag saying more items follow, for item-id cursors.
const HAS_MORE_FIELDS: &[&str] = &["hasmore"];
/// Item-id cursor parameters that continue a list after an item, in order of preference.
const AFTER_PARAMS: &[&str] = &["startingafter", "after"];
/// Item-id cursor parameters that continue a list before an item.
const BEFORE_PARAMS: &[&str] = &["endingbefore", "before"];
/// Names of a response field holding the next page's cursor.
const CURSOR_FIELDS: &[&str] =
    &["nextcursor", "nextpagetoken", "nexttoken", "cursor", "nextpage", "continuationtoken", "nextcontinuationtoken", "nextmarker", "nextpagecursor"];
/// Query parameters a next cursor is sent back in, in order of preference.
const CURSOR_PARAMS: &[&str] =
    &["cursor", "pagetoken", "nextpagetoken", "after", "nextcursor", "nexttoken", "continuationtoken", "pagecursor", "marker", "page", "token"];
/// Names of a response field holding the next page's URL.
const LINK_FIELDS: &[&str] = &["next", "nexturl", "nextlink", "odatanextlink", "nextpageurl", "href"];
/// Objects a next cursor or link may be nested in (`meta.next_cursor`, `_links.next.href`).
const CONTAINERS: &[&str] = &["meta", "metadata", "pagination", "paging", "pageinfo", "responsemetadata", "links", "page", "cursors"];
/// Offset parameters.
const OFFSET_PARAMS: &[&str] = &["offset", "skip", "startindex"];
/// Page number parameters.
const PAGE_PARAMS: &[&str] = &["page", "pagenumber", "pagenum", "pageindex"];
/// Page size parameters.
const SIZE_PARAMS: &[&str] = &["limit", "perpage", "pagesize", "size", "count", "maxresults", "top", "pagelimit"];
/// How deep a next cursor or link is looked for (`_links.next.href` is 3).
const MAX_DEPTH: usize = 3;

/// How an operation pages, or why it is not recognised although it looks paged.
pub enum Detected {
    /// Not a paged list (or declared `style = "none"`).
    No,
    /// A paged list; `stream_fn` is left empty for the caller to name.
    Paged(Box<Pagination>),
    /// Looks paged, or was declared so, but no style fits: the warning's text.
    Unrecognised(String),
}

/// A field of the response reached from its top, with the types on the way.
struct FieldPath {
    /// Wire names, outermost first.
    wire: Vec<String>,
    /// Rust field names (idents).
    names: Vec<String>,
    /// Field types, outermost first.
    tys: Vec<Ty>,
}

/// The response and parameters of one operation, looked at.
struct Shape<'a> {
    types: &'a [TypeDef],
    models: &'a str,
    query: &'a [ParamField],
    /// The success type, if JSON.
    response: Option<&'a Ty>,
}

/// How to paginate `op`, if it is a paged list. `declared` is the operation's `pagination`
/// setting; `link_header` whether its success response declares a `Link` header. `route` names
/// the operation (`GET /items`) in warnings; `models` is the path of the models crate.
pub fn detect(op: &Operation, types: &[TypeDef], models: &str, declared: Option<&PaginationSettings>, link_header: bool, route: &str) -> Detected {
    let query: &[ParamField] = op.params.as_ref().map_or(&[], |p| &p.query);
    let shape = Shape { types, models, query, response: op.success.model.as_ref() };
    if op.body.is_some() || op.success.is_event_stream() || declared.is_some_and(|d| d.style == PaginationStyle::None) {
        return Detected::No;
    }
    let found = match declared {
        Some(declared) => shape.declared(declared, link_header),
        None => shape.detected(link_header).ok_or(String::new()),
    };
    match found {
        Ok(pagination) => Detected::Paged(Box::new(pagination)),
        Err(why) if declared.is_some() => Detected::Unrecognised(format!(
            "the `pagination` declared for `{route}` in sdks.toml does not fit the operation: {why}; it gets no stream method"
        )),
        Err(_) => match shape.looks_paged() {
            Some(param) => Detected::Unrecognised(format!(
                "`{route}` looks like a paged list (query parameter {}, an array in its response) but its pagination style is not recognised, so it gets no stream method; declare it in sdks.toml: `[sdk.operations.\"{route}\".pagination]` with `style` (\"item_id\", \"cursor\", \"link\", \"link_header\", \"offset\", \"page\", or \"none\" to silence this), `items` (the array field), `next` (the response field of the has-more flag, next cursor or link, dotted when nested) and `param` (the query parameter the cursor, offset or page number goes in)",
                code_span(&param)
            )),
            None => Detected::No,
        },
    }
}

/// A name compared loosely: lower-case, without `_`, `-`, `.`, `@` and `$`.
fn loose(name: &str) -> String {
    name.chars().filter(|c| !matches!(c, '_' | '-' | '.' | '@' | '$')).flat_map(char::to_lowercase).collect()
}

/// A field's wire name (its literal unquoted).
fn wire_name(literal: &str) -> String {
    serde_json::from_str::<String>(literal).unwrap_or_else(|_| literal.trim_matches('"').to_owned())
}

/// `ty` without its `Option`s and `Box`es, and how many `Option`s it had.
fn peel(ty: &Ty) -> (&Ty, usize) {
    match ty {
        Ty::Option(inner) => {
            let (inner, n) = peel(inner);
            (inner, n + 1)
        }
        Ty::Boxed(inner) => peel(inner),
        other => (other, 0),
    }
}

impl Shape<'_> {
    /// The fields of the struct `ty` names, through aliases.
    fn fields(&self, ty: &Ty) -> Option<&[crate::model::Field]> {
        let mut ty = peel(ty).0;
        for _ in 0..8 {
            let Ty::Named(name) = ty else { return None };
            match &self.types.iter().find(|t| &t.name == name)?.kind {
                TypeKind::Struct(s) => return Some(&s.fields),
                TypeKind::Alias { target } => ty = peel(target).0,
                _ => return None,
            }
        }
        None
    }

    /// The element type of an array `ty`, through aliases.
    fn element<'t>(&'t self, ty: &'t Ty) -> Option<&'t Ty> {
        let mut ty = peel(ty).0;
        for _ in 0..8 {
            match ty {
                Ty::Vec(item) => return Some(item),
                Ty::Named(name) => match &self.types.iter().find(|t| &t.name == name)?.kind {
                    TypeKind::Alias { target } => ty = peel(target).0,
                    _ => return None,
                },
                _ => return None,
            }
        }
        None
    }

    /// Every field of the response, and of the containers in it (`meta`, `links`, ...) down to
    /// [`MAX_DEPTH`], sorted by their wire names.
    fn paths(&self) -> Vec<FieldPath> {
        let mut out = Vec::new();
        let Some(response) = self.response else { return out };
        let mut stack = vec![FieldPath { wire: Vec::new(), names: Vec::new(), tys: vec![response.clone()] }];
        while let Some(path) = stack.pop() {
            let Some(fields) = self.fields(path.tys.last().expect("a type")) else { continue };
            for f in fields.iter().filter(|f| !f.wire.is_empty()) {
                let mut next = FieldPath { wire: path.wire.clone(), names: path.names.clone(), tys: path.tys.clone() };
                next.wire.push(wire_name(&f.wire));
                next.names.push(f.name.clone());
                next.tys.push(f.ty.clone());
                let container = loose(next.wire.last().expect("a name"));
                if next.wire.len() < MAX_DEPTH && (CONTAINERS.contains(&container.as_str()) || container == "next") {
                    stack.push(FieldPath { wire: next.wire.clone(), names: next.names.clone(), tys: next.tys.clone() });
                }
                out.push(next);
            }
        }
        out.sort_by(|a, b| a.wire.cmp(&b.wire));
        out
    }

    /// The field at these dotted wire names, if the response has it.
    fn path(&self, dotted: &str) -> Option<FieldPath> {
        let mut path = FieldPath { wire: Vec::new(), names: Vec::new(), tys: vec![self.response?.clone()] };
        for wire in dotted.split('.') {
            let field = self.fields(path.tys.last().expect("a type"))?.iter().find(|f| !f.wire.is_empty() && wire_name(&f.wire) == wire)?;
            path.wire.push(wire.to_owned());
            path.names.push(field.name.clone());
            path.tys.push(field.ty.clone());
        }
        Some(path)
    }

    /// The response's items: an expression over `page` (by value) and the item type.
    fn items(&self, declared: Option<&str>) -> Result<(String, Ty), String> {
        let response = self.response.ok_or("the response is not JSON")?;
        let path = match declared {
            Some(dotted) => Some(self.path(dotted).ok_or_else(|| format!("the response has no field `{dotted}`"))?),
            None => None,
        };
        let path = match path {
            Some(path) => path,
            None => {
                if let Some(item) = self.element(response) {
                    return Ok(("page".to_owned(), item.clone()));
                }
                let arrays: Vec<FieldPath> =
                    self.paths().into_iter().filter(|p| p.wire.len() == 1 && self.element(&p.tys[1]).is_some()).collect();
                let named: Vec<&FieldPath> = arrays.iter().filter(|p| ITEM_FIELDS.contains(&loose(&p.wire[0]).as_str())).collect();
                match (arrays.len(), named.as_slice()) {
                    (1, _) => arrays.into_iter().next().expect("one array"),
                    (_, [one]) => self.path(&one.wire[0]).expect("a field of the response"),
                    (0, _) => return Err("the response has no array field".to_owned()),
                    _ => return Err("the response has several array fields; name the items with `items`".to_owned()),
                }
            }
        };
        let item = self.element(path.tys.last().expect("a type")).ok_or_else(|| format!("`{}` is not an array", path.wire.join(".")))?.clone();
        let expr = by_value(&path).ok_or("the items are boxed")?;
        Ok((expr, item))
    }

    /// The first query parameter whose name is one of `names`, with a type `ok` accepts.
    fn param(&self, names: &[&str], ok: impl Fn(&Ty) -> bool) -> Option<&ParamField> {
        names.iter().find_map(|name| self.query.iter().find(|f| loose(&wire_name(&f.wire)) == *name && ok(&f.model_ty)))
    }

    /// The query parameter with this wire name, of a type `ok` accepts.
    fn declared_param(&self, wire: &str, ok: impl Fn(&Ty) -> bool, what: &str) -> Result<&ParamField, String> {
        let field = self.query.iter().find(|f| wire_name(&f.wire) == wire).ok_or_else(|| format!("it has no query parameter `{wire}`"))?;
        if ok(&field.model_ty) { Ok(field) } else { Err(format!("the query parameter `{wire}` is not {what}")) }
    }

    /// Response fields (at most [`MAX_DEPTH`] deep, nested only in containers) whose last name
    /// is one of `names` and whose type `ok` accepts.
    fn leaves(&self, names: &[&str], ok: impl Fn(&Ty) -> bool) -> Vec<FieldPath> {
        self.paths()
            .into_iter()
            .filter(|p| {
                let last = loose(p.wire.last().expect("a name"));
                let containers_ok = p.wire[..p.wire.len() - 1].iter().all(|w| CONTAINERS.contains(&loose(w).as_str()) || loose(w) == "next");
                // `href` is a link only as `next.href` (HAL).
                let href_ok = last != "href" || p.wire.len() >= 2 && loose(&p.wire[p.wire.len() - 2]) == "next";
                names.contains(&last.as_str()) && containers_ok && href_ok && ok(peel(p.tys.last().expect("a type")).0)
            })
            .collect()
    }

    /// The style the response and parameters show unambiguously, if any.
    fn detected(&self, link_header: bool) -> Option<Pagination> {
        let (items, item) = self.items(None).ok()?;
        let optional_string = |t: &Ty| *t == Ty::String.optional();
        let optional_int = |t: &Ty| matches!(t, Ty::Option(inner) if matches!(**inner, Ty::I64 | Ty::I32));
        let is_string = |t: &Ty| *t == Ty::String;
        let is_link = |t: &Ty| matches!(t, Ty::String | Ty::Typed(TypedFormat::Uri));
        let cursors = self.leaves(CURSOR_FIELDS, is_string);
        let has_more = self.leaves(HAS_MORE_FIELDS, |t| *t == Ty::Bool).into_iter().find(|p| p.wire.len() == 1);
        let mut pagination = self.pagination(items, &item);
        if let (Some(has_more), Some(after), true) = (&has_more, self.param(AFTER_PARAMS, optional_string), cursors.is_empty()) {
            pagination.style = "item_id".to_owned();
            pagination.next = format!("runtime::Next::more({})", flag(has_more));
            pagination.after_param = Some(after.name.clone());
            pagination.before_param = self.param(BEFORE_PARAMS, optional_string).map(|f| f.name.clone());
            return Some(pagination);
        }
        if let ([cursor], Some(param)) = (cursors.as_slice(), self.param(CURSOR_PARAMS, optional_string)) {
            pagination.style = "cursor".to_owned();
            pagination.next = format!("runtime::Next::cursor({})", string(cursor));
            pagination.cursor_param = Some(param.name.clone());
            return Some(pagination);
        }
        if let [link] = self.leaves(LINK_FIELDS, is_link).as_slice() {
            pagination.style = "link".to_owned();
            pagination.next = format!("runtime::Next::link({})", string(link));
            return Some(pagination);
        }
        if link_header {
            pagination.style = "link".to_owned();
            pagination.next = "runtime::Next::link(runtime::next_link(meta.headers()))".to_owned();
            pagination.reads_headers = true;
            return Some(pagination);
        }
        if let Some(offset) = self.param(OFFSET_PARAMS, optional_int) {
            pagination.style = "offset".to_owned();
            pagination.position_param = Some(offset.name.clone());
            pagination.size_param = self.param(SIZE_PARAMS, optional_int).map(|f| f.name.clone());
            return Some(pagination);
        }
        if let Some(page) = self.param(PAGE_PARAMS, optional_int) {
            pagination.style = "page".to_owned();
            pagination.position_param = Some(page.name.clone());
            pagination.first_page = page.start.unwrap_or(1);
            pagination.size_param = self.param(SIZE_PARAMS, optional_int).map(|f| f.name.clone());
            return Some(pagination);
        }
        None
    }

    /// The style `declared` names, with the names it gives and the others detected.
    fn declared(&self, declared: &PaginationSettings, link_header: bool) -> Result<Pagination, String> {
        let (items, item) = self.items(declared.items.as_deref())?;
        let mut pagination = self.pagination(items, &item);
        let optional_string = |t: &Ty| *t == Ty::String.optional();
        let optional_int = |t: &Ty| matches!(t, Ty::Option(inner) if matches!(**inner, Ty::I64 | Ty::I32));
        let next_field = |names: &[&str], ok: &dyn Fn(&Ty) -> bool, what: &str| -> Result<FieldPath, String> {
            match &declared.next {
                Some(dotted) => {
                    let path = self.path(dotted).ok_or_else(|| format!("the response has no field `{dotted}`"))?;
                    if ok(peel(path.tys.last().expect("a type")).0) { Ok(path) } else { Err(format!("the response field `{dotted}` is not {what}")) }
                }
                None => match self.leaves(names, ok).as_slice() {
                    [_] => Ok(self.leaves(names, ok).remove(0)),
                    [] => Err(format!("no response field is {what}; name it with `next`")),
                    _ => Err(format!("several response fields could be {what}; name one with `next`")),
                },
            }
        };
        let param = |names: &[&str], ok: &dyn Fn(&Ty) -> bool, what: &str| -> Result<String, String> {
            match &declared.param {
                Some(wire) => self.declared_param(wire, ok, what).map(|f| f.name.clone()),
                None => self.param(names, ok).map(|f| f.name.clone()).ok_or_else(|| format!("no query parameter is {what}; name it with `param`")),
            }
        };
        let size = || -> Result<Option<String>, String> {
            match &declared.page_size {
                Some(wire) => self.declared_param(wire, optional_int, "an optional integer").map(|f| Some(f.name.clone())),
                None => Ok(self.param(SIZE_PARAMS, optional_int).map(|f| f.name.clone())),
            }
        };
        pagination.style = match declared.style {
            PaginationStyle::ItemId => {
                let has_more = next_field(HAS_MORE_FIELDS, &|t| *t == Ty::Bool, "a boolean")?;
                pagination.next = format!("runtime::Next::more({})", flag(&has_more));
                pagination.after_param = Some(param(AFTER_PARAMS, &optional_string, "an optional string")?);
                pagination.before_param = self.param(BEFORE_PARAMS, optional_string).map(|f| f.name.clone());
                "item_id"
            }
            PaginationStyle::Cursor => {
                let cursor = next_field(CURSOR_FIELDS, &|t| *t == Ty::String, "a string")?;
                pagination.next = format!("runtime::Next::cursor({})", string(&cursor));
                pagination.cursor_param = Some(param(CURSOR_PARAMS, &optional_string, "an optional string")?);
                "cursor"
            }
            PaginationStyle::Link => {
                let link = next_field(LINK_FIELDS, &|t| matches!(t, Ty::String | Ty::Typed(TypedFormat::Uri)), "a string or URL")?;
                pagination.next = format!("runtime::Next::link({})", string(&link));
                "link"
            }
            PaginationStyle::LinkHeader => {
                if !link_header && declared.next.is_some() {
                    return Err("`next` does not apply to a `Link` header".to_owned());
                }
                pagination.next = "runtime::Next::link(runtime::next_link(meta.headers()))".to_owned();
            pagination.reads_headers = true;
                "link"
            }
            PaginationStyle::Offset => {
                pagination.position_param = Some(param(OFFSET_PARAMS, &optional_int, "an optional integer")?);
                pagination.size_param = size()?;
                "offset"
            }
            PaginationStyle::Page => {
                let page = param(PAGE_PARAMS, &optional_int, "an optional integer")?;
                let start = self.query.iter().find(|f| f.name == page).and_then(|f| f.start);
                pagination.position_param = Some(page);
                pagination.size_param = size()?;
                pagination.first_page = declared.first_page.or(start).unwrap_or(1);
                "page"
            }
            PaginationStyle::None => unreachable!("handled by detect"),
        }
        .to_owned();
        Ok(pagination)
    }

    /// A pagination of `items` (an expression) of `item`s, its style still to fill in.
    fn pagination(&self, items: String, item: &Ty) -> Pagination {
        Pagination {
            stream_fn: String::new(),
            item_ty: item.render(Some(self.models)),
            style: String::new(),
            items,
            next: "runtime::Next::More".to_owned(),
            reads_headers: false,
            after_param: None,
            before_param: None,
            cursor_param: None,
            position_param: None,
            size_param: None,
            first_page: 1,
            page_call: String::new(),
        }
    }

    /// The query parameter that makes the operation look paged, if it returns an array too.
    fn looks_paged(&self) -> Option<String> {
        self.items(None).ok()?;
        let names: Vec<&str> = [AFTER_PARAMS, CURSOR_PARAMS, OFFSET_PARAMS, PAGE_PARAMS].concat();
        self.query.iter().map(|f| wire_name(&f.wire)).find(|w| names.contains(&loose(w).as_str()))
    }
}

/// An expression taking the field at `path` out of `page` (owned), as `T` for a required
/// field or the default when an optional one on the way is absent; `None` through a `Box`.
fn by_value(path: &FieldPath) -> Option<String> {
    let mut expr = "page".to_owned();
    let mut optional = false;
    for (name, ty) in path.names.iter().zip(&path.tys[1..]) {
        if matches!(ty, Ty::Boxed(_)) || matches!(ty, Ty::Option(inner) if matches!(**inner, Ty::Boxed(_))) {
            return None;
        }
        let options = peel(ty).1;
        expr = match (optional, options) {
            (false, _) => format!("{expr}.{name}"),
            (true, 0) => format!("{expr}.map(|v| v.{name})"),
            (true, _) => format!("{expr}.and_then(|v| v.{name})"),
        };
        for _ in 1..options {
            expr.push_str(".flatten()");
        }
        optional |= options > 0;
    }
    if optional {
        expr.push_str(".unwrap_or_default()");
    }
    Some(expr)
}

/// An expression borrowing the field at `path` of `page`: `Option<&T>` if any field on the
/// way is optional, `&T` (without the `&` for a place) otherwise; and whether it is optional.
fn by_ref(path: &FieldPath) -> (String, bool) {
    let mut expr = "page".to_owned();
    let mut optional = false;
    for (name, ty) in path.names.iter().zip(&path.tys[1..]) {
        let options = peel(ty).1;
        expr = match (optional, options) {
            (false, 0) => format!("{expr}.{name}"),
            (false, _) => format!("{expr}.{name}.as_ref()"),
            (true, 0) => format!("{expr}.map(|v| &v.{name})"),
            (true, _) => format!("{expr}.and_then(|v| v.{name}.as_ref())"),
        };
        for _ in 1..options {
            expr.push_str(".and_then(Option::as_ref)");
        }
        optional |= options > 0;
    }
    (expr, optional)
}

/// An `Option<String>` expression of the string (or URL) field at `path` of `page`.
fn string(path: &FieldPath) -> String {
    if peel(path.tys.last().expect("a type")).0 == &Ty::Typed(TypedFormat::Uri) {
        return match by_ref(path) {
            (expr, true) => format!("{expr}.map(ToString::to_string)"),
            (expr, false) => format!("Some({expr}.to_string())"),
        };
    }
    match by_ref(path) {
        (expr, true) => match expr.strip_suffix(".as_ref()") {
            Some(place) => format!("{place}.clone()"),
            None => format!("{expr}.cloned()"),
        },
        (expr, false) => format!("Some({expr}.clone())"),
    }
}

/// A `bool` expression of the flag at `path` of `page` (absent is false).
fn flag(path: &FieldPath) -> String {
    if let ([name], [_, ty]) = (path.names.as_slice(), path.tys.as_slice())
        && peel(ty).1 == 1
    {
        return format!("page.{name}.unwrap_or(false)");
    }
    match by_ref(path) {
        (expr, true) => format!("{expr}.copied().unwrap_or(false)"),
        (expr, false) => expr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lower::naming::string_literal;

    #[test]
    fn names_compare_loosely() {
        assert_eq!(loose("next_page-Token"), "nextpagetoken");
        assert_eq!(loose("@odata.nextLink"), "odatanextlink");
        assert_eq!(wire_name(&string_literal("page_token")), "page_token");
    }

    #[test]
    fn field_access_follows_options() {
        let path = FieldPath {
            wire: vec!["meta".into(), "next_cursor".into()],
            names: vec!["meta".into(), "next_cursor".into()],
            tys: vec![Ty::Named("R".into()), Ty::Named("Meta".into()).optional(), Ty::Option(Box::new(Ty::String.optional()))],
        };
        assert_eq!(string(&path), "page.meta.as_ref().and_then(|v| v.next_cursor.as_ref()).and_then(Option::as_ref).cloned()");
        let items = FieldPath { wire: vec!["data".into()], names: vec!["data".into()], tys: vec![Ty::Named("R".into()), Ty::Vec(Box::new(Ty::String))] };
        assert_eq!(by_value(&items).unwrap(), "page.data");
        let nested = FieldPath {
            wire: vec!["page".into(), "items".into()],
            names: vec!["page".into(), "items".into()],
            tys: vec![Ty::Named("R".into()), Ty::Named("P".into()).optional(), Ty::Vec(Box::new(Ty::String)).optional()],
        };
        assert_eq!(by_value(&nested).unwrap(), "page.page.and_then(|v| v.items).unwrap_or_default()");
        let flag_path = FieldPath { wire: vec!["has_more".into()], names: vec!["has_more".into()], tys: vec![Ty::Named("R".into()), Ty::Bool.optional()] };
        assert_eq!(flag(&flag_path), "page.has_more.unwrap_or(false)");
    }
}
