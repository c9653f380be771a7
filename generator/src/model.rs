//! The generator's model of an API: what the templates render.
//!
//! Every decision (names, Rust types, serde attributes, escaping) is made while lowering into
//! this model, so templates only lay out code. String fields documented as *literals* hold Rust
//! string literals, already quoted and escaped; *idents* are valid Rust identifiers.

use serde::{Serialize, Serializer};

/// A Rust type, as used in a field, parameter or response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    /// `String`.
    String,
    /// `bool`.
    Bool,
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `f64`.
    F64,
    /// Any JSON value.
    Json,
    /// A JSON object with any keys and values.
    JsonObject,
    /// A named type of the models crate.
    Named(String),
    /// A named single-value type of the models crate (see [`TypeKind::Const`]).
    Const(String),
    /// `Vec<T>`.
    Vec(Box<Ty>),
    /// A map from strings to `T`.
    Map(Box<Ty>),
    /// `Option<T>`.
    Option(Box<Ty>),
    /// `Box<T>`, to break recursion.
    Boxed(Box<Ty>),
    /// `()`, for responses without a body.
    Unit,
    /// Raw bytes, for bodies that are not JSON.
    Bytes,
    /// A file in a multipart body (the models crate's `FileUpload`).
    File,
    /// `OrEmpty<T>`: a value, or the empty string that clears a field.
    OrEmpty(Box<Ty>),
    /// `Expandable<T>`: an object's id, or the object itself when expanded.
    Expandable(Box<Ty>),
}

impl Ty {
    /// Wraps `self` in `Option` unless it already is one.
    pub fn optional(self) -> Ty {
        match self {
            Ty::Option(_) => self,
            other => Ty::Option(Box::new(other)),
        }
    }

    /// For the type of a multipart body's file field (`FileUpload`, a `Vec` of them, or an
    /// `Option` of either): whether it is optional and whether it holds several files.
    pub fn file_field(&self) -> Option<(bool, bool)> {
        let (optional, inner) = match self {
            Ty::Option(inner) => (true, inner.as_ref()),
            other => (false, other),
        };
        match inner {
            Ty::File => Some((optional, false)),
            Ty::Vec(item) if **item == Ty::File => Some((optional, true)),
            _ => None,
        }
    }

    /// Every type this one is built from, itself included, outermost first.
    pub fn walk(&self) -> Vec<&Ty> {
        let mut out = vec![self];
        match self {
            Ty::Vec(t) | Ty::Map(t) | Ty::Option(t) | Ty::Boxed(t) | Ty::OrEmpty(t) | Ty::Expandable(t) => out.extend(t.walk()),
            _ => {}
        }
        out
    }

    /// The Rust spelling; names of the models crate are prefixed with `models_path::` if given.
    pub fn render(&self, models_path: Option<&str>) -> String {
        match self {
            Ty::String => "String".into(),
            Ty::Bool => "bool".into(),
            Ty::I32 => "i32".into(),
            Ty::I64 => "i64".into(),
            Ty::F64 => "f64".into(),
            Ty::Json => "serde_json::Value".into(),
            Ty::JsonObject => "serde_json::Map<String, serde_json::Value>".into(),
            Ty::Named(name) | Ty::Const(name) => match models_path {
                Some(path) => format!("{path}::{name}"),
                None => name.clone(),
            },
            Ty::Vec(t) => format!("Vec<{}>", t.render(models_path)),
            Ty::Map(t) => format!("std::collections::BTreeMap<String, {}>", t.render(models_path)),
            Ty::Option(t) => format!("Option<{}>", t.render(models_path)),
            Ty::Boxed(t) => format!("Box<{}>", t.render(models_path)),
            Ty::Unit => "()".into(),
            Ty::Bytes => "Vec<u8>".into(),
            Ty::OrEmpty(t) => format!("{}<{}>", qualified(models_path, "OrEmpty"), t.render(models_path)),
            Ty::Expandable(t) => format!("{}<{}>", qualified(models_path, "Expandable"), t.render(models_path)),
            Ty::File => match models_path {
                Some(path) => format!("{path}::FileUpload"),
                None => "FileUpload".into(),
            },
        }
    }
}

/// `name`, prefixed with `path::` if given.
fn qualified(path: Option<&str>, name: &str) -> String {
    match path {
        Some(path) => format!("{path}::{name}"),
        None => name.to_owned(),
    }
}

impl Serialize for Ty {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.render(None))
    }
}

/// One API, ready to render.
#[derive(Debug, Clone, Serialize)]
pub struct Api {
    /// Crate names and versions.
    pub sdk: SdkInfo,
    /// Crate-level doc lines (literals).
    pub docs: Vec<String>,
    /// The default server URL (literal), its variables replaced by their defaults.
    pub base_url: String,
    /// The server URL with its `{variables}`, if it has any.
    pub server_template: Option<ServerTemplate>,
    /// The API's own version string (literal).
    pub api_version: String,
    /// Every named type of the models crate, sorted by name.
    pub types: Vec<TypeDef>,
    /// Every operation, in spec order.
    pub operations: Vec<Operation>,
    /// The resources operations are grouped into, the client itself first (see [`Resource`]).
    pub resources: Vec<Resource>,
    /// Every webhook, in spec order.
    pub webhooks: Vec<Webhook>,
    /// The event envelope whose object is typed, if the SDK entry names one.
    pub event_envelope: Option<EventEnvelope>,
    /// Whether any operation has a parameters struct.
    pub has_params: bool,
    /// Whether any request body uploads files (the models crate then defines `FileUpload`).
    pub has_files: bool,
    /// Cargo features, one per resource group (see `lower::features`); empty for none.
    pub features: Vec<String>,
    /// Whether any type uses `OrEmpty` (the models crate then defines it).
    pub has_or_empty: bool,
    /// Whether any type uses `Expandable` (the models crate then defines it and `HasId`).
    pub has_expandable: bool,
    /// Whether any type is a struct (the models crate then defines the `object` module their
    /// `Deserialize` implementations share).
    pub has_structs: bool,
    /// Whether the models crate derives or implements serde's traits anywhere (it then
    /// imports them).
    pub uses_serde: bool,
    /// Every schema `example` with the type its values decode into, in the order lowering met
    /// them; not rendered, but read by tools that check examples against the generated types.
    #[serde(skip)]
    pub examples: Vec<SchemaExample>,
}

/// A schema's `example` value and the type lowering gave the schema.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaExample {
    /// The schema's JSON pointer.
    pub pointer: String,
    /// The Rust type of the schema's values (without the `Option` of `nullable`).
    pub ty: Ty,
    /// Whether the schema allows null.
    pub nullable: bool,
    /// The example, as written in the spec (3.1 `examples` normalized to their first).
    pub value: serde_json::Value,
}

/// A server URL with `{variables}`, which a client can set.
#[derive(Debug, Clone, Serialize)]
pub struct ServerTemplate {
    /// The URL as the spec writes it (literal).
    pub url: String,
    /// Each variable's name and default value (literals); variables without a default are left
    /// out, so a client must set them.
    pub defaults: Vec<(String, String)>,
}

/// Names and versions of the generated crates.
#[derive(Debug, Clone, Serialize)]
pub struct SdkInfo {
    /// The SDK's name (`payjp-v2`).
    pub name: String,
    /// Package name of the models crate (`payjp-v2-models`).
    pub models_package: String,
    /// Crate identifier of the models crate (`payjp_v2_models`).
    pub models_crate: String,
    /// Package name of the client crate.
    pub client_package: String,
    /// Crate identifier of the client crate.
    pub client_crate: String,
    /// Version of both crates.
    pub version: String,
    /// One-line description for the manifests, as a TOML string.
    pub description_toml: String,
    /// The API title, as a TOML string.
    pub title_toml: String,
    /// The header that selects the API version (literal), if the API has one.
    pub api_version_header: Option<String>,
    /// Whether the API deduplicates POST and PATCH requests by `Idempotency-Key`.
    pub idempotency_keys: bool,
    /// How operations are grouped into resources and their methods named; read by lowering.
    #[serde(skip)]
    pub shape: crate::config::ShapeSettings,
    /// Whether every struct keeps unknown properties and `null` apart from absent, so that a
    /// decoded value re-encodes as received.
    pub round_trip: bool,
    /// How the API signs its webhook requests, if the SDK checks them.
    pub webhook_signature: Option<WebhookSignature>,
}

/// A webhook signature scheme chosen for the SDK.
#[derive(Debug, Clone, Serialize)]
pub struct WebhookSignature {
    /// The variant of the runtime's `SignatureScheme` (`Stripe`, `StandardWebhooks`, `Token`).
    pub scheme: String,
    /// The token header (literal), for `Token`.
    pub token_header: Option<String>,
}

/// A webhook of the spec (OpenAPI 3.1 `webhooks`): a request the API sends to its users.
#[derive(Debug, Clone, Serialize)]
pub struct Webhook {
    /// Variant name in the client's `WebhookEvent` enum (ident).
    pub variant: String,
    /// The webhook's name in the spec (literal).
    pub name: String,
    /// Doc lines (literals).
    pub docs: Vec<String>,
    /// The payload's type in the client crate.
    pub ty: String,
    /// The payload type's `#[cfg(...)]` predicate; `None` for always.
    pub cfg: Option<String>,
    /// The payload's type, as a model type.
    #[serde(skip)]
    pub payload: Ty,
}

/// An event envelope whose object is typed by a discriminator (Stripe's `event`, whose
/// `data.object` names its kind in `object`).
#[derive(Debug, Clone, Serialize)]
pub struct EventEnvelope {
    /// The envelope's type in the client crate.
    pub ty: String,
    /// The properties leading to the object, in order (literals).
    pub object_path: Vec<String>,
    /// The discriminator property (literal).
    pub discriminator: String,
    /// The kinds of object, one per component schema with a single-valued discriminator.
    pub kinds: Vec<EventObjectKind>,
    /// The variant for objects of other kinds (ident).
    pub fallback: String,
    /// The envelope type's `#[cfg(...)]` predicate; `None` for always.
    pub cfg: Option<String>,
}

/// One kind of object an event may carry.
#[derive(Debug, Clone, Serialize)]
pub struct EventObjectKind {
    /// Variant name (ident).
    pub variant: String,
    /// The discriminator's value (literal).
    pub value: String,
    /// Doc lines (literals).
    pub docs: Vec<String>,
    /// The object's type in the client crate.
    pub ty: String,
    /// The `#[cfg(...)]` predicate of the type; `None` for always.
    pub cfg: Option<String>,
}

/// A named type in the models crate.
#[derive(Debug, Clone, Serialize)]
pub struct TypeDef {
    /// Type name (ident).
    pub name: String,
    /// The `#[cfg(...)]` predicate under which the type is compiled; `None` for always.
    pub cfg: Option<String>,
    /// The API resource the type describes (`x-resourceId`), for component schemas that are one.
    pub resource: Option<String>,
    /// Doc lines (literals).
    pub docs: Vec<String>,
    /// What kind of type it is.
    #[serde(flatten)]
    pub kind: TypeKind,
}

/// The shape of a named type.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    /// A struct with named fields.
    Struct(StructDef),
    /// A string enum with an unknown-value fallback.
    Enum(EnumDef),
    /// One of several types, tried in order.
    Union(UnionDef),
    /// The type of a property with one allowed string (`object: "customer"`): it writes that
    /// value, is its own default, and rejects any other value, which lets unions tell their
    /// members apart.
    Const {
        /// The only variant (ident).
        variant: String,
        /// The value (literal).
        value: String,
    },
    /// A type alias.
    Alias {
        /// The aliased type.
        target: Ty,
    },
    /// A struct wrapping one value, serialized as that value: for an alias that would refer to
    /// itself (`X = Vec<X>`), which Rust does not allow.
    Newtype {
        /// The wrapped type.
        target: Ty,
    },
}

impl TypeKind {
    /// The types a named type is built from: field, member or alias target types.
    pub fn member_types(&self) -> Vec<&Ty> {
        match self {
            TypeKind::Struct(s) => s.fields.iter().map(|f| &f.ty).collect(),
            TypeKind::Union(u) => u.variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Alias { target } | TypeKind::Newtype { target } => vec![target],
            TypeKind::Enum(_) | TypeKind::Const { .. } => Vec::new(),
        }
    }
}

/// A struct.
#[derive(Debug, Clone, Serialize)]
pub struct StructDef {
    /// Fields in spec order.
    pub fields: Vec<Field>,
    /// Whether `Default` can be derived.
    pub derive_default: bool,
    /// A `new` constructor taking the required fields, when `Default` cannot be derived.
    pub constructor: Option<Constructor>,
    /// Whether the struct has a required `id: String` (it then implements `HasId`).
    pub has_id: bool,
}

/// `new(required fields...)`, with every other field at its default.
#[derive(Debug, Clone, Serialize)]
pub struct Constructor {
    /// Arguments: the fields without a default, in field order.
    pub args: Vec<ConstructorArg>,
    /// Names of the `Option` fields that start as `None` (idents).
    pub defaulted: Vec<String>,
    /// Names of the other fields that start at their default: fixed values and the map of
    /// extra properties (idents).
    pub fixed: Vec<String>,
    /// Whether an argument's name is only underscores and digits (`_200`), which clippy's
    /// `just_underscores_and_digits` rejects; the constructor then allows it.
    pub digit_names: bool,
}

/// One argument of a constructor.
#[derive(Debug, Clone, Serialize)]
pub struct ConstructorArg {
    /// Field name (ident).
    pub name: String,
    /// Field type.
    pub ty: Ty,
}

/// A struct field.
#[derive(Debug, Clone, Serialize)]
pub struct Field {
    /// Field name (ident).
    pub name: String,
    /// The property name on the wire (literal); empty for flattened extra properties.
    pub wire: String,
    /// Doc lines (literals).
    pub docs: Vec<String>,
    /// Field type.
    pub ty: Ty,
    /// Arguments of the field's `#[serde(...)]` attribute; empty for none.
    pub serde: Vec<String>,
    /// The `#[cfg(...)]` predicate of the field, for fields that exist in two forms
    /// depending on the features enabled; `None` for always.
    pub cfg: Option<String>,
}

/// A string enum.
#[derive(Debug, Clone, Serialize)]
pub struct EnumDef {
    /// Known values.
    pub variants: Vec<EnumVariant>,
    /// Name of the variant that keeps values this SDK does not know (ident).
    pub fallback: String,
}

/// One known value of a string enum.
#[derive(Debug, Clone, Serialize)]
pub struct EnumVariant {
    /// Variant name (ident).
    pub name: String,
    /// The value on the wire (literal).
    pub wire: String,
}

/// A union of types.
#[derive(Debug, Clone, Serialize)]
pub struct UnionDef {
    /// Members, in the order serde tries them.
    pub variants: Vec<UnionVariant>,
    /// For unions told apart by their `object` field: the variant (ident) that keeps objects
    /// of a kind this SDK does not know. `None` for untagged unions.
    pub fallback: Option<String>,
    /// Whether every member has an id (the union then implements `HasId`).
    pub has_id: bool,
}

/// One member of a union.
#[derive(Debug, Clone, Serialize)]
pub struct UnionVariant {
    /// Variant name (ident).
    pub name: String,
    /// The member's type.
    pub ty: Ty,
    /// The member's `object` value (literal), for tagged unions.
    pub object: Option<String>,
    /// Whether the member is the deleted form of its object (`deleted: true`).
    pub deleted: bool,
}

/// A group of operations, reached from the client by accessors (`client.customers().tax_ids()`):
/// a borrowed view of the client whose methods are the group's operations. The first resource
/// of [`Api::resources`] is the client itself, for operations that belong to no group.
#[derive(Debug, Clone, Serialize)]
pub struct Resource {
    /// Name of the view struct in the client's `resources` module (ident); empty for the client.
    pub type_name: String,
    /// The accessor on the parent (ident); empty for the client.
    pub accessor: String,
    /// The Rust expression that reaches this resource from a client, without the client
    /// (`customers().tax_ids()`); empty for the client.
    pub call: String,
    /// Doc lines (literals).
    pub docs: Vec<String>,
    /// Child resources, by index into [`Api::resources`].
    pub children: Vec<usize>,
    /// The resource's operations, by index into [`Api::operations`], in spec order.
    pub operations: Vec<usize>,
}

/// One API operation, rendered as one client method.
#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    /// Method name on its resource (ident).
    pub fn_name: String,
    /// The resource the method belongs to, by index into [`Api::resources`].
    pub resource: usize,
    /// The call from a client, without the client and the arguments
    /// (`customers().tax_ids().delete`).
    pub call: String,
    /// The rustdoc path of the method (`crate::resources::CustomersTaxIds::delete`).
    pub doc_path: String,
    /// Doc lines (literals).
    pub docs: Vec<String>,
    /// HTTP method constant of `reqwest::Method` (`GET`).
    pub method: String,
    /// The path template (literal), for logs and docs.
    pub path_template: String,
    /// Path pieces, joined to build the URL.
    pub path: Vec<PathPart>,
    /// Path parameters, as method arguments.
    pub path_params: Vec<PathParam>,
    /// Query, header and cookie parameters, gathered in one struct.
    pub params: Option<ParamsStruct>,
    /// The request body.
    pub body: Option<Body>,
    /// The success response.
    pub success: Success,
    /// The operation's error enum.
    pub error: ErrorEnum,
    /// The `#[cfg(...)]` predicate of the method and its types; `None` for always.
    pub cfg: Option<String>,
    /// The operation's own server URL (literal), when the spec serves it from another host
    /// than the API's default.
    pub server: Option<String>,
    /// Name of the variant that also returns the response metadata (ident).
    pub with_response_fn: String,
    /// How to walk the list, if the operation returns a cursor-paged list.
    pub pagination: Option<Pagination>,
    /// Whether the method takes more arguments than clippy's `too_many_arguments` allows (many
    /// path parameters); the lint is then allowed on it.
    pub many_arguments: bool,
}

/// A cursor-paged list operation: its response has a `data` array and a `has_more` flag, and
/// it takes an item-id cursor parameter.
#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    /// Name of the method returning a stream of items (ident).
    pub stream_fn: String,
    /// Item type in the client crate.
    pub item_ty: String,
    /// Response field holding the page's items (ident).
    pub data_field: String,
    /// Whether that field is an `Option`.
    pub data_optional: bool,
    /// Response field saying whether more items follow (ident).
    pub has_more_field: String,
    /// Whether that field is an `Option`.
    pub has_more_optional: bool,
    /// Parameter field of the forward cursor, `starting_after` (ident).
    pub after_param: String,
    /// Parameter field of the backward cursor, `ending_before` (ident), if there is one.
    pub before_param: Option<String>,
}

/// A piece of a path: fixed text or a parameter.
#[derive(Debug, Clone, Serialize)]
pub struct PathPart {
    /// Fixed text (literal), if this piece is text.
    pub text: Option<String>,
    /// Argument name (ident), if this piece is a parameter.
    pub param: Option<String>,
}

/// A path parameter.
#[derive(Debug, Clone, Serialize)]
pub struct PathParam {
    /// Argument name (ident).
    pub name: String,
    /// Argument type in the client crate.
    pub ty: String,
    /// The value's type, as a model type (`String` for a `&str` argument).
    pub model_ty: Ty,
}

/// The struct holding an operation's query, header and cookie parameters.
#[derive(Debug, Clone, Serialize)]
pub struct ParamsStruct {
    /// Struct name (ident).
    pub name: String,
    /// Whether `Default` can be derived (no required parameter).
    pub derive_default: bool,
    /// Every parameter, in spec order.
    pub fields: Vec<ParamField>,
    /// Parameters sent in the query string.
    pub query: Vec<ParamField>,
    /// Parameters sent as headers.
    pub headers: Vec<ParamField>,
    /// Parameters sent as cookies.
    pub cookies: Vec<ParamField>,
}

/// One query, header or cookie parameter.
#[derive(Debug, Clone, Serialize)]
pub struct ParamField {
    /// Field name (ident).
    pub name: String,
    /// Name on the wire (literal).
    pub wire: String,
    /// Doc lines (literals).
    pub docs: Vec<String>,
    /// Field type in the client crate.
    pub ty: String,
    /// Field type, as a model type.
    pub model_ty: Ty,
    /// Query serialization style: a variant of the runtime's `QueryStyle`.
    pub style: String,
}

/// A request body.
#[derive(Debug, Clone, Serialize)]
pub struct Body {
    /// Body type in the client crate.
    pub ty: String,
    /// Body type, as a model type.
    pub model_ty: Ty,
    /// Whether the body must be given.
    pub required: bool,
    /// Runtime function that attaches it (`json_body`, `form_body`, `multipart_body`, `bytes_body`).
    pub encoder: String,
    /// Content type (literal).
    pub content_type: String,
    /// The body's file fields, sent as file parts of a multipart body.
    pub files: Vec<FileField>,
}

/// A field of a multipart body that holds a file.
#[derive(Debug, Clone, Serialize)]
pub struct FileField {
    /// The part name on the wire (literal).
    pub wire: String,
    /// Field name (ident).
    pub field: String,
    /// Whether the field is an `Option`.
    pub optional: bool,
    /// Whether the field is a `Vec` of files, each sent as a part of the same name.
    pub many: bool,
}

/// The success response.
#[derive(Debug, Clone, Serialize)]
pub struct Success {
    /// Type in the client crate.
    pub ty: String,
    /// Runtime function that decodes the body (`decode_json`, `decode_empty`, `decode_bytes`),
    /// or each event's data for an event stream (`decode_json`, `decode_text`).
    pub decoder: String,
    /// The transport method that sends the request: `execute`, or `open_event_stream` for a
    /// `text/event-stream` response (whose type is then a `runtime::EventStream`).
    pub transport_fn: String,
}

/// An operation's error enum: one variant per documented error response.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorEnum {
    /// Enum name (ident).
    pub name: String,
    /// Documented error responses.
    pub variants: Vec<ErrorVariant>,
    /// Name of the variant for undocumented statuses, if there is no `default` response.
    pub fallback: Option<String>,
    /// Whether decoding needs a `match` on the status (more than one way to decode).
    pub matches_status: bool,
}

/// One documented error response.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorVariant {
    /// Variant name (ident).
    pub name: String,
    /// Doc lines (literals).
    pub docs: Vec<String>,
    /// Match pattern on the status code (`404`, `400..=499`, `_`).
    pub pattern: String,
    /// Whether the variant records the status (ranges and `default`).
    pub has_status: bool,
    /// Decoded body type in the client crate, if the response has a JSON body.
    pub payload: Option<String>,
}
