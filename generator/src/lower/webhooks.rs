//! Lowering OpenAPI 3.1 `webhooks` (requests the API sends to its users) into payload types and
//! the variants of the client's `WebhookEvent`, and the SDK entry's event envelope into the
//! kinds of object an event may carry.

use indexmap::IndexMap;
use openapiv3::{OpenAPI, PathItem, ReferenceOr};

use super::operations::{is_json, pick_media, request_body};
use super::type_named;
use super::types::{TypeLowerer, view};
use crate::config::WebhookConfig;
use crate::error::Diagnostic;
use crate::lower::naming::{Namespace, doc_lines, join_docs, string_literal, type_ident, unraw};
use crate::render::markdown::code_span;
use crate::model::{EventEnvelope, EventObjectKind, Ty, TypeDef, TypeKind, Webhook};
use crate::spec::normalize::WEBHOOKS_EXTENSION;
use crate::spec::pointer;

/// The module path under which the client crate sees the models crate.
const MODELS: &str = "models";

/// The webhooks of a document, as normalization left them, in spec order; a webhook that is
/// not a path item is reported and left out.
pub fn read(doc: &OpenAPI) -> (IndexMap<String, PathItem>, Vec<Diagnostic>) {
    let mut items = IndexMap::new();
    let mut warnings = Vec::new();
    let Some(serde_json::Value::Object(hooks)) = doc.extensions.get(WEBHOOKS_EXTENSION) else {
        return (items, warnings);
    };
    for (name, value) in hooks {
        let ptr = pointer::push("/webhooks", name);
        match serde_json::from_value::<ReferenceOr<PathItem>>(value.clone()) {
            Ok(ReferenceOr::Item(item)) => {
                items.insert(name.clone(), item);
            }
            Ok(ReferenceOr::Reference { .. }) => {
                warnings.push(Diagnostic::at(ptr, "webhook path item references are not supported; the webhook is left out"))
            }
            Err(e) => warnings.push(Diagnostic::at(ptr, format!("the webhook is not a path item ({e}); it is left out"))),
        }
    }
    (items, warnings)
}

/// One `WebhookEvent` variant per webhook operation with a JSON request body, its payload
/// lowered like any schema; others are left out with a warning.
pub fn lower<'a>(doc: &'a OpenAPI, items: &'a IndexMap<String, PathItem>, types: &mut TypeLowerer<'a>) -> Vec<Webhook> {
    let mut variants = Namespace::new();
    variants.reserve("Unknown");
    let mut webhooks = Vec::new();
    for (name, item) in items {
        for (method, op) in item.iter() {
            let ptr = pointer::push(&pointer::push("/webhooks", name), method);
            let body = op.request_body.as_ref().and_then(|b| request_body(doc, b, pointer::push(&ptr, "requestBody")).ok());
            let json = body.and_then(|(b, body_ptr)| Some((pick_media(&b.content)?, body_ptr))).filter(|((media, _), _)| is_json(media));
            let Some(((media, content), body_ptr)) = json else {
                types.warnings.push(Diagnostic::at(
                    &ptr,
                    format!("webhook `{name}` has no JSON request body, so it has no payload type; it is left out of `WebhookEvent`"),
                ));
                continue;
            };
            let base = type_ident(op.operation_id.as_deref().unwrap_or(name));
            let base = unraw(&base).to_owned();
            let ty = match &content.schema {
                Some(schema) => {
                    let p = pointer::push(&pointer::push(&pointer::push(&body_ptr, "content"), media), "schema");
                    types.lower(view(schema), &format!("{base}Payload"), &p).into_field_ty()
                }
                None => Ty::Json,
            };
            let summary = op.summary.as_deref().or(item.summary.as_deref()).map(doc_lines).unwrap_or_default();
            let description = op.description.as_deref().or(item.description.as_deref()).map(doc_lines).unwrap_or_default();
            webhooks.push(Webhook {
                variant: variants.claim(&base),
                name: string_literal(name),
                docs: join_docs([summary, description, doc_lines(&code_span(name))]),
                ty: ty.render(Some(MODELS)),
                cfg: None,
                payload: ty,
            });
            // A webhook is one event: its first operation with a payload stands for it.
            break;
        }
    }
    webhooks
}

/// The event envelope the SDK entry names, with one kind per resource type (a component schema
/// with `x-resourceId`, or any struct when the spec has no resources) whose `discriminator`
/// property holds a single value; a value several types share goes to the one with the most
/// fields (`customer` rather than `deleted_customer`). `types` is final (gated, sorted).
pub fn envelope(config: &WebhookConfig, types: &[TypeDef], component_type: Option<&str>) -> Result<Option<EventEnvelope>, Diagnostic> {
    let (Some(schema), Some(path), Some(discriminator)) = (&config.event_schema, &config.object_path, &config.discriminator) else {
        return Ok(None);
    };
    let Some(envelope) = component_type else {
        return Err(Diagnostic::at(
            pointer::push("/components/schemas", schema),
            format!("`[sdk.webhooks] event_schema` names the component schema `{schema}`, which the spec does not define as a type"),
        ));
    };
    let wire = string_literal(discriminator);
    let any_resources = types.iter().any(|t| t.resource.is_some());
    let mut best: std::collections::BTreeMap<String, (usize, &TypeDef)> = std::collections::BTreeMap::new();
    for t in types.iter().filter(|t| t.resource.is_some() || !any_resources) {
        let TypeKind::Struct(def) = &t.kind else { continue };
        let Some(value) = def.fields.iter().find(|f| f.wire == wire).and_then(|f| const_value(&f.ty, types)) else { continue };
        let size = def.fields.len();
        if best.get(&value).is_none_or(|(n, _)| size > *n) {
            best.insert(value, (size, t));
        }
    }
    let mut variants = Namespace::new();
    let kinds = best
        .into_iter()
        .map(|(value, (_, t))| EventObjectKind {
            variant: variants.claim(&t.name),
            docs: doc_lines(&format!("An object whose {} is {}.", code_span(discriminator), code_span(&value_text(&value)))),
            value,
            ty: Ty::Named(t.name.clone()).render(Some(MODELS)),
            cfg: t.cfg.clone(),
        })
        .collect();
    Ok(Some(EventEnvelope {
        ty: Ty::Named(envelope.to_owned()).render(Some(MODELS)),
        object_path: path.split('.').map(string_literal).collect(),
        discriminator: wire,
        kinds,
        fallback: variants.claim("Unknown"),
        cfg: type_named(types, envelope).and_then(|t| t.cfg.clone()),
    }))
}

/// Gives each webhook the `#[cfg(...)]` of its payload type, once types are gated.
pub fn gate(webhooks: &mut [Webhook], types: &[TypeDef]) {
    for webhook in webhooks {
        let cfg = webhook.payload.walk().into_iter().find_map(|ty| match ty {
            Ty::Named(name) => type_named(types, name).and_then(|t| t.cfg.clone()),
            _ => None,
        });
        webhook.cfg = cfg;
    }
}

/// The text of a Rust string literal prepared by the model.
fn value_text(literal: &str) -> String {
    syn::parse_str::<syn::LitStr>(literal).map(|l| l.value()).unwrap_or_else(|_| literal.to_owned())
}

/// The single value (literal) of a field typed by a const type.
fn const_value(ty: &Ty, types: &[TypeDef]) -> Option<String> {
    let Ty::Const(name) = ty else { return None };
    match &type_named(types, name)?.kind {
        TypeKind::Const { value, .. } => Some(value.clone()),
        _ => None,
    }
}
