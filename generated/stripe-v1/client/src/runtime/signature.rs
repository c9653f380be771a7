//! Webhook signatures: checks that a webhook request was sent by the API, by the scheme its
//! SDK entry names: Stripe's `Stripe-Signature`, Standard Webhooks, or a shared token header.
//! HMAC-SHA256 comes from the `hmac` and `sha2` crates, and every comparison of a signature or
//! token is constant-time (`hmac`'s `verify_slice`, `subtle`).
use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use base64::Engine;
use hmac::{Hmac, Mac};
use reqwest::header::HeaderMap;
use sha2::Sha256;
use subtle::ConstantTimeEq;
/// How far a signed timestamp may be from now by default: 300 s, as in Stripe's and Standard
/// Webhooks' own libraries.
pub const DEFAULT_TOLERANCE: Duration = Duration::from_secs(300);
/// The header of Stripe's scheme.
const STRIPE_SIGNATURE: &str = "stripe-signature";
/// The headers of the Standard Webhooks scheme.
const WEBHOOK_ID: &str = "webhook-id";
const WEBHOOK_TIMESTAMP: &str = "webhook-timestamp";
const WEBHOOK_SIGNATURE: &str = "webhook-signature";
/// The prefix of a Standard Webhooks secret.
const STANDARD_SECRET_PREFIX: &str = "whsec_";
/// A signature header longer than this is refused before it is parsed.
const MAX_HEADER_LEN: usize = 8 * 1024;
/// How an API signs the webhook requests it sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureScheme {
    /// Stripe's: `Stripe-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of "{t}.{payload}">`,
    /// with one `v1` per active secret; the secret is the key as given (`whsec_...`).
    Stripe,
    /// Standard Webhooks (standardwebhooks.com): `webhook-id`, `webhook-timestamp` and
    /// `webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{payload}">` (several,
    /// space-separated); the secret is base64, optionally after `whsec_`.
    StandardWebhooks,
    /// A shared token sent as is in this header (PAY.JP's `X-Payjp-Webhook-Token`); the request
    /// is not signed, so nothing binds the token to the body or to a time.
    Token {
        /// The header's name.
        header: &'static str,
    },
}
/// Why a webhook request was not accepted as the API's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureError {
    /// A header the scheme needs is missing (or not visible ASCII).
    MissingHeader(&'static str),
    /// A header is not in the scheme's format.
    MalformedHeader {
        /// The header.
        header: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The secret given to the verifier is not in the scheme's format.
    InvalidSecret(&'static str),
    /// The signed timestamp is further from now than the tolerance: an old request replayed,
    /// or a clock far off.
    OutsideTolerance {
        /// The signed timestamp, in Unix seconds.
        timestamp: i64,
        /// Now, in Unix seconds.
        now: i64,
        /// The tolerance.
        tolerance: Duration,
    },
    /// No signature in the header matches the payload and the secret.
    NoMatchingSignature,
    /// The token header does not hold the expected token.
    TokenMismatch,
}
impl fmt::Display for SignatureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignatureError::MissingHeader(header) => {
                write!(f, "the webhook request has no `{header}` header")
            }
            SignatureError::MalformedHeader { header, reason } => {
                write!(
                    f, "the webhook request's `{header}` header is malformed: {reason}"
                )
            }
            SignatureError::InvalidSecret(reason) => {
                write!(f, "the webhook secret is invalid: {reason}")
            }
            SignatureError::OutsideTolerance { timestamp, now, tolerance } => {
                write!(
                    f,
                    "the webhook was signed at {timestamp}, {} s from now ({now}), beyond the tolerance of {} s",
                    now.abs_diff(* timestamp), tolerance.as_secs()
                )
            }
            SignatureError::NoMatchingSignature => {
                f.write_str(
                    "no signature of the webhook request matches its body and the secret (a wrong secret, or a changed body)",
                )
            }
            SignatureError::TokenMismatch => {
                f.write_str(
                    "the webhook request's token does not match the expected token",
                )
            }
        }
    }
}
impl std::error::Error for SignatureError {}
/// Checks webhook requests against a secret by one [`SignatureScheme`].
#[derive(Clone)]
pub struct WebhookVerifier {
    scheme: SignatureScheme,
    secret: String,
    tolerance: Duration,
}
impl fmt::Debug for WebhookVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookVerifier")
            .field("scheme", &self.scheme)
            .field("secret", &"<redacted>")
            .field("tolerance", &self.tolerance)
            .finish()
    }
}
impl WebhookVerifier {
    /// A verifier for `scheme` with the endpoint's `secret` (or token), allowing signed
    /// timestamps [`DEFAULT_TOLERANCE`] from now.
    pub fn new(scheme: SignatureScheme, secret: impl Into<String>) -> Self {
        WebhookVerifier {
            scheme,
            secret: secret.into(),
            tolerance: DEFAULT_TOLERANCE,
        }
    }
    /// Allows signed timestamps this far from now.
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }
    /// The scheme.
    pub fn scheme(&self) -> SignatureScheme {
        self.scheme
    }
    /// Checks a request's headers and raw body (exactly the bytes received).
    pub fn verify(
        &self,
        headers: &HeaderMap,
        payload: &[u8],
    ) -> Result<(), SignatureError> {
        self.verify_at(headers, payload, SystemTime::now())
    }
    /// [`verify`](Self::verify) as if the time were `now`.
    pub fn verify_at(
        &self,
        headers: &HeaderMap,
        payload: &[u8],
        now: SystemTime,
    ) -> Result<(), SignatureError> {
        match self.scheme {
            SignatureScheme::Stripe => {
                self.verify_header_at(header(headers, STRIPE_SIGNATURE)?, payload, now)
            }
            SignatureScheme::Token { header: name } => {
                self.verify_header_at(header(headers, name)?, payload, now)
            }
            SignatureScheme::StandardWebhooks => {
                let id = header(headers, WEBHOOK_ID)?;
                let timestamp = header(headers, WEBHOOK_TIMESTAMP)?;
                let signatures = header(headers, WEBHOOK_SIGNATURE)?;
                self.verify_standard(id, timestamp, signatures, payload, now)
            }
        }
    }
    /// Checks a request by the value of its one signature header (`Stripe-Signature`, or the
    /// token header), for schemes that have one; Standard Webhooks needs three headers, so it
    /// is [`MalformedHeader`](SignatureError::MalformedHeader) there.
    pub fn verify_header(
        &self,
        value: &str,
        payload: &[u8],
    ) -> Result<(), SignatureError> {
        self.verify_header_at(value, payload, SystemTime::now())
    }
    /// [`verify_header`](Self::verify_header) as if the time were `now`.
    pub fn verify_header_at(
        &self,
        value: &str,
        payload: &[u8],
        now: SystemTime,
    ) -> Result<(), SignatureError> {
        match self.scheme {
            SignatureScheme::Stripe => self.verify_stripe(value, payload, now),
            SignatureScheme::Token { .. } => {
                if bool::from(value.as_bytes().ct_eq(self.secret.as_bytes()))
                    && !self.secret.is_empty()
                {
                    Ok(())
                } else {
                    Err(SignatureError::TokenMismatch)
                }
            }
            SignatureScheme::StandardWebhooks => {
                Err(SignatureError::MalformedHeader {
                    header: WEBHOOK_SIGNATURE,
                    reason: "Standard Webhooks signs with three headers; verify the request's headers instead",
                })
            }
        }
    }
    fn verify_stripe(
        &self,
        value: &str,
        payload: &[u8],
        now: SystemTime,
    ) -> Result<(), SignatureError> {
        let malformed = |reason| SignatureError::MalformedHeader {
            header: STRIPE_SIGNATURE,
            reason,
        };
        if value.len() > MAX_HEADER_LEN {
            return Err(malformed("it is longer than 8 KiB"));
        }
        let mut timestamp = None;
        let mut signatures = Vec::new();
        for item in value.split(',') {
            let (key, val) = item
                .trim()
                .split_once('=')
                .ok_or(malformed("an item is not `key=value`"))?;
            match key {
                "t" if timestamp.is_some() => {
                    return Err(malformed("it has more than one `t`"));
                }
                "t" => timestamp = Some(val),
                "v1" => signatures.push(val),
                _ => {}
            }
        }
        let timestamp = timestamp.ok_or(malformed("it has no timestamp `t`"))?;
        let seconds = parse_timestamp(timestamp)
            .ok_or(malformed("the timestamp `t` is not a number of seconds"))?;
        if signatures.is_empty() {
            return Err(malformed("it has no `v1` signature"));
        }
        let now_secs = unix_seconds(now);
        if seconds < now_secs.saturating_sub(self.tolerance.as_secs() as i64) {
            return Err(self.outside(seconds, now_secs));
        }
        let mac = hmac_of(
            self.secret.as_bytes(),
            &[timestamp.as_bytes(), b".", payload],
        );
        let matches = signatures
            .iter()
            .filter_map(|hex| decode_hex(hex))
            .any(|signature| mac.clone().verify_slice(&signature).is_ok());
        if matches { Ok(()) } else { Err(SignatureError::NoMatchingSignature) }
    }
    fn verify_standard(
        &self,
        id: &str,
        timestamp: &str,
        signatures: &str,
        payload: &[u8],
        now: SystemTime,
    ) -> Result<(), SignatureError> {
        let secret = self
            .secret
            .strip_prefix(STANDARD_SECRET_PREFIX)
            .unwrap_or(&self.secret);
        let key = base64::engine::general_purpose::STANDARD
            .decode(secret)
            .map_err(|_| SignatureError::InvalidSecret(
                "a Standard Webhooks secret is base64, optionally after `whsec_`",
            ))?;
        if signatures.len() > MAX_HEADER_LEN {
            return Err(SignatureError::MalformedHeader {
                header: WEBHOOK_SIGNATURE,
                reason: "it is longer than 8 KiB",
            });
        }
        let seconds = parse_timestamp(timestamp)
            .ok_or(SignatureError::MalformedHeader {
                header: WEBHOOK_TIMESTAMP,
                reason: "it is not a number of seconds",
            })?;
        let now_secs = unix_seconds(now);
        if now_secs.abs_diff(seconds) > self.tolerance.as_secs() {
            return Err(self.outside(seconds, now_secs));
        }
        let mac = hmac_of(
            &key,
            &[id.as_bytes(), b".", timestamp.as_bytes(), b".", payload],
        );
        let mut versions = 0;
        let mut matches = false;
        for entry in signatures.split(' ').filter(|s| !s.is_empty()) {
            let (version, signature) = entry
                .split_once(',')
                .ok_or(SignatureError::MalformedHeader {
                    header: WEBHOOK_SIGNATURE,
                    reason: "an entry is not `version,signature`",
                })?;
            if version != "v1" {
                continue;
            }
            versions += 1;
            if let Ok(signature) = base64::engine::general_purpose::STANDARD
                .decode(signature)
            {
                matches |= mac.clone().verify_slice(&signature).is_ok();
            }
        }
        match (versions, matches) {
            (_, true) => Ok(()),
            (0, false) => {
                Err(SignatureError::MalformedHeader {
                    header: WEBHOOK_SIGNATURE,
                    reason: "it has no `v1` signature",
                })
            }
            _ => Err(SignatureError::NoMatchingSignature),
        }
    }
    fn outside(&self, timestamp: i64, now: i64) -> SignatureError {
        SignatureError::OutsideTolerance {
            timestamp,
            now,
            tolerance: self.tolerance,
        }
    }
}
/// A header's value, which must be present and visible ASCII.
fn header<'h>(
    headers: &'h HeaderMap,
    name: &'static str,
) -> Result<&'h str, SignatureError> {
    headers
        .get(name)
        .and_then(|value| value.to_str().ok())
        .ok_or(SignatureError::MissingHeader(name))
}
/// The HMAC-SHA256 state after `parts`, ready to verify a signature.
fn hmac_of(key: &[u8], parts: &[&[u8]]) -> Hmac<Sha256> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key)
        .expect("HMAC takes a key of any length");
    for part in parts {
        mac.update(part);
    }
    mac
}
/// Unix seconds written as ASCII digits (at most 12 of them: no date anyone signs is later).
fn parse_timestamp(text: &str) -> Option<i64> {
    if text.is_empty() || text.len() > 12 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}
fn unix_seconds(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(since) => i64::try_from(since.as_secs()).unwrap_or(i64::MAX),
        Err(before) => -i64::try_from(before.duration().as_secs()).unwrap_or(i64::MAX),
    }
}
/// Lower-case or upper-case hex, as bytes; `None` for anything else.
fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    let digit = |b: u8| (b as char).to_digit(16);
    text.as_bytes()
        .chunks(2)
        .map(|pair| Some((digit(pair[0])? * 16 + digit(pair[1])?) as u8))
        .collect()
}
