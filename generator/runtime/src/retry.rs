//! When to retry a request and how long to wait first.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;

/// How failed requests are retried: exponential backoff with jitter, capped.
///
/// Connection errors, timeouts and the statuses 408, 409, 429 and 5xx are retried; 400, 401,
/// 402, 403, 404 and 422 never are. A `Stripe-Should-Retry` header overrides the status for
/// any other code, and `Retry-After` lengthens the wait (it never shortens it below the
/// backoff, and a wait longer than `max_delay` is not retried at all).
///
/// Which of those failures are retried also depends on the method: a failure that may have left the request applied (a timeout, a dropped connection, a 5xx) is
/// retried only for safe methods and for requests that carry an `Idempotency-Key`.
///
/// At most [`RetryPolicy::MAX_RETRIES`] retries are made, whatever `max_retries` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (so a call makes at most `max_retries + 1` attempts).
    pub max_retries: u32,
    /// The wait before the first retry; it doubles on each further retry.
    pub initial_delay: Duration,
    /// The longest wait between two attempts.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    /// Two retries, waiting about 0.5 s then 1 s, never more than 8 s.
    fn default() -> Self {
        RetryPolicy {
            max_retries: 2,
            initial_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
        }
    }
}

impl RetryPolicy {
    /// The most retries any call makes: a larger `max_retries` is treated as this.
    pub const MAX_RETRIES: u32 = 10;

    /// A policy that never retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// The wait before retry number `retry` (1 for the first retry): `initial_delay * 2^(retry-1)`,
    /// capped at `max_delay`, then scaled by a random factor in `[0.5, 1.0]` so that clients
    /// that failed together do not retry together.
    pub fn backoff(&self, retry: u32) -> Duration {
        let exponent = retry.saturating_sub(1).min(31);
        let ceiling = self
            .initial_delay
            .saturating_mul(1u32 << exponent)
            .min(self.max_delay);
        ceiling.mul_f64(0.5 + fastrand::f64() * 0.5)
    }

    /// The wait before retry number `retry` of a response with these headers, or `None` when
    /// the server asks for a longer wait than `max_delay`. A server hint only lengthens the
    /// wait: `Retry-After: 0` still waits the backoff, so retries are never back-to-back.
    pub(super) fn delay_after_response(&self, retry: u32, headers: &HeaderMap) -> Option<Duration> {
        let backoff = self.backoff(retry);
        match retry_after(headers, SystemTime::now()) {
            Some(wait) if wait > self.max_delay => None,
            Some(wait) => Some(wait.max(backoff)),
            None => Some(backoff),
        }
    }
}

/// Whether a failed attempt may be retried, given what is known about it.
///
/// | method | not applied: no connection, 408, 409, 429, `Stripe-Should-Retry: true` | maybe applied: timeout, dropped connection, other 5xx |
/// |---|---|---|
/// | GET, HEAD, OPTIONS, TRACE | retried | retried |
/// | any other, with an `Idempotency-Key` | retried | retried |
/// | POST, PATCH, PUT, DELETE without a key | retried | not retried |
///
/// PUT and DELETE are idempotent in HTTP's terms, but a repeat is not harmless: a delayed PUT
/// can overwrite a newer write, and a repeated DELETE reports 404 for a delete that worked.
pub(super) fn may_retry(
    method: &reqwest::Method,
    has_idempotency_key: bool,
    maybe_applied: bool,
) -> bool {
    use reqwest::Method;
    let safe = [Method::GET, Method::HEAD, Method::OPTIONS, Method::TRACE].contains(method);
    !maybe_applied || safe || has_idempotency_key
}

/// Whether the server may have applied a request it answered with this retryable status: not
/// for 408 (it never read the request), 409 and 429 (it refused it), nor when the server says
/// `Stripe-Should-Retry: true`.
pub(super) fn status_maybe_applied(status: u16, headers: &HeaderMap) -> bool {
    let server_says_retry = headers
        .get("stripe-should-retry")
        .is_some_and(|v| v.as_bytes() == b"true");
    !(server_says_retry || matches!(status, 408 | 409 | 429))
}

/// Whether the server may have applied a request that failed with this error: only a failure
/// to connect proves that nothing was sent.
pub(super) fn transport_maybe_applied(error: &reqwest::Error) -> bool {
    !error.is_connect()
}

/// Statuses that are never retried, whatever the server's headers say.
const NEVER_RETRIED: &[u16] = &[400, 401, 402, 403, 404, 422];

/// Whether a response with this status and these headers is worth retrying.
pub(super) fn status_is_retryable(status: u16, headers: &HeaderMap) -> bool {
    if NEVER_RETRIED.contains(&status) || (200..300).contains(&status) {
        return false;
    }
    match headers
        .get("stripe-should-retry")
        .and_then(|v| v.to_str().ok())
    {
        Some("true") => true,
        Some("false") => false,
        _ => matches!(status, 408 | 409 | 429 | 500..=599),
    }
}

/// Whether a failed send (no response) is worth retrying: connection problems and timeouts.
pub(super) fn transport_is_retryable(error: &reqwest::Error) -> bool {
    error.is_connect() || error.is_timeout() || error.is_request() || error.is_body()
}

/// The wait a `Retry-After` header asks for: delay-seconds or an HTTP date.
fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = parse_http_date(value)?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Parses an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the form RFC 9110 requires.
fn parse_http_date(text: &str) -> Option<SystemTime> {
    let rest = text.split_once(", ")?.1;
    let mut parts = rest.split(' ');
    let day: u64 = parts.next()?.parse().ok()?;
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month_name = parts.next()?;
    let month = MONTHS.iter().position(|m| *m == month_name)? as u64 + 1;
    let year: u64 = parts.next()?.parse().ok()?;
    let mut clock = parts.next()?.split(':').map(|p| p.parse::<u64>().ok());
    let (hour, minute, second) = (clock.next()??, clock.next()??, clock.next()??);
    if parts.next()? != "GMT"
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
        || !(1970..=9999).contains(&year)
    {
        return None;
    }
    // The year is four digits (RFC 9110), so nothing below can overflow; the checks stay anyway,
    // since an absurd date from a server must read as "no hint", never as a panic.
    let seconds = days_since_epoch(year, month, day)
        .checked_mul(86_400)?
        .checked_add(hour * 3600 + minute * 60 + second)?;
    UNIX_EPOCH.checked_add(Duration::from_secs(seconds))
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (years from 1970).
fn days_since_epoch(year: u64, month: u64, day: u64) -> u64 {
    let (y, m) = if month <= 2 {
        (year - 1, month + 9)
    } else {
        (year, month - 3)
    };
    let era = y / 400;
    let year_of_era = y % 400;
    let day_of_year = (153 * m + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let policy = RetryPolicy {
            max_retries: 10,
            initial_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(1000),
        };
        for _ in 0..200 {
            for (retry, ceiling) in [
                (1, 100),
                (2, 200),
                (3, 400),
                (4, 800),
                (5, 1000),
                (30, 1000),
                (u32::MAX, 1000),
            ] {
                let delay = policy.backoff(retry);
                let ceiling = Duration::from_millis(ceiling);
                assert!(
                    delay <= ceiling && delay >= ceiling / 2,
                    "retry {retry}: {delay:?} outside [{:?}, {ceiling:?}]",
                    ceiling / 2
                );
            }
        }
        let spread: std::collections::BTreeSet<Duration> =
            (0..50).map(|_| policy.backoff(3)).collect();
        assert!(spread.len() > 10, "the jitter varies the delay");
    }

    #[test]
    fn client_errors_are_never_retried_even_when_the_server_says_so() {
        let should = headers(&[("stripe-should-retry", "true")]);
        for status in [400, 401, 402, 403, 404, 422] {
            assert!(!status_is_retryable(status, &HeaderMap::new()), "{status}");
            assert!(!status_is_retryable(status, &should), "{status}");
        }
    }

    #[test]
    fn conflicts_rate_limits_and_server_errors_are_retried() {
        for status in [408, 409, 429, 500, 502, 503, 504] {
            assert!(status_is_retryable(status, &HeaderMap::new()), "{status}");
        }
        for status in [200, 201, 204, 301, 410, 418] {
            assert!(!status_is_retryable(status, &HeaderMap::new()), "{status}");
        }
    }

    #[test]
    fn stripe_should_retry_overrides_the_status() {
        assert!(!status_is_retryable(
            500,
            &headers(&[("stripe-should-retry", "false")])
        ));
        assert!(!status_is_retryable(
            429,
            &headers(&[("stripe-should-retry", "false")])
        ));
        assert!(status_is_retryable(
            410,
            &headers(&[("stripe-should-retry", "true")])
        ));
    }

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        let now = UNIX_EPOCH + Duration::from_secs(784_111_770); // Sun, 06 Nov 1994 08:49:30 GMT
        assert_eq!(
            retry_after(&headers(&[("retry-after", "3")]), now),
            Some(Duration::from_secs(3))
        );
        let date = headers(&[("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")]);
        assert_eq!(retry_after(&date, now), Some(Duration::from_secs(7)));
        let past = headers(&[("retry-after", "Sun, 06 Nov 1994 08:49:00 GMT")]);
        assert_eq!(retry_after(&past, now), Some(Duration::ZERO));
        assert_eq!(retry_after(&headers(&[("retry-after", "soon")]), now), None);
        assert_eq!(retry_after(&HeaderMap::new(), now), None);
    }

    #[test]
    fn http_dates_parse_to_the_right_instant() {
        let at =
            |t: &str| parse_http_date(t).map(|s| s.duration_since(UNIX_EPOCH).unwrap().as_secs());
        assert_eq!(at("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(at("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777));
        assert_eq!(at("Tue, 29 Feb 2000 12:00:00 GMT"), Some(951_825_600));
        assert_eq!(at("Sun, 06 Nov 1994 08:49:37 UTC"), None);
        assert_eq!(at("Sun, 06 Foo 1994 08:49:37 GMT"), None);
        assert_eq!(at("06 Nov 1994"), None);
        assert_eq!(at("Fri, 31 Dec 9999 23:59:59 GMT"), Some(253_402_300_799));
    }

    #[test]
    fn an_absurd_retry_after_date_is_no_hint() {
        let now = UNIX_EPOCH + Duration::from_secs(784_111_770);
        for year in ["10000", "584554051223", "18446744073709551615"] {
            let text = format!("Sun, 06 Nov {year} 08:49:37 GMT");
            assert_eq!(parse_http_date(&text), None, "{text}");
            let mut map = HeaderMap::new();
            map.insert("retry-after", HeaderValue::from_str(&text).unwrap());
            assert_eq!(retry_after(&map, now), None, "{text}");
        }
    }

    #[test]
    fn a_retry_after_beyond_the_maximum_delay_is_not_waited_for() {
        let policy = RetryPolicy {
            max_delay: Duration::from_secs(2),
            ..RetryPolicy::default()
        };
        assert_eq!(
            policy.delay_after_response(1, &headers(&[("retry-after", "1")])),
            Some(Duration::from_secs(1))
        );
        assert_eq!(
            policy.delay_after_response(1, &headers(&[("retry-after", "30")])),
            None
        );
        let fallback = policy.delay_after_response(1, &HeaderMap::new()).unwrap();
        assert!(fallback <= Duration::from_millis(500) && fallback >= Duration::from_millis(250));
    }

    #[test]
    fn a_retry_after_of_zero_still_waits_the_backoff() {
        let policy = RetryPolicy::default();
        for retry in 1..=3 {
            let wait = policy
                .delay_after_response(retry, &headers(&[("retry-after", "0")]))
                .unwrap();
            let floor = policy.initial_delay.saturating_mul(1 << (retry - 1)) / 2;
            assert!(wait >= floor, "retry {retry}: {wait:?} < {floor:?}");
        }
    }

    #[test]
    fn ambiguous_failures_are_retried_only_for_safe_or_keyed_requests() {
        use reqwest::Method;
        for method in [Method::GET, Method::HEAD, Method::OPTIONS, Method::TRACE] {
            assert!(may_retry(&method, false, true), "{method}");
        }
        for method in [Method::POST, Method::PATCH, Method::PUT, Method::DELETE] {
            assert!(!may_retry(&method, false, true), "{method}");
            assert!(may_retry(&method, false, false), "{method}");
            assert!(may_retry(&method, true, true), "{method}");
        }
        for status in [500, 502, 503, 504] {
            assert!(status_maybe_applied(status, &HeaderMap::new()), "{status}");
        }
        for status in [408, 409, 429] {
            assert!(!status_maybe_applied(status, &HeaderMap::new()), "{status}");
        }
        assert!(!status_maybe_applied(
            503,
            &headers(&[("stripe-should-retry", "true")])
        ));
    }
}
