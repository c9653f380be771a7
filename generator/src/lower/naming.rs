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

/// An `UpperCamelCase` identifier for a variant (`PaymentFlow`, `V3dSecure`: its digits kept).
pub fn camel_ident(s: &str) -> String {
    let base = ascii_words(s).to_upper_camel_case();
    let base = if base.is_empty() { "Value".to_owned() } else { base };
    let base = if base.starts_with(|c: char| c.is_ascii_digit()) { format!("V{base}") } else { base };
    // `Self` is the one keyword in camel case; `Self_` would break the naming convention.
    if base == "Self" { "SelfValue".to_owned() } else { escape_keyword(base) }
}

/// An `UpperCamelCase` identifier for a type or a resource: like [`camel_ident`], with a
/// leading number spelled as words (`3d_secure` is `ThreeDSecure`), see [`spell_leading_number`].
pub fn type_ident(s: &str) -> String {
    camel_ident(&spell_leading_number(s))
}

/// A `snake_case` identifier for a method or a resource accessor: like [`snake_ident`], with a
/// leading number spelled as words (`3d_secure` is `three_d_secure`).
pub fn method_ident(s: &str) -> String {
    snake_ident(&spell_leading_number(s))
}

/// `s` with the number it starts with (after any leading punctuation) spelled as words: below
/// 1,000 as read (`3d` is `three_d`, `21st` is `twenty_one_st`, `100x` is `one_hundred_x`),
/// longer numbers and numbers with a leading zero digit by digit (`2024` is
/// `two_zero_two_four`), so every name stays distinct and the same from run to run. Enum
/// variants and fields keep their prefix instead (`V2024_01_01`, `_3d`): there the digits are
/// the value.
pub fn spell_leading_number(s: &str) -> String {
    let start = s.find(|c: char| c.is_ascii_alphanumeric()).unwrap_or(s.len());
    let digits = s[start..].len() - s[start..].trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return s.to_owned();
    }
    let number = &s[start..start + digits];
    let words = match number.parse::<u32>() {
        Ok(n) if n < 1000 && (digits == 1 || !number.starts_with('0')) => number_words(n),
        _ => number.bytes().map(|d| DIGITS[usize::from(d - b'0')]).collect::<Vec<_>>().join("_"),
    };
    format!("{words}_{}", &s[start + digits..])
}

const DIGITS: [&str; 10] = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS: [&str; 10] = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// `n` (below 1,000) in words joined by `_`: `one_hundred_twenty_three`.
fn number_words(n: u32) -> String {
    let (hundreds, rest) = ((n / 100) as usize, n % 100);
    let mut words = Vec::new();
    if hundreds > 0 {
        words.extend([DIGITS[hundreds], "hundred"]);
    }
    match rest as usize {
        0 if hundreds > 0 => {}
        r @ 0..=9 => words.push(DIGITS[r]),
        r @ 10..=19 => words.push(TEENS[r - 10]),
        r => {
            words.push(TENS[r / 10]);
            if r % 10 > 0 {
                words.push(DIGITS[r % 10]);
            }
        }
    }
    words.join("_")
}

/// Whether `word` is a Rust keyword (strict, reserved or weak), so not an identifier as it is.
pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.contains(&word)
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
/// Every piece of spec text that reaches a doc comment goes through here: the text is made
/// rustdoc-safe Markdown first (see [`crate::render::markdown`]), with no doctest in it; blank
/// lines at both ends are dropped.
pub fn doc_lines(text: &str) -> Vec<String> {
    let text = crate::render::markdown::from_description(text);
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let start = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(lines.len());
    let end = lines.iter().rposition(|l| !l.trim().is_empty()).map_or(start, |i| i + 1);
    lines[start..end].iter().map(|l| string_literal(&format!(" {l}"))).collect()
}

/// Doc sections, each made by [`doc_lines`], one after the other with a blank doc line between;
/// empty sections are left out.
pub fn join_docs(sections: impl IntoIterator<Item = Vec<String>>) -> Vec<String> {
    let mut docs = Vec::new();
    for section in sections.into_iter().filter(|s| !s.is_empty()) {
        if !docs.is_empty() {
            docs.push(string_literal(""));
        }
        docs.extend(section);
    }
    docs
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
    fn types_and_methods_spell_a_leading_number() {
        assert_eq!(type_ident("3d_secure"), "ThreeDSecure");
        assert_eq!(method_ident("3d_secure"), "three_d_secure");
        assert_eq!(type_ident("3d_secure_create"), "ThreeDSecureCreate");
        assert_eq!(method_ident("/2fa"), "two_fa");
        assert_eq!(type_ident("100x"), "OneHundredX");
        assert_eq!(type_ident("21st"), "TwentyOneSt");
        assert_eq!(type_ident("110"), "OneHundredTen");
        assert_eq!(type_ident("2024-01-01"), "TwoZeroTwoFour0101");
        assert_eq!(type_ident("007"), "ZeroZeroSeven");
        assert_eq!(method_ident("0"), "zero");
        assert_eq!(type_ident("payment_3d"), "Payment3d");
        // Variants and fields keep the digits.
        assert_eq!(camel_ident("3d_secure"), "V3dSecure");
        assert_eq!(snake_ident("3d_secure"), "_3d_secure");
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
        assert_eq!(doc_lines("*/ \"# {{x}}"), vec![r##"" \\*/ \"# {{x}}""##.to_owned()]);
        assert_eq!(doc_lines("<p></p>"), Vec::<String>::new());
        let sections = join_docs([doc_lines("A"), doc_lines(" "), doc_lines("B")]);
        assert_eq!(sections, vec![r#"" A""#.to_owned(), r#""""#.to_owned(), r#"" B""#.to_owned()]);
    }
}
