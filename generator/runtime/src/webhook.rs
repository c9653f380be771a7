//! Webhook payloads: decoding the body of a request the API sent to a webhook endpoint, and
//! the error of a webhook that is not accepted.

use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::lenient;
#[cfg(feature = "webhook-signatures")]
use super::SignatureError;

/// Why a webhook request was not accepted.
#[derive(Debug)]
pub enum WebhookError {
    /// The request's signature (or token) did not check out.
    #[cfg(feature = "webhook-signatures")]
    Signature(SignatureError),
    /// The body is not JSON, or not the payload of the webhook it was read as.
    Payload {
        /// The webhook it was read as, if one was named.
        webhook: Option<String>,
        /// What serde reported.
        source: serde_json::Error,
    },
    /// The body matches the payload of none of the API's webhooks.
    NoMatchingWebhook,
    /// A webhook name the API does not define.
    UnknownWebhook(String),
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            #[cfg(feature = "webhook-signatures")]
            WebhookError::Signature(e) => write!(f, "the webhook request is not verified: {e}"),
            WebhookError::Payload { webhook: Some(name), source } => {
                write!(f, "the webhook body is not a `{name}` payload: {source}")
            }
            WebhookError::Payload { webhook: None, source } => {
                write!(f, "the webhook body could not be decoded: {source}")
            }
            WebhookError::NoMatchingWebhook => {
                f.write_str("the webhook body matches the payload of none of the API's webhooks")
            }
            WebhookError::UnknownWebhook(name) => write!(f, "the API defines no webhook {name:?}"),
        }
    }
}

impl std::error::Error for WebhookError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            #[cfg(feature = "webhook-signatures")]
            WebhookError::Signature(e) => Some(e),
            WebhookError::Payload { source, .. } => Some(source),
            WebhookError::NoMatchingWebhook | WebhookError::UnknownWebhook(_) => None,
        }
    }
}

#[cfg(feature = "webhook-signatures")]
impl From<SignatureError> for WebhookError {
    fn from(e: SignatureError) -> Self {
        WebhookError::Signature(e)
    }
}

/// Decodes a webhook body as `T`, reading integers leniently as responses are; `webhook`
/// names what it is read as, for the error.
pub fn decode_webhook<T: DeserializeOwned>(body: &[u8], webhook: Option<&str>) -> Result<T, WebhookError> {
    lenient::from_slice(body).map_err(|source| WebhookError::Payload {
        webhook: webhook.map(str::to_owned),
        source,
    })
}

/// The value found by following `path` (property names) into a JSON body, and the string
/// in its `discriminator` property (empty when it has none); `Null` when the path leads
/// nowhere.
pub fn object_at(body: &[u8], path: &[&str], discriminator: &str) -> Result<(Value, String), WebhookError> {
    let root: Value = decode_webhook(body, None)?;
    let object = path
        .iter()
        .try_fold(&root, |value, key| value.get(key))
        .cloned()
        .unwrap_or(Value::Null);
    let kind = object.get(discriminator).and_then(Value::as_str).unwrap_or_default().to_owned();
    Ok((object, kind))
}

/// Decodes a JSON value as `T`, leniently; `kind` names it for the error.
pub fn decode_object<T: DeserializeOwned>(value: &Value, kind: &str) -> Result<T, WebhookError> {
    let text = serde_json::to_vec(value).map_err(|source| WebhookError::Payload {
        webhook: Some(kind.to_owned()),
        source,
    })?;
    decode_webhook(&text, Some(kind))
}
