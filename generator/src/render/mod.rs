//! Stage 4: render the model through minijinja templates.
//!
//! The built-in templates live in `templates/` and are compiled into the generator. A user can
//! replace any of them with a file of the same name in a directory of their own. Then
//! `format` parses every Rust file and prints it with prettyplease; `markdown` prepares the
//! spec's descriptions as rustdoc-safe doc text for the model; `visible` escapes characters
//! that hide or reorder text in every generated file.
//!
//! Outside the crate, only [`Templates`] and [`has_live_code`] (the check that generated docs
//! hold no doctest) are public.

pub(crate) mod format;
pub(crate) mod markdown;
pub(crate) mod visible;

pub use markdown::has_live_code;

use std::collections::BTreeMap;
use std::path::Path;

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Serde;
use minijinja::{Environment, UndefinedBehavior};
use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::model::Api;

/// The built-in templates, by name. Names ending in `.j2` are rendered; others are copied.
const BUILTIN: &[(&str, &str)] = &[
    ("macros.j2", include_str!("../../../templates/macros.j2")),
    ("README.md.j2", include_str!("../../../templates/README.md.j2")),
    ("models/Cargo.toml.j2", include_str!("../../../templates/models/Cargo.toml.j2")),
    ("models/lib.rs.j2", include_str!("../../../templates/models/lib.rs.j2")),
    ("client/Cargo.toml.j2", include_str!("../../../templates/client/Cargo.toml.j2")),
    ("client/lib.rs.j2", include_str!("../../../templates/client/lib.rs.j2")),
    ("client/operations.rs.j2", include_str!("../../../templates/client/operations.rs.j2")),
    ("client/resources.rs.j2", include_str!("../../../templates/client/resources.rs.j2")),
    ("client/errors.rs.j2", include_str!("../../../templates/client/errors.rs.j2")),
    ("client/params.rs.j2", include_str!("../../../templates/client/params.rs.j2")),
    ("client/webhooks.rs.j2", include_str!("../../../templates/client/webhooks.rs.j2")),
];

/// The client runtime: the `sdkgen-runtime` crate's modules, copied into every client as its
/// `runtime` module (the crate root becomes `runtime/mod.rs`). They are templates too, so a
/// user can replace one; their unit tests stay behind.
const RUNTIME: &[(&str, &str)] = &[
    ("client/runtime/mod.rs", include_str!("../../runtime/src/lib.rs")),
    ("client/runtime/config.rs", include_str!("../../runtime/src/config.rs")),
    ("client/runtime/encode.rs", include_str!("../../runtime/src/encode.rs")),
    ("client/runtime/error.rs", include_str!("../../runtime/src/error.rs")),
    ("client/runtime/lenient.rs", include_str!("../../runtime/src/lenient.rs")),
    ("client/runtime/options.rs", include_str!("../../runtime/src/options.rs")),
    ("client/runtime/pagination.rs", include_str!("../../runtime/src/pagination.rs")),
    ("client/runtime/response.rs", include_str!("../../runtime/src/response.rs")),
    ("client/runtime/retry.rs", include_str!("../../runtime/src/retry.rs")),
    ("client/runtime/signature.rs", include_str!("../../runtime/src/signature.rs")),
    ("client/runtime/sse.rs", include_str!("../../runtime/src/sse.rs")),
    ("client/runtime/transport.rs", include_str!("../../runtime/src/transport.rs")),
    ("client/runtime/webhook.rs", include_str!("../../runtime/src/webhook.rs")),
];

/// Which template writes which file of an SDK (paths relative to the SDK directory).
const OUTPUTS: &[(&str, &str)] = &[
    ("README.md", "README.md.j2"),
    ("models/Cargo.toml", "models/Cargo.toml.j2"),
    ("models/src/lib.rs", "models/lib.rs.j2"),
    ("client/Cargo.toml", "client/Cargo.toml.j2"),
    ("client/src/lib.rs", "client/lib.rs.j2"),
    ("client/src/operations.rs", "client/operations.rs.j2"),
    ("client/src/resources.rs", "client/resources.rs.j2"),
    ("client/src/errors.rs", "client/errors.rs.j2"),
    ("client/src/params.rs", "client/params.rs.j2"),
    ("client/src/runtime/mod.rs", "client/runtime/mod.rs"),
    ("client/src/runtime/config.rs", "client/runtime/config.rs"),
    ("client/src/runtime/encode.rs", "client/runtime/encode.rs"),
    ("client/src/runtime/error.rs", "client/runtime/error.rs"),
    ("client/src/runtime/lenient.rs", "client/runtime/lenient.rs"),
    ("client/src/runtime/options.rs", "client/runtime/options.rs"),
    ("client/src/runtime/pagination.rs", "client/runtime/pagination.rs"),
    ("client/src/runtime/response.rs", "client/runtime/response.rs"),
    ("client/src/runtime/retry.rs", "client/runtime/retry.rs"),
    ("client/src/runtime/signature.rs", "client/runtime/signature.rs"),
    ("client/src/runtime/sse.rs", "client/runtime/sse.rs"),
    ("client/src/runtime/transport.rs", "client/runtime/transport.rs"),
    ("client/src/runtime/webhook.rs", "client/runtime/webhook.rs"),
    ("client/src/webhooks.rs", "client/webhooks.rs.j2"),
];

/// A set of templates: the built-in ones, possibly with some replaced.
#[derive(Debug, Clone)]
pub struct Templates {
    sources: BTreeMap<String, String>,
}

/// One rendered file, before formatting.
#[derive(Debug, Clone)]
pub(crate) struct RenderedFile {
    /// Path relative to the SDK directory.
    pub path: String,
    /// The template that produced it.
    pub template: String,
    /// Its text.
    pub text: String,
}

impl Templates {
    /// The templates that ship with the generator.
    pub fn builtin() -> Self {
        let templates = BUILTIN.iter().map(|(name, text)| ((*name).to_owned(), (*text).to_owned()));
        let runtime = RUNTIME.iter().map(|(name, text)| ((*name).to_owned(), without_unit_tests(text).to_owned()));
        Templates { sources: templates.chain(runtime).collect() }
    }

    /// The built-in templates, with every file under `dir` replacing the one of the same
    /// relative name. A file that replaces nothing is an error, so a typo cannot go unnoticed.
    pub fn with_overrides(dir: &Path) -> Result<Self> {
        let mut templates = Self::builtin();
        let mut files = Vec::new();
        collect_files(dir, dir, &mut files)?;
        for (name, path) in files {
            if !templates.sources.contains_key(&name) {
                let known: Vec<&str> = templates.sources.keys().map(String::as_str).collect();
                return Err(Error::Template {
                    template: path.display().to_string(),
                    message: format!("does not replace a built-in template; the names are: {}", known.join(", ")),
                });
            }
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            templates.sources.insert(name, text);
        }
        Ok(templates)
    }

    /// The names of all templates.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.sources.keys().map(String::as_str)
    }
}

/// A runtime module without its trailing `#[cfg(test)] mod tests { ... }`, which needs the
/// runtime crate's dev-dependencies.
fn without_unit_tests(source: &str) -> &str {
    match source.find("\n#[cfg(test)]\nmod tests {") {
        Some(at) => &source[..at + 1],
        None => source,
    }
}

fn collect_files(root: &Path, dir: &Path, out: &mut Vec<(String, std::path::PathBuf)>) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect_files(root, &path, out)?;
        } else {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            out.push((name, path));
        }
    }
    Ok(())
}

/// A minijinja environment holding every `.j2` template.
fn environment(templates: &Templates) -> Result<Environment<'static>> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    let syntax = SyntaxConfig::builder().keep_trailing_newline(true).trim_blocks(true).lstrip_blocks(true).build();
    env.set_syntax(syntax.map_err(|e| Error::Template { template: "(syntax)".into(), message: format!("{e:#}") })?);
    for (name, source) in &templates.sources {
        if name.ends_with(".j2") {
            env.add_template_owned(name.clone(), source.clone())
                .map_err(|e| Error::Template { template: name.clone(), message: format!("{e:#}") })?;
        }
    }
    Ok(env)
}

/// Renders every output file of an SDK, in parallel. The model is converted to a template value
/// once and shared by all templates.
pub(crate) fn render(api: &Api, templates: &Templates) -> Result<Vec<RenderedFile>> {
    let env = environment(templates)?;
    let context = minijinja::context! { api => minijinja::Value::from(Serde(api)) };
    OUTPUTS
        .par_iter()
        .map(|(path, template)| {
            let text = if template.ends_with(".j2") {
                let tmpl = env.get_template(template).expect("every output template is registered above");
                tmpl.render(&context)
                    .map_err(|e| Error::Template { template: (*template).to_owned(), message: format!("{e:#}") })?
            } else {
                templates.sources[*template].clone()
            };
            Ok(RenderedFile { path: (*path).to_owned(), template: (*template).to_owned(), text })
        })
        // A template that renders nothing (the webhooks module of an API without webhooks)
        // writes no file.
        .filter(|file| !matches!(file, Ok(f) if f.text.trim().is_empty()))
        .collect()
}

/// Renders the example templates in `dir` (`NAME.rs.j2` becomes `client/examples/NAME.rs`),
/// in name order; they may import `macros.j2` like the built-in templates.
pub(crate) fn render_examples(api: &Api, templates: &Templates, dir: &Path) -> Result<Vec<RenderedFile>> {
    let mut env = environment(templates)?;
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut files = Vec::new();
    for path in paths {
        let Some(stem) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".rs.j2")) else {
            continue;
        };
        let name = path.display().to_string();
        let source = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        let template_error = |e: minijinja::Error| Error::Template { template: name.clone(), message: format!("{e:#}") };
        env.add_template_owned(name.clone(), source).map_err(template_error)?;
        let text = env.get_template(&name).map_err(template_error)?.render(minijinja::context! { api => Serde(api) }).map_err(template_error)?;
        files.push(RenderedFile { path: format!("client/examples/{stem}.rs"), template: name.clone(), text });
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_modules_are_copied_without_their_unit_tests() {
        let templates = Templates::builtin();
        for (name, source) in RUNTIME {
            let copied = &templates.sources[*name];
            assert!(!copied.contains("#[cfg(test)]"), "{name} keeps a test module");
            assert!(source.starts_with(copied.as_str()), "{name} is cut only at its tests");
            assert!(!copied.contains("crate::"), "{name} must not name the crate root: it becomes a module");
        }
        assert_eq!(without_unit_tests("a\n#[cfg(test)]\nmod tests {\n}\n"), "a\n");
    }
}
