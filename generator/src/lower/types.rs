//! Lowering schemas into named Rust types and type expressions.

use std::collections::{BTreeMap, HashMap};

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, Discriminator, IntegerFormat, OpenAPI, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use crate::error::Diagnostic;
use crate::model::{Constructor, ConstructorArg, EnumDef, EnumVariant, Field, SKIP_NONE, StructDef, SchemaExample, Ty, TypeDef, TypeKind, TypedFormat, TypedFormatsUsed, UnionDef, UnionVariant};
use crate::lower::naming::{Namespace, camel_ident, doc_lines, snake_ident, string_literal, type_ident, unraw};
use crate::spec::pointer;

/// A schema seen through a possible reference.
#[derive(Clone, Copy)]
pub enum SchemaRef<'a> {
    /// A `$ref` string.
    Ref(&'a str),
    /// A schema written in place.
    Inline(&'a Schema),
}

/// Views any `ReferenceOr<Schema>` or `ReferenceOr<Box<Schema>>` as a [`SchemaRef`].
pub fn view<T: std::borrow::Borrow<Schema>>(r: &ReferenceOr<T>) -> SchemaRef<'_> {
    match r {
        ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
        ReferenceOr::Item(schema) => SchemaRef::Inline(schema.borrow()),
    }
}

/// A lowered schema: its Rust type and whether null is allowed.
#[derive(Debug, Clone)]
pub struct Lowered {
    /// The Rust type, without the `Option` that nullability adds.
    pub ty: Ty,
    /// Whether the schema allows null.
    pub nullable: bool,
}

/// How a schema that needs a named type gets its name.
#[derive(Clone)]
enum NameChoice {
    /// The name is already claimed (a component schema).
    Fixed(String),
    /// A name built from the schema's place; claimed on first use.
    Hint(String),
}

/// Lowers schemas, collecting named types and problems.
pub struct TypeLowerer<'a> {
    doc: &'a OpenAPI,
    names: Namespace,
    component_names: BTreeMap<String, String>,
    /// Named types defined so far.
    pub types: Vec<TypeDef>,
    /// Problems found so far that stop generation.
    pub errors: Vec<Diagnostic>,
    /// Problems confined to one schema, each of which degraded that schema (to
    /// `serde_json::Value`, or by leaving a part out) and let lowering go on.
    pub warnings: Vec<Diagnostic>,
    merge_stack: Vec<String>,
    /// References already merged into the `allOf` struct being built: merging one twice adds
    /// nothing, and skipping it keeps diamonds of `allOf`s linear instead of exponential.
    merged: std::collections::BTreeSet<String>,
    /// How many inline schemas are being lowered, one inside the other.
    depth: usize,
    const_types: BTreeMap<(String, String), String>,
    /// Whether the next struct lowered is a multipart body: its `format: binary` properties
    /// (and arrays of them) become files. Properties of nested objects stay strings.
    pub files_allowed: bool,
    /// Keys of the component schemas sent as multipart bodies (lowered with `files_allowed`).
    pub multipart_components: std::collections::BTreeSet<String>,
    /// Unions of references already defined, by their members, so each is defined once.
    ref_unions: BTreeMap<Vec<String>, String>,
    /// Inline schemas already lowered (or being lowered), by address and `files_allowed`: a
    /// schema reached again (an `allOf` copies the properties of the schemas it merges) reuses
    /// its type, so merges that contain each other stay linear instead of exponential, and a
    /// merge that contains itself becomes a recursive type.
    inline_types: HashMap<(*const Schema, bool), Lowered>,
    /// For each component schema that is a `$ref` to another, the schema its chain of
    /// references ends at (absent when the chain dangles or loops), found once for all.
    alias_ends: HashMap<&'a str, &'a Schema>,
    /// Properties that `allOf` merges copied from the schemas they refer to, in all.
    merge_copies: usize,
    /// The merge that copied the most properties: how many, and where.
    largest_merge: (usize, String),
    /// The `example` of every schema lowered so far, with its type.
    pub examples: Vec<SchemaExample>,
    /// The formats the SDK entry gives a Rust type of their own.
    typed_formats: Vec<TypedFormat>,
    /// The typed formats lowered so far.
    pub typed_formats_used: TypedFormatsUsed,
}

/// What tells a member of a polymorphic union apart: `object`, and `deleted: true`.
struct ObjectTag {
    object: String,
    deleted: bool,
}

/// Names the models template uses unqualified; no generated type may shadow them.
const RESERVED_TYPE_NAMES: &[&str] =
    &["Option", "Some", "None", "Vec", "String", "Box", "Result", "Ok", "Err", "Default", "Serialize", "Deserialize", "FileUpload", "OrEmpty", "Expandable", "Object", "HasId"];

/// Properties `allOf` merges may copy in any spec: more when the spec declares more members
/// (fields and variants) itself, never more than [`MAX_MERGE_COPIES`]. Each copy is a field
/// written again: a chain of 1,000 merges, each adding one property, copies 500,500.
const MERGE_COPIES_ALLOWED: usize = 100_000;

/// Properties `allOf` merges may copy however large the spec; merging stops here.
const MAX_MERGE_COPIES: usize = 1_000_000;

/// Deepest nesting of inline schemas lowered (twice the deepest document accepted).
const MAX_INLINE_DEPTH: usize = 2 * crate::spec::load::MAX_DEPTH;

/// Longest name a union of references gets by joining its members' names with `Or`
/// (`CustomerOrDeletedCustomer`); a longer one is named after its place instead.
const MAX_JOINED_NAME: usize = 64;

/// Deepest nesting of `allOf`s inside `allOf`s followed to find a scalar type.
const MAX_ALIAS_HOPS: usize = 64;

impl<'a> TypeLowerer<'a> {
    /// Claims a type name for every component schema, in spec order, so that component names
    /// win over names made up for inline schemas. Values of `typed_formats` get their own types.
    pub fn new(doc: &'a OpenAPI, typed_formats: &[TypedFormat]) -> Self {
        let mut names = Namespace::new();
        for reserved in RESERVED_TYPE_NAMES {
            names.reserve(reserved);
        }
        // The helper types the models crate defines for typed formats (`DateTime`); the others
        // are named by path (`uuid::Uuid`).
        for format in typed_formats {
            let name = Ty::Typed(*format).render(None);
            if !name.contains("::") {
                names.reserve(&name);
            }
        }
        let mut component_names = BTreeMap::new();
        if let Some(components) = &doc.components {
            for key in components.schemas.keys() {
                component_names.insert(key.clone(), names.claim(&type_ident(key)));
            }
        }
        TypeLowerer { doc, names, component_names, types: Vec::new(), errors: Vec::new(), warnings: Vec::new(), merge_stack: Vec::new(), merged: Default::default(), depth: 0, const_types: BTreeMap::new(), files_allowed: false, multipart_components: Default::default(), ref_unions: BTreeMap::new(), inline_types: HashMap::new(), alias_ends: alias_ends(doc), merge_copies: 0, largest_merge: (0, String::new()), examples: Vec::new(), typed_formats: typed_formats.to_vec(), typed_formats_used: TypedFormatsUsed::default() }
    }

    /// Defines a named type for every component schema.
    pub fn lower_components(&mut self) {
        let Some(components) = &self.doc.components else { return };
        for (key, schema) in &components.schemas {
            let name = self.component_names[key].clone();
            let ptr = pointer::push("/components/schemas", key);
            self.files_allowed = self.multipart_components.contains(key);
            match view(schema) {
                SchemaRef::Ref(reference) => {
                    let target = self.lower(SchemaRef::Ref(reference), &name, &ptr).ty;
                    self.push_type(name, Vec::new(), TypeKind::Alias { target });
                }
                SchemaRef::Inline(schema) => {
                    let lowered = self.lower_schema(schema, NameChoice::Fixed(name.clone()), &ptr);
                    self.note_example(schema, &ptr, &lowered);
                    if lowered.ty != Ty::Named(name.clone()) {
                        let docs = docs_of(schema);
                        self.push_type(name, docs, TypeKind::Alias { target: lowered.ty });
                    }
                }
            }
        }
        self.files_allowed = false;
    }

    /// Lowers the schema at `ptr`; inline types it needs are named after `hint`.
    pub fn lower(&mut self, schema: SchemaRef<'a>, hint: &str, ptr: &str) -> Lowered {
        match schema {
            SchemaRef::Ref(reference) => match self.resolve(reference) {
                Some((key, target)) => Lowered {
                    ty: Ty::Named(self.component_names[key].clone()),
                    nullable: target.schema_data.nullable,
                },
                None => {
                    self.unsupported_ref(reference, ptr);
                    Lowered { ty: Ty::Json, nullable: false }
                }
            },
            SchemaRef::Inline(schema) => {
                let key = (std::ptr::from_ref(schema), self.files_allowed);
                if let Some(lowered) = self.inline_types.get(&key) {
                    return lowered.clone();
                }
                // Inline schemas nest no deeper than the document (bounded when loading), unless
                // an `allOf` merges properties that contain the `allOf` itself.
                if self.depth >= MAX_INLINE_DEPTH {
                    return self.degrade(
                        ptr,
                        "this schema contains itself without end (an `allOf` merges a schema whose properties hold the `allOf`), so it is generated as `serde_json::Value`; move the repeated schema into `components/schemas` and refer to it with `$ref`",
                        false,
                    );
                }
                self.depth += 1;
                let lowered = self.lower_schema(schema, NameChoice::Hint(hint.to_owned()), ptr);
                self.depth -= 1;
                self.note_example(schema, ptr, &lowered);
                self.inline_types.insert(key, lowered.clone());
                lowered
            }
        }
    }

    /// The component schema a `$ref` points to, with its key (the schema at the end of the
    /// chain when that component is itself a `$ref`).
    pub fn resolve(&self, reference: &str) -> Option<(&'a str, &'a Schema)> {
        let (key, schema) = self.doc.components.as_ref()?.schemas.get_key_value(&component_key(reference)?)?;
        match schema {
            ReferenceOr::Item(schema) => Some((key.as_str(), schema)),
            ReferenceOr::Reference { .. } => self.alias_ends.get(key.as_str()).map(|s| (key.as_str(), *s)),
        }
    }

    /// Keeps the schema's `example`, if it has one, with the type it was lowered to.
    fn note_example(&mut self, schema: &Schema, ptr: &str, lowered: &Lowered) {
        if let Some(value) = &schema.schema_data.example {
            let (ty, nullable) = (lowered.ty.clone(), lowered.nullable);
            self.examples.push(SchemaExample { pointer: ptr.to_owned(), ty, nullable, value: value.clone() });
        }
    }

    /// A reference that names no component schema: a warning, and the schema is
    /// `serde_json::Value`.
    fn unsupported_ref(&mut self, reference: &str, ptr: &str) {
        self.warnings.push(Diagnostic::at(
            ptr,
            format!("schema reference `{reference}` does not lead to a schema of `#/components/schemas`; the schema is generated as `serde_json::Value`"),
        ));
    }

    fn lower_schema(&mut self, schema: &'a Schema, name: NameChoice, ptr: &str) -> Lowered {
        let nullable = schema.schema_data.nullable;
        // Only the struct of a multipart body itself has file fields.
        let files = std::mem::take(&mut self.files_allowed);
        self.files_allowed = files
            && match &schema.schema_kind {
                SchemaKind::Type(Type::Object(o)) => !o.properties.is_empty(),
                SchemaKind::AllOf { .. } => true,
                SchemaKind::Any(any) => !any.all_of.is_empty() || !any.properties.is_empty(),
                _ => false,
            };
        let ty = match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => {
                let values: Vec<&str> = s.enumeration.iter().flatten().map(String::as_str).collect();
                let null_in_enum = s.enumeration.iter().any(Option::is_none);
                if values.is_empty() {
                    let format = match &s.format {
                        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date"),
                        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time"),
                        VariantOrUnknownOrEmpty::Unknown(format) => Some(format.as_str()),
                        _ => None,
                    };
                    format.and_then(|format| self.typed_format("string", format)).unwrap_or(Ty::String)
                } else {
                    let ty = self.define_enum(name, schema, &values, ptr);
                    return Lowered { ty, nullable: nullable || null_in_enum };
                }
            }
            SchemaKind::Type(Type::Integer(i)) => match &i.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => Ty::I32,
                VariantOrUnknownOrEmpty::Unknown(format) => self.typed_format("integer", format).unwrap_or(Ty::I64),
                _ => Ty::I64,
            },
            SchemaKind::Type(Type::Number(_)) => Ty::F64,
            SchemaKind::Type(Type::Boolean(_)) => Ty::Bool,
            SchemaKind::Type(Type::Object(o)) => {
                self.object(name, schema, &o.properties, &o.required, o.additional_properties.as_ref(), ptr)
            }
            SchemaKind::Type(Type::Array(a)) => self.array(&name, a.items.as_ref(), ptr),
            SchemaKind::OneOf { one_of: members } | SchemaKind::AnyOf { any_of: members } => {
                let key = if matches!(schema.schema_kind, SchemaKind::OneOf { .. }) { "oneOf" } else { "anyOf" };
                return self.union(name, schema, members, &pointer::push(ptr, key), nullable);
            }
            SchemaKind::AllOf { all_of } => return self.all_of(name, schema, all_of, ptr, nullable),
            SchemaKind::Not { .. } => Ty::Json,
            SchemaKind::Any(any) => {
                let strings: Vec<&str> = any.enumeration.iter().filter_map(Value::as_str).collect();
                let string_enum = !strings.is_empty() && strings.len() == any.enumeration.len();
                // `properties` and `items` only apply to values of their kind: beside a scalar
                // `type`, they are left out.
                let scalar = any.typ.as_deref().filter(|t| !matches!(*t, "object" | "array"));
                let object_keywords = !any.properties.is_empty() || any.additional_properties.is_some();
                if let Some(scalar) = scalar.filter(|_| object_keywords || any.items.is_some()) {
                    let keyword = if object_keywords { "properties" } else { "items" };
                    self.warnings.push(Diagnostic::at(
                        pointer::push(ptr, keyword),
                        format!("`{keyword}` beside `type: {scalar}` applies to no value of the schema; it is ignored"),
                    ));
                }
                if object_keywords && scalar.is_none() {
                    self.object(name, schema, &any.properties, &any.required, any.additional_properties.as_ref(), ptr)
                } else if any.items.is_some() && scalar.is_none() {
                    self.array(&name, any.items.as_ref(), ptr)
                } else if string_enum && any.one_of.is_empty() && any.any_of.is_empty() {
                    // An enum beside `allOf: [$ref]` narrows the referenced type to its values.
                    self.define_enum(name, schema, &strings, ptr)
                } else if !any.all_of.is_empty() {
                    return self.all_of(name, schema, &any.all_of, ptr, nullable);
                } else if !any.one_of.is_empty() || !any.any_of.is_empty() {
                    let (key, members) =
                        if any.one_of.is_empty() { ("anyOf", &any.any_of) } else { ("oneOf", &any.one_of) };
                    return self.union(name, schema, members, &pointer::push(ptr, key), nullable);
                } else {
                    let typed = any.typ.as_deref().zip(any.format.as_deref());
                    match (typed.and_then(|(json_type, format)| self.typed_format(json_type, format)), any.typ.as_deref()) {
                        (Some(ty), _) => ty,
                        (None, Some("string")) => Ty::String,
                        (None, Some("integer")) => Ty::I64,
                        (None, Some("number")) => Ty::F64,
                        (None, Some("boolean")) => Ty::Bool,
                        (None, Some("object")) => Ty::JsonObject,
                        (None, _) => Ty::Json,
                    }
                }
            }
        };
        Lowered { ty, nullable }
    }

    /// The type of a `json_type` schema (`string`, `integer`) with this `format`, when the SDK
    /// entry gives the format a type of its own (see [`TypedFormat`]).
    fn typed_format(&mut self, json_type: &str, format: &str) -> Option<Ty> {
        let typed = TypedFormat::of(json_type, format).filter(|t| self.typed_formats.contains(t))?;
        self.typed_formats_used.note(typed);
        Some(Ty::Typed(typed))
    }

    fn array(&mut self, name: &NameChoice, items: Option<&'a ReferenceOr<Box<Schema>>>, ptr: &str) -> Ty {
        let item = match items {
            Some(items) => self.lower(view(items), &format!("{}Item", name.base()), &pointer::push(ptr, "items")),
            None => Lowered { ty: Ty::Json, nullable: false },
        };
        Ty::Vec(Box::new(item.into_field_ty()))
    }

    fn object(
        &mut self,
        name: NameChoice,
        schema: &'a Schema,
        properties: &'a IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &'a [String],
        additional: Option<&'a AdditionalProperties>,
        ptr: &str,
    ) -> Ty {
        if properties.is_empty() {
            self.files_allowed = false;
            return match additional {
                Some(AdditionalProperties::Schema(value)) => {
                    let hint = format!("{}Value", name.base());
                    let value = self.lower(view(value), &hint, &pointer::push(ptr, "additionalProperties"));
                    Ty::Map(Box::new(value.into_field_ty()))
                }
                _ => Ty::JsonObject,
            };
        }
        let props: Vec<Property<'a>> =
            properties.iter().map(|(k, v)| (k.as_str(), view(v), pointer::push(&pointer::push(ptr, "properties"), k))).collect();
        let name = self.claim(name);
        let def = self.struct_def(&name, &props, required, additional, ptr);
        self.push_type(name.clone(), docs_of(schema), TypeKind::Struct(def));
        Ty::Named(name)
    }

    fn struct_def(
        &mut self,
        name: &str,
        props: &[Property<'a>],
        required: &[String],
        additional: Option<&'a AdditionalProperties>,
        ptr: &str,
    ) -> StructDef {
        let files = std::mem::take(&mut self.files_allowed);
        let mut field_names = Namespace::new();
        let mut fields = Vec::new();
        for (wire, prop, prop_ptr) in props {
            let field_name = field_names.claim(&snake_ident(wire));
            let hint = format!("{name}{}", unraw(&type_ident(wire)));
            let is_required = required.iter().any(|r| r == wire);
            let mut serde = Vec::new();
            if unraw(&field_name) != *wire {
                serde.push(format!("rename = {}", string_literal(wire)));
            }
            let fixed = const_string(*prop);
            let defaulted = matches!((prop, fixed), (SchemaRef::Inline(s), Some(v)) if s.schema_data.default == Some(Value::String(v.to_owned())));
            let file = if files { self.file_type(*prop) } else { None };
            let lowered = match (fixed, file) {
                (Some(value), _) => Lowered { ty: self.const_type(wire, value), nullable: false },
                (None, Some(file)) => file,
                (None, None) => self.lower(*prop, &hint, prop_ptr),
            };
            let ty = if fixed.is_some() && defaulted && !is_required {
                serde.push("default".to_owned());
                lowered.ty
            } else if !is_required && lowered.nullable && lowered.ty != Ty::File {
                // Absent, null and a value are three different requests (null clears a field);
                // outside request bodies this becomes a plain `Option` (see `lower::requests`).
                serde.push("default".to_owned());
                serde.push(SKIP_NONE.to_owned());
                serde.push(NULLABLE_DESERIALIZER.to_owned());
                Ty::Option(Box::new(lowered.ty.optional()))
            } else if !is_required {
                serde.push("default".to_owned());
                serde.push(SKIP_NONE.to_owned());
                lowered.ty.optional()
            } else if lowered.nullable {
                serde.push("default".to_owned());
                lowered.ty.optional()
            } else {
                lowered.ty
            };
            if ty.file_field().is_some() {
                serde = vec!["skip".to_owned()];
            }
            let docs = match prop {
                SchemaRef::Inline(s) => docs_of(s),
                SchemaRef::Ref(_) => Vec::new(),
            };
            fields.push(Field { name: field_name, wire: string_literal(wire), docs, ty, serde, cfg: None });
        }
        match additional {
            Some(AdditionalProperties::Schema(value)) => {
                let hint = format!("{name}Extra");
                let value = self.lower(view(value), &hint, &pointer::push(ptr, "additionalProperties"));
                fields.push(Field {
                    name: field_names.claim("extra"),
                    wire: String::new(),
                    docs: vec![string_literal(" Properties not named by the schema.")],
                    ty: Ty::Map(Box::new(value.into_field_ty())),
                    serde: vec!["flatten".to_owned()],
                    cfg: None,
                });
            }
            Some(AdditionalProperties::Any(true)) => fields.push(Field {
                name: field_names.claim("extra"),
                wire: String::new(),
                docs: vec![string_literal(" Properties not named by the schema.")],
                ty: Ty::JsonObject,
                serde: vec!["flatten".to_owned()],
                cfg: None,
            }),
            _ => {}
        }
        let derive_default = fields.iter().all(is_optional);
        let has_id = fields.iter().any(|f| f.name == "id" && f.ty == Ty::String);
        StructDef { fields, derive_default, constructor: None, has_id, setters: Vec::new() }
    }

    /// The type of a multipart body's property that holds a file (`format: binary`) or an array
    /// of files; `None` for any other property.
    fn file_type(&self, prop: SchemaRef<'a>) -> Option<Lowered> {
        let schema = |r: SchemaRef<'a>| match r {
            SchemaRef::Ref(reference) => self.resolve(reference).map(|(_, s)| s),
            SchemaRef::Inline(s) => Some(s),
        };
        let is_binary = |s: &Schema| {
            matches!(&s.schema_kind, SchemaKind::Type(Type::String(t))
                if t.enumeration.is_empty() && matches!(&t.format, VariantOrUnknownOrEmpty::Item(StringFormat::Binary)))
        };
        let prop = schema(prop)?;
        let ty = match &prop.schema_kind {
            _ if is_binary(prop) => Ty::File,
            SchemaKind::Type(Type::Array(a)) if schema(view(a.items.as_ref()?)).is_some_and(is_binary) => Ty::Vec(Box::new(Ty::File)),
            _ => return None,
        };
        Some(Lowered { ty, nullable: prop.schema_data.nullable })
    }

    /// The single-value type for `property: value`, shared by every struct with that pair.
    fn const_type(&mut self, property: &str, value: &str) -> Ty {
        let key = (property.to_owned(), value.to_owned());
        if let Some(name) = self.const_types.get(&key) {
            return Ty::Const(name.clone());
        }
        // Named after the pair (`AssistantObject`), unless a schema has that name already: then
        // `AssistantObjectConst`, so the struct does not hold an `AssistantObject2`.
        let natural = camel_ident(&format!("{value}_{property}"));
        let name = if self.names.contains(&natural) { self.names.claim(&format!("{}Const", unraw(&natural))) } else { self.names.claim(&natural) };
        let variant = if value.is_empty() { "Empty".to_owned() } else { camel_ident(value) };
        let docs = doc_lines(&format!("Always {}.", crate::render::markdown::code_span(&format!("{value:?}"))));
        self.push_type(name.clone(), docs, TypeKind::Const { variant, value: string_literal(value) });
        self.const_types.insert(key, name.clone());
        Ty::Const(name)
    }

    fn define_enum(&mut self, name: NameChoice, schema: &Schema, values: &[&str], ptr: &str) -> Ty {
        let labelled: Vec<(&str, Option<&str>)> = values.iter().map(|v| (*v, None)).collect();
        self.define_labelled_enum(name, schema, &labelled, ptr)
    }

    /// A string enum whose variants are named after their labels where given, otherwise after
    /// their values. A value listed more than once is one variant (the first, with its label),
    /// with a warning at `ptr`: two variants with the same wire value would make the second
    /// unreachable. Values whose names collide get numbered names, in the order listed.
    fn define_labelled_enum(&mut self, name: NameChoice, schema: &Schema, values: &[(&str, Option<&str>)], ptr: &str) -> Ty {
        let mut seen = std::collections::BTreeSet::new();
        let mut repeated = std::collections::BTreeSet::new();
        let values: Vec<(&str, Option<&str>)> = values
            .iter()
            .filter(|(value, _)| {
                let first = seen.insert(*value);
                if !first {
                    repeated.insert(*value);
                }
                first
            })
            .copied()
            .collect();
        if !repeated.is_empty() {
            let listed: Vec<String> = repeated.iter().map(|v| format!("{v:?}")).collect();
            self.warnings.push(Diagnostic::at(
                ptr,
                format!("the enum lists {} more than once; each value becomes one variant", listed.join(", ")),
            ));
        }
        let name = self.claim(name);
        let mut variant_names = Namespace::new();
        let variants: Vec<EnumVariant> = values
            .iter()
            .map(|(value, label)| {
                let ident = match label.map(camel_ident).filter(|l| !unraw(l).is_empty()) {
                    Some(label) => label,
                    None if value.is_empty() => "Empty".to_owned(),
                    None => camel_ident(value),
                };
                EnumVariant { name: variant_names.claim(&ident), wire: string_literal(value) }
            })
            .collect();
        let fallback = variant_names.claim("Unknown");
        self.push_type(name.clone(), docs_of(schema), TypeKind::Enum(EnumDef { variants, fallback }));
        Ty::Named(name)
    }

    fn union(
        &mut self,
        name: NameChoice,
        schema: &'a Schema,
        members: &'a [ReferenceOr<Schema>],
        ptr: &str,
        nullable: bool,
    ) -> Lowered {
        let indexed: Vec<(usize, &'a ReferenceOr<Schema>)> = members.iter().enumerate().collect();
        // An expandable field: the object's id, or the object itself when expanded.
        if schema.schema_data.extensions.contains_key("x-expansionResources")
            && let [(_, first), objects @ ..] = indexed.as_slice()
            && is_plain_string(first)
            && !objects.is_empty()
            && objects.iter().all(|(_, m)| matches!(m, ReferenceOr::Reference { .. }))
        {
            let inner = self.union_of(name, schema, objects, ptr);
            return Lowered { ty: Ty::Expandable(Box::new(inner.ty)), nullable: nullable || inner.nullable };
        }
        // A value, or the empty string that clears it.
        if let Some(empty) = indexed.iter().position(|(_, m)| is_empty_string(m))
            && indexed.len() > 1
        {
            let mut rest = indexed.clone();
            rest.remove(empty);
            let inner = self.union_of(name, schema, &rest, ptr);
            return Lowered { ty: Ty::OrEmpty(Box::new(inner.ty)), nullable: nullable || inner.nullable };
        }
        let lowered = self.union_of(name, schema, &indexed, ptr);
        Lowered { ty: lowered.ty, nullable: nullable || lowered.nullable }
    }

    /// The type of a `oneOf`/`anyOf` whose members are all constants (`const`, or `enum`)
    /// of one kind, possibly beside a plain string member (which the enum's fallback keeps):
    /// a string enum named by the members' titles, or the number type. `None` for any other
    /// union.
    fn enum_of_constants(
        &mut self,
        name: &NameChoice,
        schema: &'a Schema,
        members: impl Iterator<Item = &'a ReferenceOr<Schema>>,
        ptr: &str,
    ) -> Option<Lowered> {
        let mut strings: Vec<(&'a str, Option<&'a str>)> = Vec::new();
        let (mut integers, mut numbers, mut plain_strings, mut nullable) = (0, 0, 0, false);
        for member in members {
            let member = match member {
                ReferenceOr::Item(s) => s,
                ReferenceOr::Reference { reference } => self.resolve(reference)?.1,
            };
            nullable |= member.schema_data.nullable;
            let title = member.schema_data.title.as_deref();
            let values: Vec<&'a Value> = match &member.schema_kind {
                SchemaKind::Type(Type::String(t)) if t.enumeration.is_empty() => {
                    if !matches!(&t.format, VariantOrUnknownOrEmpty::Empty) {
                        return None;
                    }
                    plain_strings += 1;
                    continue;
                }
                SchemaKind::Type(Type::String(t)) => {
                    nullable |= t.enumeration.iter().any(Option::is_none);
                    let values: Vec<&'a str> = t.enumeration.iter().flatten().map(String::as_str).collect();
                    let label = if values.len() == 1 { title } else { None };
                    strings.extend(values.into_iter().map(|v| (v, label)));
                    continue;
                }
                SchemaKind::Type(Type::Integer(t)) if !t.enumeration.is_empty() => {
                    integers += 1;
                    continue;
                }
                SchemaKind::Type(Type::Number(t)) if !t.enumeration.is_empty() => {
                    numbers += 1;
                    continue;
                }
                SchemaKind::Any(any)
                    if !any.enumeration.is_empty()
                        && any.properties.is_empty()
                        && any.items.is_none()
                        && any.all_of.is_empty()
                        && any.one_of.is_empty()
                        && any.any_of.is_empty() =>
                {
                    any.enumeration.iter().collect()
                }
                _ => return None,
            };
            let label = if values.len() == 1 { title } else { None };
            for value in values {
                match value {
                    Value::String(v) => strings.push((v.as_str(), label)),
                    Value::Null => nullable = true,
                    Value::Number(n) if n.is_i64() || n.is_u64() => integers += 1,
                    Value::Number(_) => numbers += 1,
                    _ => return None,
                }
            }
        }
        let ty = match (strings.is_empty(), integers, numbers) {
            (false, 0, 0) => self.define_labelled_enum(name.clone(), schema, &strings, ptr),
            (true, 1.., 0) if plain_strings == 0 => Ty::I64,
            (true, _, 1..) if plain_strings == 0 => Ty::F64,
            _ => return None,
        };
        Some(Lowered { ty, nullable })
    }

    /// The type for a choice among `members` (a member itself when there is only one).
    fn union_of(
        &mut self,
        name: NameChoice,
        schema: &'a Schema,
        members: &[(usize, &'a ReferenceOr<Schema>)],
        ptr: &str,
    ) -> Lowered {
        if let [(index, only)] = members {
            return self.lower(view(only), name.base(), &pointer::push(ptr, &index.to_string()));
        }
        // An enum written as a choice among constants: one enum, not a union of one-value types.
        if let Some(lowered) = self.enum_of_constants(&name, schema, members.iter().map(|(_, m)| *m), ptr) {
            return lowered;
        }
        let references: Option<Vec<&'a str>> = members
            .iter()
            .map(|(_, m)| match m {
                ReferenceOr::Reference { reference } => Some(reference.as_str()),
                ReferenceOr::Item(_) => None,
            })
            .collect();
        let shared_key = references.as_ref().map(|refs| refs.iter().map(|r| (*r).to_owned()).collect::<Vec<_>>());
        if let Some(key) = &shared_key
            && let Some(existing) = self.ref_unions.get(key)
        {
            return Lowered { ty: Ty::Named(existing.clone()), nullable: false };
        }
        let name = match (&references, &name) {
            (Some(refs), NameChoice::Hint(_)) if refs.len() <= 3 => {
                let joined = refs.iter().map(|r| self.type_name_of(r)).collect::<Vec<String>>().join("Or");
                // Long member names make an unreadable union name: the place names it then.
                if joined.len() <= MAX_JOINED_NAME { NameChoice::Hint(joined) } else { name }
            }
            _ => name,
        };
        let name_str = self.claim(name);
        if let Some(key) = shared_key {
            self.ref_unions.insert(key, name_str.clone());
        }
        let fixed = NameChoice::Fixed(name_str.clone());
        let lowered: Vec<Lowered> = members.iter().map(|(i, m)| self.lower_member(view(m), &fixed, *i, ptr)).collect();
        let member_schemas: Vec<&ReferenceOr<Schema>> = members.iter().map(|(_, m)| *m).collect();
        let labels = variant_labels(&member_schemas, &lowered, schema.schema_data.discriminator.as_ref());
        let tags: Option<Vec<ObjectTag>> = references.as_ref().and_then(|refs| self.object_tags(refs));
        let mut variant_names = Namespace::new();
        let variants = lowered
            .iter()
            .zip(labels)
            .enumerate()
            .map(|(i, (l, label))| UnionVariant {
                name: variant_names.claim(&label),
                ty: l.ty.clone(),
                object: tags.as_ref().map(|t| string_literal(&t[i].object)),
                deleted: tags.as_ref().is_some_and(|t| t[i].deleted),
            })
            .collect();
        let fallback = tags.is_some().then(|| variant_names.claim("Unknown"));
        let nullable = lowered.iter().any(|l| l.nullable);
        let docs = match &references {
            Some(_) => {
                let names: Vec<String> = lowered.iter().map(|l| format!("`{}`", l.ty.render(None))).collect();
                vec![string_literal(&format!(" One of {}.", names.join(", ")))]
            }
            None => docs_of(schema),
        };
        self.push_type(name_str.clone(), docs, TypeKind::Union(UnionDef { variants, fallback, has_id: false }));
        Lowered { ty: Ty::Named(name_str), nullable }
    }

    /// The Rust name of a component schema reference.
    fn type_name_of(&self, reference: &str) -> String {
        component_key(reference).and_then(|k| self.component_names.get(&k).cloned()).unwrap_or_else(|| type_ident(reference))
    }

    /// How each referenced member is told apart on the wire: its fixed `object` value and
    /// whether it is a deleted object. `None` unless every member has one and they all differ.
    fn object_tags(&self, references: &[&str]) -> Option<Vec<ObjectTag>> {
        let tags: Vec<ObjectTag> = references
            .iter()
            .map(|r| {
                let (_, schema) = self.resolve(r)?;
                let SchemaKind::Type(Type::Object(o)) = &schema.schema_kind else { return None };
                let object = const_string(view(o.properties.get("object")?))?.to_owned();
                let deleted = o.properties.get("deleted").is_some_and(|d| match d {
                    ReferenceOr::Item(d) => matches!(&d.schema_kind, SchemaKind::Type(Type::Boolean(b)) if b.enumeration == [Some(true)]),
                    ReferenceOr::Reference { .. } => false,
                });
                Some(ObjectTag { object, deleted })
            })
            .collect::<Option<_>>()?;
        let distinct: std::collections::BTreeSet<(&str, bool)> = tags.iter().map(|t| (t.object.as_str(), t.deleted)).collect();
        (distinct.len() == tags.len()).then_some(tags)
    }

    fn lower_member(&mut self, member: SchemaRef<'a>, union_name: &NameChoice, index: usize, ptr: &str) -> Lowered {
        let hint = match member {
            SchemaRef::Inline(s) => match (&s.schema_data.title, &s.schema_kind) {
                (Some(title), _) => format!("{}{}", union_name.base(), unraw(&type_ident(title))),
                (None, SchemaKind::Type(Type::String(t))) if (1..=2).contains(&t.enumeration.len()) => {
                    let values: Vec<String> = t.enumeration.iter().flatten().map(|v| unraw(&type_ident(v)).to_owned()).collect();
                    format!("{}{}", union_name.base(), values.join("Or"))
                }
                _ => format!("{}Variant{}", union_name.base(), index + 1),
            },
            SchemaRef::Ref(_) => String::new(),
        };
        self.lower(member, &hint, &pointer::push(ptr, &index.to_string()))
    }

    /// An `allOf`: members that only annotate (a description, `nullable`, ...) refine the
    /// type of the others; one remaining member is that member's type (a reference stays a
    /// reference), members that are all the same scalar are that scalar, and objects are merged
    /// into one struct. Anything else becomes `serde_json::Value`, with a warning.
    fn all_of(
        &mut self,
        name: NameChoice,
        schema: &'a Schema,
        members: &'a [ReferenceOr<Schema>],
        ptr: &str,
        nullable: bool,
    ) -> Lowered {
        let member_ptr = |i: usize| pointer::push(&pointer::push(ptr, "allOf"), &i.to_string());
        let nullable = nullable || members.iter().any(|m| matches!(m, ReferenceOr::Item(s) if s.schema_data.nullable));
        let shaping: Vec<usize> = (0..members.len()).filter(|&i| !self.only_annotates(&members[i])).collect();
        let chosen = match shaping.as_slice() {
            [] => return Lowered { ty: Ty::Json, nullable },
            [only] => Some(*only),
            _ => self.same_scalar(members, &shaping),
        };
        if let Some(i) = chosen {
            let lowered = match view(&members[i]) {
                SchemaRef::Inline(member) => self.lower_schema(member, name, &member_ptr(i)),
                reference => self.lower(reference, name.base(), &member_ptr(i)),
            };
            return Lowered { ty: lowered.ty, nullable: nullable || lowered.nullable };
        }
        if self.merge_copies > MAX_MERGE_COPIES {
            // Reported once, by `check_merge_size`.
            return Lowered { ty: Ty::Json, nullable };
        }
        let mut merged = Merged::default();
        self.merged.clear();
        let copies_before = self.merge_copies;
        for i in shaping {
            if let Err(at) = self.collect_properties(view(&members[i]), &member_ptr(i), &mut merged, true) {
                return self.degrade(
                    &at,
                    "this `allOf` member is neither an object nor the same scalar type as the other members, so the members cannot be merged; the schema is generated as `serde_json::Value`",
                    nullable,
                );
            }
        }
        let copies = self.merge_copies - copies_before;
        if copies > self.largest_merge.0 {
            self.largest_merge = (copies, ptr.to_owned());
        }
        let name = self.claim(name);
        // Registered before the fields are lowered: a field that merges this schema again
        // refers to the struct being built.
        let key = (std::ptr::from_ref(schema), self.files_allowed);
        self.inline_types.insert(key, Lowered { ty: Ty::Named(name.clone()), nullable });
        let def = self.struct_def(&name, &merged.props, &merged.required, merged.additional, ptr);
        self.push_type(name.clone(), docs_of(schema), TypeKind::Struct(def));
        Lowered { ty: Ty::Named(name), nullable }
    }

    /// A warning at `ptr`, and `serde_json::Value` in place of the schema it names.
    fn degrade(&mut self, ptr: &str, message: &str, nullable: bool) -> Lowered {
        self.warnings.push(Diagnostic::at(ptr, message));
        Lowered { ty: Ty::Json, nullable }
    }

    /// Whether an `allOf` member only annotates or constrains the others (see [`annotates_only`]).
    fn only_annotates(&self, member: &ReferenceOr<Schema>) -> bool {
        matches!(member, ReferenceOr::Item(schema) if annotates_only(schema))
    }

    /// When the members at `indices` are all the same scalar type (`string`, `integer`, ...),
    /// the one whose Rust type to use: the first reference (it may name an enum), otherwise the
    /// first enum, otherwise the first.
    fn same_scalar(&self, members: &[ReferenceOr<Schema>], indices: &[usize]) -> Option<usize> {
        let kinds: Option<Vec<&str>> = indices.iter().map(|&i| self.scalar_kind(&members[i], 0)).collect();
        let kinds = kinds?;
        if kinds.iter().any(|k| *k != kinds[0]) {
            return None;
        }
        let is_ref = |i: &&usize| matches!(members[**i], ReferenceOr::Reference { .. });
        let is_enum = |i: &&usize| match &members[**i] {
            ReferenceOr::Item(s) => match &s.schema_kind {
                SchemaKind::Type(Type::String(t)) => !t.enumeration.is_empty(),
                SchemaKind::Any(a) => !a.enumeration.is_empty(),
                _ => false,
            },
            ReferenceOr::Reference { .. } => false,
        };
        indices.iter().find(is_ref).or_else(|| indices.iter().find(is_enum)).or(indices.first()).copied()
    }

    /// `string`, `integer`, `number` or `boolean` when `member` (followed through references and
    /// annotated `allOf`s) is a value of that type.
    fn scalar_kind(&self, member: &ReferenceOr<Schema>, depth: usize) -> Option<&'static str> {
        if depth > MAX_ALIAS_HOPS {
            return None;
        }
        let schema = match member {
            ReferenceOr::Item(s) => s,
            ReferenceOr::Reference { reference } => self.resolve(reference)?.1,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(_)) => Some("string"),
            SchemaKind::Type(Type::Integer(_)) => Some("integer"),
            SchemaKind::Type(Type::Number(_)) => Some("number"),
            SchemaKind::Type(Type::Boolean(_)) => Some("boolean"),
            SchemaKind::Any(a) if a.properties.is_empty() && a.items.is_none() && a.all_of.is_empty() && a.any_of.is_empty() && a.one_of.is_empty() => {
                match a.typ.as_deref() {
                    Some("string") => Some("string"),
                    Some("integer") => Some("integer"),
                    Some("number") => Some("number"),
                    Some("boolean") => Some("boolean"),
                    None if !a.enumeration.is_empty() && a.enumeration.iter().all(Value::is_string) => Some("string"),
                    _ => None,
                }
            }
            SchemaKind::AllOf { all_of } => {
                let shaping: Vec<&ReferenceOr<Schema>> = all_of.iter().filter(|m| !self.only_annotates(m)).collect();
                let kinds: Option<Vec<&str>> = shaping.iter().map(|m| self.scalar_kind(m, depth + 1)).collect();
                kinds.filter(|k| !k.is_empty() && k.iter().all(|x| *x == k[0])).map(|k| k[0])
            }
            _ => None,
        }
    }

    /// Gathers the properties of an `allOf` member, following references and nested `allOf`s.
    /// The properties of the members of a `oneOf` or `anyOf` member are gathered as optional:
    /// a value holds those of one member. Returns the place of a member that is not an object.
    fn collect_properties(
        &mut self,
        member: SchemaRef<'a>,
        ptr: &str,
        merged: &mut Merged<'a>,
        required: bool,
    ) -> Result<(), String> {
        let schema = match member {
            SchemaRef::Inline(s) => s,
            SchemaRef::Ref(reference) => {
                if self.merge_stack.iter().any(|r| r == reference) {
                    self.warnings.push(Diagnostic::at(ptr, format!("`allOf` includes `{reference}` inside itself; the inner inclusion adds nothing and is left out")));
                    return Ok(());
                }
                if !self.merged.insert(reference.to_owned()) {
                    return Ok(());
                }
                return match self.resolve(reference) {
                    Some((key, s)) => {
                        self.merge_stack.push(reference.to_owned());
                        let component = pointer::push("/components/schemas", key);
                        // Its properties are placed in the component; a member that is not an
                        // object, at the reference.
                        let result = self.collect_properties(SchemaRef::Inline(s), &component, merged, required).map_err(|_| ptr.to_owned());
                        self.merge_stack.pop();
                        result
                    }
                    None => {
                        self.unsupported_ref(reference, ptr);
                        Ok(())
                    }
                };
            }
        };
        if annotates_only(schema) {
            return Ok(());
        }
        let (properties, req, extra) = match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => (&o.properties, &o.required, o.additional_properties.as_ref()),
            SchemaKind::AllOf { all_of } => return self.collect_members(all_of, "allOf", ptr, merged, required),
            SchemaKind::OneOf { one_of } => return self.collect_members(one_of, "oneOf", ptr, merged, false),
            SchemaKind::AnyOf { any_of } => return self.collect_members(any_of, "anyOf", ptr, merged, false),
            SchemaKind::Any(a) if matches!(a.typ.as_deref(), None | Some("object")) && a.items.is_none() => {
                self.collect_members(&a.all_of, "allOf", ptr, merged, required)?;
                self.collect_members(&a.one_of, "oneOf", ptr, merged, false)?;
                self.collect_members(&a.any_of, "anyOf", ptr, merged, false)?;
                (&a.properties, &a.required, a.additional_properties.as_ref())
            }
            _ => return Err(ptr.to_owned()),
        };
        if !self.merge_stack.is_empty() {
            self.merge_copies += properties.len();
        }
        for (key, prop) in properties {
            let prop_ptr = pointer::push(&pointer::push(ptr, "properties"), key);
            match merged.props.iter_mut().find(|(k, _, _)| *k == key.as_str()) {
                Some(existing) => (existing.1, existing.2) = (view(prop), prop_ptr),
                None => merged.props.push((key.as_str(), view(prop), prop_ptr)),
            }
        }
        if required {
            merged.required.extend(req.iter().cloned());
        }
        if extra.is_some() {
            merged.additional = extra;
        }
        Ok(())
    }

    /// [`Self::collect_properties`] for each member under `ptr/key`.
    fn collect_members(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        key: &str,
        ptr: &str,
        merged: &mut Merged<'a>,
        required: bool,
    ) -> Result<(), String> {
        for (i, m) in members.iter().enumerate() {
            let p = pointer::push(&pointer::push(ptr, key), &i.to_string());
            self.collect_properties(view(m), &p, merged, required)?;
        }
        Ok(())
    }

    /// An error when `allOf` merges copied more properties than the spec declares members
    /// (and more than [`MERGE_COPIES_ALLOWED`]): flattening such merges writes an SDK that
    /// grows with the square of the spec (or stopped at [`MAX_MERGE_COPIES`]).
    pub fn check_merge_size(&mut self) {
        let members: usize = self
            .types
            .iter()
            .map(|t| match &t.kind {
                TypeKind::Struct(s) => s.fields.len(),
                TypeKind::Enum(e) => e.variants.len(),
                TypeKind::Union(u) => u.variants.len(),
                TypeKind::Alias { .. } | TypeKind::Newtype { .. } | TypeKind::Const { .. } => 1,
            })
            .sum();
        let declared = members.saturating_sub(self.merge_copies);
        let allowed = MERGE_COPIES_ALLOWED.max(declared).min(MAX_MERGE_COPIES);
        if self.merge_copies <= allowed {
            return;
        }
        let (largest, at) = &self.largest_merge;
        self.errors.push(Diagnostic::at(
            at.clone(),
            format!(
                "`allOf` merges copy {} properties from the schemas they refer to (this merge copies {largest}); the generator copies at most {allowed} (as many as the spec declares members, and at least {MERGE_COPIES_ALLOWED}), since every copy is written out again and a chain of merges grows the SDK with the square of its length. Declare shared properties once and refer to them with `$ref`",
                self.merge_copies,
            ),
        ));
    }

    fn claim(&mut self, name: NameChoice) -> String {
        match name {
            NameChoice::Fixed(name) => name,
            NameChoice::Hint(hint) => self.names.claim(&type_ident(&hint)),
        }
    }

    /// Type names of the component schemas that are API resources (`x-resourceId`), with
    /// their resource ids.
    pub fn resources(&self) -> BTreeMap<String, String> {
        let Some(components) = &self.doc.components else { return BTreeMap::new() };
        components
            .schemas
            .iter()
            .filter_map(|(key, schema)| {
                let ReferenceOr::Item(schema) = schema else { return None };
                let id = schema.schema_data.extensions.get("x-resourceId")?.as_str()?;
                Some((self.component_names[key].clone(), id.to_owned()))
            })
            .collect()
    }

    /// Whether values of `ty` implement `Display` (scalars, string enums, and aliases of them).
    pub fn displays(&self, ty: &Ty) -> bool {
        match ty {
            Ty::String | Ty::Bool | Ty::I32 | Ty::I64 | Ty::F64 => true,
            Ty::Named(name) => self.types.iter().find(|t| t.name == *name).is_some_and(|t| match &t.kind {
                TypeKind::Enum(_) => true,
                TypeKind::Alias { target } => self.displays(target),
                _ => false,
            }),
            _ => false,
        }
    }

    /// The type name given to the component schema `key`, if it has one.
    pub fn component_type(&self, key: &str) -> Option<&str> {
        self.component_names.get(key).map(String::as_str)
    }

    /// The struct defined under `name`, if any.
    pub fn struct_named(&self, name: &str) -> Option<&StructDef> {
        self.types.iter().find(|t| t.name == name).and_then(|t| match &t.kind {
            TypeKind::Struct(s) => Some(s),
            _ => None,
        })
    }

    fn push_type(&mut self, name: String, docs: Vec<String>, kind: TypeKind) {
        self.types.push(TypeDef { name, cfg: None, resource: None, docs, kind });
    }
}

impl NameChoice {
    fn base(&self) -> &str {
        match self {
            NameChoice::Fixed(s) | NameChoice::Hint(s) => s,
        }
    }
}

impl Lowered {
    /// The type a field or item holds: `Option<T>` when null is allowed.
    pub fn into_field_ty(self) -> Ty {
        if self.nullable { self.ty.optional() } else { self.ty }
    }
}

/// Most arguments a generated function takes, `self` included (clippy's `too_many_arguments`
/// limit).
pub const MAX_ARGUMENTS: usize = 7;

/// Where each component schema that is a `$ref` ends: every chain is walked once, iteratively,
/// and every key on it gets the end, so long chains cost linear time and no stack.
fn alias_ends(doc: &OpenAPI) -> HashMap<&str, &Schema> {
    let Some(components) = &doc.components else { return HashMap::new() };
    let schemas = &components.schemas;
    let mut ends: HashMap<&str, Option<&Schema>> = HashMap::new();
    for (start, schema) in schemas {
        if matches!(schema, ReferenceOr::Item(_)) || ends.contains_key(start.as_str()) {
            continue;
        }
        let mut chain: Vec<&str> = Vec::new();
        let mut on_chain = std::collections::HashSet::new();
        let mut key = start.as_str();
        let end = loop {
            if let Some(end) = ends.get(key) {
                break *end;
            }
            if !on_chain.insert(key) {
                break None;
            }
            chain.push(key);
            match schemas.get_key_value(key) {
                Some((_, ReferenceOr::Item(schema))) => break Some(schema),
                Some((_, ReferenceOr::Reference { reference })) => {
                    match component_key(reference).and_then(|k| schemas.get_key_value(&k)) {
                        Some((next, _)) => key = next.as_str(),
                        None => break None,
                    }
                }
                None => break None,
            }
        };
        ends.extend(chain.into_iter().map(|k| (k, end)));
    }
    ends.into_iter().filter_map(|(k, end)| Some((k, end?))).collect()
}

/// The `#[serde(...)]` argument that keeps `null` apart from absent in an `Option<Option<T>>`.
pub const NULLABLE_DESERIALIZER: &str = "deserialize_with = \"serde_nullable::deserialize\"";

/// Whether a field can be left out when a value is built: an `Option`, a fixed value, or the
/// map of extra properties. A struct derives `Default` only when every field can.
pub fn is_optional(field: &Field) -> bool {
    matches!(field.ty, Ty::Option(_) | Ty::Const(_)) || field.wire.is_empty()
}

/// A constructor whose arguments are the required fields; the others start at their default
/// (`None`). Called once field types are final (after recursion is boxed). Without `unbounded`,
/// a struct with more than seven required fields gets none.
pub fn constructor(fields: &[Field], unbounded: bool) -> Option<Constructor> {
    let args: Vec<ConstructorArg> = fields
        .iter()
        .filter(|f| !is_optional(f))
        .map(|f| ConstructorArg { name: f.name.clone(), ty: f.ty.clone() })
        .collect();
    let (defaulted, fixed): (Vec<&Field>, Vec<&Field>) =
        fields.iter().filter(|f| is_optional(f)).partition(|f| matches!(f.ty, Ty::Option(_)));
    let names = |fields: Vec<&Field>| fields.into_iter().map(|f| f.name.clone()).collect();
    let digit_names = args.iter().any(|a| a.name.chars().all(|c| c.is_ascii_digit() || c == '_'));
    (unbounded || args.len() <= MAX_ARGUMENTS).then(|| Constructor { args, defaulted: names(defaulted), fixed: names(fixed), digit_names })
}

/// The fixed string of a property whose schema allows exactly one string value (also when the
/// value is given beside `allOf: [$ref]`, which it narrows).
fn const_string(prop: SchemaRef<'_>) -> Option<&str> {
    let SchemaRef::Inline(schema) = prop else { return None };
    if schema.schema_data.nullable {
        return None;
    }
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => match s.enumeration.as_slice() {
            [Some(value)] => Some(value),
            _ => None,
        },
        SchemaKind::Any(a)
            if matches!(a.typ.as_deref(), None | Some("string"))
                && a.properties.is_empty()
                && a.items.is_none()
                && a.one_of.is_empty()
                && a.any_of.is_empty() =>
        {
            match a.enumeration.as_slice() {
                [Value::String(value)] => Some(value),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether a member is a string with no further constraint (an expandable field's id).
fn is_plain_string(member: &ReferenceOr<Schema>) -> bool {
    matches!(member, ReferenceOr::Item(s) if matches!(&s.schema_kind, SchemaKind::Type(Type::String(t)) if t.enumeration.is_empty()))
}

/// Whether a member allows only the empty string (Stripe's way to clear a field).
fn is_empty_string(member: &ReferenceOr<Schema>) -> bool {
    matches!(member, ReferenceOr::Item(s) if matches!(&s.schema_kind, SchemaKind::Type(Type::String(t)) if t.enumeration == [Some(String::new())]))
}

/// The key in `components/schemas` that a reference names, if it names one.
fn component_key(reference: &str) -> Option<String> {
    let at = pointer::from_ref(reference)?;
    let key = at.strip_prefix("/components/schemas/")?;
    (!key.contains('/')).then(|| pointer::last_token(&at))
}

/// Whether a schema only annotates or constrains a value (`description`, `title`, `nullable`,
/// `readOnly`, `default`, `example`, `maxLength`, ...) without saying what type it is.
fn annotates_only(schema: &Schema) -> bool {
    schema.schema_data.discriminator.is_none()
        && matches!(&schema.schema_kind, SchemaKind::Any(a) if a.typ.is_none()
            && a.properties.is_empty()
            && a.required.is_empty()
            && a.additional_properties.is_none()
            && a.items.is_none()
            && a.enumeration.is_empty()
            && a.all_of.is_empty()
            && a.any_of.is_empty()
            && a.one_of.is_empty()
            && a.not.is_none())
}

/// What the object members of an `allOf` add up to.
#[derive(Default)]
struct Merged<'a> {
    /// Each property's name, schema and JSON pointer (in the member that declares it).
    props: Vec<Property<'a>>,
    required: Vec<String>,
    additional: Option<&'a AdditionalProperties>,
}

/// A property of a struct: its name on the wire, its schema, and the JSON pointer of that
/// schema (for an `allOf` merge, in the member that declares it).
type Property<'a> = (&'a str, SchemaRef<'a>, String);

/// Doc lines for a schema's description.
/// An `allOf` without a description of its own takes that of a member that only annotates
/// (`allOf: [{$ref: X}, {description: ...}]` is how converters describe a reference).
pub fn docs_of(schema: &Schema) -> Vec<String> {
    let annotated = || match &schema.schema_kind {
        SchemaKind::AllOf { all_of } | SchemaKind::Any(openapiv3::AnySchema { all_of, .. }) => all_of.iter().find_map(|m| match m {
            ReferenceOr::Item(m) if annotates_only(m) => m.schema_data.description.as_deref(),
            _ => None,
        }),
        _ => None,
    };
    schema.schema_data.description.as_deref().or_else(annotated).map(doc_lines).unwrap_or_default()
}

/// Names for the members of a union: discriminator mapping keys where they exist, otherwise the
/// referenced type names with their shared leading and trailing words removed, otherwise a name
/// for the kind of value.
fn variant_labels(members: &[&ReferenceOr<Schema>], lowered: &[Lowered], disc: Option<&Discriminator>) -> Vec<String> {
    let from_mapping = |m: &ReferenceOr<Schema>| match (m, disc) {
        (ReferenceOr::Reference { reference }, Some(d)) => {
            d.mapping.iter().find(|(_, target)| *target == reference).map(|(key, _)| camel_ident(key))
        }
        _ => None,
    };
    let type_names: Vec<Option<String>> = lowered
        .iter()
        .map(|l| match &l.ty {
            Ty::Named(n) => Some(n.clone()),
            _ => None,
        })
        .collect();
    let stripped = strip_shared_words(&type_names);
    members
        .iter()
        .zip(lowered)
        .zip(stripped)
        .map(|((member, l), stripped)| {
            from_mapping(member).or(stripped).unwrap_or_else(|| kind_label(&l.ty).to_owned())
        })
        .collect()
}

/// Removes the camel-case words that every name shares at its start and end, when what is left
/// is a distinct, non-empty identifier for each.
fn strip_shared_words(names: &[Option<String>]) -> Vec<Option<String>> {
    let present: Vec<Vec<String>> = names.iter().flatten().map(|n| camel_words(n)).collect();
    if present.len() < 2 {
        return names.to_vec();
    }
    let shortest = present.iter().map(Vec::len).min().unwrap_or(0);
    let prefix = (0..shortest).take_while(|&i| present.iter().all(|w| w[i] == present[0][i])).count();
    let suffix = (0..shortest - prefix)
        .take_while(|&i| present.iter().all(|w| w[w.len() - 1 - i] == present[0][present[0].len() - 1 - i]))
        .count();
    let candidates: Vec<String> = present.iter().map(|w| w[prefix..w.len() - suffix].concat()).collect();
    let distinct: std::collections::BTreeSet<&String> = candidates.iter().collect();
    let usable = distinct.len() == candidates.len()
        && candidates.iter().all(|c| c.starts_with(|ch: char| ch.is_ascii_uppercase()));
    if !usable {
        return names.to_vec();
    }
    let mut candidates = candidates.into_iter();
    names.iter().map(|n| n.as_ref().and_then(|_| candidates.next())).collect()
}

fn camel_words(name: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for c in name.chars() {
        match words.last_mut() {
            Some(w) if !c.is_ascii_uppercase() => w.push(c),
            _ => words.push(c.to_string()),
        }
    }
    words
}

fn kind_label(ty: &Ty) -> &'static str {
    match ty {
        Ty::String => "String",
        Ty::Bool => "Boolean",
        Ty::I32 | Ty::I64 => "Integer",
        Ty::F64 => "Number",
        Ty::Vec(_) => "Array",
        Ty::Map(_) | Ty::JsonObject => "Object",
        Ty::Typed(TypedFormat::DateTime) => "DateTime",
        Ty::Typed(TypedFormat::Date) => "Date",
        Ty::Typed(TypedFormat::Uuid) => "Uuid",
        Ty::Typed(TypedFormat::Uri) => "Url",
        Ty::Typed(TypedFormat::UnixTime) => "UnixTime",
        _ => "Value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_words_are_stripped_only_when_names_stay_distinct() {
        let names = |v: &[&str]| v.iter().map(|s| Some((*s).to_owned())).collect::<Vec<_>>();
        assert_eq!(
            strip_shared_words(&names(&["PaymentMethodCardCreateRequest", "PaymentMethodPayPayCreateRequest"])),
            vec![Some("Card".to_owned()), Some("PayPay".to_owned())]
        );
        let kept = names(&["Customer", "CustomerDeleted2"]);
        assert_eq!(strip_shared_words(&names(&["Customer", "DeletedCustomer"])), names(&["Customer", "DeletedCustomer"]));
        assert_eq!(strip_shared_words(&kept), vec![Some("Customer".to_owned()), Some("CustomerDeleted2".to_owned())]);
    }
}
