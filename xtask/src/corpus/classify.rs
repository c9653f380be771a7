//! What became of one spec: its status, and a class key that groups failures by cause.

use serde::{Deserialize, Serialize};

/// The outcome of generating one spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Generated without a warning.
    Ok,
    /// Generated, with warnings about parts of the spec the SDK does not cover.
    Warnings,
    /// Refused because the document is invalid (the message names the place).
    Refused,
    /// Not generated because of a limitation or bug of the generator.
    Failed,
    /// Still running when the time limit ran out.
    Timeout,
    /// The generator panicked.
    Panic,
}

impl Status {
    /// Every status, in report order.
    pub const ALL: [Status; 6] =
        [Status::Ok, Status::Warnings, Status::Refused, Status::Failed, Status::Timeout, Status::Panic];

    /// The label used in reports.
    pub fn label(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warnings => "ok with warnings",
            Status::Refused => "refused",
            Status::Failed => "failed",
            Status::Timeout => "timeout",
            Status::Panic => "panic",
        }
    }

    /// Whether an SDK was generated.
    pub fn generated(self) -> bool {
        matches!(self, Status::Ok | Status::Warnings)
    }
}

/// The status and first message of a generation that returned an error: `refused` when the
/// library says the document is invalid, `failed` otherwise. The message is the first problem
/// that decided the status (the first invalid one for a refusal).
pub fn classify_error(error: &sdkgen::Error) -> (Status, String) {
    if let sdkgen::Error::Spec { problems, .. } = error {
        let invalid = error.is_invalid_spec();
        let status = if invalid { Status::Refused } else { Status::Failed };
        let first = problems.iter().find(|p| !invalid || p.fault == sdkgen::error::Fault::Invalid);
        if let Some(problem) = first {
            return (status, problem.to_string());
        }
    }
    (Status::Failed, error.to_string().lines().next().unwrap_or_default().to_owned())
}

/// The class key of a message: its words with the specifics taken out, so that the same cause
/// in different specs gives the same key. Quoted text (names, references, values) becomes `_`
/// unless it is a keyword of OpenAPI or JSON Schema (`allOf`, `propertyNames`), which names the
/// cause; JSON pointers become `/_`, numbers `N`; the place a diagnostic starts with
/// (`at /paths/...: `, `line 3, column 4: `) is dropped.
pub fn class_key(message: &str) -> String {
    let message = strip_location(message);
    let mut out = String::new();
    let mut chars = message.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '`' | '"' | '\'' if is_quote_start(&out, c) => {
                // A quoted run up to the matching quote; an unmatched quote is kept as it is.
                let rest: String = chars.clone().collect();
                match rest.find(c) {
                    Some(end) => {
                        let quoted = &rest[..end];
                        for _ in 0..quoted.chars().count() + 1 {
                            chars.next();
                        }
                        out.push(c);
                        out.push_str(if KEYWORDS.contains(&quoted) { quoted } else { "_" });
                        out.push(c);
                    }
                    None => out.push(c),
                }
            }
            '/' if out.is_empty() || out.ends_with([' ', '(', '[', ',']) => {
                while chars.peek().is_some_and(|c| !c.is_whitespace() && !matches!(c, ',' | ')' | ']' | ';')) {
                    chars.next();
                }
                out.push_str("/_");
            }
            c if c.is_ascii_digit() => {
                while chars.peek().is_some_and(|c| c.is_ascii_digit() || *c == '.') {
                    chars.next();
                }
                out.push('N');
            }
            c if c.is_whitespace() => {
                if !out.ends_with(' ') && !out.is_empty() {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    let key = out.trim_end_matches([' ', ':', '.']).to_owned();
    match key.char_indices().nth(MAX_KEY_CHARS) {
        Some((cut, _)) => format!("{}…", &key[..cut]),
        None => key,
    }
}

/// Words of OpenAPI and JSON Schema that messages quote to say what is wrong; kept in class
/// keys. Everything else quoted is a name or a value from the spec.
const KEYWORDS: &[&str] = &[
    "$anchor", "$defs", "$dynamicAnchor", "$dynamicRef", "$id", "$recursiveAnchor", "$recursiveRef", "$ref", "$schema",
    "additionalItems", "additionalProperties", "allOf", "anyOf", "callbacks", "components", "const", "contains",
    "content", "contentEncoding", "contentMediaType", "contentSchema", "default", "dependencies", "dependentRequired",
    "dependentSchemas", "deprecated", "discriminator", "else", "encoding", "enum", "example", "examples",
    "exclusiveMaximum", "exclusiveMinimum", "format", "headers", "if", "items", "links", "mapping", "maxContains",
    "maxItems", "maxLength", "maxProperties", "maximum", "minContains", "minItems", "minLength", "minProperties",
    "minimum", "multipleOf", "not", "nullable", "oneOf", "openapi", "operationId", "parameters", "pathItems",
    "paths", "pattern", "patternProperties", "prefixItems", "properties", "propertyNames", "readOnly",
    "requestBodies", "requestBody", "required", "responses", "schema", "schemas", "securitySchemes", "servers",
    "swagger", "then", "title", "type", "unevaluatedItems", "unevaluatedProperties", "uniqueItems", "webhooks",
    "writeOnly", "xml",
];

/// Class keys longer than this are cut: the rest is detail, not cause.
const MAX_KEY_CHARS: usize = 160;

/// An apostrophe inside a word (`generator's`) is no quote.
fn is_quote_start(before: &str, quote: char) -> bool {
    quote != '\'' || !before.ends_with(|c: char| c.is_alphanumeric())
}

/// The message without the place a diagnostic's text starts with.
fn strip_location(message: &str) -> &str {
    for prefix in ["at the document root: ", "in the document: "] {
        if let Some(rest) = message.strip_prefix(prefix) {
            return rest;
        }
    }
    if let Some(rest) = message.strip_prefix("at ")
        && let Some((_, rest)) = rest.split_once(": ")
    {
        return rest;
    }
    if message.starts_with("line ")
        && let Some((_, rest)) = message.split_once(": ")
    {
        return rest;
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;
    use sdkgen::{Diagnostic, Error};

    #[test]
    fn a_dangling_reference_is_refused_and_an_unsupported_keyword_failed() {
        let dangling = Error::spec("a.json", Diagnostic::invalid("/paths/~1a/get", "dangling reference `#/x`"));
        assert_eq!(classify_error(&dangling), (Status::Refused, "at /paths/~1a/get: dangling reference `#/x`".into()));
        let unsupported = Error::spec("a.json", Diagnostic::at("/components", "keyword `if` is not supported"));
        assert_eq!(classify_error(&unsupported).0, Status::Failed);
    }

    #[test]
    fn a_spec_with_an_invalid_problem_among_others_is_refused_with_that_problem() {
        let error = Error::spec_problems(
            "a.json",
            vec![Diagnostic::at("/a", "not supported"), Diagnostic::invalid("/b", "operationId `x` is already used")],
        );
        assert_eq!(classify_error(&error), (Status::Refused, "at /b: operationId `x` is already used".into()));
    }

    #[test]
    fn errors_that_are_not_about_the_spec_fail_with_their_first_line() {
        let error = Error::Template { template: "lib.rs".into(), message: "boom\nmore".into() };
        assert_eq!(classify_error(&error), (Status::Failed, "template `lib.rs`: boom".into()));
    }

    #[test]
    fn class_keys_drop_places_names_and_numbers() {
        let a = class_key("at /components/schemas/Foo/allOf/1: `allOf` members must be objects; member 2 is not");
        let b = class_key("at /paths/~1x/get: `allOf` members must be objects; member 17 is not");
        assert_eq!(a, b);
        assert_eq!(a, "`allOf` members must be objects; member N is not");
        assert_eq!(
            class_key("at /paths/~1x/get/responses/200: dangling reference `#/components/schemas/A`: nothing exists at `/components/schemas/A`"),
            "dangling reference `_`: nothing exists at `_`"
        );
        assert_eq!(class_key("line 3, column 14: invalid JSON: expected value"), "invalid JSON: expected value");
        assert_eq!(
            class_key("at /a: not a valid OpenAPI document here: invalid type: map, expected a string at line 1 column 20"),
            "not a valid OpenAPI document here: invalid type: map, expected a string at line N column N"
        );
    }

    #[test]
    fn class_keys_keep_keywords_so_that_different_causes_stay_apart() {
        assert_eq!(
            class_key("at /a/propertyNames: JSON Schema keyword `propertyNames` is not supported"),
            "JSON Schema keyword `propertyNames` is not supported"
        );
        assert_ne!(class_key("keyword `if` is not supported"), class_key("keyword `not` is not supported"));
        assert_eq!(class_key("operationId `listPets` is already used at /paths/~1a"), "operationId `_` is already used at /_");
    }

    #[test]
    fn class_keys_keep_apostrophes_and_strip_bare_pointers_and_quoted_values() {
        assert_eq!(class_key("the generator's limit at /a/b, \"x y\" is 'z'"), "the generator's limit at /_, \"_\" is '_'");
    }

    #[test]
    fn long_class_keys_are_cut() {
        let key = class_key(&"word ".repeat(100));
        assert_eq!(key.chars().count(), MAX_KEY_CHARS + 1);
        assert!(key.ends_with('…'));
    }
}
