//! Client configuration: server, credentials, timeout, user agent, default headers, retries,
//! and what the API's SDK entry declares (API version header, idempotency keys).
use std::fmt;
use std::time::Duration;
use super::transport::ApiSettings;
use super::{RetryPolicy, Transport};
/// Credentials sent with every request. `Debug` output never shows them.
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    /// HTTP Basic authentication.
    Basic {
        /// The user name (for many APIs, the secret key).
        username: String,
        /// The password, if any.
        password: Option<String>,
    },
    /// A bearer token.
    Bearer(String),
}
impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::Basic { .. } => f.write_str("Credentials::Basic(<redacted>)"),
            Credentials::Bearer(_) => f.write_str("Credentials::Bearer(<redacted>)"),
        }
    }
}
/// Configures a client: server, credentials, timeout, user agent, default headers and retries.
#[derive(Clone)]
pub struct ClientBuilder {
    base_url: String,
    /// Whether `base_url` was set by the caller (the server template then no longer applies).
    base_url_set: bool,
    server: Option<ServerTemplate>,
    credentials: Option<Credentials>,
    timeout: Option<Duration>,
    user_agent: String,
    headers: Vec<(String, String)>,
    retry: RetryPolicy,
    idempotency_keys: bool,
    /// The API version header's name and the version it sends.
    api_version: Option<(String, String)>,
    /// A version asked for before the header is known (an error at build time without one).
    requested_version: Option<String>,
}
/// A server URL with `{variables}`, their values so far, and their defaults.
#[derive(Debug, Clone)]
struct ServerTemplate {
    url: String,
    values: Vec<(String, String)>,
}
impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("server", &self.server)
            .field("credentials", &self.credentials)
            .field("timeout", &self.timeout)
            .field("user_agent", &self.user_agent)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("retry", &self.retry)
            .field("idempotency_keys", &self.idempotency_keys)
            .field("api_version", &self.api_version)
            .finish()
    }
}
impl ClientBuilder {
    /// A builder with the given defaults and no credentials.
    pub fn new(default_base_url: &str, default_user_agent: &str) -> Self {
        ClientBuilder {
            base_url: default_base_url.to_owned(),
            base_url_set: false,
            server: None,
            credentials: None,
            timeout: None,
            user_agent: default_user_agent.to_owned(),
            headers: Vec::new(),
            retry: RetryPolicy::default(),
            idempotency_keys: false,
            api_version: None,
            requested_version: None,
        }
    }
    /// Sends requests to this server (scheme, host and optional path prefix).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self.base_url_set = true;
        self
    }
    /// The default server is `url` with each `{name}` replaced by its value: the one given to
    /// [`server_variable`](Self::server_variable), else its entry in `defaults`. The generated
    /// `Client::builder` calls this for a spec whose server URL has variables.
    pub fn server_url_template(mut self, url: &str, defaults: &[(&str, &str)]) -> Self {
        let values = defaults
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect();
        self.server = Some(ServerTemplate {
            url: url.to_owned(),
            values,
        });
        self
    }
    /// Sets a variable of the server URL template (for example a region); building fails if
    /// the template has no such variable or the value would change more than that part.
    pub fn server_variable(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        let (name, value) = (name.into(), value.into());
        let server = self
            .server
            .get_or_insert_with(|| ServerTemplate {
                url: String::new(),
                values: Vec::new(),
            });
        server.values.retain(|(known, _)| *known != name);
        server.values.push((name, value));
        self
    }
    /// Declares the API's version header and the version it sends by default (the generated
    /// `Client::builder` calls this with the spec's `info.version` when the SDK entry names a
    /// header, such as `Stripe-Version`).
    pub fn api_version_header(
        mut self,
        name: impl Into<String>,
        default_version: impl Into<String>,
    ) -> Self {
        self.api_version = Some((name.into(), default_version.into()));
        self
    }
    /// Asks for this API version in every request, instead of the one the SDK was generated
    /// for (responses may then differ from the models). Building fails on an API without a
    /// version header.
    pub fn api_version(mut self, version: impl Into<String>) -> Self {
        self.requested_version = Some(version.into());
        self
    }
    /// Whether the API deduplicates POST and PATCH requests by an `Idempotency-Key` header
    /// (the SDK entry in `sdks.toml` says; off unless it does). When on, each such call sends a
    /// fresh key, the same on every retry, and is retried after failures that may have left it
    /// applied (timeouts, dropped connections, 5xx); when off, those failures are not retried.
    pub fn idempotency_keys(mut self, honoured: bool) -> Self {
        self.idempotency_keys = honoured;
        self
    }
    /// Authenticates with HTTP Basic credentials.
    pub fn basic_auth(
        mut self,
        username: impl Into<String>,
        password: Option<String>,
    ) -> Self {
        self.credentials = Some(Credentials::Basic {
            username: username.into(),
            password,
        });
        self
    }
    /// Authenticates with a bearer token.
    pub fn bearer_auth(mut self, token: impl Into<String>) -> Self {
        self.credentials = Some(Credentials::Bearer(token.into()));
        self
    }
    /// Gives up on a request after this long (connecting, sending and reading the body).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }
    /// Sends this `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }
    /// Sends this header with every request (for example an API version or account header).
    pub fn default_header(
        mut self,
        name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
    /// Retries failed requests according to `policy` (the default is [`RetryPolicy::default`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }
    /// Retries a failed request at most `max_retries` times (`0` turns retries off; more than
    /// [`RetryPolicy::MAX_RETRIES`] counts as that many).
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.retry.max_retries = max_retries.min(RetryPolicy::MAX_RETRIES);
        self
    }
    /// Builds the HTTP transport; the generated `build` method wraps it in a client.
    pub fn build_transport(self) -> Result<Transport, BuildError> {
        let base_url = match &self.server {
            Some(server) if !self.base_url_set => server.render()?,
            _ => self.base_url.clone(),
        };
        let base_url = base_url.trim_end_matches('/').to_owned();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(BuildError::InvalidBaseUrl(base_url));
        }
        let mut version_header = None;
        let mut default_headers = self.headers.clone();
        match (&self.api_version, &self.requested_version) {
            (Some((name, default)), requested) => {
                let version = requested.as_ref().unwrap_or(default);
                default_headers.push((name.clone(), version.clone()));
                version_header = Some(
                    reqwest::header::HeaderName::from_bytes(name.as_bytes())
                        .map_err(|_| BuildError::InvalidHeader(name.clone()))?,
                );
            }
            (None, Some(_)) => return Err(BuildError::NoVersionHeader),
            (None, None) => {}
        }
        let mut headers = reqwest::header::HeaderMap::new();
        for (name, value) in &default_headers {
            let name = reqwest::header::HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| BuildError::InvalidHeader(name.clone()))?;
            let mut value = reqwest::header::HeaderValue::from_str(value)
                .map_err(|_| BuildError::InvalidHeader(name.to_string()))?;
            value.set_sensitive(is_sensitive_header(name.as_str()));
            headers.append(name, value);
        }
        let mut http = reqwest::Client::builder()
            .user_agent(self.user_agent)
            .default_headers(headers);
        if let Some(timeout) = self.timeout {
            http = http.timeout(timeout);
        }
        let http = http.build().map_err(BuildError::Http)?;
        let settings = ApiSettings {
            idempotency_keys: self.idempotency_keys,
            version_header,
            base_url_chosen: self.base_url_set,
        };
        Ok(Transport::new(http, base_url, self.credentials, self.retry, settings))
    }
}
impl ServerTemplate {
    /// The URL with every variable replaced by its value.
    fn render(&self) -> Result<String, BuildError> {
        let mut out = String::new();
        let mut rest = self.url.as_str();
        let mut in_authority = true;
        let mut used = Vec::new();
        while let Some(open) = rest.find('{') {
            let before = &rest[..open];
            out.push_str(before);
            in_authority
                &= !before
                    .trim_start_matches("https://")
                    .trim_start_matches("http://")
                    .contains('/');
            let Some(close) = rest[open..].find('}') else {
                rest = &rest[open..];
                break;
            };
            let name = &rest[open + 1..open + close];
            let value = self
                .values
                .iter()
                .rev()
                .find(|(known, _)| known == name)
                .map(|(_, value)| value)
                .ok_or_else(|| BuildError::ServerVariable {
                    name: name.to_owned(),
                    problem: "has no value".to_owned(),
                })?;
            let bad = |c: char| {
                c.is_whitespace() || c.is_control() || "?#@\\{}".contains(c)
                    || (in_authority && c == '/')
            };
            if value.is_empty() || value.contains(bad) {
                return Err(BuildError::ServerVariable {
                    name: name.to_owned(),
                    problem: format!(
                        "value {value:?} would change more of the URL than the variable"
                    ),
                });
            }
            out.push_str(value);
            used.push(name);
            rest = &rest[open + close + 1..];
        }
        out.push_str(rest);
        if let Some((name, _)) = self
            .values
            .iter()
            .find(|(name, _)| !used.contains(&name.as_str()))
        {
            return Err(BuildError::ServerVariable {
                name: name.clone(),
                problem: format!("is not a variable of the server URL {:?}", self.url),
            });
        }
        Ok(out)
    }
}
/// Why a client could not be built.
#[derive(Debug)]
pub enum BuildError {
    /// The base URL is not an `http://` or `https://` URL.
    InvalidBaseUrl(String),
    /// A default header has an invalid name or value.
    InvalidHeader(String),
    /// A server URL variable is unknown, has no value, or has a value that is not allowed.
    ServerVariable {
        /// The variable's name.
        name: String,
        /// What is wrong with it.
        problem: String,
    },
    /// An API version was asked for, but the API has no version header.
    NoVersionHeader,
    /// The HTTP client could not be set up (for example, no TLS backend).
    Http(reqwest::Error),
}
impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::InvalidBaseUrl(url) => {
                write!(f, "base URL {url:?} must start with http:// or https://")
            }
            BuildError::InvalidHeader(name) => {
                write!(f, "default header {name:?} has an invalid name or value")
            }
            BuildError::ServerVariable { name, problem } => {
                write!(f, "server URL variable {name:?} {problem}")
            }
            BuildError::NoVersionHeader => {
                f.write_str(
                    "an API version was set, but this API has no version header (set one in its SDK entry, or send a header)",
                )
            }
            BuildError::Http(e) => write!(f, "could not set up the HTTP client: {e}"),
        }
    }
}
impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::InvalidBaseUrl(_)
            | BuildError::InvalidHeader(_)
            | BuildError::ServerVariable { .. }
            | BuildError::NoVersionHeader => None,
            BuildError::Http(e) => Some(e),
        }
    }
}
/// Whether a header's value is a secret that must not appear in `Debug` output or logs.
pub(super) fn is_sensitive_header(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let secret_words = [
        "auth",
        "cookie",
        "token",
        "secret",
        "password",
        "api-key",
        "apikey",
    ];
    name != "idempotency-key" && secret_words.iter().any(|word| name.contains(word))
}
/// Header pairs for `Debug`, with secret values replaced.
pub(super) struct RedactedHeaders<'a>(pub(super) &'a [(String, String)]);
impl fmt::Debug for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = self
            .0
            .iter()
            .map(|(name, value)| {
                let value = if is_sensitive_header(name) {
                    "<redacted>"
                } else {
                    value.as_str()
                };
                (name.as_str(), value)
            });
        f.debug_map().entries(shown).finish()
    }
}
