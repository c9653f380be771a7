//! Stage 3: lower a parsed OpenAPI document into the generator's [model](crate::model).

mod operations;
mod pagination;
mod recursion;
mod types;

use openapiv3::OpenAPI;

use crate::error::Diagnostic;
use crate::model::{Api, SdkInfo, TypeKind};
use crate::naming::{doc_lines, string_literal};

/// Lowers `doc`; returns every problem found if any.
pub fn lower(doc: &OpenAPI, sdk: SdkInfo) -> Result<Api, Vec<Diagnostic>> {
    let mut types = types::TypeLowerer::new(doc);
    types.lower_components();
    let operations = operations::lower_operations(doc, &mut types);
    if !types.errors.is_empty() {
        return Err(types.errors);
    }
    let mut type_defs = types.types;
    recursion::box_recursive_fields(&mut type_defs);
    for t in &mut type_defs {
        if let TypeKind::Struct(s) = &mut t.kind
            && !s.derive_default
        {
            s.constructor = types::constructor(&s.fields);
        }
    }
    type_defs.sort_by(|a, b| a.name.cmp(&b.name));

    let mut docs = doc_lines(&doc.info.title);
    if let Some(description) = &doc.info.description {
        docs.push(string_literal(""));
        docs.extend(doc_lines(description));
    }
    let base_url = doc.servers.first().map(|s| s.url.trim_end_matches('/').to_owned()).unwrap_or_default();
    Ok(Api {
        sdk,
        docs,
        base_url: string_literal(&base_url),
        api_version: string_literal(&doc.info.version),
        has_params: operations.iter().any(|o| o.params.is_some()),
        types: type_defs,
        operations,
    })
}
