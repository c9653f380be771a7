//! Grouping operations into resources and naming their methods, so that a client reads like the
//! API: `client.customers().tax_ids().delete("cus_1", "txi_1")`.
//!
//! An operation's resource comes from, in order: the SDK entry's `[sdk.operations]` table, the
//! operation's first tag (one resource per tag, with resources the path nests below an item
//! nested under it), and the path's literal segments (`/v1/customers/{customer}/tax_ids/{id}`
//! is `customers` -> `tax_ids`; a prefix shared by every path, such as `/v1`, is left out).
//!
//! Its method name comes from the table, else from the operationId, less the words that name
//! its resource (`create_payment_flow` on `payment_flows` is `create`), unless that id only
//! repeats the HTTP method and the path (`GetCustomersCustomer`, or no id): then from the path's
//! shape. A collection (a path that continues with a parameter) is listed (`GET`), created
//! into (`POST`); an item (a path ending with a parameter) is retrieved, updated (`POST`,
//! `PATCH`, `PUT`; `replace` for a `PUT` beside another update) and deleted; a last literal
//! segment that nothing continues, that is the only operation on its path and that follows an
//! item, a collection or a path with operations is an action (`/payment_intents/{intent}/confirm` is `confirm`,
//! `/customers/search` is `search`, `DELETE .../discount` is `delete_discount`); any other
//! path is a single object (retrieved, or listed when the answer is a page of a list; updated;
//! deleted; or created when `POST` is all it offers). Names are unique per resource: a name
//! taken by an accessor or an earlier method gets a number (`retrieve2`), in spec order, so the
//! outcome depends only on the spec.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToSnakeCase;
use openapiv3::OpenAPI;

use crate::config::{MethodNames, ShapeSettings};
use crate::error::Diagnostic;
use crate::lower::naming::{Namespace, doc_lines, join_docs, method_ident, snake_ident, type_ident, unraw};
use crate::model::Resource;
use crate::render::markdown::code_span;

/// Methods the client defines itself; operations cannot take these names on the client.
const CLIENT_METHODS: &[&str] = &["new", "builder", "base_url", "with_options", "config", "send", "clone", "clone_from", "fmt"];

/// Methods every resource view defines or derives, and `new`, which clippy expects to
/// construct the type (`new_ret_no_self`).
const VIEW_METHODS: &[&str] = &["client", "clone", "clone_from", "fmt", "new"];

/// What grouping and naming need to know of one operation.
#[derive(Debug, Clone)]
pub struct OperationRef<'a> {
    /// HTTP method, lower case.
    pub method: &'a str,
    /// Path template.
    pub path: &'a str,
    /// The operationId, if any.
    pub operation_id: Option<&'a str>,
    /// The first tag, if any.
    pub tag: Option<&'a str>,
    /// Whether the operation returns a page of a list (see [`super::pagination`]).
    pub is_list: bool,
}

/// Where an operation landed: its resource and method name.
#[derive(Debug, Clone)]
pub struct Placement {
    /// Index of the resource.
    pub resource: usize,
    /// Method name (ident).
    pub fn_name: String,
    /// The call from a client (`customers().tax_ids().delete`).
    pub call: String,
    /// The rustdoc path of the method.
    pub doc_path: String,
}

/// The resources of one API with the names taken in each.
pub struct ResourceTree {
    /// Resources, the client first.
    pub resources: Vec<Resource>,
    names: Vec<Namespace>,
    /// The names of the README's quick-start functions, one per resource.
    example_fns: Namespace,
}

impl ResourceTree {
    /// Groups and names `ops` (in spec order); a settings entry that names no operation is an
    /// error in `errors`.
    pub fn build(doc: &OpenAPI, ops: &[OperationRef<'_>], settings: &ShapeSettings, errors: &mut Vec<Diagnostic>) -> (ResourceTree, Vec<Placement>) {
        let paths = PathIndex::new(ops);
        let tag_docs: BTreeMap<String, &str> =
            doc.tags.iter().filter_map(|t| Some((method_ident(&t.name), t.description.as_deref()?))).collect();
        let known: BTreeSet<String> = ops.iter().map(|op| operation_key(op.method, op.path)).collect();
        for key in settings.operations.keys() {
            if !known.contains(&normalize_key(key)) {
                errors.push(Diagnostic::at(
                    "/paths",
                    format!("`[sdk.operations.\"{key}\"]` in sdks.toml names no operation of the spec; write the HTTP method and the path template as the spec has them (`POST /v1/customers`)"),
                ));
            }
        }
        let plans = plans(ops, &paths, settings);

        let mut root_names = Namespace::new();
        for name in CLIENT_METHODS {
            root_names.reserve(name);
        }
        let mut example_fns = Namespace::new();
        // The quick start's own names: its client argument and the function building it.
        example_fns.reserve("client");
        let example_fn = example_fns.claim("client_methods");
        let root = Resource { type_name: String::new(), accessor: String::new(), call: String::new(), docs: Vec::new(), example_fn, children: Vec::new(), operations: Vec::new() };
        let mut tree = ResourceTree { resources: vec![root], names: vec![root_names], example_fns };
        let mut type_names = Namespace::new();
        // The views live beside the client they borrow.
        type_names.reserve("Client");
        let mut by_path: BTreeMap<Vec<String>, usize> = BTreeMap::new();
        by_path.insert(Vec::new(), 0);
        let mut indices = Vec::with_capacity(plans.len());
        for (resource, _) in &plans {
            let mut parent = 0;
            for depth in 1..=resource.len() {
                let key = resource[..depth].to_vec();
                parent = match by_path.get(&key) {
                    Some(&index) => index,
                    None => {
                        let word = &resource[depth - 1];
                        let index = tree.add_child(parent, word, &mut type_names, &key, tag_docs.get(word.as_str()).copied());
                        by_path.insert(key, index);
                        index
                    }
                };
            }
            indices.push(parent);
        }
        let placements = plans
            .iter()
            .zip(indices)
            .enumerate()
            .map(|(op, ((_, name), resource))| {
                let fn_name = tree.names[resource].claim(name);
                tree.resources[resource].operations.push(op);
                Placement { resource, call: tree.call(resource, &fn_name), doc_path: tree.doc_path(resource, &fn_name), fn_name }
            })
            .collect();
        (tree, placements)
    }

    /// Claims a derived method name (`create_with_response`) on `resource`.
    pub fn claim(&mut self, resource: usize, name: &str) -> String {
        self.names[resource].claim(name)
    }

    /// The call of method `fn_name` of `resource` from a client.
    pub fn call(&self, resource: usize, fn_name: &str) -> String {
        let prefix = &self.resources[resource].call;
        if prefix.is_empty() { fn_name.to_owned() } else { format!("{prefix}.{fn_name}") }
    }

    /// The rustdoc path of method `fn_name` of `resource`.
    pub fn doc_path(&self, resource: usize, fn_name: &str) -> String {
        match self.resources[resource].type_name.as_str() {
            "" => format!("crate::Client::{}", unraw(fn_name)),
            name => format!("crate::resources::{name}::{}", unraw(fn_name)),
        }
    }

    fn add_child(&mut self, parent: usize, word: &str, type_names: &mut Namespace, path: &[String], tag_doc: Option<&str>) -> usize {
        let accessor = self.names[parent].claim(&method_ident(word));
        let type_name = type_names.claim(&type_ident(&path.join("_")));
        let parent_call = &self.resources[parent].call;
        let call = if parent_call.is_empty() { format!("{accessor}()") } else { format!("{parent_call}.{accessor}()") };
        let dotted: Vec<&str> = path.iter().map(|w| unraw(w)).collect();
        let summary = doc_lines(&format!("The {} operations.", code_span(&dotted.join("."))));
        let docs = join_docs([summary, tag_doc.filter(|_| parent == 0).map(doc_lines).unwrap_or_default()]);
        let mut names = Namespace::new();
        for name in VIEW_METHODS {
            names.reserve(name);
        }
        let index = self.resources.len();
        let example_fn = self.example_fns.claim(&method_ident(&dotted.join("_")));
        self.resources.push(Resource { type_name, accessor, call, docs, example_fn, children: Vec::new(), operations: Vec::new() });
        self.names.push(names);
        self.resources[parent].children.push(index);
        index
    }
}

/// Each operation's resource (words from the root) and method name, before names are made
/// unique.
fn plans(ops: &[OperationRef<'_>], paths: &PathIndex, settings: &ShapeSettings) -> Vec<(Vec<String>, String)> {
    let by_key: BTreeMap<String, &crate::config::OperationSettings> =
        settings.operations.iter().map(|(k, v)| (normalize_key(k), v)).collect();
    ops.iter().map(|op| plan(op, paths, settings.method_names, by_key.get(&operation_key(op.method, op.path)).copied())).collect()
}

/// The name each operation's own types start with: its resource in the singular, then its
/// method (`customers().tax_ids().delete` is `CustomerTaxIdDelete`, so its parameters are
/// `CustomerTaxIdDeleteParams`). The method is left out where it depends on whether the answer
/// is a page of a list, which is not known before the types are lowered (`GET /v1/balance` is
/// `Balance`). `None` for an operation on the client itself. Names are not unique yet; the
/// caller makes them so. `is_list` of `ops` is not read.
pub fn type_bases(ops: &[OperationRef<'_>], settings: &ShapeSettings) -> Vec<Option<String>> {
    let paths = PathIndex::new(ops);
    let as_list: Vec<OperationRef<'_>> = ops.iter().map(|op| OperationRef { is_list: true, ..op.clone() }).collect();
    let as_single: Vec<OperationRef<'_>> = ops.iter().map(|op| OperationRef { is_list: false, ..op.clone() }).collect();
    plans(&as_single, &paths, settings)
        .into_iter()
        .zip(plans(&as_list, &paths, settings))
        .map(|((resource, name), (_, list_name))| {
            let words: Vec<String> = resource.iter().map(|w| singular_words(unraw(w))).collect();
            let method = if name == list_name { unraw(&name) } else { "" };
            (!words.is_empty()).then(|| type_ident(&format!("{}_{method}", words.join("_"))))
        })
        .collect()
}

/// A snake-case name with its last word in the singular (`tax_ids` is `tax_id`).
fn singular_words(name: &str) -> String {
    match name.rsplit_once('_') {
        Some((init, last)) => format!("{init}_{}", singular(last)),
        None => singular(name),
    }
}

/// `METHOD /path`, the key of an operation in `[sdk.operations]`.
fn operation_key(method: &str, path: &str) -> String {
    format!("{} {path}", method.to_ascii_uppercase())
}

/// A settings key with its method upper-cased and spaces trimmed.
pub(super) fn normalize_key(key: &str) -> String {
    let key = key.trim();
    match key.split_once(' ') {
        Some((method, path)) => operation_key(method, path.trim()),
        None => key.to_owned(),
    }
}

/// A piece of a path: literal text, or a `{parameter}` (any segment holding a parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Segment<'a> {
    Literal(&'a str),
    Param,
}

fn segments(path: &str) -> Vec<Segment<'_>> {
    path.split('/').filter(|s| !s.is_empty()).map(|s| if s.contains('{') { Segment::Param } else { Segment::Literal(s) }).collect()
}

/// A path's segments as a key, parameters made alike (`customers/{}`).
fn shape_key(segments: &[Segment<'_>]) -> String {
    segments.iter().map(|s| match s { Segment::Literal(l) => *l, Segment::Param => "{}" }).collect::<Vec<_>>().join("/")
}

/// What the whole set of paths says about each path: which are collections, which others
/// continue, which methods each offers, and the prefix every path shares.
struct PathIndex {
    /// Literal segments every path starts with, left out of resource names.
    prefix: usize,
    /// Paths that some path continues with a parameter.
    collections: BTreeSet<String>,
    /// Paths that some path continues.
    continued: BTreeSet<String>,
    /// HTTP methods per path.
    methods: BTreeMap<String, BTreeSet<String>>,
}

impl PathIndex {
    fn new(ops: &[OperationRef<'_>]) -> PathIndex {
        let all: Vec<Vec<Segment<'_>>> = ops.iter().map(|op| segments(op.path)).collect();
        let mut collections = BTreeSet::new();
        let mut continued = BTreeSet::new();
        let mut methods: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (op, segs) in ops.iter().zip(&all) {
            methods.entry(shape_key(segs)).or_default().insert(op.method.to_owned());
            for i in 0..segs.len().saturating_sub(1) {
                continued.insert(shape_key(&segs[..=i]));
                if segs[i + 1] == Segment::Param {
                    collections.insert(shape_key(&segs[..=i]));
                }
            }
        }
        // The longest run of literals every path starts with, short enough that every path
        // keeps a literal segment after it.
        let mut prefix = 0;
        if let Some(first) = all.first() {
            while prefix < first.len()
                && matches!(first[prefix], Segment::Literal(_))
                && all.iter().all(|s| s.get(prefix) == Some(&first[prefix]))
            {
                prefix += 1;
            }
        }
        while prefix > 0 && all.iter().any(|s| !s[prefix..].iter().any(|seg| matches!(seg, Segment::Literal(_)))) {
            prefix -= 1;
        }
        PathIndex { prefix, collections, continued, methods }
    }
}

impl PathIndex {
    /// Whether the path is a resource in its own right: it has operations, or items.
    fn is_resource(&self, path: &[Segment<'_>]) -> bool {
        let key = shape_key(path);
        self.methods.contains_key(&key) || self.collections.contains(&key)
    }
}

/// The resource (words from the root) and the method name (ident) of one operation.
fn plan(op: &OperationRef<'_>, paths: &PathIndex, names: MethodNames, settings: Option<&crate::config::OperationSettings>) -> (Vec<String>, String) {
    let (path_resource, below_item, path_name) = path_shape(op, paths);
    let resource = match settings.and_then(|s| s.resource.as_deref()) {
        Some(dotted) => dotted.split('.').filter(|w| !w.trim().is_empty()).map(method_ident).collect(),
        None => match op.tag.map(method_ident) {
            // A tag names the top resource; what the path nests below an item stays nested.
            Some(tag) => std::iter::once(tag).chain(path_resource[below_item..].iter().cloned()).collect(),
            None => path_resource,
        },
    };
    if let Some(method) = settings.and_then(|s| s.method.as_deref()) {
        return (resource, method_ident(method));
    }
    let from_id = op.operation_id.filter(|id| match names {
        MethodNames::OperationId => true,
        MethodNames::Path => false,
        MethodNames::Auto => !repeats_route(id, op.method, op.path),
    });
    let name = match from_id {
        Some(id) => without_resource_words(&method_ident(id), &resource),
        None => path_name,
    };
    (resource, name)
}

/// From the path alone: the resource's words, how many of them come before the first
/// parameter, and the method name.
fn path_shape(op: &OperationRef<'_>, paths: &PathIndex) -> (Vec<String>, usize, String) {
    let all = segments(op.path);
    let segs = &all[paths.prefix.min(all.len())..];
    let key = shape_key(&all);
    let mut words = Vec::new();
    let mut below_item = None;
    for (i, seg) in segs.iter().enumerate() {
        if let Segment::Literal(l) = seg {
            if below_item.is_none() && segs[..i].contains(&Segment::Param) {
                below_item = Some(words.len());
            }
            words.push(method_ident(l));
        }
    }
    let below_item = below_item.unwrap_or(words.len());
    let method = op.method;
    let offered = paths.methods.get(&key).cloned().unwrap_or_default();
    let other_update = offered.contains("post") || offered.contains("patch");
    let item_name = |method: &str| match method {
        "get" => "retrieve".to_owned(),
        "post" | "patch" => "update".to_owned(),
        "put" if other_update => "replace".to_owned(),
        "put" => "update".to_owned(),
        "delete" => "delete".to_owned(),
        other => method_ident(other),
    };
    let name = match segs.last() {
        None | Some(Segment::Param) => item_name(method),
        Some(Segment::Literal(last)) if paths.collections.contains(&key) => match method {
            "get" => "list".to_owned(),
            "post" => "create".to_owned(),
            "delete" => "delete_all".to_owned(),
            "put" | "patch" => "update_all".to_owned(),
            other => format!("{}_{}", method_ident(other), unraw(&method_ident(last))),
        },
        Some(Segment::Literal(last))
            if segs.len() > 1
                && !paths.continued.contains(&key)
                && offered.len() == 1
                && (segs[segs.len() - 2] == Segment::Param || paths.is_resource(&all[..all.len() - 1])) =>
        {
            // An action on the resource before it.
            words.pop();
            let below = below_item.min(words.len());
            let action = unraw(&method_ident(last)).to_owned();
            let name = if method == "delete" { format!("delete_{action}") } else { action };
            return (words, below, method_ident(&name));
        }
        Some(Segment::Literal(_)) => match method {
            "get" if op.is_list => "list".to_owned(),
            "post" if !offered.contains("get") && offered.len() == 1 => "create".to_owned(),
            other => item_name(other),
        },
    };
    (words, below_item, name)
}

/// Whether an operationId says no more than its HTTP method and path (`GetCustomersCustomer`,
/// `get_v1_customers_id`): every word of it is one of theirs.
fn repeats_route(id: &str, method: &str, path: &str) -> bool {
    let route: BTreeSet<String> = words(path).into_iter().chain(std::iter::once(method.to_ascii_lowercase())).collect();
    let id_words = words(id);
    !id_words.is_empty() && id_words.iter().all(|w| route.contains(w))
}

/// Lower-case words of `s`: its snake-case words (heck's), split again between letters and
/// digits.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in s.to_snake_case().split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        let mut current = String::new();
        for c in word.chars() {
            if current.chars().last().is_some_and(|p| p.is_ascii_digit() != c.is_ascii_digit()) {
                out.push(std::mem::take(&mut current));
            }
            current.push(c);
        }
        out.push(current);
    }
    out
}

/// `name` (a snake-case ident) without the words naming its resource, innermost first, each in
/// its plural or singular form; unchanged when nothing would be left.
fn without_resource_words(name: &str, resource: &[String]) -> String {
    let mut tokens: Vec<String> = unraw(name).split('_').filter(|t| !t.is_empty()).map(str::to_owned).collect();
    for part in resource.iter().rev() {
        let plural: Vec<String> = unraw(part).split('_').filter(|t| !t.is_empty()).map(str::to_owned).collect();
        let Some((last, init)) = plural.split_last() else { continue };
        let singular: Vec<String> = init.iter().cloned().chain(std::iter::once(singular(last))).collect();
        for form in [plural.clone(), singular] {
            if form.is_empty() || form.len() >= tokens.len() {
                continue;
            }
            if let Some(at) = (0..=tokens.len() - form.len()).find(|&i| tokens[i..i + form.len()] == form[..]) {
                tokens.drain(at..at + form.len());
                break;
            }
        }
    }
    let joined = tokens.join("_");
    if joined.is_empty() || joined.starts_with(|c: char| c.is_ascii_digit()) { name.to_owned() } else { snake_ident(&joined) }
}

/// Whether `stem` plus `s` is a Latin or Greek singular, not a plural: `status`, `bonus`,
/// `radius`, `analysis`, `axis` (but `skus`, `emus` and `apis` are plurals).
fn is_latin_singular(stem: &str) -> bool {
    let before = |suffix: char, letters: &str| {
        stem.strip_suffix(suffix).and_then(|s| s.chars().last()).is_some_and(|c| letters.contains(c))
    };
    before('u', "tsrcpxlni") || before('i', "sx")
}

/// The singular of an English plural, by the common rules (`flows`, `entries`, `boxes`).
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = word.strip_suffix("sses").or(word.strip_suffix("xes")).or(word.strip_suffix("ches")).or(word.strip_suffix("shes")) {
        format!("{stem}{}", &word[stem.len()..word.len() - 2])
    } else if let Some(stem) = word.strip_suffix('s').filter(|s| !s.ends_with('s') && !is_latin_singular(s)) {
        stem.to_owned()
    } else {
        word.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op<'a>(method: &'a str, path: &'a str) -> OperationRef<'a> {
        OperationRef { method, path, operation_id: None, tag: None, is_list: false }
    }

    fn shapes(ops: &[OperationRef<'_>], names: MethodNames) -> Vec<String> {
        let doc: OpenAPI = serde_json::from_value(serde_json::json!({"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {}})).unwrap();
        let settings = ShapeSettings { method_names: names, operations: BTreeMap::new() };
        let mut errors = Vec::new();
        let (_, placements) = ResourceTree::build(&doc, ops, &settings, &mut errors);
        assert!(errors.is_empty());
        placements.into_iter().map(|p| p.call).collect()
    }

    #[test]
    fn paths_give_resources_and_verbs() {
        let ops = [
            op("get", "/v1/customers"),
            op("post", "/v1/customers"),
            op("get", "/v1/customers/{customer}"),
            op("post", "/v1/customers/{customer}"),
            op("delete", "/v1/customers/{customer}"),
            op("get", "/v1/customers/search"),
            op("delete", "/v1/customers/{customer}/tax_ids/{id}"),
            op("get", "/v1/customers/{customer}/tax_ids"),
            op("delete", "/v1/customers/{customer}/discount"),
            op("post", "/v1/payment_intents/{intent}/confirm"),
            op("get", "/v1/balance"),
            op("get", "/v1/invoices/upcoming"),
            op("get", "/v1/invoices/upcoming/lines"),
            op("get", "/v1/customers/{customer}/cash_balance"),
            op("post", "/v1/customers/{customer}/cash_balance"),
            op("post", "/v1/account_links"),
            op("post", "/v1/billing_portal/sessions"),
            OperationRef { is_list: true, ..op("get", "/v1/setup_attempts") },
        ];
        assert_eq!(
            shapes(&ops, MethodNames::Auto),
            [
                "customers().list",
                "customers().create",
                "customers().retrieve",
                "customers().update",
                "customers().delete",
                "customers().search",
                "customers().tax_ids().delete",
                "customers().tax_ids().list",
                "customers().delete_discount",
                "payment_intents().confirm",
                "balance().retrieve",
                "invoices().upcoming().retrieve",
                "invoices().upcoming().lines",
                "customers().cash_balance().retrieve",
                "customers().cash_balance().update",
                "account_links().create",
                "billing_portal().sessions().create",
                "setup_attempts().list",
            ]
        );
    }

    #[test]
    fn types_are_named_for_the_resource_and_method() {
        let ops = [
            op("post", "/v1/customers"),
            op("get", "/v1/customers/{customer}"),
            op("delete", "/v1/customers/{customer}/tax_ids/{id}"),
            op("post", "/v1/payment_intents/{intent}/confirm"),
            // Retrieved or listed, depending on the answer: the method is left out.
            op("get", "/v1/setup_attempts"),
            op("get", "/v1/health"),
        ];
        let settings = ShapeSettings { method_names: MethodNames::Auto, operations: BTreeMap::new() };
        let bases: Vec<Option<String>> = type_bases(&ops, &settings);
        let expected = ["CustomerCreate", "CustomerRetrieve", "CustomerTaxIdDelete", "PaymentIntentConfirm", "SetupAttempt", "Health"];
        assert_eq!(bases, expected.map(|b| Some(b.to_owned())));
    }

    #[test]
    fn operation_ids_lose_their_resource_words_and_mechanical_ones_are_replaced() {
        let ops = [
            OperationRef { method: "get", path: "/v2/payment_flows", operation_id: Some("get_all_payment_flows"), tag: Some("Payment Flows"), is_list: false },
            OperationRef { method: "post", path: "/v2/payment_flows/{id}/cancel", operation_id: Some("cancel_payment_flow"), tag: Some("Payment Flows"), is_list: false },
            OperationRef { method: "get", path: "/v2/checkout/sessions/{id}/line_items", operation_id: Some("get_all_checkout_session_line_items"), tag: Some("Checkout Sessions"), is_list: false },
            OperationRef { method: "get", path: "/pets", operation_id: Some("listPets"), tag: None, is_list: false },
        ];
        assert_eq!(
            shapes(&ops, MethodNames::Auto),
            ["payment_flows().get_all", "payment_flows().cancel", "checkout_sessions().get_all_line_items", "pets().list"]
        );
        let stripe = [OperationRef { method: "get", path: "/v1/3d_secure/{three_d_secure}", operation_id: Some("Get3dSecureThreeDSecure"), tag: None, is_list: false }];
        assert_eq!(shapes(&stripe, MethodNames::Auto), ["three_d_secure().retrieve"]);
        assert_eq!(shapes(&stripe, MethodNames::OperationId), ["three_d_secure().get3d_secure"]);
    }

    #[test]
    fn names_never_collide() {
        let ops = [op("get", "/a/{x}"), op("get", "/a/{x}/{y}"), op("get", "/"), op("post", "/{id}"), op("get", "/a/{x}/clone"), op("post", "/a/{x}/new")];
        assert_eq!(shapes(&ops, MethodNames::Path), ["a().retrieve", "a().retrieve2", "retrieve", "update", "a().clone2", "a().new2"]);
    }

    #[test]
    fn words_split_cases_and_digits() {
        assert_eq!(words("Get3dSecureThreeDSecure"), ["get", "3", "d", "secure", "three", "d", "secure"]);
        assert_eq!(words("/v1/3d_secure/{three_d_secure}"), ["v", "1", "3", "d", "secure", "three", "d", "secure"]);
        assert_eq!(singular("entries"), "entry");
        assert_eq!(singular("boxes"), "box");
        assert_eq!(singular("flows"), "flow");
        assert_eq!(singular("address"), "address");
        assert_eq!(singular("status"), "status");
        assert_eq!(singular("analysis"), "analysis");
        assert_eq!(singular("radius"), "radius");
        assert_eq!(singular("skus"), "sku");
        assert_eq!(singular("apis"), "api");
    }
}
