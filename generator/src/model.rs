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
    /// A string or integer with a [`TypedFormat`] the SDK entry turned on.
    Typed(TypedFormat),
}

/// A `format` whose values can get a Rust type of their own instead of `String` or `i64`, when
/// the SDK entry lists it in `typed_formats` (each is off by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TypedFormat {
    /// `type: string, format: date-time` (RFC 3339) as the models crate's `DateTime`, a
    /// `time::OffsetDateTime` that reads and writes RFC 3339.
    DateTime,
    /// `type: string, format: date` (`2024-01-31`) as `time::Date`.
    Date,
    /// `type: string, format: uuid` as `uuid::Uuid`.
    Uuid,
    /// `type: string, format: uri` as `url::Url` (which writes a URL normalized: the scheme
    /// and host in lower case, an empty path as `/`).
    Uri,
    /// `type: integer, format: unix-time` (seconds since 1970, Stripe's timestamps) as the
    /// models crate's `UnixTime`, a `time::OffsetDateTime` that reads and writes seconds.
    UnixTime,
}

impl TypedFormat {
    /// Every typed format.
    pub const ALL: [TypedFormat; 5] = [TypedFormat::DateTime, TypedFormat::Date, TypedFormat::Uuid, TypedFormat::Uri, TypedFormat::UnixTime];

    /// The `format` value as the spec writes it (`date-time`).
    pub fn name(self) -> &'static str {
        match self {
            TypedFormat::DateTime => "date-time",
            TypedFormat::Date => "date",
            TypedFormat::Uuid => "uuid",
            TypedFormat::Uri => "uri",
            TypedFormat::UnixTime => "unix-time",
        }
    }

    /// The typed format of a schema of JSON type `json_type` (`string`, `integer`) with this
    /// `format`, if there is one.
    pub fn of(json_type: &str, format: &str) -> Option<TypedFormat> {
        let typed = TypedFormat::ALL.into_iter().find(|t| t.name() == format)?;
        let expected = if typed == TypedFormat::UnixTime { "integer" } else { "string" };
        (json_type == expected).then_some(typed)
    }

    /// The Rust type, as named inside the models crate (which re-exports the crates it uses).
    fn rust_type(self) -> &'static str {
        match self {
            TypedFormat::DateTime => "DateTime",
            TypedFormat::Date => "time::Date",
            TypedFormat::Uuid => "uuid::Uuid",
            TypedFormat::Uri => "url::Url",
            TypedFormat::UnixTime => "UnixTime",
        }
    }
}

impl std::str::FromStr for TypedFormat {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        TypedFormat::ALL.into_iter().find(|t| t.name() == text).ok_or_else(|| {
            let names: Vec<&str> = TypedFormat::ALL.iter().map(|t| t.name()).collect();
            format!("unknown typed format {text:?}; the typed formats are {}", names.join(", "))
        })
    }
}

/// Which typed formats the generated crates use, and so which crates and helper types the
/// models crate brings.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct TypedFormatsUsed {
    /// `DateTime` is used (the models crate defines it).
    pub date_time: bool,
    /// `UnixTime` is used (the models crate defines it).
    pub unix_time: bool,
    /// The `time` crate is used (by `DateTime`, `UnixTime` or `time::Date`).
    pub time: bool,
    /// The `uuid` crate is used.
    pub uuid: bool,
    /// The `url` crate is used.
    pub url: bool,
}

impl TypedFormatsUsed {
    /// Notes that `format` is used.
    pub fn note(&mut self, format: TypedFormat) {
        match format {
            TypedFormat::DateTime => self.date_time = true,
            TypedFormat::UnixTime => self.unix_time = true,
            TypedFormat::Date => {}
            TypedFormat::Uuid => self.uuid = true,
            TypedFormat::Uri => self.url = true,
        }
        self.time |= matches!(format, TypedFormat::DateTime | TypedFormat::Date | TypedFormat::UnixTime);
    }
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
            Ty::Typed(format) => qualified(models_path, format.rust_type()),
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
    /// The typed formats the crates use (the models crate then depends on and re-exports
    /// their crates).
    pub typed_formats_used: TypedFormatsUsed,
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
    /// The formats whose values get a Rust type of their own (see [`TypedFormat`]).
    pub typed_formats: Vec<TypedFormat>,
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
    /// Chainable setters of the optional fields, for types sent in request bodies.
    pub setters: Vec<Setter>,
}

/// A chainable setter of an optional field: `.email("jenny@example.com")` sets `email` to
/// `Some(..)` and returns the value.
#[derive(Debug, Clone, Serialize)]
pub struct Setter {
    /// The field it sets, and the method's name (ident).
    pub field: String,
    /// The value's type, `T` of the field's `Option<T>` (rendered).
    pub ty: String,
    /// Whether the field keeps `null` apart from absent (`Option<Option<T>>`): the setter
    /// then sets `Some(Some(value))`.
    pub nullable: bool,
    /// Doc line (literal).
    pub doc: String,
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

/// The `#[serde(...)]` argument that leaves a field out of the JSON when it is `None`.
pub const SKIP_NONE: &str = "skip_serializing_if = \"Option::is_none\"";

impl Field {
    /// The property name on the wire, as text (`wire` is its Rust literal).
    pub fn wire_name(&self) -> String {
        literal_text(&self.wire)
    }

    /// Whether the field cannot keep `null` apart from absent: a plain `Option` left out when
    /// `None`, which reads both as `None` and writes `None` as absent. (An `Option<Option<T>>`
    /// keeps them apart, and a required field writes `null`.)
    pub fn null_is_absent(&self) -> bool {
        matches!(&self.ty, Ty::Option(inner) if !matches!(inner.as_ref(), Ty::Option(_))) && self.serde.iter().any(|a| a == SKIP_NONE)
    }
}

/// The text of a Rust string literal prepared by the model (the literal itself when it is not
/// one).
pub fn literal_text(literal: &str) -> String {
    syn::parse_str::<syn::LitStr>(literal).map(|l| l.value()).unwrap_or_else(|_| literal.to_owned())
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
    /// Name of the function that shows one of the resource's calls in the README's quick start
    /// (ident, unique among resources; `customers_tax_ids`).
    pub example_fn: String,
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
    /// The first line of the operation's docs, a Markdown table cell (made by the doc
    /// sanitizer), for the README.
    pub summary: String,
    /// The HTTP method and path as a Markdown code span that is a table cell
    /// (`` `GET /v1/customers` ``), for the README.
    pub route: String,
    /// The spec's operationId as written (not a literal: it reaches only `api.json`, which
    /// the API diff matches renamed methods by).
    pub operation_id: Option<String>,
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
    /// How to walk the list, if the operation returns a paged list.
    pub pagination: Option<Pagination>,
    /// Whether the method takes more arguments than clippy's `too_many_arguments` allows (many
    /// path parameters); the lint is then allowed on it.
    pub many_arguments: bool,
}

/// A paged list operation: how its `_stream` method walks the pages (see
/// `lower::pagination` for the styles).
#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    /// Name of the method returning a stream of items (ident).
    pub stream_fn: String,
    /// Item type in the client crate.
    pub item_ty: String,
    /// The style: `item_id`, `cursor`, `link` (in the body or a `Link` header), `offset` or
    /// `page`.
    pub style: String,
    /// Expression taking the items out of the decoded response `page` (by value).
    pub items: String,
    /// Expression of the `runtime::Next` the response `page` (and its metadata `meta`) give.
    pub next: String,
    /// Whether `next` reads the response headers (`meta`: a `Link` header).
    pub reads_headers: bool,
    /// Parameter field of the forward item-id cursor, `starting_after` (ident).
    pub after_param: Option<String>,
    /// Parameter field of the backward item-id cursor, `ending_before` (ident), if there is one.
    pub before_param: Option<String>,
    /// Parameter field the next cursor is sent back in (ident).
    pub cursor_param: Option<String>,
    /// Parameter field of the offset or page number (ident).
    pub position_param: Option<String>,
    /// Parameter field of the page size (ident), for offsets and page numbers.
    pub size_param: Option<String>,
    /// The number of the first page, for page numbers.
    pub first_page: u64,
    /// The call of the operation's `_with_response` method from a client
    /// (`customers().list_with_response`).
    pub page_call: String,
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
    /// Chainable setters of the optional parameters.
    pub setters: Vec<Setter>,
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
    /// Whether the parameter must be given (`new` then takes it).
    pub required: bool,
    /// For an integer parameter, where it starts as the spec says (its `default`, else its
    /// `minimum`, if not negative): a page number's first page.
    pub start: Option<u64>,
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
    /// The decoded type, as a model type, for a JSON response.
    #[serde(skip)]
    pub model: Option<Ty>,
    /// Whether the response declares a `Link` header (a next link, RFC 8288).
    #[serde(skip)]
    pub link_header: bool,
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
