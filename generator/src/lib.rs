//! sdkgen: generates Rust SDKs from OpenAPI descriptions.
//!
//! The pipeline, one module per stage:
//! [`load`] → [`normalize`] (+ [`refs`] checks) → [`parse`] → [`lower`] into the [`model`] →
//! [`render`] through templates → [`format`] with prettyplease → [`output`] to disk.

pub mod codegen;
pub mod config;
pub mod diff;
pub mod error;
pub mod format;
pub mod load;
pub mod lower;
pub mod markdown;
pub mod model;
pub mod naming;
pub mod normalize;
pub mod output;
pub mod parse;
pub mod patch;
pub mod pin;
pub mod pointer;
pub mod refs;
pub mod release;
pub mod render;

use std::path::Path;
use std::time::{Duration, Instant};

pub use config::{Config, SdkConfig};
pub use error::{Diagnostic, Error, Result};
pub use output::GeneratedSdk;
pub use render::Templates;

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
    /// Parts of the spec the SDK does not cover.
    pub warnings: Vec<Diagnostic>,
    /// Stage timings.
    pub timings: Timings,
    /// Number of operations and named types.
    pub counts: (usize, usize),
    /// The API surface, also written as the SDK's `api.json`.
    pub surface: diff::Surface,
}

/// Runs the whole pipeline for one SDK, in memory.
pub fn generate(sdk: &SdkConfig, templates: &Templates) -> Result<Generation> {
    let mut timings = Timings::default();
    let started = Instant::now();
    let mut doc = load::load(&sdk.spec)?;
    timings.load = started.elapsed();

    let started = Instant::now();
    let problems = patch::apply(&mut doc, &sdk.patches);
    if !problems.is_empty() {
        return Err(Error::Spec { file: sdk.spec.clone(), problems });
    }
    let (api_doc, warnings) = prepare(&sdk.spec, &mut doc)?;
    timings.normalize = started.elapsed();

    let started = Instant::now();
    let api = lower::lower(&api_doc, sdk.info())
        .map_err(|problems| Error::Spec { file: sdk.spec.clone(), problems })?;
    timings.lower = started.elapsed();

    let started = Instant::now();
    let mut rendered = render::render(&api, templates)?;
    if let Some(dir) = &sdk.examples {
        rendered.extend(render::render_examples(&api, templates, dir)?);
    }
    timings.render = started.elapsed();

    let started = Instant::now();
    let mut files: std::collections::BTreeMap<String, String> = rendered
        .iter()
        .map(|file| Ok((file.path.clone(), format::format_file(file)?)))
        .collect::<Result<_>>()?;
    timings.format = started.elapsed();
    let surface = diff::Surface::of(&api);
    files.insert(diff::MANIFEST.to_owned(), surface.to_manifest());

    Ok(Generation {
        sdk: GeneratedSdk { name: sdk.name.clone(), root: sdk.output.clone(), files },
        warnings,
        timings,
        counts: (api.operations.len(), api.types.len()),
        surface,
    })
}

/// Loads, checks and lowers one SDK's spec into the model, without rendering anything.
pub fn lower_sdk(sdk: &SdkConfig) -> Result<model::Api> {
    let mut doc = load::load(&sdk.spec)?;
    let problems = patch::apply(&mut doc, &sdk.patches);
    if !problems.is_empty() {
        return Err(Error::Spec { file: sdk.spec.clone(), problems });
    }
    let (api_doc, _) = prepare(&sdk.spec, &mut doc)?;
    lower::lower(&api_doc, sdk.info()).map_err(|problems| Error::Spec { file: sdk.spec.clone(), problems })
}

/// Normalizes and checks a loaded document, then reads it as OpenAPI.
pub fn prepare(file: &Path, doc: &mut serde_json::Value) -> Result<(openapiv3::OpenAPI, Vec<Diagnostic>)> {
    let findings = normalize::normalize(doc);
    let mut problems = findings.errors;
    problems.extend(refs::check(doc));
    if !problems.is_empty() {
        return Err(Error::Spec { file: file.to_owned(), problems });
    }
    let api = parse::parse(file, std::mem::take(doc))?;
    Ok((api, findings.warnings))
}
