//! Runtime support shared by every generated client: configuration, transport, parameter and
//! body encoding, response decoding and errors.
//!
//! This file is copied as it is into each generated client crate.

use std::borrow::Cow;
use std::fmt;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

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

/// Configures a client: server, credentials, timeout and user agent.
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: String,
    credentials: Option<Credentials>,
    timeout: Option<Duration>,
    user_agent: String,
    headers: Vec<(String, String)>,
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
        }
    }

    /// Sends requests to this server (scheme, host and optional path prefix).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Authenticates with HTTP Basic credentials.
    pub fn basic_auth(mut self, username: impl Into<String>, password: Option<String>) -> Self {
        self.credentials = Some(Credentials::Basic { username: username.into(), password });
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
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
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
            let value =
                reqwest::header::HeaderValue::from_str(value).map_err(|_| BuildError::InvalidHeader(name.to_string()))?;
            headers.append(name, value);
        }
        let mut http = reqwest::Client::builder().user_agent(self.user_agent).default_headers(headers);
        if let Some(timeout) = self.timeout {
            http = http.timeout(timeout);
        }
        let http = http.build().map_err(BuildError::Http)?;
        Ok(Transport { http, base_url, credentials: self.credentials })
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
            BuildError::InvalidHeader(name) => write!(f, "default header {name:?} has an invalid name or value"),
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

/// Sends requests and decodes responses. Cheap to clone.
#[derive(Clone)]
pub struct Transport {
    http: reqwest::Client,
    base_url: String,
    credentials: Option<Credentials>,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .finish_non_exhaustive()
    }
}

impl Transport {
    /// The server requests go to.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Starts a request to `path` (already percent-encoded) with the credentials attached.
    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let request = self.http.request(method, format!("{}{}", self.base_url, path));
        match &self.credentials {
            Some(Credentials::Basic { username, password }) => request.basic_auth(username, password.as_ref()),
            Some(Credentials::Bearer(token)) => request.bearer_auth(token),
            None => request,
        }
    }

    /// Sends `request`; decodes a 2xx body with `decode` and any other status as `E`.
    pub async fn execute<T, E: ApiError>(
        &self,
        request: reqwest::RequestBuilder,
        decode: fn(u16, &[u8]) -> Result<T, DecodeError>,
    ) -> Result<T, Error<E>> {
        let response = request.send().await.map_err(Error::Transport)?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(Error::Transport)?;
        if (200..300).contains(&status) {
            decode(status, &body).map_err(Error::Decode)
        } else {
            Err(Error::Api(E::from_response(status, &body).map_err(Error::Decode)?))
        }
    }
}

/// An operation's documented error responses.
pub trait ApiError: Sized {
    /// Decodes an error response.
    fn from_response(status: u16, body: &[u8]) -> Result<Self, DecodeError>;
    /// The HTTP status it came with.
    fn status(&self) -> u16;
}

/// Everything that can go wrong in a call; `E` is the operation's documented errors.
#[derive(Debug)]
pub enum Error<E> {
    /// The API answered with an error status.
    Api(E),
    /// The request did not complete: connection, TLS or timeout.
    Transport(reqwest::Error),
    /// The response body did not match the documented schema.
    Decode(DecodeError),
    /// A parameter or body could not be encoded.
    Encode(EncodeError),
}

impl<E: ApiError> Error<E> {
    /// The HTTP status, when the API answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status()),
            Error::Decode(e) => Some(e.status),
            Error::Transport(e) => e.status().map(|s| s.as_u16()),
            Error::Encode(_) => None,
        }
    }

    /// The documented error response, if that is what this is.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => write!(f, "the API returned an error: {e}"),
            Error::Transport(e) => write!(f, "the request failed: {e}"),
            Error::Decode(e) => e.fmt(f),
            Error::Encode(e) => e.fmt(f),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Api(e) => Some(e),
            Error::Transport(e) => Some(e),
            Error::Decode(e) => Some(e),
            Error::Encode(e) => Some(e),
        }
    }
}

impl<E> From<EncodeError> for Error<E> {
    fn from(e: EncodeError) -> Self {
        Error::Encode(e)
    }
}

/// A response body that does not match its schema; keeps the raw body.
#[derive(Debug)]
pub struct DecodeError {
    /// The HTTP status of the response.
    pub status: u16,
    /// The body, as text.
    pub body: String,
    /// What serde reported.
    pub source: serde_json::Error,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHOWN: usize = 200;
        let shown: String = self.body.chars().take(SHOWN).collect();
        let more = if self.body.chars().count() > SHOWN { "..." } else { "" };
        write!(f, "could not decode the {} response ({}); body: {shown}{more}", self.status, self.source)
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// A parameter or body that could not be encoded.
#[derive(Debug)]
pub struct EncodeError(pub String);

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not encode the request: {}", self.0)
    }
}

impl std::error::Error for EncodeError {}

/// Decodes a JSON body.
pub fn decode_json<T: DeserializeOwned>(status: u16, body: &[u8]) -> Result<T, DecodeError> {
    serde_json::from_slice(body).map_err(|source| DecodeError { status, body: body_text(body), source })
}

/// Accepts any body, for responses documented without one.
pub fn decode_empty(_status: u16, _body: &[u8]) -> Result<(), DecodeError> {
    Ok(())
}

/// Keeps the body as bytes, for responses that are not JSON.
pub fn decode_bytes(_status: u16, body: &[u8]) -> Result<Vec<u8>, DecodeError> {
    Ok(body.to_vec())
}

/// A body as text, with invalid UTF-8 replaced.
pub fn body_text(body: &[u8]) -> String {
    String::from_utf8_lossy(body).into_owned()
}

/// Characters left as they are in a path segment (RFC 3986 `unreserved`).
const PATH_SEGMENT: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Percent-encodes a path parameter so that `/`, `?`, `#` and the like stay inside it.
pub fn encode_path_segment(value: impl fmt::Display) -> Cow<'static, str> {
    Cow::Owned(percent_encoding::utf8_percent_encode(&value.to_string(), PATH_SEGMENT).to_string())
}

/// How a query parameter is written (OpenAPI `style` and `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryStyle {
    /// `name=a&name=b`.
    Form,
    /// `name=a,b`.
    FormNoExplode,
    /// `name=a%20b`.
    SpaceDelimited,
    /// `name=a|b`.
    PipeDelimited,
    /// `name[key]=v`, nested as deep as the value.
    DeepObject,
}

/// Adds a parameter to `pairs`; `None` adds nothing. Objects are written with brackets.
pub fn append_query<T: Serialize + ?Sized>(
    pairs: &mut Vec<(String, String)>,
    name: &str,
    value: &T,
    style: QueryStyle,
) -> Result<(), EncodeError> {
    let value = serde_json::to_value(value).map_err(|e| EncodeError(format!("parameter `{name}`: {e}")))?;
    let joined = |items: &[Value], sep: &str| items.iter().filter_map(scalar_text).collect::<Vec<_>>().join(sep);
    match (&value, style) {
        (Value::Null, _) => {}
        (Value::Array(items), QueryStyle::Form) => {
            pairs.extend(items.iter().filter_map(scalar_text).map(|v| (name.to_owned(), v)));
        }
        (Value::Array(items), QueryStyle::FormNoExplode) => pairs.push((name.to_owned(), joined(items, ","))),
        (Value::Array(items), QueryStyle::SpaceDelimited) => pairs.push((name.to_owned(), joined(items, " "))),
        (Value::Array(items), QueryStyle::PipeDelimited) => pairs.push((name.to_owned(), joined(items, "|"))),
        (Value::Array(_) | Value::Object(_), _) => append_brackets(pairs, name, &value),
        (scalar, _) => pairs.extend(scalar_text(scalar).map(|v| (name.to_owned(), v))),
    }
    Ok(())
}

/// Writes `value` under `prefix` in bracket notation: `a[b]=1`, `a[list][0]=x`.
fn append_brackets(pairs: &mut Vec<(String, String)>, prefix: &str, value: &Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                append_brackets(pairs, &format!("{prefix}[{key}]"), v);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                append_brackets(pairs, &format!("{prefix}[{i}]"), v);
            }
        }
        scalar => pairs.extend(scalar_text(scalar).map(|v| (prefix.to_owned(), v))),
    }
}

fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        other => Some(other.to_string()),
    }
}

/// Sets a header parameter; `None` sets nothing, arrays are joined with commas.
pub fn with_header<T: Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    name: &str,
    value: &T,
) -> Result<reqwest::RequestBuilder, EncodeError> {
    let value = serde_json::to_value(value).map_err(|e| EncodeError(format!("header `{name}`: {e}")))?;
    let text = match &value {
        Value::Null => return Ok(request),
        Value::Array(items) => items.iter().filter_map(scalar_text).collect::<Vec<_>>().join(","),
        scalar => scalar_text(scalar).unwrap_or_default(),
    };
    Ok(request.header(name, text))
}

/// Sets the `Cookie` header from cookie parameters.
pub fn with_cookies(request: reqwest::RequestBuilder, cookies: &[(String, String)]) -> reqwest::RequestBuilder {
    if cookies.is_empty() {
        return request;
    }
    let header = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    request.header(reqwest::header::COOKIE, header)
}

/// Attaches a JSON body.
pub fn json_body<T: Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    content_type: &str,
    body: &T,
) -> Result<reqwest::RequestBuilder, EncodeError> {
    let bytes = serde_json::to_vec(body).map_err(|e| EncodeError(format!("body: {e}")))?;
    Ok(request.header(reqwest::header::CONTENT_TYPE, content_type).body(bytes))
}

/// Attaches a form body, nested fields in bracket notation (`metadata[key]=v`, `items[0][price]=p`).
pub fn form_body<T: Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    content_type: &str,
    body: &T,
) -> Result<reqwest::RequestBuilder, EncodeError> {
    let value = serde_json::to_value(body).map_err(|e| EncodeError(format!("body: {e}")))?;
    let mut pairs = Vec::new();
    match &value {
        Value::Object(map) => {
            for (key, v) in map {
                append_brackets(&mut pairs, key, v);
            }
        }
        Value::Null => {}
        _ => return Err(EncodeError("a form body must be an object".to_owned())),
    }
    let encoded: String = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    Ok(request.header(reqwest::header::CONTENT_TYPE, content_type).body(encoded))
}

/// A file part of a `multipart/form-data` body.
pub struct FilePart<'a> {
    /// The form field name.
    pub name: &'a str,
    /// The file name sent with the part.
    pub file_name: &'a str,
    /// The part's content type (`application/octet-stream` when not given).
    pub content_type: Option<&'a str>,
    /// The file's content.
    pub bytes: &'a [u8],
}

/// Attaches a `multipart/form-data` body: the fields of `body` as text parts named with
/// brackets (`file_link_data[create]`), then the files.
pub fn multipart_body<T: Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    body: &T,
    files: &[FilePart<'_>],
) -> Result<reqwest::RequestBuilder, EncodeError> {
    let value = serde_json::to_value(body).map_err(|e| EncodeError(format!("body: {e}")))?;
    let mut fields = Vec::new();
    match &value {
        Value::Object(map) => {
            for (key, v) in map {
                append_brackets(&mut fields, key, v);
            }
        }
        Value::Null => {}
        _ => return Err(EncodeError("a multipart body must be an object".to_owned())),
    }
    let boundary = multipart_boundary(&fields, files);
    let mut out = Vec::new();
    for (name, text) in &fields {
        out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        out.extend_from_slice(format!("Content-Disposition: form-data; name=\"{}\"\r\n\r\n", quote_part(name)).as_bytes());
        out.extend_from_slice(text.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    for file in files {
        out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        out.extend_from_slice(
            format!(
                "Content-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
                quote_part(file.name),
                quote_part(file.file_name),
                file.content_type.unwrap_or("application/octet-stream").replace(['\r', '\n'], "")
            )
            .as_bytes(),
        );
        out.extend_from_slice(file.bytes);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let content_type = format!("multipart/form-data; boundary={boundary}");
    Ok(request.header(reqwest::header::CONTENT_TYPE, content_type).body(out))
}

/// A boundary that occurs in no part.
fn multipart_boundary(fields: &[(String, String)], files: &[FilePart<'_>]) -> String {
    let contains = |haystack: &[u8], needle: &[u8]| haystack.windows(needle.len()).any(|w| w == needle);
    (0u64..)
        .map(|n| format!("sdkgen-form-boundary-{n:016x}"))
        .find(|b| {
            !fields.iter().any(|(k, v)| k.contains(b.as_str()) || v.contains(b.as_str()))
                && !files.iter().any(|f| contains(f.bytes, b.as_bytes()))
        })
        .unwrap_or_default()
}

/// A name or file name as a quoted-string in a `Content-Disposition` header.
fn quote_part(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"").replace(['\r', '\n'], " ")
}

/// Characters left as they are in `application/x-www-form-urlencoded` text.
const FORM: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'*').remove(b'-').remove(b'.').remove(b'_');

fn form_encode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, FORM).to_string()
}

/// Attaches a raw body.
pub fn bytes_body(
    request: reqwest::RequestBuilder,
    content_type: &str,
    body: &[u8],
) -> Result<reqwest::RequestBuilder, EncodeError> {
    Ok(request.header(reqwest::header::CONTENT_TYPE, content_type).body(body.to_vec()))
}
