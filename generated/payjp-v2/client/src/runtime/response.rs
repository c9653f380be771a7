//! Responses: the decoded value with the status, headers and request id it came with.
use reqwest::header::HeaderMap;
use serde::de::DeserializeOwned;
use super::{lenient, DecodeError};
/// Headers that carry the server's id for a request, in the order they are looked for.
const REQUEST_ID_HEADERS: &[&str] = &["request-id", "x-request-id"];
/// What came with a response besides its body.
#[derive(Debug, Clone)]
pub struct ResponseMeta {
    status: u16,
    headers: HeaderMap,
    attempts: u32,
}
impl ResponseMeta {
    /// Metadata of a response received on attempt number `attempts` (1 for the first).
    pub fn new(status: u16, headers: HeaderMap, attempts: u32) -> Self {
        ResponseMeta {
            status,
            headers,
            attempts,
        }
    }
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }
    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
    /// The server's id for the request (`Request-Id` or `X-Request-Id`), to quote to support.
    pub fn request_id(&self) -> Option<&str> {
        REQUEST_ID_HEADERS.iter().find_map(|name| self.headers.get(*name)?.to_str().ok())
    }
    /// How many attempts the call took (1 when the first one succeeded).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
}
/// A decoded response value with its [metadata](ResponseMeta).
#[derive(Debug, Clone)]
pub struct Response<T> {
    value: T,
    meta: ResponseMeta,
}
impl<T> Response<T> {
    /// Pairs a value with the metadata of the response it was decoded from.
    pub fn new(value: T, meta: ResponseMeta) -> Self {
        Response { value, meta }
    }
    /// The decoded value.
    pub fn value(&self) -> &T {
        &self.value
    }
    /// The decoded value, dropping the metadata.
    pub fn into_value(self) -> T {
        self.value
    }
    /// The value and the metadata.
    pub fn into_parts(self) -> (T, ResponseMeta) {
        (self.value, self.meta)
    }
    /// The metadata.
    pub fn meta(&self) -> &ResponseMeta {
        &self.meta
    }
    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.meta.status
    }
    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.meta.headers
    }
    /// The server's id for the request, if it sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.meta.request_id()
    }
}
/// Decodes a JSON body (the transport's buffer, or a borrowed slice of it). Integers are read
/// leniently: `1e3` is 1000, and a value beyond the field's range is clamped (see `lenient.rs`).
pub fn decode_json<T: DeserializeOwned, B: AsRef<[u8]>>(
    status: u16,
    body: B,
) -> Result<T, DecodeError> {
    let body = body.as_ref();
    lenient::from_slice(body)
        .map_err(|source| DecodeError::new(status, body_text(body), source))
}
/// Accepts any body, for responses documented without one.
pub fn decode_empty(_status: u16, _body: Vec<u8>) -> Result<(), DecodeError> {
    Ok(())
}
/// Keeps the body as bytes, for responses that are not JSON: the transport's buffer itself,
/// not a copy.
pub fn decode_bytes(_status: u16, body: Vec<u8>) -> Result<Vec<u8>, DecodeError> {
    Ok(body)
}
/// A body as text, with invalid UTF-8 replaced.
pub fn body_text(body: &[u8]) -> String {
    String::from_utf8_lossy(body).into_owned()
}
