//! The one sanitizer for spec text that becomes documentation: descriptions (Markdown, often
//! mixed with HTML as in Stripe's) turned into Markdown that rustdoc renders without warnings
//! and that holds no doctest.
//!
//! Three steps. First, HTML tags that have a Markdown form (`p`, `br`, `a`, `code`, `strong`,
//! `em`, lists) become Markdown, outside code. Then the text is parsed with `pulldown-cmark`,
//! the CommonMark parser rustdoc itself uses, with rustdoc's options, and written back as
//! Markdown by [`Writer`]: every code block, fenced with backticks or tildes or indented, becomes
//! a fenced `text` block (rustdoc compiles every other code block as a doctest); text is
//! escaped so that it starts no block and no link (`[x]` would be an intra-doc link, `<x>` a
//! tag); bare URLs are wrapped in `<...>`; list items and quotes get their continuation lines
//! indented (clippy's `doc_lazy_continuation` and `doc_overindented_list_items`). Last, the
//! result is parsed again: should it hold any code block that is not `text` (a bug of the
//! writer), every line is escaped as plain text instead.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd, TextMergeStream};

/// The parser options rustdoc uses for doc comments (`main_body_opts`), less smart
/// punctuation: it changes how text is shown, not the structure, and text is written back as
/// the spec wrote it (`"`, not `“`).
fn rustdoc_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// Converts a description to rustdoc-safe Markdown, lines separated by `\n`.
pub fn from_description(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let markdown = html_to_markdown(&text);
    let written = Writer::write(&markdown);
    if has_live_code(&written) { plain_text(&markdown) } else { written }
}

/// An inline code span showing `text` on one line, whatever backticks it holds.
pub fn code_span(text: &str) -> String {
    let text = text.replace('\n', " ");
    let longest = longest_run(&text, '`');
    let fence = "`".repeat(longest + 1);
    let pad = text.starts_with('`') || text.ends_with('`') || (text.starts_with(' ') && text.ends_with(' ') && !text.trim().is_empty());
    let pad = if pad { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// `text` as one cell of a Markdown table: its first sentence on its first line, each `|` not
/// yet escaped escaped (GitHub and rustdoc split cells at a bare `|`, even inside a code span).
/// `text` is Markdown made by [`from_description`] or [`code_span`]; a first line that opens a
/// code block gives an empty cell.
pub fn table_cell(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default();
    if line.starts_with("```") || line.starts_with("~~~") {
        return String::new();
    }
    let line = first_sentence(line);
    let mut cell = String::with_capacity(line.len() + 8);
    let mut escaped = false;
    for c in line.chars() {
        if c == '|' && !escaped {
            cell.push('\\');
        }
        escaped = c == '\\' && !escaped;
        cell.push(c);
    }
    cell
}

/// `line` up to the end of its first sentence: a `.` followed by a space and a capital letter,
/// outside code spans and link text, so that no span or link is cut open.
fn first_sentence(line: &str) -> &str {
    let (mut in_code, mut brackets, mut escaped) = (false, 0usize, false);
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            _ if escaped => {}
            b'`' => in_code = !in_code,
            b'[' if !in_code => brackets += 1,
            b']' if !in_code => brackets = brackets.saturating_sub(1),
            b'.' if !in_code && brackets == 0 && bytes.get(i + 1) == Some(&b' ') && bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase) => {
                return &line[..=i];
            }
            _ => {}
        }
        escaped = b == b'\\' && !escaped;
    }
    line
}

/// Whether rustdoc would treat any code block in `markdown` as a doctest: a block that is
/// indented, or fenced with an info string other than `text`.
pub fn has_live_code(markdown: &str) -> bool {
    Parser::new_ext(markdown, rustdoc_options()).any(|event| match event {
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => info.as_ref() != "text",
        Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => true,
        _ => false,
    })
}

/// The last resort: every line as a paragraph line with all punctuation escaped and no
/// indentation, so that nothing in it can start a block.
fn plain_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for line in text.lines() {
        for c in line.trim().chars() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                '\t' => out.push(' '),
                c if c.is_ascii_punctuation() => {
                    out.push('\\');
                    out.push(c);
                }
                c => out.push(c),
            }
        }
        out.push('\n');
    }
    out
}

/// The length of the longest run of `c` in `text`.
fn longest_run(text: &str, c: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for ch in text.chars() {
        run = if ch == c { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Byte ranges of code (blocks and spans) in `text`, where HTML is left as it is.
fn code_ranges(text: &str) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut block: Option<usize> = None;
    for (event, range) in Parser::new_ext(text, rustdoc_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => block = Some(range.start),
            Event::End(TagEnd::CodeBlock) => ranges.extend(block.take().map(|start| start..range.end)),
            Event::Code(_) if block.is_none() => ranges.push(range),
            _ => {}
        }
    }
    ranges
}

/// Converts the HTML tags that have a Markdown form, outside code.
fn html_to_markdown(text: &str) -> String {
    if !text.contains('<') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    for code in code_ranges(text) {
        if code.start < at {
            continue;
        }
        convert_tags(&text[at..code.start], &mut out);
        out.push_str(&text[code.clone()]);
        at = code.end;
    }
    convert_tags(&text[at..], &mut out);
    out
}

/// Converts the HTML tags in `text`, which holds no code.
fn convert_tags(text: &str, out: &mut String) {
    convert_tags_in(text, out, &mut MissingCloses::default());
}

/// Closing tags known to be absent from the rest of the text being converted: once a search
/// for one fails, later opening tags do not search again, so conversion stays linear.
#[derive(Debug, Default)]
struct MissingCloses {
    code: bool,
    link: bool,
}

fn convert_tags_in(text: &str, out: &mut String, missing: &mut MissingCloses) {
    let mut rest = text;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        let taken = html_tag(rest, out, missing).unwrap_or_else(|| {
            out.push('<');
            1
        });
        rest = &rest[taken..];
    }
    out.push_str(rest);
}

/// The byte offset of `close` in `text`, remembering in `missing` when there is none.
fn find_close(text: &str, close: &str, missing: &mut bool) -> Option<usize> {
    if *missing {
        return None;
    }
    let found = text.find(close);
    *missing = found.is_none();
    found
}

/// An HTML tag with a Markdown form, converted together with its content where needed;
/// returns the bytes consumed.
fn html_tag(text: &str, out: &mut String, missing: &mut MissingCloses) -> Option<usize> {
    // A tag ends at the first `>`; a `<` before it means this `<` opens no tag. Stopping there
    // keeps the scans of all the `<` in a text linear in its length.
    let end = text[1..].find(['<', '>'])? + 1;
    if text.as_bytes()[end] != b'>' {
        return None;
    }
    let inside = &text[1..end];
    let closing = inside.starts_with('/');
    let inside = inside.trim_start_matches('/').trim_end_matches('/').trim();
    let (name, attrs) = inside.split_once(char::is_whitespace).unwrap_or((inside, ""));
    let name = name.to_ascii_lowercase();
    let tag_len = end + 1;
    match (name.as_str(), closing) {
        ("p" | "ul" | "ol", _) => out.push_str("\n\n"),
        ("br", _) => out.push('\n'),
        ("li", false) => out.push_str("\n- "),
        ("li", true) => {}
        ("strong" | "b", _) => out.push_str("**"),
        ("em" | "i", _) => out.push('*'),
        ("code", false) => {
            let close = find_close(&text[tag_len..], "</code>", &mut missing.code)? + tag_len;
            out.push_str(&code_span(&decode_entities(&text[tag_len..close])));
            return Some(close + "</code>".len());
        }
        ("a", false) => {
            let close = find_close(&text[tag_len..], "</a>", &mut missing.link)? + tag_len;
            let label = &text[tag_len..close];
            match href(attrs) {
                Some(url) if is_web_url(url) => {
                    out.push('[');
                    convert_tags(label, out);
                    out.push_str("](");
                    out.push_str(&url_for_link(url));
                    out.push(')');
                }
                _ => convert_tags(label, out),
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

/// Whether a link target is an absolute web address (others, relative or intra-doc, keep only
/// their text: they would not resolve in the SDK's docs).
fn is_web_url(url: &str) -> bool {
    (url.starts_with("http://") || url.starts_with("https://")) && url.len() > "https://".len()
}

/// A URL as the destination of an inline link: characters that would end or break it are
/// percent-encoded.
fn url_for_link(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            c if c.is_control() || c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

/// A container the current line is inside: its prefix on continuation lines.
#[derive(Debug)]
struct Container {
    /// Written at the start of every line inside it (`> `, or spaces under a list item).
    prefix: &'static str,
    /// A list item: whether a paragraph was seen in it (the list is loose).
    loose_item: Option<bool>,
}

/// What the writer is inside of, for the few places where text is written differently.
#[derive(Debug, Default)]
struct Inline {
    heading: bool,
    /// Inside a link's text: URLs are not wrapped (links do not nest).
    link: bool,
    /// The destination to close the current link with, when it is kept.
    link_url: Vec<Option<String>>,
    /// Inside an autolink, whose text is written by the link itself.
    autolink: bool,
    /// Inside a table cell.
    cell: bool,
}

/// Writes a pulldown-cmark event stream back as Markdown that rustdoc reads the same way, with
/// code blocks inert.
struct Writer {
    out: String,
    containers: Vec<Container>,
    /// The prefix of the current line is not written yet.
    at_line_start: bool,
    /// Text has been written on the current line after its prefix.
    line_has_content: bool,
    /// The current line holds only prefixes and a list marker (or footnote label), which the
    /// next block continues.
    after_marker: bool,
    /// A block ended: the next block starts after a blank line.
    pending_blank: bool,
    /// Nothing has been written yet.
    empty: bool,
    /// Open lists: the next item's number, or `None` for bullets.
    lists: Vec<Option<u64>>,
    /// The code block being collected.
    code: Option<String>,
    /// Column count of the table being written.
    table_columns: usize,
    inline: Inline,
}

impl Writer {
    fn write(markdown: &str) -> String {
        let mut writer = Writer {
            out: String::with_capacity(markdown.len() + 32),
            containers: Vec::new(),
            at_line_start: true,
            line_has_content: false,
            after_marker: false,
            pending_blank: false,
            empty: true,
            lists: Vec::new(),
            code: None,
            table_columns: 0,
            inline: Inline::default(),
        };
        for event in TextMergeStream::new(Parser::new_ext(markdown, rustdoc_options())) {
            writer.event(event);
        }
        writer.out.push('\n');
        writer.out
    }

    fn event(&mut self, event: Event<'_>) {
        if let Some(code) = &mut self.code {
            match event {
                Event::Text(text) => code.push_str(&text),
                Event::End(TagEnd::CodeBlock) => self.code_block(),
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => {
                if !self.inline.autolink {
                    self.text(&text);
                }
            }
            Event::Code(code) => self.raw(&code_span(&code)),
            Event::Html(html) | Event::InlineHtml(html) => self.text(&html),
            Event::InlineMath(text) | Event::DisplayMath(text) => self.text(&text),
            Event::FootnoteReference(label) => self.footnote_label(&label, ""),
            Event::SoftBreak if self.inline.heading || self.inline.cell => self.raw(" "),
            Event::SoftBreak => self.newline(),
            Event::HardBreak if self.inline.heading || self.inline.cell => self.raw(" "),
            Event::HardBreak => {
                self.raw("\\");
                self.newline();
            }
            Event::Rule => {
                self.start_block();
                self.raw("---");
                self.pending_blank = true;
            }
            Event::TaskListMarker(done) => self.raw(if done { "[x] " } else { "[ ] " }),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => {
                if let Some(Container { loose_item: Some(loose), .. }) = self.containers.last_mut() {
                    *loose = true;
                }
                self.start_block();
            }
            Tag::Heading { level, .. } => {
                self.start_block();
                self.raw(&format!("{} ", "#".repeat(level as usize)));
                self.inline.heading = true;
            }
            Tag::BlockQuote(_) => {
                self.start_block();
                self.containers.push(Container { prefix: "> ", loose_item: None });
            }
            Tag::CodeBlock(_) => {
                self.start_block();
                self.code = Some(String::new());
            }
            Tag::HtmlBlock | Tag::MetadataBlock(_) | Tag::DefinitionList | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
                self.start_block()
            }
            Tag::List(first) => {
                self.start_block();
                self.lists.push(first);
            }
            Tag::Item => {
                self.start_block();
                self.write_prefix();
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let marker = format!("{n}. ");
                        *n += 1;
                        marker
                    }
                    _ => "- ".to_owned(),
                };
                self.out.push_str(&marker);
                self.after_marker = true;
                self.empty = false;
                let prefix: &'static str = &"            "[..marker.len().min(12)];
                self.containers.push(Container { prefix, loose_item: Some(false) });
            }
            Tag::FootnoteDefinition(label) => {
                self.start_block();
                self.footnote_label(&label, ": ");
                self.containers.push(Container { prefix: "    ", loose_item: None });
                self.line_has_content = false;
                self.after_marker = true;
            }
            Tag::Table(alignments) => {
                self.start_block();
                self.table_columns = alignments.len();
            }
            Tag::TableHead | Tag::TableRow => {
                self.ensure_new_line();
                self.raw("|");
            }
            Tag::TableCell => {
                self.raw(" ");
                self.inline.cell = true;
            }
            Tag::Emphasis => self.raw("*"),
            Tag::Strong => self.raw("**"),
            Tag::Strikethrough => self.raw("~~"),
            Tag::Superscript | Tag::Subscript => {}
            Tag::Link { link_type: LinkType::Autolink | LinkType::Email, dest_url, .. } => {
                let url = if dest_url.contains(':') { dest_url.to_string() } else { format!("mailto:{dest_url}") };
                self.raw(&format!("<{}>", url_for_link(&url)));
                self.inline.autolink = true;
            }
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                let kept = is_web_url(&dest_url) && !self.inline.link;
                if kept {
                    self.raw("[");
                    self.inline.link = true;
                }
                self.inline.link_url.push(kept.then(|| url_for_link(&dest_url)));
            }
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) | TagEnd::DefinitionList => {
                self.pending_blank = true
            }
            TagEnd::DefinitionListTitle | TagEnd::DefinitionListDefinition => self.pending_blank = true,
            TagEnd::Heading(_) => {
                self.inline.heading = false;
                self.pending_blank = true;
            }
            TagEnd::BlockQuote(_) | TagEnd::FootnoteDefinition => {
                self.containers.pop();
                self.pending_blank = true;
            }
            TagEnd::CodeBlock => self.pending_blank = true,
            TagEnd::List(_) => {
                self.lists.pop();
                // A list nested in a tight item keeps the outer list tight.
                let in_tight_item = matches!(self.containers.last(), Some(Container { loose_item: Some(false), .. }));
                self.pending_blank = !in_tight_item;
            }
            TagEnd::Item => {
                self.containers.pop();
            }
            TagEnd::Table => {
                self.table_columns = 0;
                self.pending_blank = true;
            }
            TagEnd::TableHead => {
                self.ensure_new_line();
                self.raw(&format!("|{}", " --- |".repeat(self.table_columns.max(1))));
            }
            TagEnd::TableRow => {}
            TagEnd::TableCell => {
                self.inline.cell = false;
                self.raw(" |");
            }
            TagEnd::Emphasis => self.raw("*"),
            TagEnd::Strong => self.raw("**"),
            TagEnd::Strikethrough => self.raw("~~"),
            TagEnd::Superscript | TagEnd::Subscript => {}
            TagEnd::Link | TagEnd::Image => {
                if self.inline.autolink {
                    self.inline.autolink = false;
                    return;
                }
                if let Some(Some(url)) = self.inline.link_url.pop() {
                    self.raw(&format!("]({url})"));
                    self.inline.link = false;
                }
            }
        }
    }

    /// Starts a block: on a new line, after a blank line when a block ended before it.
    fn start_block(&mut self) {
        if self.empty {
            self.pending_blank = false;
            return;
        }
        self.ensure_new_line();
        if self.pending_blank {
            self.write_prefix();
            self.newline();
            self.pending_blank = false;
        }
    }

    /// Ends the current line if anything but a list marker is on it.
    fn ensure_new_line(&mut self) {
        if !self.at_line_start && !self.after_marker {
            self.newline();
        }
    }

    fn newline(&mut self) {
        // Trailing spaces of a prefix are dropped: a line holding only `> ` becomes `>`.
        let trimmed = self.out.trim_end_matches(' ').len();
        self.out.truncate(trimmed);
        self.out.push('\n');
        self.at_line_start = true;
        self.line_has_content = false;
        self.after_marker = false;
    }

    fn write_prefix(&mut self) {
        if self.at_line_start {
            for container in &self.containers {
                self.out.push_str(container.prefix);
            }
            self.at_line_start = false;
        }
    }

    /// Writes Markdown as it is.
    fn raw(&mut self, markdown: &str) {
        self.write_prefix();
        self.out.push_str(markdown);
        self.line_has_content = true;
        self.after_marker = false;
        self.empty = false;
    }

    /// Writes text, escaped so that it reads as the same text.
    fn text(&mut self, text: &str) {
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                if self.inline.heading || self.inline.cell {
                    self.raw(" ");
                } else {
                    self.newline();
                }
            }
            let line = if self.line_has_content { line } else { line.trim_start() };
            if line.is_empty() {
                continue;
            }
            let escaped = escape(line, !self.line_has_content, &self.inline);
            self.raw(&escaped);
        }
    }

    /// A footnote reference or the start of its definition; a label with unusual characters
    /// is shown as text.
    fn footnote_label(&mut self, label: &str, after: &str) {
        if !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            self.raw(&format!("[^{label}]{after}"));
        } else {
            self.text(&format!("[^{label}]{after}"));
        }
    }

    /// Writes the collected code block as a `text` block fenced longer than any backtick run
    /// inside it, each line under the current containers.
    fn code_block(&mut self) {
        let code = self.code.take().unwrap_or_default();
        let fence = "`".repeat(longest_run(&code, '`').max(2) + 1);
        self.raw(&format!("{fence}text"));
        let lines = code.strip_suffix('\n').unwrap_or(&code);
        for line in lines.split('\n').filter(|_| !code.is_empty()) {
            self.newline();
            self.write_prefix();
            self.out.push_str(&expand_tabs(line));
        }
        self.newline();
        self.raw(&fence);
    }
}

/// Tabs replaced by spaces up to the next multiple of four columns (clippy denies tabs in docs).
fn expand_tabs(line: &str) -> String {
    if !line.contains('\t') {
        return line.to_owned();
    }
    let mut out = String::with_capacity(line.len() + 8);
    let mut column = 0;
    for c in line.chars() {
        if c == '\t' {
            let spaces = 4 - column % 4;
            out.push_str(&" ".repeat(spaces));
            column += spaces;
        } else {
            out.push(c);
            column += 1;
        }
    }
    out
}

/// Escapes one line of text (no line breaks) so that Markdown reads it as the same text: no
/// emphasis, code, link, tag, entity, table cell or strikethrough, and, at the start of a line,
/// no block (heading, quote, list, fence, rule). Bare URLs become autolinks outside links.
fn escape(text: &str, line_start: bool, inline: &Inline) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    if line_start {
        let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && matches!(chars.get(digits), Some('.' | ')')) {
            out.extend(&chars[..digits]);
            out.push('\\');
            out.push(chars[digits]);
            i = digits + 1;
        } else if matches!(chars.first(), Some('#' | '>' | '-' | '+' | '=' | '*' | '_' | '~' | '`' | ':')) {
            out.push('\\');
            out.push(chars[0]);
            i = 1;
        }
    }
    while i < chars.len() {
        let c = chars[i];
        if c == 'h'
            && !inline.link
            && !inline.heading
            && let Some(len) = bare_url(&chars[i..])
        {
            out.push('<');
            out.extend(&chars[i..i + len]);
            out.push('>');
            i += len;
            continue;
        }
        let word = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|c| c.is_alphanumeric());
        match c {
            '\\' | '`' | '*' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '#' if inline.heading => out.push_str("\\#"),
            '_' if !(word(i.checked_sub(1)) && word(Some(i + 1))) => out.push_str("\\_"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' if looks_like_entity(&chars[i + 1..]) => out.push_str("&amp;"),
            '\t' => out.push(' '),
            c => out.push(c),
        }
        i += 1;
    }
    out
}

/// Whether the text after a `&` would be read as an entity (`&amp;`, `&#39;`).
fn looks_like_entity(after: &[char]) -> bool {
    let name = after.iter().take_while(|c| c.is_ascii_alphanumeric() || **c == '#').count();
    name > 0 && after.get(name) == Some(&';')
}

/// The length of a bare `http(s)://` URL at the start of `text`, without trailing punctuation.
fn bare_url(text: &[char]) -> Option<usize> {
    let starts = |prefix: &str| text.iter().take(prefix.len()).copied().eq(prefix.chars());
    let scheme = if starts("https://") {
        "https://".len()
    } else if starts("http://") {
        "http://".len()
    } else {
        return None;
    };
    let mut end = text
        .iter()
        .position(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '`' | '(' | ')' | '[' | ']' | '{' | '}' | '|' | '\\' | '^'))
        .unwrap_or(text.len());
    while end > scheme && matches!(text[end - 1], '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '*' | '_' | '~') {
        end -= 1;
    }
    (end > scheme).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::{code_span, from_description, has_live_code, table_cell};

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
    fn table_cells_take_the_first_line_and_escape_pipes() {
        assert_eq!(table_cell(&md("<p>Lists a|b.</p><p>More.</p>")), "Lists a\\|b.");
        assert_eq!(table_cell(&code_span("GET /a|b")), "`GET /a\\|b`");
        assert_eq!(table_cell("already \\| escaped"), "already \\| escaped");
        assert_eq!(table_cell(&md("```\nfn main() {}\n```")), "");
        assert_eq!(table_cell(""), "");
        assert_eq!(table_cell("Updates it. Any other field stays."), "Updates it.");
        assert_eq!(table_cell("Sets `a. B` and [x. Y](https://x.io) first. Then more."), "Sets `a. B` and [x. Y](https://x.io) first.");
        assert_eq!(table_cell("Uses e.g. this. and that"), "Uses e.g. this. and that");
    }

    #[test]
    fn relative_links_keep_only_their_text() {
        assert_eq!(md(r#"See <a href="/docs/connect">Connect</a>."#), "See Connect.");
        assert_eq!(md("See [Connect](/docs/connect) and [`Foo`](crate::Foo)."), "See Connect and `Foo`.");
    }

    #[test]
    fn stray_brackets_and_angle_brackets_are_escaped() {
        assert_eq!(md("Authorization: Basic <api_key>"), "Authorization: Basic &lt;api_key&gt;");
        assert_eq!(md("set metadata[key] to [a](https://x.io)"), "set metadata\\[key\\] to [a](https://x.io)");
        assert_eq!(md("use `expand[]=x` here"), "use `expand[]=x` here");
        assert_eq!(md("a snake_case name, _emphasis_ and *stars*"), "a snake_case name, *emphasis* and *stars*");
        assert_eq!(md("literal \\*stars\\* and a | pipe"), "literal \\*stars\\* and a \\| pipe");
    }

    #[test]
    fn bare_urls_are_wrapped() {
        assert_eq!(md("see https://example.com/a."), "see <https://example.com/a>.");
        assert_eq!(md("see <https://example.com/a>"), "see <https://example.com/a>");
        assert_eq!(md("[https://example.com](https://example.com)"), "[https://example.com](https://example.com)");
    }

    #[test]
    fn every_code_block_becomes_an_inert_text_block() {
        assert_eq!(md("```\nlet x = 1;\n```"), "```text\nlet x = 1;\n```");
        assert_eq!(md("~~~rust\nlet x = 1;\n~~~"), "```text\nlet x = 1;\n```");
        assert_eq!(md("Text.\n\n    indented();"), "Text.\n\n```text\nindented();\n```");
        assert_eq!(md("<p>\n\tfn main() {}"), "```text\nfn main() {}\n```");
        assert_eq!(md("A<br>```\nunclosed();"), "A\n\n```text\nunclosed();\n```");
        assert_eq!(md("```\na ``` b\n````"), "````text\na ``` b\n````");
        assert_eq!(md("<li>\n\t```\n\tx();\n\t```"), "- ```text\n  x();\n  ```");
        assert_eq!(md("<li>\n\t```\nx();\n```"), "- ```text\n  ```\n\nx();\n\n```text\n```");
        assert_eq!(md("```html\n<p>kept</p>\n```"), "```text\n<p>kept</p>\n```");
    }

    #[test]
    fn list_items_and_quotes_continue_indented() {
        assert_eq!(md("- one\ncontinued\n- two"), "- one\n  continued\n- two");
        assert_eq!(md("1. one\n2. two\n   - nested\n     more"), "1. one\n2. two\n   - nested\n     more");
        assert_eq!(md("> quoted\nlazy"), "> quoted\n> lazy");
        assert_eq!(md("- a\n\n  para\n- b"), "- a\n\n  para\n\n- b");
        assert_eq!(md("- Lists:\n      overindented"), "- Lists:\n  overindented");
    }

    #[test]
    fn text_that_would_start_a_block_is_escaped() {
        assert_eq!(md("1986\\. A good year."), "1986\\. A good year.");
        assert_eq!(md("a\n\\# not a heading\n\\- not a list\n\\> not a quote"), "a\n\\# not a heading\n\\- not a list\n\\> not a quote");
        assert_eq!(md("| a | b |\n| - | - |\n| c | d |"), "| a | b |\n| --- | --- |\n| c | d |");
    }

    #[test]
    fn code_spans_hold_any_text_on_one_line() {
        assert_eq!(code_span("GET /a"), "`GET /a`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
        assert_eq!(md(&code_span("GET /a\n```\nrun()")), "````GET /a ``` run()````");
    }

    #[test]
    fn unclosed_and_unmatched_tags_are_converted_in_linear_time() {
        // Each of these took time quadratic in its length (tens of seconds at this size) when every
        // `<` searched the rest of the text for its end.
        let n = 100_000;
        for hostile in ["<".repeat(n), format!("{}>", "<x".repeat(n)), "<code>".repeat(n), "<a href='https://x.io'>".repeat(n)] {
            let out = from_description(&hostile);
            assert!(!has_live_code(&out));
            assert!(out.len() >= hostile.len() / 2, "text is kept");
        }
        assert_eq!(md("a <code>x</code> <b<i>c</i>"), "a `x` &lt;b*c*");
    }

    #[test]
    fn the_result_never_holds_live_code() {
        let hostile = [
            "~~~\nfn main() {}\n~~~",
            "<p>\tfn main() {}",
            "x<br>```rust\nfn main() {}",
            "<li>\t```\nfn main() {}",
            "> ```\n> fn main() {}",
            "- a\n\n      fn main() {}",
            "[^1]: note\n\n        fn main() {}",
            "| a |\n| - |\n| ``` |\n\n```\nx\n```",
        ];
        for text in hostile {
            let out = from_description(text);
            assert!(!has_live_code(&out), "{text:?} -> {out:?}");
            assert!(has_live_code(text) || text.contains("<"), "the case is live code itself: {text:?}");
        }
    }
}
