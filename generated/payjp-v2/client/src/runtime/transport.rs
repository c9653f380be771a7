//! Sending requests: credentials, per-request options, idempotency keys, retries with backoff,
//! a tracing span per call, and decoding of the final response.
use std::fmt;
use std::sync::Arc;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use tracing::Instrument;
use super::config::is_sensitive_header;
use super::{
    retry, ApiError, Credentials, DecodeError, EncodeError, Error, RequestOptions,
    Response, ResponseMeta, RetryPolicy,
};
/// The header that makes a POST or PATCH safe to retry, on APIs that honour it.
const IDEMPOTENCY_KEY: &str = "idempotency-key";
/// Sends requests and decodes responses. Cheap to clone; clones share one connection pool.
#[derive(Clone)]
pub struct Transport {
    shared: Arc<Shared>,
    options: RequestOptions,
}
struct Shared {
    http: reqwest::Client,
    base_url: String,
    credentials: Option<Credentials>,
    retry: RetryPolicy,
    settings: ApiSettings,
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
            .field("base_url", &self.shared.base_url)
            .field("credentials", &self.shared.credentials)
            .field("retry", &self.shared.retry)
            .field("settings", &self.shared.settings)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}
/// What one attempt produced, when the server answered.
struct Answer {
    status: u16,
    headers: HeaderMap,
    body: Vec<u8>,
}
impl Transport {
    /// A transport over `http`; `base_url` has no trailing slash.
    pub(super) fn new(
        http: reqwest::Client,
        base_url: String,
        credentials: Option<Credentials>,
        retry: RetryPolicy,
        settings: ApiSettings,
    ) -> Self {
        Transport {
            shared: Arc::new(Shared {
                http,
                base_url,
                credentials,
                retry,
                settings,
            }),
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
    /// A transport sharing this one's connections, with `options` on top of its own.
    pub fn with_options(&self, options: RequestOptions) -> Transport {
        Transport {
            shared: Arc::clone(&self.shared),
            options: self.options.merged(options),
        }
    }
    /// Starts a request to `path` (already percent-encoded) with the credentials attached.
    pub fn request(
        &self,
        method: reqwest::Method,
        path: &str,
    ) -> reqwest::RequestBuilder {
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
        let chosen = self.shared.settings.base_url_chosen;
        let base = if !chosen
            || self.shared.base_url == spec_base_url.trim_end_matches('/')
        {
            server.trim_end_matches('/')
        } else {
            &self.shared.base_url
        };
        self.request_at(base, method, path)
    }
    fn request_at(
        &self,
        base: &str,
        method: reqwest::Method,
        path: &str,
    ) -> reqwest::RequestBuilder {
        let request = self.shared.http.request(method, format!("{base}{path}"));
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
        decode: fn(u16, &[u8]) -> Result<T, DecodeError>,
    ) -> Result<Response<T>, Error<E>> {
        let request = self.prepare(request)?;
        let span = tracing::info_span!(
            "http_request", method = % request.method(), path = path_template, status =
            tracing::field::Empty, attempt = tracing::field::Empty,
        );
        self.send_with_retries(request, decode, &span).instrument(span.clone()).await
    }
    /// Builds the request and applies the options, the API version and the idempotency key.
    fn prepare(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<reqwest::Request, EncodeError> {
        let mut request = request
            .build()
            .map_err(|e| EncodeError(format!("the request could not be built: {e}")))?;
        if let Some(version) = &self.options.api_version {
            let Some(header) = &self.shared.settings.version_header else {
                return Err(
                    EncodeError(
                        "this API has no version header, so a request cannot choose an API version"
                            .to_owned(),
                    ),
                );
            };
            let value = HeaderValue::from_str(version)
                .map_err(|_| {
                    EncodeError(
                        format!("API version {version:?} is not a valid header value"),
                    )
                })?;
            request.headers_mut().insert(header.clone(), value);
        }
        for (name, value) in &self.options.headers {
            let header = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| {
                    EncodeError(
                        format!("request option header name {name:?} is invalid"),
                    )
                })?;
            let mut value = HeaderValue::from_str(value)
                .map_err(|_| {
                    EncodeError(
                        format!("request option header {name:?} has an invalid value"),
                    )
                })?;
            value.set_sensitive(is_sensitive_header(name));
            request.headers_mut().insert(header, value);
        }
        if let Some(timeout) = self.options.timeout {
            *request.timeout_mut() = Some(timeout);
        }
        let non_idempotent = [reqwest::Method::POST, reqwest::Method::PATCH]
            .contains(request.method());
        if non_idempotent && !request.headers().contains_key(IDEMPOTENCY_KEY) {
            let key = match &self.options.idempotency_key {
                Some(key) => key.clone(),
                None if self.shared.settings.idempotency_keys => {
                    uuid::Uuid::new_v4().to_string()
                }
                None => return Ok(request),
            };
            let value = HeaderValue::from_str(&key)
                .map_err(|_| {
                    EncodeError(
                        format!("idempotency key {key:?} is not a valid header value"),
                    )
                })?;
            request.headers_mut().insert(IDEMPOTENCY_KEY, value);
        }
        Ok(request)
    }
    async fn send_with_retries<T, E: ApiError>(
        &self,
        request: reqwest::Request,
        decode: fn(u16, &[u8]) -> Result<T, DecodeError>,
        span: &tracing::Span,
    ) -> Result<Response<T>, Error<E>> {
        let policy = self.shared.retry;
        let max_retries = self
            .options
            .max_retries
            .unwrap_or(policy.max_retries)
            .min(RetryPolicy::MAX_RETRIES);
        let method = request.method().clone();
        let has_key = request.headers().contains_key(IDEMPOTENCY_KEY);
        let may_retry_method = |maybe_applied: bool| retry::may_retry(
            &method,
            has_key,
            maybe_applied,
        );
        let mut current = request;
        let mut attempt: u32 = 0;
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            let spare = current.try_clone();
            let may_retry = spare.is_some() && attempt <= max_retries;
            let outcome = self.send_once(current).await;
            if let Ok(answer) = &outcome {
                span.record("status", answer.status);
            }
            let delay = match &outcome {
                Err(
                    source,
                ) if may_retry && retry::transport_is_retryable(source)
                    && may_retry_method(retry::transport_maybe_applied(source)) => {
                    tracing::warn!(
                        attempt, error = % source, "request failed; retrying"
                    );
                    Some(policy.backoff(attempt))
                }
                Ok(
                    answer,
                ) if may_retry
                    && retry::status_is_retryable(answer.status, &answer.headers)
                    && may_retry_method(
                        retry::status_maybe_applied(answer.status, &answer.headers),
                    ) => {
                    tracing::warn!(
                        attempt, status = answer.status, "retryable status; retrying"
                    );
                    policy.delay_after_response(attempt, &answer.headers)
                }
                _ => None,
            };
            match (delay, spare) {
                (Some(delay), Some(spare)) => {
                    tracing::debug!(? delay, "waiting before the next attempt");
                    tokio::time::sleep(delay).await;
                    current = spare;
                }
                _ => return finish(outcome, attempt, decode),
            }
        }
    }
    /// One attempt: send, then read the whole body (a body cut off counts as a failed attempt).
    async fn send_once(
        &self,
        request: reqwest::Request,
    ) -> Result<Answer, reqwest::Error> {
        let response = self.shared.http.execute(request).await?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.bytes().await?.to_vec();
        Ok(Answer { status, headers, body })
    }
}
/// Turns the last attempt's outcome into the call's result.
fn finish<T, E: ApiError>(
    outcome: Result<Answer, reqwest::Error>,
    attempts: u32,
    decode: fn(u16, &[u8]) -> Result<T, DecodeError>,
) -> Result<Response<T>, Error<E>> {
    let Answer { status, headers, body } = match outcome {
        Ok(answer) => answer,
        Err(source) => {
            tracing::warn!(attempts, error = % source, "request failed");
            return Err(Error::Transport {
                source,
                attempts,
            });
        }
    };
    let meta = ResponseMeta::new(status, headers, attempts);
    tracing::debug!(status, attempts, request_id = meta.request_id(), "response");
    let with_request_id = |mut e: DecodeError| {
        e.request_id = meta.request_id().map(str::to_owned);
        Error::Decode(e)
    };
    if (200..300).contains(&status) {
        let value = decode(status, &body).map_err(with_request_id)?;
        return Ok(Response::new(value, meta));
    }
    let error = E::from_response(status, &body).map_err(with_request_id)?;
    Err(Error::Api {
        error,
        meta: Box::new(meta),
    })
}
