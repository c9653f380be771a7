//! Client configuration: server, credentials, timeout, user agent, default headers, retries.
use std::fmt;
use std::time::Duration;
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
    credentials: Option<Credentials>,
    timeout: Option<Duration>,
    user_agent: String,
    headers: Vec<(String, String)>,
    retry: RetryPolicy,
}
impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .field("timeout", &self.timeout)
            .field("user_agent", &self.user_agent)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("retry", &self.retry)
            .finish()
    }
}
impl ClientBuilder {
    /// A builder with the given defaults and no credentials.
    pub fn new(default_base_url: &str, default_user_agent: &str) -> Self {
        ClientBuilder {
            base_url: default_base_url.to_owned(),
            credentials: None,
            timeout: None,
            user_agent: default_user_agent.to_owned(),
            headers: Vec::new(),
            retry: RetryPolicy::default(),
        }
    }
    /// Sends requests to this server (scheme, host and optional path prefix).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
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
    /// Retries a failed request at most `max_retries` times (`0` turns retries off).
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.retry.max_retries = max_retries;
        self
    }
    /// Builds the HTTP transport; the generated `build` method wraps it in a client.
    pub fn build_transport(self) -> Result<Transport, BuildError> {
        let base_url = self.base_url.trim_end_matches('/').to_owned();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(BuildError::InvalidBaseUrl(base_url));
        }
        let mut headers = reqwest::header::HeaderMap::new();
        for (name, value) in &self.headers {
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
        Ok(Transport::new(http, base_url, self.credentials, self.retry))
    }
}
/// Why a client could not be built.
#[derive(Debug)]
pub enum BuildError {
    /// The base URL is not an `http://` or `https://` URL.
    InvalidBaseUrl(String),
    /// A default header has an invalid name or value.
    InvalidHeader(String),
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
            BuildError::Http(e) => write!(f, "could not set up the HTTP client: {e}"),
        }
    }
}
impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::InvalidBaseUrl(_) | BuildError::InvalidHeader(_) => None,
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
