//! Spec source text: finding the line a JSON pointer names, and showing it the way rustc shows
//! source errors (the line, its neighbours, and a caret under the place).
//!
//! The locators read the text directly, without recursion, so they work on any input the
//! loader accepted. YAML is read by indentation (block style); inside flow collections and other
//! constructs they do not follow, they stop at the deepest node they found, which is still the
//! nearest line that exists.

use std::fmt::Write as _;

use crate::error::Location;

/// A place in the source: 1-based line and column (in characters), and how many characters to
/// underline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Line, 1-based.
    pub line: usize,
    /// Column, 1-based, counted in characters.
    pub column: usize,
    /// Characters to underline (at least 1).
    pub len: usize,
}

/// Where `location` is in `text`, if it can be found.
pub fn locate(text: &str, location: &Location) -> Option<Span> {
    match location {
        Location::Line { line, column } => Some(Span { line: *line, column: (*column).max(1), len: 1 }),
        Location::Pointer(pointer) => {
            let tokens = crate::spec::pointer::tokens(pointer);
            let first = text.trim_start_matches('\u{feff}').trim_start().chars().next();
            let offset = if matches!(first, Some('{' | '[')) {
                json::locate(text, &tokens)
            } else {
                yaml::locate(text, &tokens)
            }?;
            Some(span_at(text, offset.0, offset.1))
        }
        Location::Document => None,
    }
}

/// The span starting at byte `offset` and covering `len` bytes (on the same line).
fn span_at(text: &str, offset: usize, len: usize) -> Span {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..offset].chars().count() + 1;
    let end = floor_char_boundary(text, (offset + len).min(text.len()));
    let len = text[offset..end].chars().take_while(|c| *c != '\n').count().max(1);
    Span { line, column, len }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Lines shown before the offending one.
const CONTEXT_BEFORE: usize = 2;
/// Lines shown after the offending one.
const CONTEXT_AFTER: usize = 1;
/// Longest stretch of a line shown; longer lines are cut around the column.
const MAX_SHOWN: usize = 100;

/// Renders the lines around `span` with line numbers and a caret line, rustc style:
///
/// ```text
///    |
/// 21 |         b:
/// 22 |           $ref: "#/components/schemas/Missing"
///    |           ^^^^
/// ```
pub fn snippet(text: &str, span: Span, label: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    if span.line == 0 || span.line > lines.len() {
        return String::new();
    }
    let first = span.line.saturating_sub(CONTEXT_BEFORE).max(1);
    let last = (span.line + CONTEXT_AFTER).min(lines.len());
    let width = last.to_string().len();
    let mut out = String::new();
    let _ = writeln!(out, "{:width$} |", "");
    for number in first..=last {
        let line = lines[number - 1].trim_end_matches('\r');
        if number > span.line && line.trim().is_empty() {
            break;
        }
        let (shown, skipped) = window(line, if number == span.line { span.column } else { 1 });
        let _ = writeln!(out, "{number:>width$} | {}", printable(&shown));
        if number == span.line {
            let pad = span.column.saturating_sub(1 + skipped);
            let room = MAX_SHOWN.saturating_sub(pad).max(1);
            let carets = "^".repeat(span.len.clamp(1, room));
            let label = if label.is_empty() { String::new() } else { format!(" {}", printable(label)) };
            let _ = writeln!(out, "{:width$} | {}{carets}{label}", "", " ".repeat(pad));
        }
    }
    out
}

/// At most [`MAX_SHOWN`] characters of `line`, starting early enough to show `column`;
/// returns the text and how many characters were cut from the front.
fn window(line: &str, column: usize) -> (String, usize) {
    let count = line.chars().count();
    if count <= MAX_SHOWN {
        return (line.to_owned(), 0);
    }
    let skip = column.saturating_sub(MAX_SHOWN / 2).min(count - MAX_SHOWN);
    let mut shown: String = line.chars().skip(skip).take(MAX_SHOWN).collect();
    if skip + MAX_SHOWN < count {
        shown.push('…');
    }
    (shown, skip)
}

/// Text with control characters (which could move the terminal's cursor or hide text) shown
/// as escapes; tabs become spaces so that the caret lines up.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            c if c.is_control() || crate::render::visible::is_hidden(c) => out.push_str(&crate::render::visible::rust_escape(c)),
            c => out.push(c),
        }
    }
    out
}

/// Locating a pointer in JSON text by scanning it.
mod json {
    /// Byte offset and length of the key (or array element) the pointer names.
    pub fn locate(text: &str, tokens: &[String]) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        let mut pos = skip_ws(bytes, 0);
        let mut found = (pos, 1);
        for token in tokens {
            match bytes.get(pos)? {
                b'{' => {
                    let Some((key_at, key_len, value_at)) = find_member(bytes, pos, token) else { return Some(found) };
                    found = (key_at, key_len);
                    pos = value_at;
                }
                b'[' => {
                    let Some(element) = token.parse().ok().and_then(|i| find_element(bytes, pos, i)) else {
                        return Some(found);
                    };
                    pos = element;
                    found = (pos, 1);
                }
                _ => return Some(found),
            }
        }
        Some(found)
    }

    fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
        while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
            pos += 1;
        }
        pos
    }

    /// The end of the string starting at `pos` (a `"`), and its decoded contents.
    fn string(bytes: &[u8], pos: usize) -> Option<(usize, String)> {
        let mut end = pos + 1;
        while end < bytes.len() && bytes[end] != b'"' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        let raw = std::str::from_utf8(bytes.get(pos..=end)?).ok()?;
        let decoded = serde_json::from_str::<String>(raw).ok()?;
        Some((end + 1, decoded))
    }

    /// The end of the value starting at `pos`; nesting is counted, not recursed into.
    fn skip_value(bytes: &[u8], mut pos: usize) -> usize {
        let mut depth = 0usize;
        while pos < bytes.len() {
            match bytes[pos] {
                b'"' => {
                    pos += 1;
                    while pos < bytes.len() && bytes[pos] != b'"' {
                        pos += if bytes[pos] == b'\\' { 2 } else { 1 };
                    }
                    pos += 1;
                    if depth == 0 {
                        return pos;
                    }
                    continue;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    if depth == 0 {
                        return pos;
                    }
                    depth -= 1;
                    if depth == 0 {
                        return pos + 1;
                    }
                }
                b',' if depth == 0 => return pos,
                _ => {}
            }
            pos += 1;
        }
        pos
    }

    /// Finds `key` in the object at `pos`: the key's offset and length, and the value's offset.
    fn find_member(bytes: &[u8], pos: usize, key: &str) -> Option<(usize, usize, usize)> {
        let mut pos = skip_ws(bytes, pos + 1);
        while bytes.get(pos) == Some(&b'"') {
            let (end, name) = string(bytes, pos)?;
            let colon = skip_ws(bytes, end);
            if bytes.get(colon) != Some(&b':') {
                return None;
            }
            let value = skip_ws(bytes, colon + 1);
            if name == key {
                return Some((pos, end - pos, value));
            }
            pos = skip_ws(bytes, skip_value(bytes, value));
            if bytes.get(pos) != Some(&b',') {
                return None;
            }
            pos = skip_ws(bytes, pos + 1);
        }
        None
    }

    /// The offset of element `index` of the array at `pos`.
    fn find_element(bytes: &[u8], pos: usize, index: usize) -> Option<usize> {
        let mut pos = skip_ws(bytes, pos + 1);
        for _ in 0..index {
            if matches!(bytes.get(pos), None | Some(b']')) {
                return None;
            }
            pos = skip_ws(bytes, skip_value(bytes, pos));
            if bytes.get(pos) != Some(&b',') {
                return None;
            }
            pos = skip_ws(bytes, pos + 1);
        }
        (!matches!(bytes.get(pos), None | Some(b']'))).then_some(pos)
    }
}

/// Locating a pointer in block-style YAML by indentation.
mod yaml {
    /// One line of the file: where it starts, its indentation and its text after that.
    struct Line<'a> {
        start: usize,
        indent: usize,
        content: &'a str,
    }

    impl Line<'_> {
        fn is_blank(&self) -> bool {
            self.content.is_empty() || self.content.starts_with('#')
        }
    }

    /// Where a node's content starts: on `line` at byte column `col`, or (when `col` is `None`)
    /// on the lines after `line`, indented more than `parent_indent`.
    #[derive(Clone, Copy)]
    struct Node {
        line: usize,
        col: Option<usize>,
        parent_indent: isize,
    }

    /// Byte offset and length of the key (or sequence dash) the pointer names.
    pub fn locate(text: &str, tokens: &[String]) -> Option<(usize, usize)> {
        let lines: Vec<Line<'_>> = split_lines(text);
        let first = lines.iter().position(|l| !l.is_blank() && !l.content.starts_with("---") && !l.content.starts_with('%'))?;
        let mut node = Node { line: first, col: Some(lines[first].indent), parent_indent: -1 };
        let mut found = (lines[first].start + lines[first].indent, 1);
        for token in tokens {
            let Some((next, at)) = child(&lines, node, token) else { return Some(found) };
            found = at;
            node = next;
        }
        Some(found)
    }

    fn split_lines(text: &str) -> Vec<Line<'_>> {
        let mut out = Vec::new();
        let mut start = 0;
        for raw in text.split('\n') {
            let line = raw.trim_end_matches('\r');
            let indent = line.len() - line.trim_start_matches(' ').len();
            out.push(Line { start, indent, content: line[indent..].trim_end() });
            start += raw.len() + 1;
        }
        out
    }

    /// The entries of the block node: the line index and byte column where each starts.
    fn entries(lines: &[Line<'_>], node: Node) -> Vec<(usize, usize)> {
        let (first_line, col) = match node.col {
            Some(col) => (node.line, col),
            None => {
                let next = (node.line + 1..lines.len()).find(|&i| !lines[i].is_blank());
                let Some(next) = next else { return Vec::new() };
                if (lines[next].indent as isize) < node.parent_indent
                    || (lines[next].indent as isize == node.parent_indent && !lines[next].content.starts_with('-'))
                {
                    return Vec::new();
                }
                (next, lines[next].indent)
            }
        };
        let mut out = vec![(first_line, col)];
        for (i, line) in lines.iter().enumerate().skip(first_line + 1) {
            if line.is_blank() {
                continue;
            }
            if line.indent < col {
                break;
            }
            if line.indent == col {
                out.push((i, col));
            }
        }
        out
    }

    /// The content of `line` from byte column `col`.
    fn text_at<'a>(lines: &[Line<'a>], line: usize, col: usize) -> &'a str {
        let l = &lines[line];
        l.content.get(col.saturating_sub(l.indent)..).unwrap_or("")
    }

    /// The node for `token` inside `node`, and the place of its key or dash.
    fn child(lines: &[Line<'_>], node: Node, token: &str) -> Option<(Node, (usize, usize))> {
        let entries = entries(lines, node);
        let (first_line, first_col) = *entries.first()?;
        let is_sequence = text_at(lines, first_line, first_col).starts_with('-');
        if is_sequence {
            let index: usize = token.parse().ok()?;
            let &(line, col) = entries.get(index)?;
            let rest = text_at(lines, line, col);
            if !rest.starts_with('-') {
                return None;
            }
            let after = rest[1..].trim_start_matches(' ');
            let offset = lines[line].start + col;
            let item = if after.is_empty() || after.starts_with('#') {
                Node { line, col: None, parent_indent: col as isize }
            } else {
                Node { line, col: Some(col + (rest.len() - after.len())), parent_indent: col as isize }
            };
            return Some((item, (offset, 1)));
        }
        for (line, col) in entries {
            let rest = text_at(lines, line, col);
            let Some((key, key_len, value)) = split_key(rest) else { continue };
            if key != token {
                continue;
            }
            let offset = lines[line].start + col;
            let value_col = col + (rest.len() - value.len());
            let value_node = if value.is_empty() || value.starts_with('#') || value.starts_with('&') {
                Node { line, col: None, parent_indent: col as isize }
            } else if value.starts_with('|') || value.starts_with('>') {
                return Some((Node { line, col: None, parent_indent: col as isize }, (offset, key_len)));
            } else {
                Node { line, col: Some(value_col), parent_indent: col as isize }
            };
            return Some((value_node, (offset, key_len)));
        }
        None
    }

    /// The index of the quote that closes the quoted scalar starting at 0 (`\"` escapes a
    /// double quote, `''` a single one).
    fn closing_quote(bytes: &[u8], quote: u8) -> Option<usize> {
        let mut i = 1;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' if quote == b'"' => i += 2,
                b'\'' if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
                b if b == quote => return Some(i),
                _ => i += 1,
            }
        }
        None
    }

    /// Splits `key: value` into the unquoted key, the key's length in the text, and the value.
    fn split_key(text: &str) -> Option<(String, usize, &str)> {
        let (key, len) = match text.chars().next()? {
            quote @ ('"' | '\'') => {
                let end = closing_quote(text.as_bytes(), quote as u8)?;
                let raw = &text[..=end];
                let key = serde_yaml::from_str::<String>(raw).unwrap_or_else(|_| raw[1..end].to_owned());
                (key, end + 1)
            }
            _ => {
                let end = text.match_indices(':').find(|(i, _)| text[i + 1..].is_empty() || text[i + 1..].starts_with(' '))?.0;
                (text[..end].trim_end().to_owned(), end)
            }
        };
        let rest = text[len..].trim_start_matches(' ').strip_prefix(':')?;
        Some((key, len, rest.trim_start_matches(' ')))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, pointer: &str) -> (usize, usize) {
        let span = locate(text, &Location::Pointer(pointer.to_owned())).expect("located");
        (span.line, span.column)
    }

    const YAML: &str = "openapi: 3.0.3\ninfo:\n  title: T\npaths:\n  /a/{id}:\n    get:\n      parameters:\n        - name: id\n          in: path\n        -\n          name: q\n      responses: {}\ncomponents:\n  schemas:\n    \"A B\":\n      type: object\n";

    #[test]
    fn yaml_pointers_find_their_key() {
        assert_eq!(at(YAML, "/info/title"), (3, 3));
        assert_eq!(at(YAML, "/paths/~1a~1{id}/get/parameters/0/in"), (9, 11));
        assert_eq!(at(YAML, "/paths/~1a~1{id}/get/parameters/1/name"), (11, 11));
        assert_eq!(at(YAML, "/paths/~1a~1{id}/get/responses"), (12, 7));
        assert_eq!(at(YAML, "/components/schemas/A B/type"), (16, 7));
        let quoted = "paths:\n  \"/a\\\"b\": {}\n  'c''d': {}\n";
        assert_eq!(at(quoted, "/paths/~1a\"b"), (2, 3));
        assert_eq!(at(quoted, "/paths/c'd"), (3, 3));
        // A missing key stops at the deepest node found.
        assert_eq!(at(YAML, "/components/schemas/Missing/type"), (14, 3));
        // Inside a flow collection the key holding it is the answer.
        assert_eq!(at(YAML, "/paths/~1a~1{id}/get/responses/200"), (12, 7));
    }

    #[test]
    fn json_pointers_find_their_key() {
        let text = "{\n  \"a\": [1, {\"b\\\"c\": {\"d\": 2}}],\n  \"e\": {}\n}\n";
        assert_eq!(at(text, "/a/1/b\"c/d"), (2, 22));
        assert_eq!(at(text, "/e"), (3, 3));
        assert_eq!(at(text, "/a/7"), (2, 3));
        assert_eq!(at(text, ""), (1, 1));
    }

    #[test]
    fn snippets_show_context_and_a_caret() {
        let span = locate(YAML, &Location::Pointer("/info/title".into())).unwrap();
        let shown = snippet(YAML, span, "here");
        assert_eq!(shown, "  |\n1 | openapi: 3.0.3\n2 | info:\n3 |   title: T\n  |   ^^^^^ here\n4 | paths:\n");
    }

    #[test]
    fn control_characters_and_long_lines_are_tamed() {
        assert_eq!(printable("a\u{1b}[31mb\0"), "a\\u{1b}[31mb\\u{0}");
        let long = format!("{}X{}", "a".repeat(500), "b".repeat(500));
        let shown = snippet(&long, Span { line: 1, column: 501, len: 1 }, "");
        let caret_line = shown.lines().nth(2).unwrap();
        let text_line = shown.lines().nth(1).unwrap();
        let caret = caret_line.find('^').unwrap();
        assert_eq!(text_line[caret..].chars().next(), Some('X'), "{shown}");
        assert!(text_line.chars().count() < 120);
    }
}
