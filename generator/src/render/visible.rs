//! Characters that hide or reorder text never reach a generated file raw.
//!
//! Control characters (other than line breaks and tabs), zero-width and direction marks,
//! direction embeddings, overrides and isolates, the line and paragraph separators and the
//! byte-order mark make a file read differently from what a compiler, a parser or a reviewer's
//! diff sees (the "Trojan Source" attacks). A spec can put them anywhere. Every file the
//! generator writes passes through [`escape`], which writes each as an escape: in JSON and TOML
//! as `\uXXXX`, which their parsers read back as the same character (the generator puts spec
//! text only inside their strings), and elsewhere (Rust, Markdown) as a visible `\u{..}`, which
//! a Rust string literal reads back as the same character and a doc or README shows as text.

use std::borrow::Cow;
use std::collections::BTreeMap;

/// Whether `c` hides or reorders text.
pub fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// `c` as a visible Rust-style escape: `\u{202e}`.
pub fn rust_escape(c: char) -> String {
    format!("\\u{{{:x}}}", c as u32)
}

/// The text of the generated file at `path` (relative, `/`-separated) with every hidden
/// character escaped in the way its format reads back (see the module docs).
pub fn escape<'a>(path: &str, text: &'a str) -> Cow<'a, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let json_like = path.ends_with(".json") || path.ends_with(".toml");
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            c if !is_hidden(c) => out.push(c),
            // Every hidden character is in the Basic Multilingual Plane: one `\uXXXX` is enough.
            c if json_like => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push_str(&rust_escape(c)),
        }
    }
    Cow::Owned(out)
}

/// [`escape`] on every file of an SDK, by relative path.
pub fn escape_files(files: &mut BTreeMap<String, String>) {
    for (path, text) in files.iter_mut() {
        if let Cow::Owned(escaped) = escape(path, text) {
            *text = escaped;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_escaped_so_that_the_format_reads_them_back() {
        let raw = "a\u{202e}b\u{200b}c\u{2066}d\u{feff}e\u{1b}f\rg\u{2028}h";
        let json = serde_json::to_string(&serde_json::json!({ "k": raw })).unwrap();
        let escaped = escape("api.json", &json);
        assert!(!escaped.chars().any(is_hidden), "{escaped}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(&escaped).unwrap()["k"], raw);

        let toml_text = format!("k = {}\n", toml::Value::String(raw.to_owned()));
        let escaped = escape("client/Cargo.toml", &toml_text);
        assert!(!escaped.chars().any(is_hidden), "{escaped}");
        assert_eq!(toml::from_str::<toml::Table>(&escaped).unwrap()["k"].as_str(), Some(raw));

        let escaped = escape("README.md", "# a\u{202e}b\n\ttab\n");
        assert_eq!(escaped, "# a\\u{202e}b\n\ttab\n");
        assert!(matches!(escape("README.md", "plain é 日本\n"), Cow::Borrowed(_)));
    }
}
