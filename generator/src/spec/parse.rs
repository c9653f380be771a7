//! Stage 2b: read the normalized JSON value as an `openapiv3` document.

use std::path::Path;

use openapiv3::OpenAPI;
use serde_json::Value;

use crate::error::{Diagnostic, Error, Result};
use crate::spec::pointer;

/// Deserializes `doc`; a field of the wrong type is reported with its JSON pointer.
pub fn parse(file: &Path, doc: Value) -> Result<OpenAPI> {
    serde_path_to_error::deserialize::<_, OpenAPI>(doc).map_err(|e| {
        let mut at = String::new();
        for segment in e.path().iter() {
            match segment {
                serde_path_to_error::Segment::Map { key } => at = pointer::push(&at, key),
                serde_path_to_error::Segment::Seq { index } => at = pointer::push(&at, &index.to_string()),
                serde_path_to_error::Segment::Enum { .. } | serde_path_to_error::Segment::Unknown => {}
            }
        }
        let message = format!("not a valid OpenAPI document here: {}", e.inner());
        Error::spec(file, Diagnostic::at(at, message))
    })
}
