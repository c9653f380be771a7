//! Runtime support shared by every generated client: configuration, a transport that retries
//! with backoff and sends idempotency keys, per-request options, response metadata, parameter
//! and body encoding, auto-pagination, server-sent event streams, webhook payloads and
//! signatures (with the `webhook-signatures` feature) and errors.
//!
//! Written once as the `sdkgen-runtime` crate and copied into each generated client as its
//! `runtime` module (this file becomes `runtime/mod.rs`), so every SDK builds on its own.

mod config;
mod encode;
mod error;
mod lenient;
mod options;
mod pagination;
mod response;
mod retry;
#[cfg(feature = "webhook-signatures")]
mod signature;
mod sse;
mod transport;
mod webhook;

pub use config::{
    http_client_builder, install_tls_provider, redirect_policy, BuildError, ClientBuilder, Credentials, DEFAULT_MAX_RESPONSE_BODY, DEFAULT_TIMEOUT,
};
pub use encode::{
    append_query, bytes_body, encode_path_segment, form_body, json_body, multipart_body, with_cookies,
    with_header, FilePart, QueryStyle,
};
pub use error::{describe_body, ApiError, DecodeError, EncodeError, Error, Refusal};
pub use options::RequestOptions;
pub use pagination::{
    count, item_id, next_link, position, Cursor, Direction, Next, Page, Paginator, Walk, DEFAULT_MAX_PAGES,
};
pub use response::{body_text, decode_bytes, decode_empty, decode_json, Response, ResponseMeta};
pub use retry::RetryPolicy;
pub use sse::{
    decode_text, Event, EventParser, EventStream, RawEvent, DEFAULT_MAX_EVENT_BYTES, DEFAULT_RECONNECT_DELAY,
};
pub use transport::Transport;
pub use webhook::{decode_object, decode_webhook, object_at, WebhookError};
#[cfg(feature = "webhook-signatures")]
pub use signature::{SignatureError, SignatureScheme, WebhookVerifier, DEFAULT_TOLERANCE};

/// The HTTP client the runtime is built on, for [`ClientBuilder::http_client`] and
/// [`ClientBuilder::add_root_certificate`].
pub use reqwest;
