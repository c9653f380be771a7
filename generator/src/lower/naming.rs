//! Naming: turns spec strings into Rust identifiers, and keeps names unique.
//!
//! Every identifier in generated code comes from here, so keyword escaping, digit-leading
//! names and non-ASCII input are handled in one place.

use std::collections::{BTreeSet, HashMap};

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words that cannot be identifiers as they are.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be written as raw identifiers (`r#self` is invalid).
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate"];

/// Replaces every character that is not an ASCII letter or digit with `_`, so that heck sees
/// word boundaries and the result is a plain identifier.
fn ascii_words(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect()
}

/// A `snake_case` identifier for a field, parameter or function (`customer_id`, `r#type`).
pub fn snake_ident(s: &str) -> String {
    let base = ascii_words(s).to_snake_case();
    let base = if base.is_empty() { "field".to_owned() } else { base };
    let base = if base.starts_with(|c: char| c.is_ascii_digit()) { format!("_{base}") } else { base };
    escape_keyword(base)
}

/// An `UpperCamelCase` identifier for a type or variant (`PaymentFlow`, `V3dSecure`).
pub fn camel_ident(s: &str) -> String {
    let base = ascii_words(s).to_upper_camel_case();
    let base = if base.is_empty() { "Value".to_owned() } else { base };
    let base = if base.starts_with(|c: char| c.is_ascii_digit()) { format!("V{base}") } else { base };
    // `Self` is the one keyword in camel case; `Self_` would break the naming convention.
    if base == "Self" { "SelfValue".to_owned() } else { escape_keyword(base) }
}

fn escape_keyword(ident: String) -> String {
    if NOT_RAW.contains(&ident.as_str()) {
        format!("{ident}_")
    } else if KEYWORDS.contains(&ident.as_str()) {
        format!("r#{ident}")
    } else {
        ident
    }
}

/// The identifier without a raw prefix (`r#type` -> `type`), for building derived names.
pub fn unraw(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// A Rust string literal for `s`, escaped so that no spec text can break out of it.
pub fn string_literal(s: &str) -> String {
    proc_macro2::Literal::string(s).to_string()
}

/// Doc-comment lines for a description, each a string literal ready for `#[doc = ...]`.
///
/// The text is made rustdoc-safe Markdown first (see [`crate::render::markdown`]); blank lines at
/// both ends are dropped.
pub fn doc_lines(text: &str) -> Vec<String> {
    let text = crate::render::markdown::from_description(text);
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let start = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(lines.len());
    let end = lines.iter().rposition(|l| !l.trim().is_empty()).map_or(start, |i| i + 1);
    lines[start..end].iter().map(|l| string_literal(&format!(" {l}"))).collect()
}

/// A set of names in one scope; `claim` hands out a unique name for each request, adding a
/// number on collision (`Name`, `Name2`, `Name3`). The outcome depends only on call order.
#[derive(Debug, Default, Clone)]
pub struct Namespace {
    taken: BTreeSet<String>,
    /// For each name claimed more than once, the number its next numbered form starts
    /// looking from: every smaller number is taken, so `n` colliding claims cost O(n), not O(n²).
    next_number: HashMap<String, usize>,
}

impl Namespace {
    /// An empty scope.
    pub fn new() -> Self {
        Self::default()
    }

    /// Marks `name` as used without claiming it (for names the template itself defines).
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(unraw(name).to_owned());
    }

    /// Whether `name` is already used.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(unraw(name))
    }

    /// Claims `ident` (already a valid identifier), or the first free numbered form of it.
    pub fn claim(&mut self, ident: &str) -> String {
        let bare = unraw(ident);
        if self.taken.insert(bare.to_owned()) {
            return ident.to_owned();
        }
        let sep = if bare.ends_with(|c: char| c.is_ascii_digit()) { "_" } else { "" };
        let next = self.next_number.entry(bare.to_owned()).or_insert(2);
        loop {
            let candidate = format!("{bare}{sep}{next}");
            *next += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_names_escape_keywords_and_digits() {
        assert_eq!(snake_ident("customerId"), "customer_id");
        assert_eq!(snake_ident("type"), "r#type");
        assert_eq!(snake_ident("self"), "self_");
        assert_eq!(snake_ident("3d_secure"), "_3d_secure");
        assert_eq!(snake_ident("created[gte]"), "created_gte");
        assert_eq!(snake_ident("お支払い"), "field");
        assert_eq!(snake_ident(""), "field");
    }

    #[test]
    fn camel_names_escape_digits_and_empty() {
        assert_eq!(camel_ident("payment_flow"), "PaymentFlow");
        assert_eq!(camel_ident("3d_secure"), "V3dSecure");
        assert_eq!(camel_ident(""), "Value");
        assert_eq!(camel_ident("Self"), "SelfValue");
        assert_eq!(camel_ident("self_"), "SelfValue");
        assert_eq!(camel_ident("apple-pay"), "ApplePay");
    }

    #[test]
    fn namespace_numbers_collisions_in_call_order() {
        let mut ns = Namespace::new();
        assert_eq!(ns.claim("Customer"), "Customer");
        assert_eq!(ns.claim("Customer"), "Customer2");
        assert_eq!(ns.claim("Customer"), "Customer3");
        assert_eq!(ns.claim("Item1"), "Item1");
        assert_eq!(ns.claim("Item1"), "Item1_2");
        assert_eq!(ns.claim("r#type"), "r#type");
        assert_eq!(ns.claim("r#type"), "type2");
        // A numbered form claimed in its own right is skipped.
        assert_eq!(ns.claim("Charge3"), "Charge3");
        assert_eq!(ns.claim("Charge"), "Charge");
        assert_eq!(ns.claim("Charge"), "Charge2");
        assert_eq!(ns.claim("Charge"), "Charge4");
    }

    #[test]
    fn literals_and_docs_are_escaped() {
        assert_eq!(string_literal("a\"b\\c\n"), r#""a\"b\\c\n""#);
        assert_eq!(doc_lines("A<br>B\n\n"), vec![r#"" A""#.to_owned(), r#"" B""#.to_owned()]);
        assert_eq!(doc_lines("*/ \"# {{x}}"), vec![r##"" */ \"# {{x}}""##.to_owned()]);
    }
}
