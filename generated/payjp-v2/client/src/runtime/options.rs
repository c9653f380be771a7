//! Per-request options: extra headers, a timeout, an idempotency key, a retry limit.
use std::fmt;
use std::time::Duration;
use super::config::RedactedHeaders;
/// Options for the calls made through one client handle (see the generated
/// `Client::with_options`); anything left unset keeps the client's setting.
///
/// ```ignore
/// let options = RequestOptions::new()
///     .header("Stripe-Account", "acct_123")
///     .idempotency_key("order-A-1")
///     .timeout(Duration::from_secs(5));
/// client.with_options(options).create_payment_flow(&request).await?;
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct RequestOptions {
    pub(super) headers: Vec<(String, String)>,
    pub(super) timeout: Option<Duration>,
    pub(super) idempotency_key: Option<String>,
    pub(super) max_retries: Option<u32>,
}
impl RequestOptions {
    /// No options: every setting comes from the client.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sends this header too, replacing a default header of the same name
    /// (for example `Stripe-Account` or `Stripe-Version`).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
    /// Gives up on each attempt after this long, instead of the client's timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }
    /// Sends this `Idempotency-Key` with POST requests instead of a fresh random one per call.
    /// Use it for one logical operation only: the server answers any later call with the same
    /// key with the first call's result.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }
    /// Retries at most this many times, instead of the client's retry policy's limit.
    pub fn max_retries(mut self, max_retries: u32) -> Self {
        self.max_retries = Some(max_retries);
        self
    }
    /// These options with `other`'s on top: its headers added, its settings where it has any.
    pub(super) fn merged(&self, other: RequestOptions) -> RequestOptions {
        let mut headers = self.headers.clone();
        headers.extend(other.headers);
        RequestOptions {
            headers,
            timeout: other.timeout.or(self.timeout),
            idempotency_key: other
                .idempotency_key
                .or_else(|| self.idempotency_key.clone()),
            max_retries: other.max_retries.or(self.max_retries),
        }
    }
}
impl fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestOptions")
            .field("headers", &RedactedHeaders(&self.headers))
            .field("timeout", &self.timeout)
            .field("idempotency_key", &self.idempotency_key)
            .field("max_retries", &self.max_retries)
            .finish()
    }
}
