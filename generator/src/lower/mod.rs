//! Stage 3: lower a parsed OpenAPI document into the generator's [model](crate::model).

pub mod features;
pub mod naming;
mod operations;
mod pagination;
mod recursion;
mod references;
mod requests;
mod resources;
pub mod servers;
mod types;
mod unions;
mod webhooks;

use openapiv3::OpenAPI;

use crate::error::Diagnostic;
use crate::model::{Api, SdkInfo, Ty, TypeDef, TypeKind};
use crate::lower::naming::{doc_lines, join_docs, string_literal};

/// Lowers `doc`, with warnings for the parts that were degraded or left out, and with the SDK
/// entry's webhook settings (its event envelope is typed); returns every problem found if any
/// stops generation.
pub fn lower_with(doc: &OpenAPI, sdk: SdkInfo, webhook_config: Option<&crate::config::WebhookConfig>) -> Result<(Api, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (webhook_items, webhook_warnings) = webhooks::read(doc);
    let mut types = types::TypeLowerer::new(doc, &sdk.typed_formats);
    types.multipart_components = operations::multipart_components(doc, &types);
    types.lower_components();
    let (mut operations, resource_tree, op_uses, routes) = operations::lower_operations(doc, &mut types, &sdk.shape);
    types.warnings.extend(webhook_warnings);
    let mut webhooks = webhooks::lower(doc, &webhook_items, &mut types);
    let envelope_type = webhook_config.and_then(|c| types.component_type(c.event_schema.as_deref()?)).map(str::to_owned);
    let resources = types.resources();
    types.check_merge_size();
    if !types.errors.is_empty() {
        return Err(types.errors);
    }
    let examples = std::mem::take(&mut types.examples);
    let typed_formats_used = types.typed_formats_used;
    let mut type_defs = types.types;
    recursion::newtype_cyclic_aliases(&mut type_defs);
    recursion::box_recursive_fields(&mut type_defs);
    let sent = requests::shape(&mut type_defs, &operations, sdk.round_trip);
    type_defs.sort_by(|a, b| a.name.cmp(&b.name));
    operations::refresh_pagination(&mut operations, &routes, &type_defs, &sdk.shape);
    unions::order_members(&mut type_defs);
    mark_unions_with_ids(&mut type_defs);
    let features = features::gate(&mut type_defs, &mut operations, &op_uses, &resources);
    requests::add_setters(&mut type_defs, &sent);
    for t in &mut type_defs {
        t.resource = resources.get(&t.name).cloned();
    }
    webhooks::gate(&mut webhooks, &type_defs);
    let event_envelope = match webhook_config.map(|c| webhooks::envelope(c, &type_defs, envelope_type.as_deref())) {
        Some(Err(problem)) => return Err(vec![problem]),
        Some(Ok(envelope)) => envelope,
        None => None,
    };
    let uses = |pred: fn(&Ty) -> bool| type_defs.iter().any(|t| t.kind.member_types().iter().any(|ty| ty.walk().into_iter().any(pred)));
    let has_or_empty = uses(|t| matches!(t, Ty::OrEmpty(_)));
    let has_expandable = uses(|t| matches!(t, Ty::Expandable(_)));
    let has_structs = type_defs.iter().any(|t| matches!(t.kind, TypeKind::Struct(_)));
    let has_files = uses(|t| matches!(t, Ty::File));
    let uses_serde = has_or_empty || has_expandable || type_defs.iter().any(|t| !matches!(t.kind, TypeKind::Alias { .. }));

    let docs = join_docs([doc_lines(&doc.info.title), doc.info.description.as_deref().map(doc_lines).unwrap_or_default()]);
    let base_url = doc.servers.first().map(servers::default_url).unwrap_or_default();
    let api = Api {
        sdk,
        docs,
        base_url: string_literal(&base_url),
        server_template: doc.servers.first().and_then(servers::template),
        api_version: string_literal(&doc.info.version),
        has_params: operations.iter().any(|o| o.params.is_some()),
        features,
        has_or_empty,
        has_expandable,
        has_structs,
        uses_serde,
        typed_formats_used,
        has_files,
        types: type_defs,
        operations,
        resources: resource_tree,
        webhooks,
        event_envelope,
        examples,
    };
    Ok((api, distinct(types.warnings)))
}

/// `warnings` without repeats, in order: a shared part of the spec (a response every operation
/// refers to) is reported once, not once per use.
fn distinct(warnings: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = std::collections::HashSet::new();
    warnings.into_iter().filter(|w| seen.insert((w.location.to_string(), w.message.clone()))).collect()
}

/// The type called `name` among `types`, which are sorted by name.
pub fn type_named<'t>(types: &'t [TypeDef], name: &str) -> Option<&'t TypeDef> {
    types.binary_search_by(|t| t.name.as_str().cmp(name)).ok().map(|i| &types[i])
}

/// A tagged union has an id when every member is a struct with one. `types` is sorted by name.
fn mark_unions_with_ids(types: &mut [TypeDef]) {
    let struct_has_id =
        |name: &str, types: &[TypeDef]| type_named(types, name).is_some_and(|t| matches!(&t.kind, TypeKind::Struct(s) if s.has_id));
    let with_ids: Vec<usize> = (0..types.len())
        .filter(|&i| match &types[i].kind {
            TypeKind::Union(u) => {
                u.fallback.is_some()
                    && u.variants.iter().all(|v| match &v.ty {
                        Ty::Named(n) => struct_has_id(n, types),
                        Ty::Boxed(inner) => matches!(inner.as_ref(), Ty::Named(n) if struct_has_id(n, types)),
                        _ => false,
                    })
            }
            _ => false,
        })
        .collect();
    for i in with_ids {
        if let TypeKind::Union(u) = &mut types[i].kind {
            u.has_id = true;
        }
    }
}
