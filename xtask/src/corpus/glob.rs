//! Glob patterns on corpus paths (`amazonaws.com/*.json`, `**/openai*`).

/// Whether `path` matches `pattern`: `*` matches any run of characters within one path segment,
/// `**` any run across segments, `?` one character other than `/`; the rest matches itself.
pub fn matches(pattern: &str, path: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let path: Vec<char> = path.chars().collect();
    matches_at(&pattern, &path)
}

fn matches_at(pattern: &[char], path: &[char]) -> bool {
    match pattern {
        [] => path.is_empty(),
        ['*', '*', rest @ ..] => {
            // `**/` also matches no directory at all.
            let rest_after_slash = rest.strip_prefix(&['/']).unwrap_or(rest);
            (0..=path.len()).any(|i| matches_at(rest, &path[i..]) || matches_at(rest_after_slash, &path[i..]))
        }
        ['*', rest @ ..] => {
            let segment = path.iter().position(|c| *c == '/').unwrap_or(path.len());
            (0..=segment).any(|i| matches_at(rest, &path[i..]))
        }
        ['?', rest @ ..] => path.first().is_some_and(|c| *c != '/') && matches_at(rest, &path[1..]),
        [c, rest @ ..] => path.first() == Some(c) && matches_at(rest, &path[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn a_star_stays_within_a_segment() {
        assert!(matches("amazonaws.com/*.json", "amazonaws.com/wafv2.json"));
        assert!(!matches("*.json", "amazonaws.com/wafv2.json"));
        assert!(matches("*.json", "clicksend.com.json"));
    }

    #[test]
    fn a_double_star_crosses_segments() {
        assert!(matches("**/wafv2.json", "amazonaws.com/wafv2.json"));
        assert!(matches("**/wafv2.json", "wafv2.json"));
        assert!(matches("azure.com/**", "azure.com/a/b/c.json"));
        assert!(!matches("azure.com/**", "azure.org/a.json"));
    }

    #[test]
    fn a_question_mark_is_one_character_and_the_rest_is_literal() {
        assert!(matches("api.video.jso?", "api.video.json"));
        assert!(!matches("a?b", "a/b"));
        assert!(!matches("api.video.json", "api.video.json5"));
    }
}
