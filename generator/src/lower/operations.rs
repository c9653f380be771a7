//! Lowering operations into client methods: parameters, bodies, responses and errors.

use openapiv3::{
    AdditionalProperties, MediaType, OpenAPI, Parameter, ParameterData, ParameterSchemaOrContent, PathItem, QueryStyle, ReferenceOr,
    RequestBody, Response, Schema, SchemaKind, StatusCode, Type,
};

use super::pagination::Detected;
use super::resources::{self, OperationRef, ResourceTree, normalize_key};
use super::{pagination, references};
use crate::config::{PaginationSettings, ShapeSettings};
use super::types::{Lowered, MAX_ARGUMENTS, TypeLowerer, view};
use crate::error::Diagnostic;
use crate::model::{
    Body, ErrorEnum, FileField, StructDef, ErrorVariant, Operation, Pagination, ParamField, ParamsStruct, PathParam, PathPart, Resource, Success, Ty,
    TypeDef,
};
use crate::lower::naming::{Namespace, doc_lines, join_docs, method_ident, snake_ident, string_literal, type_ident, unraw};
use crate::render::markdown::{code_span, from_description, table_cell};
use crate::spec::pointer;

/// The module path under which the client crate sees the models crate.
const MODELS: &str = "models";

/// What the docs of an operation answering with server-sent events add.
const EVENT_STREAM_DOC: &str = "Answers with server-sent events: the result is a stream of them, read as they arrive \
(`.reconnect(true)` resumes after a broken connection with `Last-Event-ID`).";

/// Names type names of operations cannot take (the client's own methods, kept so that type
/// names stay as they were when methods were named after them).
const RESERVED_METHODS: &[&str] = &["new", "builder", "base_url", "with_options", "config", "send", "clone", "fmt"];

/// Lowers every operation in spec order (paths as written; methods get, put, post, delete,
/// options, head, patch, trace), grouped into resources (see [`super::resources`]).
/// Also returns the resources and, per operation, the types it refers to, its success type first.
pub fn lower_operations<'a>(doc: &'a OpenAPI, types: &mut TypeLowerer<'a>, shape: &ShapeSettings) -> (Vec<Operation>, Vec<Resource>, Vec<Vec<Ty>>, Vec<String>) {
    let mut type_names = Namespace::new();
    for reserved in RESERVED_METHODS {
        type_names.reserve(reserved);
    }
    let mut shared_errors = SharedErrorBodies::find(doc);
    let mut operations = Vec::new();
    let mut routes = Vec::new();
    let mut refs = Vec::new();
    let mut uses = Vec::new();
    let items = path_items(doc, types);
    // Type names follow the resource and method each operation will have; whether it answers
    // with a page of a list is not known before its types are lowered.
    let provisional: Vec<OperationRef<'_>> = items
        .iter()
        .flat_map(|(path, item, _)| item.iter().map(|(method, op)| operation_ref(method, path, op, false)))
        .collect();
    let mut bases = resources::type_bases(&provisional, shape).into_iter();
    for (path, item, path_ptr) in &items {
        let (path, path_ptr) = (*path, path_ptr.as_str());
        for (method, op) in item.iter() {
            let ptr = pointer::push(path_ptr, method);
            let errors_before = types.errors.len();
            let mut lowering = OperationLowering { doc, types: &mut *types, ptr: ptr.clone(), uses: Vec::new(), shared_errors: &mut shared_errors };
            let base_name = match (bases.next().flatten(), &op.operation_id) {
                (Some(base), _) => method_ident(&base),
                (None, Some(id)) => method_ident(id),
                (None, None) => method_ident(&format!("{method} {path}")),
            };
            let type_base = type_names.claim(&base_name);
            let type_name = unraw(&type_ident(unraw(&type_base))).to_owned();
            let mut params: Vec<(String, &ParameterData, ParamPlace)> = Vec::new();
            for (i, p) in item.parameters.iter().enumerate() {
                lowering.add_param(p, &pointer::push(&pointer::push(path_ptr, "parameters"), &i.to_string()), &mut params);
            }
            for (i, p) in op.parameters.iter().enumerate() {
                lowering.add_param(p, &pointer::push(&pointer::push(&ptr, "parameters"), &i.to_string()), &mut params);
            }
            let docs = operation_docs(op.summary.as_deref(), op.description.as_deref(), method, path);
            let summary = op.summary.as_deref().or(op.description.as_deref()).map(|text| table_cell(&from_description(text))).unwrap_or_default();
            let (path_parts, path_params) = lowering.path(path, &params, &type_name);
            let params_struct = lowering.params_struct(&params, &type_name);
            // A body is the operation's parameters (`CustomerCreateParams`) unless a parameters
            // struct took that name.
            let body_hint = format!("{type_name}{}", if params_struct.is_some() { "Request" } else { "Params" });
            let body = op.request_body.as_ref().and_then(|b| lowering.body(b, &body_hint));
            let (success, error) = lowering.responses(&op.responses, &type_name);
            let op_uses = std::mem::take(&mut lowering.uses);
            if skip_defective(types, errors_before) {
                continue;
            }
            uses.push(op_uses);
            let docs = if success.is_event_stream() { join_docs([docs, doc_lines(EVENT_STREAM_DOC)]) } else { docs };
            let arguments = 1 + path_params.len() + usize::from(params_struct.is_some()) + usize::from(body.is_some());
            let mut operation = Operation {
                many_arguments: arguments > MAX_ARGUMENTS,
                fn_name: String::new(),
                resource: 0,
                call: String::new(),
                doc_path: String::new(),
                docs,
                summary,
                route: table_cell(&code_span(&format!("{} {path}", method.to_ascii_uppercase()))),
                operation_id: op.operation_id.clone(),
                method: method.to_ascii_uppercase(),
                path_template: string_literal(path),
                path: path_parts,
                path_params,
                params: params_struct,
                body,
                success,
                error,
                with_response_fn: String::new(),
                pagination: None,
                cfg: None,
                server: op
                    .servers
                    .first()
                    .or(item.servers.first())
                    .map(|s| string_literal(&super::servers::default_url(s))),
            };
            let route = format!("{} {path}", method.to_ascii_uppercase());
            let declared = declared_pagination(shape, &route);
            match pagination::detect(&operation, &types.types, MODELS, declared, operation.success.link_header, &route) {
                Detected::Paged(found) => operation.pagination = Some(*found),
                Detected::Unrecognised(why) => types.warnings.push(Diagnostic::at(ptr.clone(), why)),
                Detected::No => {}
            }
            refs.push(operation_ref(method, path, op, operation.pagination.is_some()));
            routes.push(route);
            operations.push(operation);
        }
    }
    let (mut tree, placements) = ResourceTree::build(doc, &refs, shape, &mut types.errors);
    for (op, placement) in operations.iter_mut().zip(placements) {
        op.fn_name = placement.fn_name;
        op.resource = placement.resource;
        op.call = placement.call;
        op.doc_path = placement.doc_path;
    }
    // Derived names come after every operation's own name, so that they never take one.
    for op in &mut operations {
        let base = unraw(&op.fn_name).trim_end_matches('_').to_owned();
        op.with_response_fn = tree.claim(op.resource, &format!("{base}_with_response"));
        if let Some(p) = &mut op.pagination {
            p.stream_fn = tree.claim(op.resource, &format!("{base}_stream"));
            p.page_call = format!("{}{}", op.call.strip_suffix(op.fn_name.as_str()).unwrap_or_default(), op.with_response_fn);
        }
    }
    (operations, tree.resources, uses, routes)
}

/// The pagination sdks.toml declares for the operation at `route` (`METHOD /path`), if any.
fn declared_pagination<'s>(shape: &'s ShapeSettings, route: &str) -> Option<&'s PaginationSettings> {
    shape.operations.iter().find(|(key, _)| normalize_key(key) == route).and_then(|(_, s)| s.pagination.as_ref())
}

/// Detects each paged operation's pagination again over the final `types` (`routes` gives
/// each operation's `METHOD /path`), keeping its stream's name: shaping made the optional
/// nullable fields of response-only types plain `Option`s after the first detection, and the
/// stream's field accessors must follow the types as rendered.
pub fn refresh_pagination(operations: &mut [Operation], routes: &[String], types: &[TypeDef], shape: &ShapeSettings) {
    for (op, route) in operations.iter_mut().zip(routes) {
        let Some(old) = &op.pagination else { continue };
        let declared = declared_pagination(shape, route);
        if let Detected::Paged(found) = pagination::detect(op, types, MODELS, declared, op.success.link_header, route) {
            let (stream_fn, page_call) = (old.stream_fn.clone(), old.page_call.clone());
            op.pagination = Some(Pagination { stream_fn, page_call, ..*found });
        }
    }
}

/// The paths of the spec in order, each with its item (a reference followed) and the item's
/// JSON pointer; a reference that cannot be followed skips its path with a warning.
fn path_items<'a>(doc: &'a OpenAPI, types: &mut TypeLowerer<'a>) -> Vec<(&'a str, &'a PathItem, String)> {
    let mut items = Vec::new();
    for (path, item) in &doc.paths.paths {
        match item {
            ReferenceOr::Item(item) => items.push((path.as_str(), item, pointer::push("/paths", path))),
            ReferenceOr::Reference { reference } => match references::follow::<PathItem>(doc, reference) {
                Ok((item, ptr)) => items.push((path.as_str(), item, ptr)),
                Err(why) => types.warnings.push(Diagnostic::at(pointer::push("/paths", path), format!("path item reference {why}; the path is skipped"))),
            },
        }
    }
    items
}

/// What grouping and naming need to know of one operation.
fn operation_ref<'a>(method: &'a str, path: &'a str, op: &'a openapiv3::Operation, is_list: bool) -> OperationRef<'a> {
    OperationRef { method, path, operation_id: op.operation_id.as_deref(), tag: op.tags.first().map(String::as_str), is_list }
}

/// A defect confined to one operation degrades only it: when lowering an operation
/// found problems (the errors after `errors_before`, each naming its place inside the operation), they become warnings and the operation is
/// skipped. Returns whether it is.
fn skip_defective(types: &mut TypeLowerer<'_>, errors_before: usize) -> bool {
    if types.errors.len() == errors_before {
        return false;
    }
    let problems: Vec<Diagnostic> = types.errors.drain(errors_before..).collect();
    for mut problem in problems {
        problem.message = format!("{}; the operation is skipped", problem.message);
        types.warnings.push(problem);
    }
    true
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ParamPlace {
    Path,
    Query(QueryStyleKind),
    Header,
    Cookie,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum QueryStyleKind {
    Form { explode: bool },
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

struct OperationLowering<'a, 't> {
    doc: &'a OpenAPI,
    types: &'t mut TypeLowerer<'a>,
    ptr: String,
    /// Types the operation refers to, its success type first.
    uses: Vec<Ty>,
    /// Error bodies written in place, alike, in several operations (see [`SharedErrorBodies`]).
    shared_errors: &'t mut SharedErrorBodies,
}

/// Error response bodies that several operations write in place with the same schema (as
/// converted specs do, each operation repeating `{"message": string}` for its 404): each is
/// one type, named after its status (`NotFoundResponse`, or `ErrorResponse` when it serves
/// several), not one copy per operation named after whichever came first.
#[derive(Default)]
struct SharedErrorBodies {
    /// For each such schema (as JSON): its type name hint, and its type once lowered.
    types: std::collections::HashMap<String, (String, Option<Ty>)>,
}

impl SharedErrorBodies {
    /// Finds the error bodies of `doc` written in place in more than one operation.
    fn find(doc: &OpenAPI) -> SharedErrorBodies {
        // Per schema: the operations writing it, and the statuses it is written for.
        let mut seen: std::collections::HashMap<String, (usize, std::collections::BTreeSet<String>)> = std::collections::HashMap::new();
        let operations = doc.paths.paths.values().filter_map(ReferenceOr::as_item).flat_map(|item| item.iter().map(|(_, op)| op));
        for op in operations {
            let errors = op.responses.responses.iter().filter(|(code, _)| !is_success_code(code)).map(|(code, r)| (error_name(code), r));
            let mut mine = std::collections::BTreeMap::new();
            for (status, response) in errors.chain(op.responses.default.as_ref().map(|r| ("DefaultError".to_owned(), r))) {
                if let Some(key) = response.as_item().and_then(inline_error_schema) {
                    mine.entry(key).or_insert_with(std::collections::BTreeSet::new).insert(status);
                }
            }
            for (key, statuses) in mine {
                let entry = seen.entry(key).or_default();
                entry.0 += 1;
                entry.1.extend(statuses);
            }
        }
        let types = seen
            .into_iter()
            .filter(|(_, (operations, _))| *operations > 1)
            .map(|(key, (_, statuses))| {
                let hint = match statuses.len() {
                    1 => format!("{}Response", statuses.into_iter().next().expect("one status")),
                    _ => "ErrorResponse".to_owned(),
                };
                (key, (hint, None))
            })
            .collect();
        SharedErrorBodies { types }
    }
}

/// The variant name of an error status (`NotFound`, `Status5xx`).
fn error_name(code: &StatusCode) -> String {
    match code {
        StatusCode::Code(c) => status_name(*c),
        StatusCode::Range(r) => format!("Status{r}xx"),
    }
}

/// The JSON body schema of an error response, written in place, as JSON text.
fn inline_error_schema(response: &Response) -> Option<String> {
    let (media, content) = pick_media(&response.content)?;
    match (&content.schema, is_json(media)) {
        (Some(ReferenceOr::Item(schema)), true) => serde_json::to_string(schema).ok(),
        _ => None,
    }
}

/// Whether a status code is a success (2xx).
fn is_success_code(code: &StatusCode) -> bool {
    match code {
        StatusCode::Code(c) => (200..300).contains(c),
        StatusCode::Range(r) => *r == 2,
    }
}

impl<'a> OperationLowering<'a, '_> {
    fn error(&mut self, ptr: impl Into<String>, message: impl Into<String>) {
        self.types.errors.push(Diagnostic::at(ptr, message));
    }

    /// Resolves a parameter and adds it, replacing a path-level one of the same name and place.
    fn add_param(
        &mut self,
        param: &'a ReferenceOr<Parameter>,
        ptr: &str,
        params: &mut Vec<(String, &'a ParameterData, ParamPlace)>,
    ) {
        let (param, ptr) = match param {
            ReferenceOr::Item(p) => (p, ptr.to_owned()),
            ReferenceOr::Reference { reference } => match references::follow::<Parameter>(self.doc, reference) {
                Ok(found) => found,
                Err(why) => {
                    self.error(ptr, format!("parameter reference {why}"));
                    return;
                }
            },
        };
        let (data, place) = match param {
            Parameter::Path { parameter_data, .. } => (parameter_data, ParamPlace::Path),
            Parameter::Query { parameter_data, style, .. } => {
                let explode = parameter_data.explode.unwrap_or(matches!(style, QueryStyle::Form | QueryStyle::DeepObject));
                let kind = match style {
                    QueryStyle::Form => QueryStyleKind::Form { explode },
                    QueryStyle::SpaceDelimited => QueryStyleKind::SpaceDelimited,
                    QueryStyle::PipeDelimited => QueryStyleKind::PipeDelimited,
                    QueryStyle::DeepObject => QueryStyleKind::DeepObject,
                };
                (parameter_data, ParamPlace::Query(kind))
            }
            Parameter::Header { parameter_data, .. } => (parameter_data, ParamPlace::Header),
            Parameter::Cookie { parameter_data, .. } => (parameter_data, ParamPlace::Cookie),
        };
        let same_place = |a: ParamPlace, b: ParamPlace| std::mem::discriminant(&a) == std::mem::discriminant(&b);
        params.retain(|(_, d, p)| !(d.name == data.name && same_place(*p, place)));
        params.push((ptr, data, place));
    }

    fn param_type(&mut self, data: &'a ParameterData, hint: &str, ptr: &str) -> Lowered {
        let lowered = self.param_schema_type(data, hint, ptr);
        self.uses.push(lowered.ty.clone());
        lowered
    }

    fn param_schema_type(&mut self, data: &'a ParameterData, hint: &str, ptr: &str) -> Lowered {
        match &data.format {
            ParameterSchemaOrContent::Schema(schema) => self.types.lower(view(schema), hint, &pointer::push(ptr, "schema")),
            ParameterSchemaOrContent::Content(content) => match content.first() {
                Some((media, MediaType { schema: Some(schema), .. })) => {
                    let p = pointer::push(&pointer::push(&pointer::push(ptr, "content"), media), "schema");
                    self.types.lower(view(schema), hint, &p)
                }
                _ => Lowered { ty: Ty::String, nullable: false },
            },
        }
    }

    /// Splits the path template into text and parameters, checking both sides agree. A name the
    /// template uses without declaring it becomes a required string argument, with a warning.
    fn path(
        &mut self,
        template: &str,
        params: &[(String, &'a ParameterData, ParamPlace)],
        type_name: &str,
    ) -> (Vec<PathPart>, Vec<PathParam>) {
        let mut arg_names = Namespace::new();
        arg_names.reserve("params");
        arg_names.reserve("body");
        // The README's quick start passes the client beside the path arguments.
        arg_names.reserve("client");
        let declared: Vec<&(String, &ParameterData, ParamPlace)> =
            params.iter().filter(|(_, _, place)| *place == ParamPlace::Path).collect();
        let mut parts = Vec::new();
        let mut path_params: Vec<PathParam> = Vec::new();
        // Names the template uses without declaring them, with their argument names.
        let mut undeclared: Vec<(&str, String)> = Vec::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
            if open > 0 {
                parts.push(PathPart { text: Some(string_literal(&rest[..open])), param: None });
            }
            let name = &rest[open + 1..close];
            match declared.iter().find(|(_, d, _)| d.name == name) {
                Some((ptr, data, _)) => {
                    let arg = arg_names.claim(&snake_ident(name));
                    let hint = format!("{type_name}{}", unraw(&type_ident(name)));
                    let mut lowered = self.param_type(data, &hint, ptr);
                    // A value without a text form (an object, an array) is given as the text
                    // the path holds.
                    if !self.types.displays(&lowered.ty) {
                        lowered.ty = Ty::String;
                    }
                    let model_ty = lowered.ty.clone();
                    let ty = match lowered.ty {
                        Ty::String => "&str".to_owned(),
                        Ty::I32 | Ty::I64 | Ty::Bool | Ty::F64 => lowered.ty.render(Some(MODELS)),
                        other => format!("&{}", other.render(Some(MODELS))),
                    };
                    parts.push(PathPart { text: None, param: Some(arg.clone()) });
                    path_params.push(PathParam { name: arg, ty, model_ty });
                }
                None => {
                    // Degrade: the undeclared name becomes a required string argument.
                    let arg = match undeclared.iter().find(|(n, _)| *n == name) {
                        Some((_, arg)) => arg.clone(),
                        None => {
                            let arg = arg_names.claim(&snake_ident(name));
                            self.types.warnings.push(Diagnostic::at(
                                &self.ptr,
                                format!("path template `{template}` uses `{{{name}}}`, but no path parameter `{name}` is declared; it is taken as a required string path parameter"),
                            ));
                            path_params.push(PathParam { name: arg.clone(), ty: "&str".to_owned(), model_ty: Ty::String });
                            undeclared.push((name, arg.clone()));
                            arg
                        }
                    };
                    parts.push(PathPart { text: None, param: Some(arg) });
                }
            }
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            parts.push(PathPart { text: Some(string_literal(rest)), param: None });
        }
        for (ptr, data, _) in declared {
            if !template.contains(&format!("{{{}}}", data.name)) {
                self.error(ptr.clone(), format!("path parameter `{}` does not appear in the path `{template}`", data.name));
            }
        }
        (parts, path_params)
    }

    /// Where an integer parameter starts, as the spec says: its `default`, else its `minimum`,
    /// when not negative (a page number whose first page is 0 or 1).
    fn integer_start(&self, data: &ParameterData) -> Option<u64> {
        let ParameterSchemaOrContent::Schema(schema) = &data.format else { return None };
        let schema = match schema {
            ReferenceOr::Item(schema) => schema,
            ReferenceOr::Reference { reference } => self.types.resolve(reference)?.1,
        };
        let SchemaKind::Type(Type::Integer(integer)) = &schema.schema_kind else { return None };
        let default = schema.schema_data.default.as_ref().and_then(serde_json::Value::as_u64);
        default.or_else(|| integer.minimum.and_then(|m| u64::try_from(m).ok()))
    }

    fn params_struct(&mut self, params: &[(String, &'a ParameterData, ParamPlace)], type_name: &str) -> Option<ParamsStruct> {
        let mut names = Namespace::new();
        let mut fields = Vec::new();
        let (mut query, mut headers, mut cookies) = (Vec::new(), Vec::new(), Vec::new());
        let mut derive_default = true;
        for (ptr, data, place) in params {
            if *place == ParamPlace::Path {
                continue;
            }
            let hint = format!("{type_name}{}", unraw(&type_ident(&data.name)));
            let lowered = self.param_type(data, &hint, ptr);
            let required = data.required && !lowered.nullable;
            let ty = if required {
                derive_default = false;
                lowered.ty
            } else {
                lowered.ty.optional()
            };
            let style = match place {
                ParamPlace::Query(QueryStyleKind::Form { explode: true }) => "Form",
                ParamPlace::Query(QueryStyleKind::Form { explode: false }) => "FormNoExplode",
                ParamPlace::Query(QueryStyleKind::SpaceDelimited) => "SpaceDelimited",
                ParamPlace::Query(QueryStyleKind::PipeDelimited) => "PipeDelimited",
                ParamPlace::Query(QueryStyleKind::DeepObject) => "DeepObject",
                _ => "Form",
            };
            let field = ParamField {
                name: names.claim(&snake_ident(&data.name)),
                wire: string_literal(&data.name),
                docs: data.description.as_deref().map(doc_lines).unwrap_or_default(),
                ty: ty.render(Some(MODELS)),
                model_ty: ty,
                style: style.to_owned(),
                required,
                start: self.integer_start(data),
            };
            match place {
                ParamPlace::Query(_) => query.push(field.clone()),
                ParamPlace::Header => headers.push(field.clone()),
                ParamPlace::Cookie => cookies.push(field.clone()),
                ParamPlace::Path => {}
            }
            fields.push(field);
        }
        if fields.is_empty() {
            return None;
        }
        let setters = super::requests::setters(fields.iter().map(|f| (f.name.as_str(), &f.model_ty)), Some(MODELS));
        Some(ParamsStruct { name: format!("{type_name}Params"), derive_default, fields, query, headers, cookies, setters })
    }

    /// The request body; an inline schema becomes a type named `hint`.
    fn body(&mut self, body: &'a ReferenceOr<RequestBody>, hint: &str) -> Option<Body> {
        let ptr = pointer::push(&self.ptr, "requestBody");
        let (body, ptr) = match request_body(self.doc, body, ptr.clone()) {
            Ok(found) => found,
            Err(why) => {
                self.error(ptr, format!("request body reference {why}"));
                return None;
            }
        };
        let (media, content) = self.media(&body.content, &ptr)?;
        if content.schema.as_ref().is_some_and(|s| is_empty_object(s, self.types)) {
            return None;
        }
        let encoder = if is_json(media) {
            "json_body"
        } else if media == "application/x-www-form-urlencoded" {
            "form_body"
        } else if media == "multipart/form-data" {
            "multipart_body"
        } else {
            "bytes_body"
        };
        let ty = match (&content.schema, encoder) {
            (_, "bytes_body") | (None, _) => Ty::Bytes,
            (Some(schema), _) => {
                let p = pointer::push(&pointer::push(&pointer::push(&ptr, "content"), media), "schema");
                self.types.files_allowed = encoder == "multipart_body";
                let ty = self.types.lower(view(schema), hint, &p).ty;
                self.types.files_allowed = false;
                ty
            }
        };
        self.uses.push(ty.clone());
        let files = match (&ty, encoder) {
            (Ty::Named(name), "multipart_body") => self.types.struct_named(name).map(file_fields).unwrap_or_default(),
            _ => Vec::new(),
        };
        let model_ty = ty.clone();
        let ty = if ty == Ty::Bytes { "[u8]".to_owned() } else { ty.render(Some(MODELS)) };
        Some(Body {
            ty,
            model_ty,
            required: body.required,
            encoder: encoder.to_owned(),
            content_type: string_literal(media),
            files,
        })
    }

    fn responses(&mut self, responses: &'a openapiv3::Responses, type_name: &str) -> (Success, ErrorEnum) {
        let mut entries: Vec<(StatusCode, &'a ReferenceOr<Response>)> =
            responses.responses.iter().map(|(code, r)| (code.clone(), r)).collect();
        entries.sort_by_key(|(code, _)| match code {
            StatusCode::Code(c) => (0, *c),
            StatusCode::Range(r) => (1, *r),
        });
        let responses_ptr = pointer::push(&self.ptr, "responses");
        let mut success: Option<Success> = None;
        let mut variants = Vec::new();
        let mut variant_names = Namespace::new();
        for (code, response) in entries {
            let ptr = pointer::push(&responses_ptr, &code.to_string());
            let Some((response, ptr)) = self.resolve_response(response, &ptr) else { continue };
            if is_success_code(&code) {
                if success.is_none() {
                    let hint = shared_hint(&ptr).unwrap_or_else(|| format!("{type_name}Response"));
                    success = Some(self.success(response, &hint, &ptr, &format!("{type_name}Error")));
                }
                continue;
            }
            let name = error_name(&code);
            let (pattern, has_status) = match code {
                StatusCode::Code(c) => (c.to_string(), false),
                StatusCode::Range(r) => (format!("{}..={}", r * 100, r * 100 + 99), true),
            };
            let hint = shared_hint(&ptr).unwrap_or_else(|| format!("{type_name}{name}"));
            let payload = self.payload(response, &hint, &ptr);
            variants.push(ErrorVariant {
                name: variant_names.claim(&name),
                docs: error_docs(&code.to_string(), &response.description),
                pattern,
                has_status,
                payload,
            });
        }
        let mut fallback = None;
        match &responses.default {
            Some(default) => {
                let ptr = pointer::push(&responses_ptr, "default");
                if let Some((response, ptr)) = self.resolve_response(default, &ptr) {
                    let hint = shared_hint(&ptr).unwrap_or_else(|| format!("{type_name}Default"));
                    let payload = self.payload(response, &hint, &ptr);
                    variants.push(ErrorVariant {
                        name: variant_names.claim("Other"),
                        docs: error_docs("default", &response.description),
                        pattern: "_".to_owned(),
                        has_status: true,
                        payload,
                    });
                }
            }
            None => fallback = Some(variant_names.claim("Unexpected")),
        }
        let success = success.unwrap_or_else(|| Success::decoded("()", "decode_empty"));
        let arms = variants.len() + usize::from(fallback.is_some());
        let matches_status = arms > 1 || variants.first().is_some_and(|v| v.pattern != "_");
        (success, ErrorEnum { name: format!("{type_name}Error"), variants, fallback, matches_status })
    }

    /// The media type used of `content` (at `ptr/content`), see [`pick_media`]; the others
    /// (`text/event-stream`, `application/xml`, ...) are named in a warning, since the SDK does
    /// not send or read them.
    fn media(&mut self, content: &'a indexmap::IndexMap<String, MediaType>, ptr: &str) -> Option<(&'a str, &'a MediaType)> {
        let (chosen, media) = pick_media(content)?;
        // A `text/event-stream` alternative is the events work's to offer (issue 13), not named here.
        let others: Vec<String> =
            content.keys().filter(|m| m.as_str() != chosen && !is_event_stream(m)).map(|m| code_span(m)).collect();
        if !others.is_empty() {
            self.types.warnings.push(Diagnostic::at(
                pointer::push(ptr, "content"),
                format!("only {} is generated; the alternatives {} are not", code_span(chosen), others.join(", ")),
            ));
        }
        Some((chosen, media))
    }

    /// The response a status code declares, through references, with its place.
    fn resolve_response(&mut self, response: &'a ReferenceOr<Response>, ptr: &str) -> Option<(&'a Response, String)> {
        match response {
            ReferenceOr::Item(r) => Some((r, ptr.to_owned())),
            ReferenceOr::Reference { reference } => match references::follow::<Response>(self.doc, reference) {
                Ok(found) => Some(found),
                Err(why) => {
                    self.error(ptr, format!("response reference {why}"));
                    None
                }
            },
        }
    }

    fn success(&mut self, response: &'a Response, hint: &str, ptr: &str, error_enum: &str) -> Success {
        match self.media(&response.content, ptr) {
            None => Success::decoded("()", "decode_empty"),
            Some((media, content)) if is_event_stream(media) => {
                // The schema describes each event's data: JSON, unless it is plain text.
                let (ty, decoder) = match &content.schema {
                    Some(schema) => {
                        let p = pointer::push(&pointer::push(&pointer::push(ptr, "content"), media), "schema");
                        match self.types.lower(view(schema), hint, &p).into_field_ty() {
                            Ty::String | Ty::Bytes => (Ty::String, "decode_text"),
                            ty => (ty, "decode_json"),
                        }
                    }
                    None => (Ty::Json, "decode_json"),
                };
                let ty_text = format!("runtime::EventStream<{}, {error_enum}>", ty.render(Some(MODELS)));
                self.uses.insert(0, ty);
                Success { ty: ty_text, decoder: decoder.to_owned(), transport_fn: "open_event_stream".to_owned(), model: None, link_header: false }
            }
            Some((media, content)) if is_json(media) => {
                let ty = match &content.schema {
                    Some(schema) => {
                        let p = pointer::push(&pointer::push(&pointer::push(ptr, "content"), media), "schema");
                        self.types.lower(view(schema), hint, &p).into_field_ty()
                    }
                    None => Ty::Json,
                };
                self.uses.insert(0, ty.clone());
                let link_header = response.headers.keys().any(|h| h.eq_ignore_ascii_case("link"));
                Success { model: Some(ty.clone()), link_header, ..Success::decoded(&ty.render(Some(MODELS)), "decode_json") }
            }
            Some(_) => Success::decoded(&Ty::Bytes.render(None), "decode_bytes"),
        }
    }

    /// The type of an error response's JSON body: named after `hint`, or shared with other
    /// operations writing the same body in place (see [`SharedErrorBodies`]).
    fn payload(&mut self, response: &'a Response, hint: &str, ptr: &str) -> Option<String> {
        let (media, content) = self.media(&response.content, ptr)?;
        if !is_json(media) {
            return None;
        }
        let schema = content.schema.as_ref()?;
        let p = pointer::push(&pointer::push(&pointer::push(ptr, "content"), media), "schema");
        let shared = inline_error_schema(response).and_then(|key| Some((self.shared_errors.types.get(&key)?.clone(), key)));
        let ty = match shared {
            Some(((_, Some(ty)), _)) => ty,
            Some(((hint, None), key)) => {
                let ty = self.types.lower(view(schema), &hint, &p).into_field_ty();
                self.shared_errors.types.insert(key, (hint, Some(ty.clone())));
                ty
            }
            None => self.types.lower(view(schema), hint, &p).into_field_ty(),
        };
        let rendered = ty.render(Some(MODELS));
        self.uses.push(ty);
        Some(rendered)
    }
}

/// The name for the inline schema of a response shared through `components/responses`: its
/// key, so that every operation using it gets the one type, named after the response rather
/// than after whichever operation came first.
fn shared_hint(response_ptr: &str) -> Option<String> {
    let key = response_ptr.strip_prefix("/components/responses/")?;
    let name = type_ident(&pointer::last_token(&format!("/{key}")));
    Some(format!("{}Response", unraw(&name).trim_end_matches("Response")))
}

impl Success {
    /// A response sent with `execute`, its body decoded by `decoder` into `ty`.
    fn decoded(ty: &str, decoder: &str) -> Success {
        Success { ty: ty.to_owned(), decoder: decoder.to_owned(), transport_fn: "execute".to_owned(), model: None, link_header: false }
    }

    /// Whether the response is a stream of server-sent events.
    pub fn is_event_stream(&self) -> bool {
        self.transport_fn == "open_event_stream"
    }
}

/// Whether a media type is `text/event-stream` (server-sent events).
fn is_event_stream(media: &str) -> bool {
    media.split(';').next().unwrap_or_default().trim().eq_ignore_ascii_case("text/event-stream")
}

pub(super) fn is_json(media: &str) -> bool {
    let essence = media.split(';').next().unwrap_or_default().trim();
    essence == "application/json" || essence.ends_with("+json")
}

/// Whether a body schema is an object that allows no properties at all (Stripe gives every
/// `GET` such a body); an operation with one takes no body.
fn is_empty_object(schema: &ReferenceOr<Schema>, types: &TypeLowerer<'_>) -> bool {
    let schema = match schema {
        ReferenceOr::Item(s) => s,
        ReferenceOr::Reference { reference } => match types.resolve(reference) {
            Some((_, s)) => s,
            None => return false,
        },
    };
    matches!(&schema.schema_kind, SchemaKind::Type(Type::Object(o))
        if o.properties.is_empty() && matches!(o.additional_properties, Some(AdditionalProperties::Any(false))))
}

/// The fields of a body struct that hold files.
fn file_fields(def: &StructDef) -> Vec<FileField> {
    def.fields
        .iter()
        .filter_map(|f| {
            let (optional, many) = f.ty.file_field()?;
            Some(FileField { wire: f.wire.clone(), field: f.name.clone(), optional, many })
        })
        .collect()
}

/// A request body, seen through a possible reference, with its place (`ptr` when written in
/// place); the error says why a reference leads nowhere usable.
pub(super) fn request_body<'a>(doc: &'a OpenAPI, body: &'a ReferenceOr<RequestBody>, ptr: String) -> Result<(&'a RequestBody, String), String> {
    match body {
        ReferenceOr::Item(b) => Ok((b, ptr)),
        ReferenceOr::Reference { reference } => references::follow::<RequestBody>(doc, reference),
    }
}

/// Keys of the component schemas that an operation sends as its `multipart/form-data` body:
/// their `format: binary` properties are files.
pub fn multipart_components(doc: &OpenAPI, types: &TypeLowerer<'_>) -> std::collections::BTreeSet<String> {
    doc.paths
        .paths
        .values()
        .filter_map(ReferenceOr::as_item)
        .flat_map(|item| item.iter().map(|(_, op)| op))
        .filter_map(|op| request_body(doc, op.request_body.as_ref()?, String::new()).ok())
        .filter_map(|(body, _)| match pick_media(&body.content)? {
            ("multipart/form-data", MediaType { schema: Some(ReferenceOr::Reference { reference }), .. }) => {
                types.resolve(reference).map(|(key, _)| key.to_owned())
            }
            _ => None,
        })
        .collect()
}

/// The media type to use: JSON first, then form data, then whatever comes first.
pub(super) fn pick_media(content: &indexmap::IndexMap<String, MediaType>) -> Option<(&str, &MediaType)> {
    let json = content.iter().find(|(m, _)| is_json(m));
    let form = content.iter().find(|(m, _)| m.as_str() == "application/x-www-form-urlencoded");
    json.or(form).or_else(|| content.first()).map(|(m, c)| (m.as_str(), c))
}

fn operation_docs(summary: Option<&str>, description: Option<&str>, method: &str, path: &str) -> Vec<String> {
    let route = code_span(&format!("{} {path}", method.to_ascii_uppercase()));
    join_docs([summary.map(doc_lines).unwrap_or_default(), description.map(doc_lines).unwrap_or_default(), doc_lines(&route)])
}

/// Docs for an error variant: the status and the documented reasons, one list item each when
/// there are several (`<br>`-separated).
fn error_docs(status: &str, description: &str) -> Vec<String> {
    let reasons: Vec<&str> = description.split("<br>").map(str::trim).filter(|r| !r.is_empty()).collect();
    let status = format!("Status {status}.");
    match reasons.as_slice() {
        [] => doc_lines(&status),
        [one] => doc_lines(&format!("{status}\n{one}")),
        many => {
            let items: Vec<String> = many.iter().map(|r| format!("- {r}")).collect();
            doc_lines(&format!("{status}\n\nDocumented reasons:\n\n{}", items.join("\n")))
        }
    }
}

/// A variant name for an HTTP status code.
fn status_name(code: u16) -> String {
    let name = match code {
        300 => "MultipleChoices",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        422 => "UnprocessableEntity",
        423 => "Locked",
        424 => "FailedDependency",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        _ => return format!("Status{code}"),
    };
    name.to_owned()
}
