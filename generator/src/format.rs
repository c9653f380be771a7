//! Stage 5: check that rendered Rust parses, and format it with prettyplease.

use crate::error::{Error, Result};
use crate::render::RenderedFile;

/// Formats a rendered file: Rust is parsed with syn and printed with prettyplease; other files
/// are kept as they are, ending in one newline.
pub fn format_file(file: &RenderedFile) -> Result<String> {
    if !file.path.ends_with(".rs") {
        return Ok(format!("{}\n", file.text.trim_end()));
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
    Ok(prettyplease::unparse(&syntax))
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
    fn rust_is_formatted() {
        let file = RenderedFile { path: "a.rs".into(), template: "t".into(), text: "pub   fn  f( ) { }".into() };
        assert_eq!(format_file(&file).unwrap(), "pub fn f() {}\n");
    }
}
