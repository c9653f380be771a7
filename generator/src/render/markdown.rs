//! Spec descriptions (Markdown, often mixed with HTML as in Stripe's) turned into Markdown
//! that rustdoc renders without warnings.
//!
//! HTML tags that have a Markdown form (`p`, `br`, `a`, `code`, `strong`, `em`, lists) are
//! converted; any other `<` is escaped, so `<api_key>` is shown rather than taken for a tag.
//! Square brackets that are not part of a link are escaped (rustdoc would read `[x]` as an
//! intra-doc link), bare URLs are wrapped in `<...>`, code spans are kept as they are, and code
//! blocks are marked `text` so that they are never compiled as doctests.

/// Converts a description to rustdoc-safe Markdown.
pub fn from_description(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut in_fence = false;
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            out.push_str(if in_fence { "```" } else { "```text" });
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push_str(line);
            continue;
        }
        // Leading spaces would make an indented code block, which rustdoc compiles.
        inline(trimmed, &mut out);
    }
    if in_fence {
        out.push_str("\n```");
    }
    tidy_blank_lines(&out)
}

/// Converts one line of text.
fn inline(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let taken = match c {
            '`' => code_span(rest, out),
            '[' => markdown_link(rest, out),
            '<' => html_tag(rest, out).or_else(|| autolink(rest, out)),
            'h' => bare_url(rest, out),
            _ => None,
        };
        let len = match taken {
            Some(len) => len,
            None => {
                match c {
                    '[' => out.push_str("\\["),
                    ']' => out.push_str("\\]"),
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    other => out.push(other),
                }
                c.len_utf8()
            }
        };
        rest = &rest[len..];
    }
}

/// A backtick code span, copied as it is; returns the bytes consumed.
fn code_span(text: &str, out: &mut String) -> Option<usize> {
    let ticks = text.len() - text.trim_start_matches('`').len();
    let fence = &text[..ticks];
    let end = text[ticks..].find(fence)? + ticks;
    out.push_str(&text[..end + ticks]);
    Some(end + ticks)
}

/// A Markdown link `[text](url)`.
fn markdown_link(text: &str, out: &mut String) -> Option<usize> {
    let close = find_matching(text, '[', ']')?;
    let after = &text[close + 1..];
    if !after.starts_with('(') {
        return None;
    }
    let url_end = after.find(')')?;
    let url = &after[1..url_end];
    if url.contains(char::is_whitespace) {
        return None;
    }
    out.push('[');
    inline(&text[1..close], out);
    out.push_str("](");
    out.push_str(url);
    out.push(')');
    Some(close + 1 + url_end + 1)
}

/// An explicit autolink `<https://...>`.
fn autolink(text: &str, out: &mut String) -> Option<usize> {
    let end = text.find('>')?;
    let url = &text[1..end];
    if !(url.starts_with("http://") || url.starts_with("https://")) || url.contains(char::is_whitespace) {
        return None;
    }
    out.push_str(&text[..=end]);
    Some(end + 1)
}

/// A URL in running text, wrapped in `<...>`.
fn bare_url(text: &str, out: &mut String) -> Option<usize> {
    if !(text.starts_with("http://") || text.starts_with("https://")) {
        return None;
    }
    let mut end = text.find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | ')')).unwrap_or(text.len());
    while end > 0 && matches!(text.as_bytes()[end - 1], b'.' | b',' | b';' | b':' | b'!' | b'?') {
        end -= 1;
    }
    out.push('<');
    out.push_str(&text[..end]);
    out.push('>');
    Some(end)
}

/// An HTML tag with a Markdown form, converted together with its content where needed.
fn html_tag(text: &str, out: &mut String) -> Option<usize> {
    let end = text.find('>')?;
    let inside = &text[1..end];
    let closing = inside.starts_with('/');
    let inside = inside.trim_start_matches('/').trim_end_matches('/').trim();
    let (name, attrs) = inside.split_once(char::is_whitespace).unwrap_or((inside, ""));
    let name = name.to_ascii_lowercase();
    let tag_len = end + 1;
    match (name.as_str(), closing) {
        ("p", false) => out.push_str("\n\n"),
        ("p", true) | ("ul", _) | ("ol", _) => out.push_str("\n\n"),
        ("br", _) => out.push('\n'),
        ("li", false) => out.push_str("\n- "),
        ("li", true) => {}
        ("strong" | "b", _) => out.push_str("**"),
        ("em" | "i", _) => out.push('*'),
        ("code", false) => {
            let close = text[tag_len..].find("</code>")? + tag_len;
            let code = decode_entities(&text[tag_len..close]);
            let fence = if code.contains('`') { "``" } else { "`" };
            let pad = if code.starts_with('`') || code.ends_with('`') { " " } else { "" };
            out.push_str(&format!("{fence}{pad}{code}{pad}{fence}"));
            return Some(close + "</code>".len());
        }
        ("a", false) => {
            let close = text[tag_len..].find("</a>")? + tag_len;
            let label = &text[tag_len..close];
            match href(attrs) {
                Some(url) if url.starts_with("http://") || url.starts_with("https://") => {
                    out.push('[');
                    inline(label, out);
                    out.push_str("](");
                    out.push_str(&url.replace(' ', "%20").replace(')', "%29"));
                    out.push(')');
                }
                _ => inline(label, out),
            }
            return Some(close + "</a>".len());
        }
        _ => return None,
    }
    Some(tag_len)
}

/// The `href` attribute's value.
fn href(attrs: &str) -> Option<&str> {
    let start = attrs.find("href=")? + "href=".len();
    let rest = &attrs[start..];
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let end = rest[1..].find(quote)? + 1;
    Some(&rest[1..end])
}

fn decode_entities(text: &str) -> String {
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// The index of the bracket that closes the one at the start of `text`.
fn find_matching(text: &str, open: char, close: char) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Some(i);
            }
        }
    }
    None
}

/// Trims spaces at line ends and collapses runs of blank lines to one.
fn tidy_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines() {
        let line = line.trim_end();
        let line = line.trim_start_matches(' ');
        if line.is_empty() {
            blank_run += 1;
            if blank_run > 1 {
                continue;
            }
        } else {
            blank_run = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::from_description;

    fn md(text: &str) -> String {
        from_description(text).trim().to_owned()
    }

    #[test]
    fn html_paragraphs_links_and_code_become_markdown() {
        assert_eq!(
            md(r#"<p>With <a href="https://stripe.com/docs/connect">Connect</a>, use <code>acct_1</code>.</p><p>Second.</p>"#),
            "With [Connect](https://stripe.com/docs/connect), use `acct_1`.\n\nSecond."
        );
        assert_eq!(md("<ul><li>one</li><li><strong>two</strong></li></ul>"), "- one\n- **two**");
    }

    #[test]
    fn relative_links_keep_only_their_text() {
        assert_eq!(md(r#"See <a href="/docs/connect">Connect</a>."#), "See Connect.");
    }

    #[test]
    fn stray_brackets_and_angle_brackets_are_escaped() {
        assert_eq!(md("Authorization: Basic <api_key>"), "Authorization: Basic &lt;api_key&gt;");
        assert_eq!(md("set metadata[key] to [a](https://x.io)"), "set metadata\\[key\\] to [a](https://x.io)");
        assert_eq!(md("use `expand[]=x` here"), "use `expand[]=x` here");
    }

    #[test]
    fn bare_urls_are_wrapped_and_code_is_never_a_doctest() {
        assert_eq!(md("see https://example.com/a."), "see <https://example.com/a>.");
        assert_eq!(md("```\nlet x = 1;\n```"), "```text\nlet x = 1;\n```");
        assert_eq!(md("    indented"), "indented");
    }
}
