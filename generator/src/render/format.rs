//! Stage 5: check that rendered Rust parses, and format it with prettyplease.
//!
//! A large file is cut between its top-level items into pieces that are parsed and printed in
//! parallel; prettyplease prints each top-level item on its own, so the pieces joined are the
//! file printed whole.

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::render::RenderedFile;

/// Files smaller than this (in bytes) are formatted in one piece.
const PIECE_BYTES: usize = 256 * 1024;

/// Formats every rendered file, in parallel; the result is in the order given.
pub fn format_all(files: &[RenderedFile]) -> Result<Vec<(String, String)>> {
    files.par_iter().map(|file| Ok((file.path.clone(), format_file(file)?))).collect()
}

/// Formats a rendered file: Rust is parsed with syn and printed with prettyplease; other files
/// are kept as they are, ending in one newline.
pub fn format_file(file: &RenderedFile) -> Result<String> {
    if !file.path.ends_with(".rs") {
        return Ok(format!("{}\n", file.text.trim_end()));
    }
    let pieces = split_items(&file.text, PIECE_BYTES);
    if pieces.len() > 1 {
        let printed: Option<Vec<String>> = pieces
            .par_iter()
            .map(|piece| syn::parse_file(piece).ok().map(|syntax| prettyplease::unparse(&syntax)))
            .collect();
        // A piece that does not parse on its own is reported from the whole file, below, so
        // that the error's line numbers are the file's.
        if let Some(printed) = printed {
            return Ok(printed.concat());
        }
    }
    let syntax = syn::parse_file(&file.text).map_err(|e| {
        let start = e.span().start();
        Error::InvalidRust {
            template: file.template.clone(),
            output: file.path.clone(),
            line: start.line,
            column: start.column + 1,
            message: e.to_string(),
            snippet: snippet(&file.text, start.line, start.column),
        }
    })?;
    // Characters that hide or reorder text, which prettyplease prints raw in doc comments,
    // are escaped afterwards with every other generated file's (`render::visible`).
    Ok(prettyplease::unparse(&syntax))
}

/// Cuts Rust source into pieces of about `target` bytes, each ending after a top-level item
/// (a `}` or `;` outside any brackets, strings, characters and comments). Inner attributes and
/// everything before the first cut stay in the first piece.
fn split_items(text: &str, target: usize) -> Vec<&str> {
    if text.len() < 2 * target {
        return vec![text];
    }
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let (mut start, mut depth, mut i) = (0usize, 0usize, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = skip_block_comment(bytes, i);
                continue;
            }
            b'"' => {
                i = skip_string(bytes, i + 1);
                continue;
            }
            b'r' if is_raw_string_start(bytes, i) => {
                i = skip_raw_string(bytes, i + 1);
                continue;
            }
            b'\'' => {
                i = skip_char_or_lifetime(text, i);
                continue;
            }
            b'{' | b'(' | b'[' => depth += 1,
            b'}' | b')' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
        let ends_item = depth == 0 && matches!(bytes[i - 1], b'}' | b';');
        if ends_item && i - start >= target && !next_is(bytes, i, b';') {
            pieces.push(&text[start..i]);
            start = i;
        }
    }
    pieces.push(&text[start..]);
    pieces
}

/// Whether the next character after whitespace at `i` is `c`.
fn next_is(bytes: &[u8], i: usize, c: u8) -> bool {
    bytes[i..].iter().find(|b| !b.is_ascii_whitespace()) == Some(&c)
}

fn skip_block_comment(bytes: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i + 1 < bytes.len() {
        if bytes[i] == b'/' && bytes[i + 1] == b'*' {
            depth += 1;
            i += 2;
        } else if bytes[i] == b'*' && bytes[i + 1] == b'/' {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    bytes.len()
}

/// The position after the closing quote of a string whose contents start at `i`.
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// `r"`, `r#"`, `br"` and so on, where the `r` does not end a longer identifier.
fn is_raw_string_start(bytes: &[u8], i: usize) -> bool {
    let before = if i > 0 && bytes[i - 1] == b'b' { i.checked_sub(2) } else { i.checked_sub(1) };
    if before.is_some_and(|b| bytes[b].is_ascii_alphanumeric() || bytes[b] == b'_') {
        return false;
    }
    let hashes = bytes[i + 1..].iter().take_while(|b| **b == b'#').count();
    bytes.get(i + 1 + hashes) == Some(&b'"')
}

/// The position after a raw string whose `#`s start at `i`.
fn skip_raw_string(bytes: &[u8], i: usize) -> usize {
    let hashes = bytes[i..].iter().take_while(|b| **b == b'#').count();
    let mut j = i + hashes + 1;
    while j < bytes.len() {
        if bytes[j] == b'"' && bytes[j + 1..].iter().take(hashes).filter(|b| **b == b'#').count() == hashes {
            return j + 1 + hashes;
        }
        j += 1;
    }
    bytes.len()
}

/// The position after a character literal (`'{'`, `'\''`) or a lifetime's quote.
fn skip_char_or_lifetime(text: &str, i: usize) -> usize {
    let rest = &text[i + 1..];
    if rest.starts_with('\\') {
        return rest[2..].find('\'').map_or(text.len(), |n| i + 1 + 2 + n + 1);
    }
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(c), Some('\'')) => i + 1 + c.len_utf8() + 1,
        _ => i + 1,
    }
}

/// The lines around `line` (1-based), numbered, with a caret under `column` (0-based).
fn snippet(text: &str, line: usize, column: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let first = line.saturating_sub(3);
    let last = (line + 2).min(lines.len());
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate().take(last).skip(first) {
        out.push_str(&format!("{:>5} | {l}\n", i + 1));
        if i + 1 == line {
            out.push_str(&format!("      | {}^\n", " ".repeat(column)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_rust_names_template_and_place() {
        let file = RenderedFile {
            path: "models/src/lib.rs".into(),
            template: "models/lib.rs.j2".into(),
            text: "pub struct A {\n    a: u8,\n    b u8,\n}\n".into(),
        };
        let Err(Error::InvalidRust { template, line, snippet, .. }) = format_file(&file) else {
            panic!("expected invalid Rust")
        };
        assert_eq!(template, "models/lib.rs.j2");
        assert_eq!(line, 3);
        assert!(snippet.contains("    3 |     b u8,"), "{snippet}");
    }

    #[test]
    fn pieces_print_like_the_whole_file() {
        let mut text = String::from("#![allow(dead_code)]\n//! Docs.\n");
        for i in 0..200 {
            text.push_str(&format!(
                "/// Item {i} with {{ and '}}' in a comment.\n#[derive(Debug)]\npub struct S{i}<'a> {{ a: &'a str, b: char }}\n\
                 impl<'a> S{i}<'a> {{ pub fn f(&self) -> (char, &str, &str) {{ ('{{', \"}}\\\"{{\", r#\"}}\"{{\"# ) }} }}\n\
                 /* block /* nested */ {{ */ pub const C{i}: [u8; 2] = [{i}, 0];\npub static T{i}: S0<'static> = S0 {{ a: \"\", b: '\\'' }};\n"
            ));
        }
        let pieces = split_items(&text, 200);
        assert!(pieces.len() > 100, "{}", pieces.len());
        assert_eq!(pieces.concat(), text);
        let whole = prettyplease::unparse(&syn::parse_file(&text).unwrap());
        let joined: String = pieces.iter().map(|p| prettyplease::unparse(&syn::parse_file(p).unwrap())).collect();
        assert_eq!(joined, whole);
    }

    #[test]
    fn docs_show_hidden_characters_as_escapes_once_made_visible() {
        let file = RenderedFile {
            path: "a.rs".into(),
            template: "t".into(),
            text: "#[doc = \" a\\u{202e}b\\0c\\rd\"] pub struct A;".into(),
        };
        let printed = format_file(&file).unwrap();
        assert_eq!(crate::render::visible::escape("a.rs", &printed), "/// a\\u{202e}b\\u{0}c\\u{d}d\npub struct A;\n");
    }

    #[test]
    fn rust_is_formatted() {
        let file = RenderedFile { path: "a.rs".into(), template: "t".into(), text: "pub   fn  f( ) { }".into() };
        assert_eq!(format_file(&file).unwrap(), "pub fn f() {}\n");
    }
}
