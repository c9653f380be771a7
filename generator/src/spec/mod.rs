//! Reading a spec: everything between the file on disk and the `openapiv3` document that
//! lowering takes.
//!
//! [`load`] reads YAML or JSON with limits and line numbers, [`patch`] applies an SDK's spec
//! patches, [`callbacks`] removes callbacks, [`repair`] rewrites schema shapes that only look
//! invalid, [`normalize`] rewrites OpenAPI 3.1 into the 3.0 shape, [`refs`] and [`unique`]
//! check references and identifiers, and [`parse`] reads the result with `openapiv3`. [`walk`]
//! visits every schema; [`pointer`] and [`source`] name places in the document and show them as
//! rustc does; [`pin`] finds pinned vendor files, which [`fetch`] downloads when they are
//! missing.

pub mod callbacks;
pub mod fetch;
pub mod load;
pub mod normalize;
pub mod parse;
pub mod patch;
pub mod pin;
pub mod pointer;
pub mod refs;
pub mod repair;
pub mod source;
pub mod unique;
pub mod walk;
