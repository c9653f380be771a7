//! The API surface of a generated SDK: what its users can name, in Rust terms.
//!
//! A [`Surface`] is read off the lowered [model](crate::model) and is written into every
//! generated SDK as `api.json`, so the surface of what is checked in can be compared with a new
//! one without the spec it came from.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Diagnostic, Error, Result};
use crate::model::{self, Api, TypeKind};

/// The value of [`Surface::format`]; a manifest with another value is not read.
pub const FORMAT: &str = "sdkgen-api-surface/1";

/// File name of the manifest inside a generated SDK.
pub const MANIFEST: &str = "api.json";

/// Everything a user of one generated SDK can name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Surface {
    /// Always `FORMAT`.
    pub format: String,
    /// The SDK's name.
    pub sdk: String,
    /// Package name of the models crate.
    pub models_package: String,
    /// Package name of the client crate.
    pub client_package: String,
    /// Version of both crates.
    pub version: String,
    /// Client methods, in spec order.
    pub operations: Vec<OperationSurface>,
    /// Named types of the models crate, sorted by name.
    pub types: Vec<TypeSurface>,
}

/// One client method.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationSurface {
    /// The method's call from a client, resources included (`customers().tax_ids().delete`).
    pub name: String,
    /// The call of the method returning every item as a stream, for list operations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<String>,
    /// The spec's operationId, which a renamed or moved method keeps (absent in manifests
    /// written before it was recorded, and for operations without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation_id: Option<String>,
    /// The `#[cfg(...)]` predicate (Cargo features) under which the method exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cfg: Option<String>,
    /// HTTP method (`GET`).
    pub method: String,
    /// Path template (`/v1/customers/{customer}`).
    pub path: String,
    /// Positional path arguments, in order.
    pub path_args: Vec<Arg>,
    /// Name of the parameters struct, if the method takes one.
    pub params: Option<String>,
    /// Fields of the parameters struct.
    pub params_fields: Vec<ParamSurface>,
    /// The request body argument.
    pub body: Option<BodySurface>,
    /// The success type.
    pub success: String,
    /// Name of the error enum.
    pub error: String,
    /// Variants of the error enum for documented responses.
    pub errors: Vec<ErrorSurface>,
    /// The variant for undocumented statuses, if any.
    pub error_fallback: Option<String>,
}

/// A positional argument.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arg {
    /// Argument name.
    pub name: String,
    /// Argument type.
    pub ty: String,
}

/// A field of a parameters struct.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamSurface {
    /// Field name.
    pub name: String,
    /// Name on the wire.
    pub wire: String,
    /// `query`, `header` or `cookie`.
    pub location: String,
    /// Field type (`Option<T>` when optional).
    pub ty: String,
}

/// The request body argument.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodySurface {
    /// Body type.
    pub ty: String,
    /// Whether the argument is `&T` rather than `Option<&T>`.
    pub required: bool,
    /// Content type sent.
    pub content_type: String,
}

/// A variant of an operation's error enum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorSurface {
    /// Variant name.
    pub name: String,
    /// Status match pattern (`404`, `400..=499`, `_`).
    pub status: String,
    /// Whether the variant records the status.
    pub has_status: bool,
    /// Body type, if decoded.
    pub payload: Option<String>,
}

/// A named type of the models crate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeSurface {
    /// Type name.
    pub name: String,
    /// The `#[cfg(...)]` predicate (Cargo features) under which the type exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cfg: Option<String>,
    /// Its shape.
    pub shape: Shape,
}

/// The shape of a named type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Shape {
    /// A struct.
    Struct {
        /// Fields in order.
        fields: Vec<FieldSurface>,
        /// Whether values can only be built by a struct literal naming every field: the struct
        /// has neither `Default` nor a `new` constructor.
        #[serde(default, skip_serializing_if = "is_false")]
        literal_only: bool,
    },
    /// A string enum with an unknown-value fallback.
    Enum {
        /// Known values.
        values: Vec<ValueSurface>,
    },
    /// A polymorphic type: one of several member types.
    Union {
        /// Members, in order.
        members: Vec<Arg>,
        /// The variant that keeps objects of a kind the SDK does not know, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fallback: Option<String>,
    },
    /// A single-value type.
    Const {
        /// The value.
        value: String,
    },
    /// A type alias.
    Alias {
        /// The aliased type.
        target: String,
    },
}

impl Shape {
    /// `struct`, `enum`, `union`, `const` or `alias`.
    pub fn kind(&self) -> &'static str {
        match self {
            Shape::Struct { .. } => "struct",
            Shape::Enum { .. } => "enum",
            Shape::Union { .. } => "union",
            Shape::Const { .. } => "const",
            Shape::Alias { .. } => "alias",
        }
    }
}

/// A struct field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSurface {
    /// Field name.
    pub name: String,
    /// The `#[cfg(...)]` predicate of a field that exists in two forms depending on features.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cfg: Option<String>,
    /// Name on the wire (empty for flattened fields).
    pub wire: String,
    /// Field type (`Option<T>` when optional).
    pub ty: String,
}

/// A known value of a string enum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueSurface {
    /// Variant name.
    pub name: String,
    /// Value on the wire.
    pub wire: String,
}

impl Surface {
    /// Reads the surface off a lowered API.
    pub fn of(api: &Api) -> Surface {
        Surface {
            format: FORMAT.to_owned(),
            sdk: api.sdk.name.clone(),
            models_package: api.sdk.models_package.clone(),
            client_package: api.sdk.client_package.clone(),
            version: api.sdk.version.clone(),
            operations: api.operations.iter().map(operation).collect(),
            types: api.types.iter().map(type_surface).collect(),
        }
    }

    /// The manifest text: JSON with one operation or type per line, so that version control
    /// shows which ones changed; the same for the same surface.
    pub fn to_manifest(&self) -> String {
        fn json<T: Serialize + ?Sized>(value: &T) -> String {
            serde_json::to_string(value).expect("a surface serializes")
        }
        fn lines<T: Serialize>(items: &[T]) -> String {
            if items.is_empty() {
                return "[]".to_owned();
            }
            let body: Vec<String> = items.iter().map(|item| format!("    {}", json(item))).collect();
            format!("[\n{}\n  ]", body.join(",\n"))
        }
        format!(
            "{{\n  \"format\": {},\n  \"sdk\": {},\n  \"models_package\": {},\n  \"client_package\": {},\n  \"version\": {},\n  \"operations\": {},\n  \"types\": {}\n}}\n",
            json(&self.format),
            json(&self.sdk),
            json(&self.models_package),
            json(&self.client_package),
            json(&self.version),
            lines(&self.operations),
            lines(&self.types),
        )
    }

    /// Reads a manifest; `path` names the file in errors.
    pub fn from_manifest(path: &Path, text: &str) -> Result<Surface> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|e| manifest_error(path, &e.to_string()))?;
        Surface::from_value(path, value)
    }

    /// Reads a manifest already parsed as JSON.
    pub fn from_value(path: &Path, value: serde_json::Value) -> Result<Surface> {
        match value.get("format").and_then(|f| f.as_str()) {
            Some(FORMAT) => {}
            Some(other) => {
                return Err(manifest_error(path, &format!("format `{other}` is not `{FORMAT}`; regenerate the SDK")));
            }
            None => return Err(manifest_error(path, &format!("no `format` key; expected `{FORMAT}`"))),
        }
        serde_path_to_error::deserialize(value).map_err(|e| {
            let place = e.path().to_string();
            manifest_error(path, &format!("at {place}: {}", e.into_inner()))
        })
    }

    /// The operation named `name`.
    pub fn operation(&self, name: &str) -> Option<&OperationSurface> {
        self.operations.iter().find(|o| o.name == name)
    }

    /// The type named `name`.
    pub fn type_named(&self, name: &str) -> Option<&TypeSurface> {
        self.types.iter().find(|t| t.name == name)
    }

    /// How each named type is used: as input (sent), output (received), or both. Types no
    /// operation reaches count as both, since nothing says how users use them.
    pub fn usage(&self) -> BTreeMap<&str, Usage> {
        let names: BTreeSet<&str> = self.types.iter().map(|t| t.name.as_str()).collect();
        let edges = self.edges(&names);
        let mut inputs = Vec::new();
        let mut outputs = Vec::new();
        for op in &self.operations {
            op.path_args.iter().for_each(|a| inputs.extend(type_names(&a.ty, &names)));
            op.params_fields.iter().for_each(|p| inputs.extend(type_names(&p.ty, &names)));
            if let Some(body) = &op.body {
                inputs.extend(type_names(&body.ty, &names));
            }
            outputs.extend(type_names(&op.success, &names));
            op.errors.iter().flat_map(|e| &e.payload).for_each(|p| outputs.extend(type_names(p, &names)));
        }
        let (inputs, outputs) = (reach(&edges, inputs), reach(&edges, outputs));
        names
            .iter()
            .map(|&name| {
                let usage = match (inputs.contains(name), outputs.contains(name)) {
                    (true, false) => Usage::Input,
                    (false, true) => Usage::Output,
                    _ => Usage::Both,
                };
                (name, usage)
            })
            .collect()
    }
}

impl Surface {
    /// The resource of each operation (by name, and its `_stream` method's) and named type: an
    /// operation's is the first literal segment of its path after any version segment
    /// (`/v1/customers/{id}` is `customers`); a type's is the one resource whose operations reach it, `shared` when
    /// several do, and `unused` when none does.
    pub fn resources(&self) -> BTreeMap<String, String> {
        let names: BTreeSet<&str> = self.types.iter().map(|t| t.name.as_str()).collect();
        let edges = self.edges(&names);
        let mut out = BTreeMap::new();
        let mut reached: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for op in &self.operations {
            let resource = path_resource(&op.path);
            let mut roots = Vec::new();
            op.path_args.iter().for_each(|a| roots.extend(type_names(&a.ty, &names)));
            op.params_fields.iter().for_each(|p| roots.extend(type_names(&p.ty, &names)));
            op.body.iter().for_each(|b| roots.extend(type_names(&b.ty, &names)));
            roots.extend(type_names(&op.success, &names));
            op.errors.iter().flat_map(|e| &e.payload).for_each(|p| roots.extend(type_names(p, &names)));
            for name in reach(&edges, roots) {
                reached.entry(name).or_default().insert(resource.clone());
            }
            if let Some(stream) = &op.stream {
                out.insert(stream.clone(), resource.clone());
            }
            out.insert(op.name.clone(), resource);
        }
        for name in names {
            let resource = match reached.get(name) {
                Some(set) if set.len() == 1 => set.iter().next().cloned().unwrap_or_default(),
                Some(_) => "shared".to_owned(),
                None => "unused".to_owned(),
            };
            out.insert(name.to_owned(), resource);
        }
        out
    }

    /// The named types each named type mentions.
    fn edges<'a>(&'a self, names: &BTreeSet<&'a str>) -> BTreeMap<&'a str, Vec<&'a str>> {
        let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for t in &self.types {
            let mut refs = Vec::new();
            match &t.shape {
                Shape::Struct { fields, .. } => fields.iter().for_each(|f| refs.extend(type_names(&f.ty, names))),
                Shape::Union { members, .. } => members.iter().for_each(|m| refs.extend(type_names(&m.ty, names))),
                Shape::Alias { target } => refs.extend(type_names(target, names)),
                Shape::Enum { .. } | Shape::Const { .. } => {}
            }
            edges.insert(t.name.as_str(), refs);
        }
        edges
    }
}

/// The first literal segment of a path that is not a version (`v1`, `v2beta`).
fn path_resource(path: &str) -> String {
    let is_version = |s: &str| s.strip_prefix('v').is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    path.split('/')
        .find(|s| !s.is_empty() && !s.starts_with('{') && !is_version(s))
        .unwrap_or("/")
        .to_owned()
}

/// How a type is used by the operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Usage {
    /// Only sent: in request bodies and parameters.
    Input,
    /// Only received: in responses and errors.
    Output,
    /// Both, or not reached by any operation.
    Both,
}

impl Usage {
    /// Whether users build values of the type.
    pub fn is_input(self) -> bool {
        matches!(self, Usage::Input | Usage::Both)
    }

    /// Whether users read values of the type.
    pub fn is_output(self) -> bool {
        matches!(self, Usage::Output | Usage::Both)
    }

    /// The usage of a type that may have changed between two surfaces.
    pub fn combine(a: Option<Usage>, b: Option<Usage>) -> Usage {
        match (a, b) {
            (Some(a), Some(b)) if a == b => a,
            (Some(a), None) | (None, Some(a)) => a,
            _ => Usage::Both,
        }
    }
}

/// Every type reachable from `roots` through `edges`.
fn reach<'a>(edges: &BTreeMap<&'a str, Vec<&'a str>>, roots: Vec<&'a str>) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    let mut stack = roots;
    while let Some(name) = stack.pop() {
        if seen.insert(name) {
            stack.extend(edges.get(name).into_iter().flatten().copied());
        }
    }
    seen
}

fn manifest_error(path: &Path, message: &str) -> Error {
    Error::spec(path, Diagnostic { location: crate::error::Location::Document, message: format!("not an API manifest: {message}"), fault: crate::error::Fault::Invalid })
}

/// Identifiers in a rendered type that name types of the surface.
fn type_names<'a>(ty: &str, names: &BTreeSet<&'a str>) -> Vec<&'a str> {
    ty.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter_map(|word| names.get(word).copied()).collect()
}


fn operation(op: &model::Operation) -> OperationSurface {
    let params_fields = op
        .params
        .iter()
        .flat_map(|p| {
            let location = |f: &model::ParamField| {
                if p.headers.iter().any(|h| h.name == f.name) {
                    "header"
                } else if p.cookies.iter().any(|c| c.name == f.name) {
                    "cookie"
                } else {
                    "query"
                }
            };
            p.fields.iter().map(move |f| ParamSurface {
                name: f.name.clone(),
                wire: model::literal_text(&f.wire),
                location: location(f).to_owned(),
                ty: f.ty.clone(),
            })
        })
        .collect();
    OperationSurface {
        name: op.call.clone(),
        stream: op.pagination.as_ref().map(|p| format!("{}{}", op.call.strip_suffix(op.fn_name.as_str()).unwrap_or_default(), p.stream_fn)),
        operation_id: op.operation_id.clone(),
        cfg: op.cfg.clone(),
        method: op.method.clone(),
        path: model::literal_text(&op.path_template),
        path_args: op.path_params.iter().map(|p| Arg { name: p.name.clone(), ty: p.ty.clone() }).collect(),
        params: op.params.as_ref().map(|p| p.name.clone()),
        params_fields,
        body: op.body.as_ref().map(|b| BodySurface {
            ty: b.ty.clone(),
            required: b.required,
            content_type: model::literal_text(&b.content_type),
        }),
        success: op.success.ty.clone(),
        error: op.error.name.clone(),
        errors: op
            .error
            .variants
            .iter()
            .map(|v| ErrorSurface {
                name: v.name.clone(),
                status: v.pattern.clone(),
                has_status: v.has_status,
                payload: v.payload.clone(),
            })
            .collect(),
        error_fallback: op.error.fallback.clone(),
    }
}

fn type_surface(t: &model::TypeDef) -> TypeSurface {
    let shape = match &t.kind {
        TypeKind::Struct(s) => Shape::Struct {
            literal_only: !s.derive_default && s.constructor.is_none(),
            fields: s
                .fields
                .iter()
                .map(|f| FieldSurface {
                    name: f.name.clone(),
                    cfg: f.cfg.clone(),
                    wire: field_wire(f),
                    ty: f.ty.render(None),
                })
                .collect(),
        },
        TypeKind::Enum(e) => Shape::Enum {
            values: e.variants.iter().map(|v| ValueSurface { name: v.name.clone(), wire: model::literal_text(&v.wire) }).collect(),
        },
        TypeKind::Union(u) => Shape::Union {
            members: u.variants.iter().map(|v| Arg { name: v.name.clone(), ty: v.ty.render(None) }).collect(),
            fallback: u.fallback.clone(),
        },
        TypeKind::Const { value, .. } => Shape::Const { value: model::literal_text(value) },
        TypeKind::Alias { target } | TypeKind::Newtype { target } => Shape::Alias { target: target.render(None) },
    };
    TypeSurface { name: t.name.clone(), cfg: t.cfg.clone(), shape }
}

/// A field's wire name: its `rename`, or its own name; empty when flattened.
fn field_wire(field: &model::Field) -> String {
    if field.serde.iter().any(|s| s == "flatten") {
        return String::new();
    }
    field
        .serde
        .iter()
        .find_map(|s| s.strip_prefix("rename = "))
        .map(model::literal_text)
        .unwrap_or_else(|| crate::lower::naming::unraw(&field.name).to_owned())
}

fn is_false(value: &bool) -> bool {
    !value
}

/// Whether a rendered type is `Option<...>`, and the type inside.
pub fn split_option(ty: &str) -> (bool, &str) {
    match ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>')) {
        Some(inner) => (true, inner),
        None => (false, ty),
    }
}

