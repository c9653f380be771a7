//! sdkgen: generates Rust SDKs from OpenAPI 3.0 and 3.1 descriptions: for each API a models
//! crate (serde types) and a client crate (async, reqwest), ready to build on their own.
//!
//! # Using the library
//!
//! [`Sdk`] is the front door: one spec to one SDK, written or checked, from a project's xtask
//! or build script (`generator/examples/generate_sdk.rs` is a runnable example):
//!
//! ```no_run
//! let report = sdkgen::Sdk::from_spec("specs/petstore.yaml", "petstore").version("1.2.0").generate("crates/petstore")?;
//! print!("{report}");
//! # Ok::<(), sdkgen::Error>(())
//! ```
//!
//! [`codegen::run`] generates every SDK of an `sdks.toml` ([`Config`]) as `sdkgen generate`
//! does; [`diff`] compares two versions of an API as SDK users see them; [`model`] is what
//! templates receive. For tools around the generator (this repository's `cargo xtask` and
//! tests use them): [`output`] writes or checks generated files all or nothing, [`spec`] offers
//! pinned specs and reading a spec file, [`render`] the templates, [`progress`] a progress bar.
//! The pipeline's stages themselves are private.
//!
//! # The pipeline
//!
//! One folder per stage, run top to bottom by [`generate_timed`]:
//! `spec` reads the document (`load` → `patch` → `normalize` (+ `refs` and `unique` checks)
//! → `parse`) → `lower` builds the [`model`] → `render` through templates and `format` with
//! prettyplease → `output` writes all files or none.

#![warn(missing_docs)]

pub mod codegen;
mod config;
pub mod diff;
pub mod error;
pub mod init;
mod lower;
pub mod model;
pub mod output;
pub mod progress;
mod release;
pub mod render;
mod sdk;
pub mod spec;

use std::path::Path;
use std::time::{Duration, Instant};

pub use config::{Config, MethodNames, OperationSettings, PaginationSettings, PaginationStyle, SdkConfig, ShapeSettings, SignatureScheme, WebhookConfig};
pub use model::TypedFormat;
pub use error::{Diagnostic, Error, Result};
pub use output::GeneratedSdk;
pub use render::Templates;
pub use sdk::Sdk;
pub use spec::Fetcher;

/// Time spent in each stage of one generation.
#[derive(Debug, Clone, Default)]
pub struct Timings {
    /// Reading and parsing the file.
    pub load: Duration,
    /// Normalizing, checking references and reading the OpenAPI structure.
    pub normalize: Duration,
    /// Lowering into the model.
    pub lower: Duration,
    /// Rendering templates.
    pub render: Duration,
    /// Parsing and formatting Rust.
    pub format: Duration,
}

/// A generated SDK with what was noticed on the way.
#[derive(Debug, Clone)]
pub struct Generation {
    /// The files.
    pub sdk: GeneratedSdk,
    /// Parts of the spec the SDK does not cover, or covers degraded.
    pub warnings: Vec<Diagnostic>,
    /// The warnings as shown to a user: one line each, naming the file, the line and the place.
    pub warning_report: String,
    /// Stage timings.
    pub timings: Timings,
    /// Number of operations and named types.
    pub counts: (usize, usize),
    /// The API surface, also written as the SDK's `api.json`.
    pub surface: diff::Surface,
}

/// Runs the whole pipeline for one SDK, in memory.
pub fn generate(sdk: &SdkConfig, templates: &Templates) -> Result<Generation> {
    let started = Instant::now();
    let text = spec::load::read(&sdk.spec)?;
    let read = started.elapsed();
    let mut generation = generate_from_str(sdk, &text, templates)?;
    generation.timings.load += read;
    Ok(generation)
}

/// Runs the whole pipeline on spec text already in memory; `sdk.spec` only names the file (its
/// extension chooses JSON or YAML). Spec errors carry the text, so they show source lines.
pub fn generate_from_str(sdk: &SdkConfig, text: &str, templates: &Templates) -> Result<Generation> {
    generate_timed(sdk, text, templates, &mut Timings::default())
}

/// [`generate_from_str`], recording each stage's time in `timings` as it finishes, so that a
/// failed run still tells how long the stages before the failure took. With `sdk.strict`,
/// warnings are errors.
pub fn generate_timed(sdk: &SdkConfig, text: &str, templates: &Templates, timings: &mut Timings) -> Result<Generation> {
    let mut generation = pipeline(sdk, text, templates, timings).map_err(|e| e.with_source(text))?;
    if sdk.strict && !generation.warnings.is_empty() {
        return Err(Error::spec_problems(&sdk.spec, generation.warnings).with_source(text));
    }
    generation.warning_report = error::render_warnings(&sdk.spec, &generation.warnings, text);
    Ok(generation)
}

fn pipeline(sdk: &SdkConfig, text: &str, templates: &Templates, timings: &mut Timings) -> Result<Generation> {
    sdk.check().map_err(|message| Error::Config { path: sdk.spec.clone(), message })?;
    let started = Instant::now();
    let mut doc = spec::load::parse(&sdk.spec, text)?;
    timings.load = started.elapsed();

    let started = Instant::now();
    let (api_doc, mut warnings) = prepare_sdk(sdk, &mut doc)?;
    timings.normalize = started.elapsed();

    let started = Instant::now();
    // A lowering error is reported with the items degraded before it, all in one run.
    let (api, lower_warnings) = lower::lower_with(&api_doc, sdk.info(), sdk.webhooks.as_ref()).map_err(|problems| {
        let mut all = std::mem::take(&mut warnings);
        all.extend(problems);
        Error::spec_problems(&sdk.spec, all)
    })?;
    warnings.extend(lower_warnings);
    warnings.extend(describes_nothing(&api_doc, &api));
    timings.lower = started.elapsed();

    let started = Instant::now();
    let mut rendered = render::render(&api, templates)?;
    if let Some(dir) = &sdk.examples {
        rendered.extend(render::render_examples(&api, templates, dir)?);
    }
    timings.render = started.elapsed();

    let started = Instant::now();
    let mut files: std::collections::BTreeMap<String, String> = render::format::format_all(&rendered)?.into_iter().collect();
    timings.format = started.elapsed();
    let surface = diff::Surface::of(&api);
    files.insert(diff::MANIFEST.to_owned(), surface.to_manifest());
    render::visible::escape_files(&mut files);

    Ok(Generation {
        sdk: GeneratedSdk { name: sdk.name.clone(), root: sdk.output.clone(), files },
        warnings,
        warning_report: String::new(),
        timings: timings.clone(),
        counts: (api.operations.len(), api.types.len()),
        surface,
    })
}

/// Loads, checks and lowers one SDK's spec into the model, without rendering anything.
pub fn lower_sdk(sdk: &SdkConfig) -> Result<model::Api> {
    lower_document(sdk, spec::load::load(&sdk.spec)?)
}

/// Checks and lowers a loaded document as `sdk`'s spec (its patches and crate names).
pub fn lower_document(sdk: &SdkConfig, mut doc: serde_json::Value) -> Result<model::Api> {
    let (api_doc, _) = prepare_sdk(sdk, &mut doc)?;
    lower::lower_with(&api_doc, sdk.info(), sdk.webhooks.as_ref()).map(|(api, _)| api).map_err(|problems| Error::spec_problems(&sdk.spec, problems))
}

/// Applies the SDK's spec patches, then [`prepare`]s the document.
fn prepare_sdk(sdk: &SdkConfig, doc: &mut serde_json::Value) -> Result<(openapiv3::OpenAPI, Vec<Diagnostic>)> {
    let problems = spec::patch::apply(doc, &sdk.patches);
    if !problems.is_empty() {
        return Err(Error::spec_problems(&sdk.spec, problems));
    }
    prepare(&sdk.spec, doc)
}

/// A warning when the SDK has no operation, component schema or webhook: the spec describes
/// nothing, and the SDK generated from it is empty (it builds, with nothing in it). A spec with
/// schemas only (a webhook or event catalogue) generates its models and a client without
/// operations.
fn describes_nothing(doc: &openapiv3::OpenAPI, api: &model::Api) -> Option<Diagnostic> {
    let has_schemas = doc.components.as_ref().is_some_and(|c| !c.schemas.is_empty());
    let has_webhooks = doc.extensions.contains_key(spec::normalize::WEBHOOKS_EXTENSION);
    (api.operations.is_empty() && !has_schemas && !has_webhooks).then(|| {
        Diagnostic::at(
            "/paths",
            "the spec describes nothing: no operations, component schemas or webhooks (or none that could be read), so the SDK is empty; add a path with an operation or a schema under `components/schemas`",
        )
    })
}

/// Normalizes and checks a loaded document, then reads it as OpenAPI.
pub fn prepare(file: &Path, doc: &mut serde_json::Value) -> Result<(openapiv3::OpenAPI, Vec<Diagnostic>)> {
    let mut repairs = spec::callbacks::remove(doc);
    repairs.extend(spec::repair::repair(doc));
    let findings = spec::normalize::normalize(doc);
    let mut warnings = repairs;
    warnings.extend(findings.warnings);
    // A problem confined to a schema, an operation or a component degrades that item, so that
    // every problem of the document is reported in one run; only the rest stop here.
    let mut problems = findings.errors;
    problems.extend(spec::unique::operation_ids(doc));
    let (degraded, mut errors) = spec::degrade::degrade(doc, problems);
    warnings.extend(degraded);
    if errors.is_empty() {
        let (degraded, ref_errors) = spec::refs::check_and_degrade(doc);
        warnings.extend(degraded);
        errors = ref_errors;
    }
    if !errors.is_empty() {
        errors.extend(warnings);
        return Err(Error::spec_problems(file, errors));
    }
    spec::hoist::hoist(doc);
    warnings.extend(lower::features::resource_id_warnings(doc));
    let (api, unreadable) = spec::parse::parse(file, std::mem::take(doc))?;
    warnings.extend(unreadable);
    Ok((api, warnings))
}
