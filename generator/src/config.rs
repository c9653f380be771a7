//! The SDK list (`specs/sdks.toml`): which specs become which crates, and where they go.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::model::SdkInfo;

/// Every SDK the repository generates.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The offline mirror of pinned vendor specs, relative to the config file; the
    /// `SDKGEN_SPECS_MIRROR` environment variable overrides it.
    #[serde(default)]
    pub specs_mirror: Option<PathBuf>,
    /// The SDKs, generated in this order.
    #[serde(rename = "sdk")]
    pub sdks: Vec<SdkConfig>,
}

/// One SDK: a spec and the two crates made from it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SdkConfig {
    /// Short name (`payjp-v2`); crate names derive from it.
    pub name: String,
    /// The spec file, relative to the config file. Resolved from `pinned_spec` when that is
    /// given instead.
    #[serde(default)]
    pub spec: PathBuf,
    /// A pin file (see [`crate::spec::pin`]) naming a vendor spec read from the mirror, relative to
    /// the config file.
    #[serde(default)]
    pub pinned_spec: Option<PathBuf>,
    /// The output directory, relative to the config file.
    pub output: PathBuf,
    /// Version of the generated crates.
    pub version: String,
    /// One-line description of the API.
    pub description: String,
    /// Package name of the models crate (default `{name}-models`).
    pub models_package: Option<String>,
    /// Package name of the client crate (default `{name}-client`).
    pub client_package: Option<String>,
    /// Corrections applied to the spec before generation (`[[sdk.patch]]`).
    #[serde(default, rename = "patch")]
    pub patches: Vec<crate::spec::patch::Patch>,
    /// A directory of example templates, relative to the config file: each `NAME.rs.j2` in it
    /// becomes `client/examples/NAME.rs`.
    #[serde(default)]
    pub examples: Option<PathBuf>,
    /// Whether a warning (a schema degraded to `serde_json::Value`, an operation skipped, a
    /// part of the spec left out) stops generation, as an error does.
    #[serde(default)]
    pub strict: bool,
    /// The header that selects the API version (`Stripe-Version`): the client sends the spec's
    /// `info.version` in it unless told another version. `None` for APIs without one.
    #[serde(default)]
    pub api_version_header: Option<String>,
    /// Whether the API deduplicates POST and PATCH requests by an `Idempotency-Key` header.
    /// When it does, the client sends a key with each and retries them after failures that may
    /// have left them applied; otherwise it sends none and does not retry those. Off by default.
    #[serde(default)]
    pub idempotency_keys: bool,
}

impl Config {
    /// Reads the config at `path`; relative paths inside it become relative to its directory.
    pub fn load(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let mut config: Config =
            toml::from_str(&text).map_err(|e| Error::Config { path: path.to_owned(), message: e.to_string() })?;
        let base = path.parent().unwrap_or(Path::new("."));
        let default_mirror = clean(&base.join(config.specs_mirror.as_deref().unwrap_or(Path::new("../../shared/specs"))));
        let mirror = crate::spec::pin::mirror_dir(&default_mirror);
        for sdk in &mut config.sdks {
            sdk.output = clean(&base.join(&sdk.output));
            sdk.spec = match (&sdk.pinned_spec, sdk.spec.as_os_str().is_empty()) {
                (Some(pin_file), true) => {
                    let pin_file = clean(&base.join(pin_file));
                    let pin = crate::spec::pin::Pin::load(&pin_file)?;
                    sdk.pinned_spec = Some(pin_file.clone());
                    pin.locate(&pin_file, &mirror)?
                }
                (None, false) => clean(&base.join(&sdk.spec)),
                _ => {
                    return Err(Error::Config {
                        path: path.to_owned(),
                        message: format!("SDK `{}` needs exactly one of `spec` and `pinned_spec`", sdk.name),
                    });
                }
            };
            sdk.examples = sdk.examples.as_ref().map(|dir| clean(&base.join(dir)));
            if let Some(header) = &sdk.api_version_header
                && !is_header_name(header)
            {
                return Err(Error::Config {
                    path: path.to_owned(),
                    message: format!("SDK `{}`: `api_version_header` {header:?} is not an HTTP header name", sdk.name),
                });
            }
        }
        Ok(config)
    }
}

/// Whether `name` is an HTTP header name (an RFC 9110 token).
fn is_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Removes `.` and `dir/..` pairs without touching the file system.
fn clean(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.components().next_back(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

impl SdkConfig {
    /// Crate names and versions for the model.
    pub fn info(&self) -> SdkInfo {
        let models_package = self.models_package.clone().unwrap_or_else(|| format!("{}-models", self.name));
        let client_package = self.client_package.clone().unwrap_or_else(|| format!("{}-client", self.name));
        SdkInfo {
            name: self.name.clone(),
            models_crate: models_package.replace('-', "_"),
            client_crate: client_package.replace('-', "_"),
            models_package,
            client_package,
            version: self.version.clone(),
            description_toml: toml::Value::String(self.description.clone()).to_string(),
            title_toml: toml::Value::String(self.name.clone()).to_string(),
            api_version_header: self.api_version_header.as_deref().map(crate::lower::naming::string_literal),
            idempotency_keys: self.idempotency_keys,
        }
    }
}
