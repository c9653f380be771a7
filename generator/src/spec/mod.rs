//! Reading a spec: everything between the file on disk and the `openapiv3` document that
//! lowering takes.
//!
//! `load` reads YAML or JSON with limits and line numbers, `patch` applies an SDK's spec
//! patches, `callbacks` removes callbacks, `repair` rewrites schema shapes that only look
//! invalid, `normalize` rewrites OpenAPI 3.1 into the 3.0 shape, `refs` and `unique`
//! check references and identifiers, `degrade` degrades the schema, operation or component a
//! problem is confined to, `hoist` makes a component of each schema a reference names inside
//! another schema, and `parse` reads the result with `openapiv3`. `walk` visits every
//! schema; `pointer` and `source` name places in the document and show them as rustc does;
//! `pin` finds pinned vendor files, which `fetch` downloads when they are missing.
//!
//! Outside the crate, only what tools around the generator need is public: pinned specs
//! ([`Pin`], [`mirror_dir`], [`MIRROR_ENV`]), their download ([`Fetcher`], [`OFFLINE_ENV`]),
//! reading a spec file ([`read`], [`MAX_SPEC_BYTES`]) and spec patches ([`Patch`]).

pub(crate) mod callbacks;
pub(crate) mod degrade;
pub(crate) mod fetch;
pub(crate) mod hoist;
pub(crate) mod load;
pub(crate) mod normalize;
pub(crate) mod parse;
pub(crate) mod patch;
pub(crate) mod pin;
pub(crate) mod pointer;
pub(crate) mod refs;
pub(crate) mod repair;
pub(crate) mod source;
pub(crate) mod unique;
pub(crate) mod walk;

pub use fetch::{Fetcher, OFFLINE_ENV};
pub use load::{read, MAX_SPEC_BYTES};
pub use patch::Patch;
pub use pin::{mirror_dir, Pin, MIRROR_ENV};
