//! JSON pointers (RFC 6901): building them while walking a document, and resolving `$ref`s.

/// Appends one reference token to a pointer, escaping `~` and `/`.
pub fn push(pointer: &str, token: &str) -> String {
    format!("{pointer}/{}", token.replace('~', "~0").replace('/', "~1"))
}

/// Turns a local `$ref` (`#/components/schemas/A%20B`) into a JSON pointer, decoding the URI
/// fragment's percent escapes. Returns `None` for references that are not local.
pub fn from_ref(reference: &str) -> Option<String> {
    let fragment = reference.strip_prefix('#')?;
    Some(percent_decode(fragment))
}

/// The last token of a pointer, unescaped (`/components/schemas/Foo` -> `Foo`).
pub fn last_token(pointer: &str) -> String {
    unescape(pointer.rsplit('/').next().unwrap_or_default())
}

/// The tokens of a pointer, unescaped (`/paths/~1pets/get` -> `paths`, `/pets`, `get`).
pub fn tokens(pointer: &str) -> Vec<String> {
    pointer.split('/').skip(1).map(unescape).collect()
}

/// One reference token with `~1` and `~0` decoded, in that order (RFC 6901).
fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit()
        {
            out.push(hex_value(bytes[i + 1]) * 16 + hex_value(bytes[i + 2]));
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'a'..=b'f' => digit - b'a' + 10,
        _ => digit - b'A' + 10,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_decodes() {
        assert_eq!(push("/paths", "/v1/charges"), "/paths/~1v1~1charges");
        assert_eq!(from_ref("#/components/schemas/A%20B").as_deref(), Some("/components/schemas/A B"));
        assert_eq!(from_ref("other.yaml#/x"), None);
        assert_eq!(last_token("/components/schemas/a~1b"), "a/b");
        assert_eq!(from_ref("#/x%2").as_deref(), Some("/x%2"));
    }
}
