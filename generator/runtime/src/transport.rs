//! Sending requests: credentials, per-request options, idempotency keys, retries with backoff,
//! a tracing span per call, a capped read of the body, and decoding of the final response.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use tracing::Instrument;

use super::config::{is_sensitive_header, redact_userinfo, Settings};
use super::{
    retry, ApiError, Credentials, DecodeError, EncodeError, Error, EventStream, Refusal,
    RequestOptions, Response, ResponseMeta, RetryPolicy,
};

/// The header that makes a POST or PATCH safe to retry, on APIs that honour it.
const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// Sends requests and decodes responses. Cheap to clone; clones share one connection pool.
#[derive(Clone)]
pub struct Transport {
    shared: Arc<Settings>,
    options: RequestOptions,
}

/// What the API does with a generated client's requests, as its SDK entry declares.
#[derive(Debug, Clone, Default)]
pub(super) struct ApiSettings {
    /// Whether the API deduplicates POST and PATCH requests by their `Idempotency-Key`, so that
    /// every such call sends one and may be retried after an ambiguous failure.
    pub(super) idempotency_keys: bool,
    /// The header that selects the API version, if the API has one.
    pub(super) version_header: Option<HeaderName>,
    /// Whether the caller chose the base URL (rather than the spec's server, its variables
    /// set or not); operations with their own server then go to that base URL too.
    pub(super) base_url_chosen: bool,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("base_url", &redact_userinfo(&self.shared.base_url))
            .field("credentials", &self.shared.credentials)
            .field("timeout", &self.shared.timeout)
            .field("max_response_body", &self.shared.max_response_body)
            .field("retry", &self.shared.retry)
            .field("api", &self.shared.api)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// What one attempt produced, when the server answered.
struct Answer {
    status: u16,
    headers: HeaderMap,
    body: Vec<u8>,
    /// A 2xx response whose body is left to read as a stream.
    open: Option<reqwest::Response>,
}

/// Why an attempt produced no answer.
enum Failure {
    /// The HTTP client failed (connection, timeout, refused redirect, broken body).
    Http(reqwest::Error),
    /// The answer broke one of the client's limits.
    Refused(Refusal),
}

impl Transport {
    /// A transport with these settings; the base URL has no trailing slash.
    pub(super) fn new(settings: Settings) -> Self {
        Transport {
            shared: Arc::new(settings),
            options: RequestOptions::default(),
        }
    }

    /// The server requests go to.
    pub fn base_url(&self) -> &str {
        &self.shared.base_url
    }

    /// The retry policy set on the client.
    pub fn retry_policy(&self) -> RetryPolicy {
        self.shared.retry
    }

    /// How long each attempt may take, with this handle's options applied.
    pub fn timeout(&self) -> Duration {
        self.options.timeout.unwrap_or(self.shared.timeout)
    }

    /// The largest response body read, in bytes.
    pub fn max_response_body(&self) -> u64 {
        self.shared.max_response_body
    }

    /// A transport sharing this one's connections, with `options` on top of its own.
    pub fn with_options(&self, options: RequestOptions) -> Transport {
        Transport {
            shared: Arc::clone(&self.shared),
            options: self.options.merged(options),
        }
    }

    /// Starts a request to `path` (already percent-encoded) with the credentials attached.
    pub fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.request_at(&self.shared.base_url, method, path)
    }

    /// Starts a request for an operation that the spec serves from its own `server` (Stripe's
    /// file uploads go to another host). It goes there unless the client was pointed at a base
    /// URL other than the spec's default `spec_base_url` (a mock server, a proxy), which then
    /// serves every operation. Setting the variables of the spec's server URL does not count.
    pub fn request_to(
        &self,
        server: &str,
        spec_base_url: &str,
        method: reqwest::Method,
        path: &str,
    ) -> reqwest::RequestBuilder {
        let chosen = self.shared.api.base_url_chosen;
        let base = if !chosen || self.shared.base_url == spec_base_url.trim_end_matches('/') {
            server.trim_end_matches('/')
        } else {
            &self.shared.base_url
        };
        self.request_at(base, method, path)
    }

    /// Starts a request to a list's next link (absolute, or relative to the base URL), with
    /// the credentials attached; refuses a link to another origin than the base URL's, so that
    /// a server cannot steer the credentials elsewhere.
    pub fn request_link(&self, method: reqwest::Method, link: &str) -> Result<reqwest::RequestBuilder, Refusal> {
        let base = reqwest::Url::parse(&format!("{}/", self.shared.base_url));
        let url = base.as_ref().ok().and_then(|base| Some((base, base.join(link).ok()?)));
        match url {
            Some((base, url)) if url.origin() == base.origin() => {
                Ok(self.request_at("", method, url.as_str()))
            }
            _ => Err(Refusal::ForeignLink {
                link: link.split(['?', '#']).next().unwrap_or_default().to_owned(),
            }),
        }
    }

    fn request_at(&self, base: &str, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let request = self
            .shared
            .http
            .request(method, format!("{base}{path}"))
            .headers(self.shared.headers.clone());
        match &self.shared.credentials {
            Some(Credentials::Basic { username, password }) => {
                request.basic_auth(username, password.as_ref())
            }
            Some(Credentials::Bearer(token)) => request.bearer_auth(token),
            None => request,
        }
    }

    /// Sends `request`, retrying as the policy allows; decodes a 2xx body with `decode` and any
    /// other final status as `E`. `path_template` (`/v1/customers/{id}`) names the call in logs.
    ///
    /// On an API that honours idempotency keys (see [`ClientBuilder::idempotency_keys`]), a POST
    /// or PATCH carries an `Idempotency-Key` (the options' key or a fresh UUID v4), the same on
    /// every attempt, so the server applies the call at most once however often it is retried.
    /// A key given in the options is sent on any API.
    ///
    /// [`ClientBuilder::idempotency_keys`]: super::ClientBuilder::idempotency_keys
    pub async fn execute<T, E: ApiError>(
        &self,
        request: reqwest::RequestBuilder,
        path_template: &'static str,
        decode: fn(u16, Vec<u8>) -> Result<T, DecodeError>,
    ) -> Result<Response<T>, Error<E>> {
        let request = self.prepare(request)?;
        let span = call_span(&request, path_template);
        let (outcome, attempts) = self
            .send_with_retries(request, false, &span)
            .instrument(span.clone())
            .await;
        let (answer, meta) = answer_or_error(outcome, attempts)?;
        let value = decode(answer.status, answer.body).map_err(|e| with_request_id(e, &meta))?;
        Ok(Response::new(value, meta))
    }

    /// Sends `request` for a `text/event-stream` response and returns the stream of its events,
    /// each decoded with `decode`, with the response's metadata. The request is retried like [`execute`](Self::execute)'s
    /// until the server answers; a 2xx body is then read as it arrives, without the whole-call
    /// timeout: the client's timeout bounds the wait for the response head and for each piece
    /// of the body instead. Any other status is `E`, as for `execute`.
    pub async fn open_event_stream<T: Send + 'static, E: ApiError + Send + 'static>(
        &self,
        request: reqwest::RequestBuilder,
        path_template: &'static str,
        decode: fn(u16, Vec<u8>) -> Result<T, DecodeError>,
    ) -> Result<Response<EventStream<T, E>>, Error<E>> {
        let mut request = self.prepare(request)?;
        request
            .headers_mut()
            .entry(reqwest::header::ACCEPT)
            .or_insert(HeaderValue::from_static("text/event-stream"));
        let spare = request.try_clone();
        let span = call_span(&request, path_template);
        let (response, meta) = self.open(request, &span).instrument(span.clone()).await?;
        let stream = EventStream::new(self.clone(), spare, response, meta.clone(), decode);
        Ok(Response::new(stream, meta))
    }

    /// Sends a prepared request, retrying as the policy allows, and returns a 2xx response with
    /// its body unread.
    pub(super) async fn open<E: ApiError>(
        &self,
        mut request: reqwest::Request,
        span: &tracing::Span,
    ) -> Result<(reqwest::Response, ResponseMeta), Error<E>> {
        *request.timeout_mut() = None;
        let (outcome, attempts) = self.send_with_retries(request, true, span).await;
        let (answer, meta) = answer_or_error(outcome, attempts)?;
        match answer.open {
            Some(response) => Ok((response, meta)),
            None => Err(Error::Refused(Refusal::Stalled {
                waited: self.timeout(),
            })),
        }
    }

    /// Builds the request and applies the options, the API version and the idempotency key.
    fn prepare(&self, request: reqwest::RequestBuilder) -> Result<reqwest::Request, EncodeError> {
        let mut request = request
            .build()
            .map_err(|e| EncodeError(format!("the request could not be built: {e}")))?;
        if let Some(version) = &self.options.api_version {
            let Some(header) = &self.shared.api.version_header else {
                return Err(EncodeError(
                    "this API has no version header, so a request cannot choose an API version"
                        .to_owned(),
                ));
            };
            let value = HeaderValue::from_str(version).map_err(|_| {
                EncodeError(format!("API version {version:?} is not a valid header value"))
            })?;
            request.headers_mut().insert(header.clone(), value);
        }
        for (name, value) in &self.options.headers {
            let header = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
                EncodeError(format!("request option header name {name:?} is invalid"))
            })?;
            let mut value = HeaderValue::from_str(value).map_err(|_| {
                EncodeError(format!(
                    "request option header {name:?} has an invalid value"
                ))
            })?;
            value.set_sensitive(is_sensitive_header(name));
            request.headers_mut().insert(header, value);
        }
        *request.timeout_mut() = Some(self.timeout());
        let non_idempotent = [reqwest::Method::POST, reqwest::Method::PATCH].contains(request.method());
        if non_idempotent && !request.headers().contains_key(IDEMPOTENCY_KEY) {
            let key = match &self.options.idempotency_key {
                Some(key) => key.clone(),
                None if self.shared.api.idempotency_keys => uuid::Uuid::new_v4().to_string(),
                None => return Ok(request),
            };
            let value = HeaderValue::from_str(&key).map_err(|_| {
                EncodeError(format!(
                    "idempotency key {key:?} is not a valid header value"
                ))
            })?;
            request.headers_mut().insert(IDEMPOTENCY_KEY, value);
        }
        Ok(request)
    }

    /// Sends `request` until an attempt succeeds or may not be retried; returns the last
    /// attempt's outcome and the number of attempts. With `open`, a 2xx body is left unread.
    async fn send_with_retries(
        &self,
        request: reqwest::Request,
        open: bool,
        span: &tracing::Span,
    ) -> (Result<Answer, Failure>, u32) {
        let policy = self.shared.retry;
        let max_retries = self
            .options
            .max_retries
            .unwrap_or(policy.max_retries)
            .min(RetryPolicy::MAX_RETRIES);
        let method = request.method().clone();
        let has_key = request.headers().contains_key(IDEMPOTENCY_KEY);
        let may_retry_method =
            |maybe_applied: bool| retry::may_retry(&method, has_key, maybe_applied);
        let mut current = request;
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            // Bodies are buffered, so only a streaming body has no spare copy; it is sent once.
            let spare = current.try_clone();
            let may_retry = spare.is_some() && attempt <= max_retries;
            let outcome = self.send_once(current, open).await;
            if let Ok(answer) = &outcome {
                span.record("status", answer.status);
            }
            let delay = match &outcome {
                Err(Failure::Http(source))
                    if may_retry
                        && retry::transport_is_retryable(source)
                        && may_retry_method(retry::transport_maybe_applied(source)) =>
                {
                    tracing::warn!(attempt, error = %source, "request failed; retrying");
                    Some(policy.backoff(attempt))
                }
                Ok(answer)
                    if may_retry
                        && retry::status_is_retryable(answer.status, &answer.headers)
                        && may_retry_method(retry::status_maybe_applied(
                            answer.status,
                            &answer.headers,
                        )) =>
                {
                    tracing::warn!(
                        attempt,
                        status = answer.status,
                        "retryable status; retrying"
                    );
                    policy.delay_after_response(attempt, &answer.headers)
                }
                _ => None,
            };
            match (delay, spare) {
                (Some(delay), Some(spare)) => {
                    tracing::debug!(?delay, "waiting before the next attempt");
                    tokio::time::sleep(delay).await;
                    current = spare;
                }
                _ => return (outcome, attempt),
            }
        }
    }

    /// One attempt. With `open` (an event stream, whose request has no timeout of its own),
    /// the client's timeout bounds the attempt up to a 2xx response head or an error body.
    async fn send_once(&self, request: reqwest::Request, open: bool) -> Result<Answer, Failure> {
        if !open {
            return self.receive(request, false).await;
        }
        let waited = self.timeout();
        tokio::time::timeout(waited, self.receive(request, true))
            .await
            .unwrap_or(Err(Failure::Refused(Refusal::Stalled { waited })))
    }

    /// Sends, then reads the whole body into one buffer, refusing it once it grows past the
    /// cap (a body cut off counts as a failed attempt). With `open`, a 2xx body is left unread.
    async fn receive(&self, request: reqwest::Request, open: bool) -> Result<Answer, Failure> {
        let mut response = self
            .shared
            .http
            .execute(request)
            .await
            .map_err(|e| Failure::Http(redact_url(e)))?;
        let status = response.status().as_u16();
        let mut headers = response.headers().clone();
        for (name, value) in headers.iter_mut() {
            value.set_sensitive(is_sensitive_header(name.as_str()));
        }
        if open && (200..300).contains(&status) {
            return Ok(Answer {
                status,
                headers,
                body: Vec::new(),
                open: Some(response),
            });
        }
        let limit = self.shared.max_response_body;
        let too_large = Failure::Refused(Refusal::BodyTooLarge { status, limit });
        let announced = response.content_length().unwrap_or(0);
        if announced > limit {
            return Err(too_large);
        }
        let mut body = Vec::with_capacity(usize::try_from(announced).unwrap_or(0));
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| Failure::Http(redact_url(e)))?
        {
            if (body.len() + chunk.len()) as u64 > limit {
                return Err(too_large);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Answer {
            status,
            headers,
            body,
            open: None,
        })
    }
}

/// The `http_request` span of one call: method and path template, then status and attempt.
fn call_span(request: &reqwest::Request, path_template: &'static str) -> tracing::Span {
    tracing::info_span!(
        "http_request",
        method = %request.method(),
        path = path_template,
        status = tracing::field::Empty,
        attempt = tracing::field::Empty,
    )
}

/// An error with the query, fragment and user name and password taken out of its URL, so that
/// neither its message nor a log line shows what they may carry (ids, e-mail addresses, keys).
pub(super) fn redact_url(mut error: reqwest::Error) -> reqwest::Error {
    if let Some(url) = error.url_mut() {
        url.set_query(None);
        url.set_fragment(None);
        let _ = url.set_username("");
        let _ = url.set_password(None);
    }
    error
}

/// The last attempt's 2xx answer with its metadata, or the call's error: a transport failure,
/// a refusal, or the documented error `E` the answer decodes to.
fn answer_or_error<E: ApiError>(
    outcome: Result<Answer, Failure>,
    attempts: u32,
) -> Result<(Answer, ResponseMeta), Error<E>> {
    let mut answer = match outcome {
        Ok(answer) => answer,
        Err(Failure::Http(source)) => {
            tracing::warn!(attempts, error = %source, "request failed");
            return Err(Error::Transport { source, attempts });
        }
        Err(Failure::Refused(refusal)) => {
            tracing::warn!(attempts, error = %refusal, "response refused");
            return Err(Error::Refused(refusal));
        }
    };
    let meta = ResponseMeta::new(answer.status, std::mem::take(&mut answer.headers), attempts);
    tracing::debug!(status = answer.status, attempts, request_id = meta.request_id(), "response");
    if (200..300).contains(&answer.status) {
        return Ok((answer, meta));
    }
    let error = E::from_response(answer.status, &answer.body).map_err(|e| with_request_id(e, &meta))?;
    Err(Error::Api {
        error,
        meta: Box::new(meta),
    })
}

/// A decode error of the response described by `meta`, with its request id.
fn with_request_id<E>(mut error: DecodeError, meta: &ResponseMeta) -> Error<E> {
    error.request_id = meta.request_id().map(str::to_owned);
    Error::Decode(error)
}

#[cfg(test)]
mod tests {
    use super::super::ClientBuilder;

    fn url_of(base_url: &str) -> String {
        let transport = ClientBuilder::new("https://api.example.com", "test").base_url(base_url).build_transport().unwrap();
        let request = transport.request_to("https://files.example.com/", "https://api.example.com", reqwest::Method::POST, "/v1/files");
        request.build().unwrap().url().to_string()
    }

    #[test]
    fn an_operation_with_its_own_server_goes_there_unless_the_base_url_was_changed() {
        assert_eq!(url_of("https://api.example.com"), "https://files.example.com/v1/files");
        assert_eq!(url_of("http://127.0.0.1:4010/"), "http://127.0.0.1:4010/v1/files");
    }

    #[test]
    fn setting_a_server_variable_keeps_operations_on_their_own_server() {
        let transport = ClientBuilder::new("https://eu.example.com", "test")
            .server_url_template("https://{region}.example.com", &[("region", "eu")])
            .server_variable("region", "us")
            .build_transport()
            .unwrap();
        assert_eq!(transport.base_url(), "https://us.example.com");
        let request = transport.request_to("https://files.example.com", "https://eu.example.com", reqwest::Method::POST, "/v1/files");
        assert_eq!(request.build().unwrap().url().as_str(), "https://files.example.com/v1/files");
    }
}
