//! The SDK list (`specs/sdks.toml`): which specs become which crates, and where they go.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::model::{SdkInfo, TypedFormat};
use crate::spec::fetch::Fetcher;

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
    /// SDKs whose pinned spec could not be obtained, by name, with the reason: `codegen`
    /// reports and skips them (and a check fails on them). Their `spec` names the file that
    /// was looked for.
    #[serde(skip)]
    pub unavailable: BTreeMap<String, String>,
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
    /// A pin file (see [`Pin`](crate::spec::Pin)) naming a vendor spec read from the mirror, relative to
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
    /// Where client method names come from (`method_names`): see [`MethodNames`].
    #[serde(default)]
    pub method_names: MethodNames,
    /// Per-operation settings (`[sdk.operations."POST /v1/customers"]`), keyed by the HTTP
    /// method and path template as the spec writes them.
    #[serde(default)]
    pub operations: BTreeMap<String, OperationSettings>,
    /// Whether decoded values re-encode as they were received: every struct gets a map of the
    /// properties the spec does not name, and an optional nullable field tells `null` from
    /// absent (`Option<Option<T>>`, as request bodies always do). Off by default.
    #[serde(default)]
    pub round_trip: bool,
    /// How the API's webhook requests are verified and read (`[sdk.webhooks]`); `None` for
    /// an SDK that offers no webhook signature check.
    #[serde(default)]
    pub webhooks: Option<WebhookConfig>,
    /// The formats whose values get a Rust type of their own instead of `String` or `i64`
    /// (`typed_formats = ["date-time", "date", "uuid", "uri", "unix-time"]`, see
    /// [`TypedFormat`]). None by default.
    #[serde(default)]
    pub typed_formats: Vec<TypedFormat>,
}

/// The `[sdk.webhooks]` table: how the API signs the webhook requests it sends, and, for APIs
/// that wrap every event in one envelope, where the envelope keeps the event's object.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebhookConfig {
    /// The signature scheme: `stripe` (`Stripe-Signature`), `standard-webhooks`, or `token` (a
    /// shared token in `token_header`).
    pub signature: SignatureScheme,
    /// The header holding the shared token, for `signature = "token"`.
    #[serde(default)]
    pub token_header: Option<String>,
    /// The component schema of the event envelope (Stripe: `event`); `construct_event` then
    /// verifies a request and returns the envelope with its object typed.
    #[serde(default)]
    pub event_schema: Option<String>,
    /// Where the envelope keeps the event's object, as property names joined with dots
    /// (`data.object`).
    #[serde(default)]
    pub object_path: Option<String>,
    /// The property of the object that names its kind (`object`): the object is decoded as the
    /// component schema whose property of that name has that single value; other kinds stay JSON.
    #[serde(default)]
    pub discriminator: Option<String>,
}

/// A webhook signature scheme (see the runtime's `SignatureScheme`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignatureScheme {
    /// Stripe's `Stripe-Signature: t=...,v1=...`.
    #[default]
    Stripe,
    /// Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`.
    StandardWebhooks,
    /// A shared token in a header.
    Token,
}

impl WebhookConfig {
    /// Why the table is unusable, if it is.
    fn problem(&self) -> Option<String> {
        match (&self.signature, &self.token_header) {
            (SignatureScheme::Token, None) => return Some("`signature = \"token\"` needs `token_header`".to_owned()),
            (SignatureScheme::Token, Some(h)) if !is_header_name(h) => {
                return Some(format!("`token_header` {h:?} is not an HTTP header name"));
            }
            (SignatureScheme::Stripe | SignatureScheme::StandardWebhooks, Some(_)) => {
                return Some("`token_header` is only for `signature = \"token\"`".to_owned());
            }
            _ => {}
        }
        let envelope = [&self.event_schema, &self.object_path, &self.discriminator];
        if envelope.iter().any(|s| s.is_some()) && !envelope.iter().all(|s| s.is_some()) {
            return Some("`event_schema`, `object_path` and `discriminator` go together".to_owned());
        }
        None
    }
}

/// Where client method names come from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MethodNames {
    /// From the HTTP method and the path's shape (`list`, `create`, `retrieve`, `update`,
    /// `delete`, or an action named by the last path segment) when the operationId only
    /// repeats the method and path (`GetCustomersCustomer`); from the operationId otherwise.
    #[default]
    Auto,
    /// From the operationId, less the words naming its resource (`create_payment_flow` on
    /// `payment_flows()` is `create`).
    OperationId,
    /// Always from the HTTP method and the path's shape.
    Path,
}

/// Settings for one operation, for where the spec alone does not say enough.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationSettings {
    /// The resource the operation belongs to, nested resources separated by dots
    /// (`customers.tax_ids`); empty for the client itself.
    #[serde(default)]
    pub resource: Option<String>,
    /// The method's name on its resource (`delete`).
    #[serde(default)]
    pub method: Option<String>,
    /// How the operation's list is paged, where detection cannot tell (or gets it wrong).
    #[serde(default)]
    pub pagination: Option<PaginationSettings>,
}

/// The `pagination` setting of an operation: its style, and the names detection would
/// otherwise guess (any left out are detected as for an undeclared operation).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaginationSettings {
    /// How one page leads to the next.
    pub style: PaginationStyle,
    /// The response's array field holding the items, dotted when nested (`data.items`).
    #[serde(default)]
    pub items: Option<String>,
    /// The response field with the has-more flag (`item_id`), the next cursor (`cursor`) or the
    /// next link (`link`), dotted when nested (`meta.next_cursor`).
    #[serde(default)]
    pub next: Option<String>,
    /// The query parameter the cursor, offset or page number is sent in.
    #[serde(default)]
    pub param: Option<String>,
    /// The query parameter of the page size (`offset` and `page`).
    #[serde(default)]
    pub page_size: Option<String>,
    /// The number of the first page (`page`); else the page parameter's `default` in the
    /// spec, else its `minimum`, else 1.
    #[serde(default)]
    pub first_page: Option<u64>,
}

/// A style of pagination (see the README's pagination section).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaginationStyle {
    /// A has-more flag, continued after the id of the page's last item (`starting_after`).
    ItemId,
    /// A next cursor in the response, sent back in a query parameter.
    Cursor,
    /// A next link in the response body, followed on the client's origin.
    Link,
    /// A next link in an RFC 8288 `Link` header, followed on the client's origin.
    LinkHeader,
    /// An item offset, walked until a short or empty page.
    Offset,
    /// A page number, walked until a short or empty page.
    Page,
    /// Not a paged list: no stream method and no warning.
    None,
}

/// How operations are grouped and named: the settings of [`SdkConfig`] that lowering reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShapeSettings {
    /// Where method names come from.
    pub method_names: MethodNames,
    /// Per-operation settings, keyed by `METHOD /path`.
    pub operations: BTreeMap<String, OperationSettings>,
}

impl Config {
    /// Reads the config at `path`; relative paths inside it become relative to its directory.
    /// Pinned specs are obtained as [`Fetcher::from_env`] says.
    pub fn load(path: &Path) -> Result<Config> {
        Self::load_with(path, &Fetcher::from_env())
    }

    /// [`Config::load`], obtaining pinned specs missing from the mirror with `fetcher`.
    pub fn load_with(path: &Path, fetcher: &Fetcher) -> Result<Config> {
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
                    pin.obtain(&pin_file, &mirror, fetcher).unwrap_or_else(|e| {
                        config.unavailable.insert(sdk.name.clone(), e.to_string());
                        mirror.join(&pin.mirror_path)
                    })
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
            sdk.check().map_err(|message| Error::Config { path: path.to_owned(), message })?;
            if let Some(problem) = sdk.webhooks.as_ref().and_then(WebhookConfig::problem) {
                return Err(Error::Config { path: path.to_owned(), message: format!("SDK `{}`: `[sdk.webhooks]`: {problem}", sdk.name) });
            }
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
pub(crate) fn clean(path: &Path) -> PathBuf {
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

/// Crate names Cargo refuses as package names besides Rust keywords: the built-in crates.
const RESERVED_PACKAGES: &[&str] = &["alloc", "core", "proc_macro", "proc-macro", "std", "test"];

/// Why `name` cannot be a Cargo package name, if it cannot: it must be ASCII letters, digits,
/// `-` and `_`, start with a letter, be at most 64 characters, and be no keyword or built-in crate.
fn package_name_problem(name: &str) -> Option<String> {
    let plain = name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) || !plain || name.len() > 64 {
        return Some(format!(
            "{name:?} is not a Cargo package name: use ASCII letters, digits, `-` and `_`, starting with a letter, at most 64 characters"
        ));
    }
    let ident = name.replace('-', "_");
    if crate::lower::naming::is_keyword(&ident) || RESERVED_PACKAGES.contains(&name) {
        return Some(format!("{name:?} is not a Cargo package name: it is a Rust keyword or a built-in crate"));
    }
    None
}

/// Whether `version` is a semantic version (`1.2.3`, `1.0.0-beta.1`, `1.0.0+build.5`).
fn is_semver(version: &str) -> bool {
    let (rest, build) = version.split_once('+').map_or((version, None), |(v, b)| (v, Some(b)));
    let (core, pre) = rest.split_once('-').map_or((rest, None), |(v, p)| (v, Some(p)));
    let numbers: Vec<&str> = core.split('.').collect();
    let number = |n: &&str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && (n.len() == 1 || !n.starts_with('0'));
    let identifiers = |s: Option<&str>| {
        s.is_none_or(|s| s.split('.').all(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')))
    };
    numbers.len() == 3 && numbers.iter().all(number) && identifiers(pre) && identifiers(build)
}

impl SdkConfig {
    /// Checks the settings that are written into `Cargo.toml` and Rust code as they are: the
    /// SDK's name and the package names made from it, and the version. The message names the
    /// SDK, the setting and what is allowed.
    pub fn check(&self) -> std::result::Result<(), String> {
        let info = self.info();
        let problem = |field: &str, problem: Option<String>| problem.map(|p| format!("SDK {:?}: `{field}`: {p}", self.name));
        let problems = [
            problem("name", package_name_problem(&self.name)),
            problem("models_package", package_name_problem(&info.models_package)),
            problem("client_package", package_name_problem(&info.client_package)),
            problem(
                "client_package",
                (info.models_crate == info.client_crate).then(|| format!("{:?} is the models package's name too", info.client_package)),
            ),
            problem("version", (!is_semver(&self.version)).then(|| format!("{:?} is not a semantic version such as \"1.2.3\"", self.version))),
        ];
        match problems.into_iter().flatten().next() {
            Some(message) => Err(message),
            None => Ok(()),
        }
    }

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
            shape: ShapeSettings { method_names: self.method_names, operations: self.operations.clone() },
            round_trip: self.round_trip,
            typed_formats: {
                let mut formats = self.typed_formats.clone();
                formats.sort();
                formats.dedup();
                formats
            },
            webhook_signature: self.webhooks.as_ref().map(|w| crate::model::WebhookSignature {
                scheme: match w.signature {
                    SignatureScheme::Stripe => "Stripe".to_owned(),
                    SignatureScheme::StandardWebhooks => "StandardWebhooks".to_owned(),
                    SignatureScheme::Token => "Token".to_owned(),
                },
                token_header: w.token_header.as_deref().map(crate::lower::naming::string_literal),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_formats_are_read_by_their_format_names() {
        let entry = |formats: &str| {
            toml::from_str::<SdkConfig>(&format!("name = \"a\"\noutput = \"o\"\nversion = \"0.1.0\"\ndescription = \"d\"\ntyped_formats = {formats}\n"))
        };
        let sdk = entry(r#"["unix-time", "date-time", "uuid", "date-time"]"#).unwrap();
        assert_eq!(sdk.info().typed_formats, vec![TypedFormat::DateTime, TypedFormat::Uuid, TypedFormat::UnixTime]);
        let error = entry(r#"["datetime"]"#).unwrap_err().to_string();
        assert!(error.contains("unknown variant `datetime`") && error.contains("`date-time`"), "{error}");
        assert!(entry("[]").unwrap().info().typed_formats.is_empty());
    }

    #[test]
    fn package_names_and_versions_are_checked() {
        assert_eq!(package_name_problem("payjp-v2"), None);
        assert_eq!(package_name_problem("stripe_v1-client"), None);
        for bad in ["", "2fa", "a b", "a\"b", "x\" ]\n[evil", "crate", "std", "über", &"a".repeat(65)] {
            assert!(package_name_problem(bad).is_some(), "{bad:?}");
        }
        for good in ["0.1.0", "1.2.3-beta.1", "1.0.0+build.5", "10.20.30-rc-1+x"] {
            assert!(is_semver(good), "{good}");
        }
        for bad in ["", "1", "1.2", "01.2.3", "1.2.3\"", "1.2.3-", "1.2.3 ", "1.2.x", "1.2.3\n[evil]"] {
            assert!(!is_semver(bad), "{bad:?}");
        }
    }
}
