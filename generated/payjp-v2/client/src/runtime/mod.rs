//! Runtime support shared by every generated client: configuration, a transport that retries
//! with backoff and sends idempotency keys, per-request options, response metadata, parameter
//! and body encoding, auto-pagination and errors.
//!
//! Written once as the `sdkgen-runtime` crate and copied into each generated client as its
//! `runtime` module (this file becomes `runtime/mod.rs`), so every SDK builds on its own.
mod config;
mod encode;
mod error;
mod options;
mod pagination;
mod response;
mod retry;
mod transport;
pub use config::{BuildError, ClientBuilder, Credentials};
pub use encode::{
    append_query, bytes_body, encode_path_segment, form_body, json_body, multipart_body,
    with_cookies, with_header, FilePart, QueryStyle,
};
pub use error::{describe_body, ApiError, DecodeError, EncodeError, Error, Refusal};
pub use options::RequestOptions;
pub use pagination::{item_id, Cursor, Direction, Page, Paginator};
pub use response::{
    body_text, decode_bytes, decode_empty, decode_json, Response, ResponseMeta,
};
pub use retry::RetryPolicy;
pub use transport::Transport;
