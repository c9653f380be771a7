//! Errors and diagnostics: every problem names the file and the place in it.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use crate::spec::source;

/// Where in a spec file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// A JSON pointer into the document (`/paths/~1v1~1charges/post`).
    Pointer(String),
    /// A line and column (1-based), for syntax errors.
    Line {
        /// The line, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
    },
    /// The document as a whole.
    Document,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Pointer(p) if p.is_empty() => f.write_str("at the document root"),
            Location::Pointer(p) => write!(f, "at {p}"),
            Location::Line { line, column } => write!(f, "line {line}, column {column}"),
            Location::Document => f.write_str("in the document"),
        }
    }
}

/// Whose fault a problem is: the document's, or the generator's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fault {
    /// Something the generator does not handle (yet), in a document that may well be valid.
    /// The default: a problem is only blamed on the document where the rules say so.
    #[default]
    Unsupported,
    /// The document breaks the rules of OpenAPI, JSON Schema or its own syntax (a dangling
    /// reference, a duplicate operationId, invalid JSON), so no generator could read it.
    Invalid,
}

/// One problem found in a spec, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where the problem is.
    pub location: Location,
    /// What is wrong, and what to do about it.
    pub message: String,
    /// Whether the document is invalid here, or the generator cannot handle it.
    pub fault: Fault,
}

impl Diagnostic {
    /// A problem at a JSON pointer that the generator cannot handle ([`Fault::Unsupported`]).
    pub fn at(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { location: Location::Pointer(pointer.into()), message: message.into(), fault: Fault::Unsupported }
    }

    /// A place where the document breaks the rules ([`Fault::Invalid`]).
    pub fn invalid(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { fault: Fault::Invalid, ..Diagnostic::at(pointer, message) }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Everything that can stop generation.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The spec has one or more problems. With the spec's text at hand, each problem is shown
    /// with the lines around it.
    #[error("{}", render_spec_problems(file, problems, text.as_deref()))]
    Spec {
        /// The spec file.
        file: PathBuf,
        /// Every problem found, in document order.
        problems: Vec<Diagnostic>,
        /// The spec's text, when at hand, to show the lines around each problem.
        text: Option<Arc<str>>,
    },
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A template failed to load or render.
    #[error("template `{template}`: {message}")]
    Template {
        /// The template's name (`client/lib.rs.j2`).
        template: String,
        /// What minijinja said.
        message: String,
    },
    /// A template rendered text that is not valid Rust.
    #[error("template `{template}` produced invalid Rust for `{output}` at line {line}, column {column}: {message}\n{snippet}")]
    InvalidRust {
        /// The template's name.
        template: String,
        /// The file it rendered (`client/src/lib.rs`).
        output: String,
        /// The line of the syntax error in the rendered text, from 1.
        line: usize,
        /// Its column, from 1.
        column: usize,
        /// What the Rust parser said.
        message: String,
        /// The rendered lines around the error.
        snippet: String,
    },
    /// The SDK configuration is wrong.
    #[error("{}: {message}", path.display())]
    Config {
        /// The configuration file (or the spec, for settings given in code).
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// Writing an SDK's output directory could harm files the generator did not write (an
    /// output that holds the config, a spec or a repository, a symbolic link where a generated
    /// file belongs, outputs that overlap); nothing was written.
    #[error("{}: {message}", path.display())]
    Output {
        /// The output directory or file at risk.
        path: PathBuf,
        /// What would be harmed.
        message: String,
    },
}

impl Error {
    /// A spec error with a single problem.
    pub fn spec(file: impl Into<PathBuf>, problem: Diagnostic) -> Self {
        Error::Spec { file: file.into(), problems: vec![problem], text: None }
    }

    /// A spec error with several problems.
    pub fn spec_problems(file: impl Into<PathBuf>, problems: Vec<Diagnostic>) -> Self {
        Error::Spec { file: file.into(), problems, text: None }
    }

    /// Attaches the spec's text to a spec error that has none, so that it shows source lines.
    pub fn with_source(self, text: &str) -> Self {
        match self {
            Error::Spec { file, problems, text: None } => Error::Spec { file, problems, text: Some(Arc::from(text)) },
            other => other,
        }
    }

    /// Whether this error says the document itself is invalid (some problem is
    /// [`Fault::Invalid`]) rather than that the generator falls short of it.
    pub fn is_invalid_spec(&self) -> bool {
        matches!(self, Error::Spec { problems, .. } if problems.iter().any(|p| p.fault == Fault::Invalid))
    }

    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }
}

/// Most problems shown in full; the rest are counted.
const MAX_SHOWN_PROBLEMS: usize = 50;

/// One line per problem (`file: place: message`); with the source, each is followed by a
/// `--> file:line:column` line and the lines around it.
fn render_spec_problems(file: &std::path::Path, problems: &[Diagnostic], text: Option<&str>) -> String {
    let name = file.display();
    let mut out = String::new();
    if problems.len() > 1 {
        out.push_str(&format!("{name}: {} problems\n", problems.len()));
    }
    for (i, p) in problems.iter().take(MAX_SHOWN_PROBLEMS).enumerate() {
        if i > 0 {
            out.push_str(if text.is_some() { "\n\n" } else { "\n" });
        }
        out.push_str(&source::printable(&format!("{name}: {p}")));
        let Some(text) = text else { continue };
        let Some(span) = source::locate(text, &p.location) else { continue };
        out.push_str(&format!("\n  --> {name}:{}:{}\n", span.line, span.column));
        out.push_str(source::snippet(text, span, "").trim_end_matches('\n'));
    }
    if problems.len() > MAX_SHOWN_PROBLEMS {
        out.push_str(&format!("\n... and {} more problems", problems.len() - MAX_SHOWN_PROBLEMS));
    }
    out
}

/// Most warnings shown with their line; the rest are counted.
const MAX_SHOWN_WARNINGS: usize = 50;

/// One line per warning: `warning: file:line:column: place: message` (the line when the place
/// can be found in `text`).
pub fn render_warnings(file: &std::path::Path, warnings: &[Diagnostic], text: &str) -> String {
    let name = file.display();
    let mut out = String::new();
    for w in warnings.iter().take(MAX_SHOWN_WARNINGS) {
        let line = match source::locate(text, &w.location) {
            Some(span) => format!("{name}:{}:{}", span.line, span.column),
            None => name.to_string(),
        };
        out.push_str(&source::printable(&format!("warning: {line}: {w}")));
        out.push('\n');
    }
    if warnings.len() > MAX_SHOWN_WARNINGS {
        out.push_str(&format!("warning: {name}: ... and {} more warnings\n", warnings.len() - MAX_SHOWN_WARNINGS));
    }
    out
}

/// The generator's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spec_error_is_invalid_when_one_of_its_problems_is() {
        let unsupported = Diagnostic::at("/a", "keyword `if` is not supported");
        let invalid = Diagnostic::invalid("/b", "dangling reference");
        assert!(!Error::spec("a.json", unsupported.clone()).is_invalid_spec());
        assert!(Error::spec_problems("a.json", vec![unsupported, invalid]).is_invalid_spec());
        assert!(!Error::Config { path: "sdks.toml".into(), message: "bad".into() }.is_invalid_spec());
    }
}
