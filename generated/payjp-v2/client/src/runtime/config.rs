//! Client configuration: server, credentials, timeout, body cap, redirects, TLS roots, user
//! agent, default headers, retries, and what the API's SDK entry declares (API version header,
//! idempotency keys).
use std::borrow::Cow;
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
/// How long a request may take, connecting, sending and reading the whole body, unless set
/// otherwise (the value Stripe's own libraries use).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(80);
/// The largest response body read, unless set otherwise: 64 MiB.
pub const DEFAULT_MAX_RESPONSE_BODY: u64 = 64 * 1024 * 1024;
/// Redirects followed at most in one request.
const MAX_REDIRECTS: usize = 10;
/// Configures a client: server, credentials, timeout, body cap, redirects, TLS roots, user agent,
/// default headers and retries.
#[derive(Clone)]
pub struct ClientBuilder {
    base_url: String,
    /// Whether `base_url` was set by the caller (the server template then no longer applies).
    base_url_set: bool,
    server: Option<ServerTemplate>,
    credentials: Option<Credentials>,
    timeout: Duration,
    max_response_body: u64,
    cross_origin_redirects: bool,
    root_certificates: Vec<reqwest::Certificate>,
    http_client: Option<reqwest::Client>,
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
            .field("base_url", &redact_userinfo(&self.base_url))
            .field("server", &self.server)
            .field("credentials", &self.credentials)
            .field("timeout", &self.timeout)
            .field("max_response_body", &self.max_response_body)
            .field("cross_origin_redirects", &self.cross_origin_redirects)
            .field("root_certificates", &self.root_certificates.len())
            .field("http_client", &self.http_client.is_some())
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
            timeout: DEFAULT_TIMEOUT,
            max_response_body: DEFAULT_MAX_RESPONSE_BODY,
            cross_origin_redirects: false,
            root_certificates: Vec::new(),
            http_client: None,
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
    /// Gives up on each attempt after this long: connecting, sending and reading the whole body,
    /// so a server that stalls mid-body times out too (default [`DEFAULT_TIMEOUT`], 80 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }
    /// Refuses a response body longer than `bytes` (default [`DEFAULT_MAX_RESPONSE_BODY`],
    /// 64 MiB) with [`Refusal::BodyTooLarge`](super::Refusal::BodyTooLarge). The cap is checked
    /// against `Content-Length` before reading and again while the body streams in.
    pub fn max_response_body(mut self, bytes: u64) -> Self {
        self.max_response_body = bytes;
        self
    }
    /// Follows redirects to another origin (scheme, host or port) too. Off by default: such a
    /// redirect fails the call, since the request would carry its custom headers (an API key,
    /// `Stripe-Account`, `Idempotency-Key`) and, on 307 and 308, its body to another server.
    /// A redirect from `https` to `http` is refused either way.
    pub fn follow_cross_origin_redirects(mut self, follow: bool) -> Self {
        self.cross_origin_redirects = follow;
        self
    }
    /// Trusts this root certificate (a private CA, a TLS-intercepting proxy) besides the
    /// operating system's roots. Read one with `reqwest::Certificate::from_pem`
    /// (`reqwest` is re-exported as `runtime::reqwest`).
    pub fn add_root_certificate(mut self, certificate: reqwest::Certificate) -> Self {
        self.root_certificates.push(certificate);
        self
    }
    /// Sends requests through this HTTP client, for settings the builder does not offer: a
    /// proxy, a client certificate, connection pools. Credentials, the user agent, default
    /// headers, the timeout and the body cap still apply; the client's own redirect policy, TLS
    /// roots and `Referer` setting are used as they are, so start it from
    /// [`http_client_builder`](super::http_client_builder) to keep the default protections.
    /// [`add_root_certificate`](Self::add_root_certificate) then has no effect.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
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
        if sends_in_clear(&base_url) {
            tracing::warn!(
                base_url = % redact_userinfo(& base_url),
                "the base URL is plain http:// to a host other than this machine: credentials and data travel unencrypted"
            );
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
        let user_agent = reqwest::header::HeaderValue::from_str(&self.user_agent)
            .map_err(|_| BuildError::InvalidHeader("User-Agent".to_owned()))?;
        headers.insert(reqwest::header::USER_AGENT, user_agent);
        for (name, value) in &default_headers {
            let name = reqwest::header::HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| BuildError::InvalidHeader(name.clone()))?;
            let mut value = reqwest::header::HeaderValue::from_str(value)
                .map_err(|_| BuildError::InvalidHeader(name.to_string()))?;
            value.set_sensitive(is_sensitive_header(name.as_str()));
            headers.append(name, value);
        }
        let http = match self.http_client {
            Some(http) => http,
            None => {
                let mut http = http_client_builder()
                    .redirect(redirect_policy(self.cross_origin_redirects));
                for certificate in self.root_certificates {
                    http = http.add_root_certificate(certificate);
                }
                http.build().map_err(BuildError::Http)?
            }
        };
        Ok(
            Transport::new(Settings {
                http,
                base_url,
                credentials: self.credentials,
                headers,
                timeout: self.timeout,
                max_response_body: self.max_response_body,
                retry: self.retry,
                api: ApiSettings {
                    idempotency_keys: self.idempotency_keys,
                    version_header,
                    base_url_chosen: self.base_url_set,
                },
            }),
        )
    }
}
/// What a built transport keeps of the builder.
pub(super) struct Settings {
    pub(super) http: reqwest::Client,
    pub(super) base_url: String,
    pub(super) credentials: Option<Credentials>,
    /// `User-Agent` and the default headers, sent with every request.
    pub(super) headers: reqwest::header::HeaderMap,
    pub(super) timeout: Duration,
    pub(super) max_response_body: u64,
    pub(super) retry: RetryPolicy,
    /// What the API does with the requests, as its SDK entry declares.
    pub(super) api: ApiSettings,
}
/// A `reqwest` client builder set up as the [`ClientBuilder`]'s own clients are: TLS verified
/// against the operating system's roots (with ring as the rustls crypto provider unless the
/// process installed another, see [`install_tls_provider`]), redirects only to the same origin
/// and never from `https` to `http` ([`redirect_policy`]), no `Referer` header. Add a proxy or
/// other settings and pass the result to [`ClientBuilder::http_client`].
pub fn http_client_builder() -> reqwest::ClientBuilder {
    install_tls_provider();
    reqwest::Client::builder().redirect(redirect_policy(false)).referer(false)
}
/// Makes ring the process's rustls crypto provider, unless one is installed already (an
/// application that prefers another, such as aws-lc-rs, installs it first with
/// `CryptoProvider::install_default`). `reqwest` needs one before it builds a client; the
/// client builder and [`http_client_builder`] call this, so only a `reqwest::Client` built
/// from scratch needs it called first.
pub fn install_tls_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}
/// The redirect policy of the clients the builder makes: at most 10 redirects, never from
/// `https` to `http`, and to another origin (scheme, host, port) only when `cross_origin` is
/// set. A refused redirect fails the call with an error naming both origins.
pub fn redirect_policy(cross_origin: bool) -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(move |attempt| {
        let Some(first) = attempt.previous().first().cloned() else {
            return attempt.follow();
        };
        let (from, to) = (first.origin(), attempt.url().origin());
        if attempt.previous().len() > MAX_REDIRECTS {
            return attempt.error(format!("more than {MAX_REDIRECTS} redirects"));
        }
        let secure_before = attempt.previous().iter().any(|url| url.scheme() == "https");
        if secure_before && attempt.url().scheme() != "https" {
            let message = format!(
                "refused a redirect from https to {}: it would send the request unencrypted",
                to.ascii_serialization()
            );
            return attempt.error(message);
        }
        if !cross_origin && from != to {
            let message = format!(
                "refused a redirect from {} to another origin, {} (see `follow_cross_origin_redirects`)",
                from.ascii_serialization(), to.ascii_serialization()
            );
            return attempt.error(message);
        }
        attempt.follow()
    })
}
/// Whether `base_url` is plain `http://` to a host that is not this machine.
fn sends_in_clear(base_url: &str) -> bool {
    let Ok(url) = reqwest::Url::parse(base_url) else {
        return false;
    };
    let host = url.host_str().unwrap_or_default();
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = host.eq_ignore_ascii_case("localhost")
        || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
    url.scheme() == "http" && !loopback
}
/// A URL with any user name and password replaced, for `Debug` output and logs.
pub(super) fn redact_userinfo(url: &str) -> Cow<'_, str> {
    let Some((scheme, rest)) = url.split_once("://") else {
        return Cow::Borrowed(url);
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => Cow::Owned(format!("{scheme}://<redacted>@{}", & rest[at + 1..])),
        None => Cow::Borrowed(url),
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
