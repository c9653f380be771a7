//! Per-request options: extra headers, an API version, a timeout, an idempotency key, a retry
//! limit.

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
    pub(super) api_version: Option<String>,
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

    /// Asks for this API version, instead of the client's, in the API's version header (see
    /// [`ClientBuilder::api_version`](super::ClientBuilder::api_version)). A call on an API
    /// without a version header fails with an encode error.
    pub fn api_version(mut self, version: impl Into<String>) -> Self {
        self.api_version = Some(version.into());
        self
    }

    /// Gives up on each attempt after this long, instead of the client's timeout.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Sends this `Idempotency-Key` with POST and PATCH requests (instead of a fresh random one
    /// per call, or none on an API that does not honour keys), which lets the call be retried
    /// after a failure that may have left it applied. Use it for one logical operation only:
    /// the server answers any later call with the same key with the first call's result.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }

    /// Retries at most this many times (and never more than [`RetryPolicy::MAX_RETRIES`]),
    /// instead of the client's retry policy's limit.
    ///
    /// [`RetryPolicy::MAX_RETRIES`]: super::RetryPolicy::MAX_RETRIES
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
            api_version: other.api_version.or_else(|| self.api_version.clone()),
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
            .field("api_version", &self.api_version)
            .field("timeout", &self.timeout)
            .field("idempotency_key", &self.idempotency_key)
            .field("max_retries", &self.max_retries)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_options_win_and_headers_add_up() {
        let base = RequestOptions::new()
            .header("Stripe-Version", "2021-10-07")
            .timeout(Duration::from_secs(5));
        let merged = base.merged(
            RequestOptions::new()
                .header("Stripe-Account", "acct_1")
                .idempotency_key("k1"),
        );
        assert_eq!(merged.headers.len(), 2);
        assert_eq!(merged.timeout, Some(Duration::from_secs(5)));
        assert_eq!(merged.idempotency_key.as_deref(), Some("k1"));
        let again = merged.merged(
            RequestOptions::new()
                .timeout(Duration::from_secs(1))
                .api_version("2024-06-20")
                .max_retries(0),
        );
        assert_eq!(again.api_version.as_deref(), Some("2024-06-20"));
        assert_eq!(
            again.merged(RequestOptions::new()).api_version.as_deref(),
            Some("2024-06-20")
        );
        assert_eq!(
            (again.timeout, again.max_retries),
            (Some(Duration::from_secs(1)), Some(0))
        );
        assert_eq!(again.idempotency_key.as_deref(), Some("k1"));
    }

    #[test]
    fn debug_output_hides_secret_headers() {
        let options = RequestOptions::new()
            .header("Authorization", "Bearer sk_secret")
            .header("Stripe-Account", "acct_1");
        let shown = format!("{options:?}");
        assert!(
            !shown.contains("sk_secret") && shown.contains("acct_1"),
            "{shown}"
        );
    }
}
