//! Encoding of path, query, header and cookie parameters and of request bodies.
use std::borrow::Cow;
use std::fmt;
use serde::Serialize;
use serde_json::Value;
use super::EncodeError;
/// Characters left as they are in a path segment (RFC 3986 `unreserved`).
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// Percent-encodes a path parameter so that `/`, `?`, `#` and the like stay inside it.
///
/// `""`, `.` and `..` are refused: they would turn `/v1/customers/{id}` into the list
/// `/v1/customers/` or walk up the path (URL parsers resolve `%2e%2e` like `..`, so encoding the
/// dots would not help), reaching another resource than the one the caller named.
pub fn encode_path_segment(
    value: impl fmt::Display,
) -> Result<Cow<'static, str>, EncodeError> {
    let text = value.to_string();
    if matches!(text.as_str(), "" | "." | "..") {
        return Err(
            EncodeError(
                format!(
                    "path argument {text:?} would address another resource (\"\", \".\" and \"..\" are refused)"
                ),
            ),
        );
    }
    Ok(
        Cow::Owned(
            percent_encoding::utf8_percent_encode(&text, PATH_SEGMENT).to_string(),
        ),
    )
}
/// How a query parameter is written (OpenAPI `style` and `explode`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryStyle {
    /// `name=a&name=b`.
    Form,
    /// `name=a,b`.
    FormNoExplode,
    /// `name=a%20b`.
    SpaceDelimited,
    /// `name=a|b`.
    PipeDelimited,
    /// `name[key]=v`, nested as deep as the value.
    DeepObject,
}
/// Adds a parameter to `pairs`; `None` adds nothing. Objects are written with brackets.
pub fn append_query<T: Serialize + ?Sized>(
    pairs: &mut Vec<(String, String)>,
    name: &str,
    value: &T,
    style: QueryStyle,
) -> Result<(), EncodeError> {
    let value = serde_json::to_value(value)
        .map_err(|e| EncodeError(format!("parameter `{name}`: {e}")))?;
    let joined = |items: &[Value], sep: &str| {
        items.iter().filter_map(scalar_text).collect::<Vec<_>>().join(sep)
    };
    match (&value, style) {
        (Value::Null, _) => {}
        (Value::Array(items), QueryStyle::Form) => {
            pairs
                .extend(
                    items.iter().filter_map(scalar_text).map(|v| (name.to_owned(), v)),
                );
        }
        (Value::Array(items), QueryStyle::FormNoExplode) => {
            pairs.push((name.to_owned(), joined(items, ",")))
        }
        (Value::Array(items), QueryStyle::SpaceDelimited) => {
            pairs.push((name.to_owned(), joined(items, " ")))
        }
        (Value::Array(items), QueryStyle::PipeDelimited) => {
            pairs.push((name.to_owned(), joined(items, "|")))
        }
        (Value::Array(_) | Value::Object(_), _) => append_brackets(pairs, name, &value),
        (scalar, _) => pairs.extend(scalar_text(scalar).map(|v| (name.to_owned(), v))),
    }
    Ok(())
}
/// Characters of a map key that would read as bracket structure on the server, percent-encoded
/// (`%` too, so that an encoded key stays distinct from one written that way).
const MAP_KEY: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b'%')
    .add(b'[')
    .add(b']');
/// Writes `value` under `prefix` in bracket notation: `a[b]=1`, `a[list][0]=x`. A map key keeps
/// to its own level: `[` and `]` in it are percent-encoded, so `{"a[b]": 1}` is one key `a%5Bb%5D`,
/// not the nested `a` > `b` the server would otherwise read.
fn append_brackets(pairs: &mut Vec<(String, String)>, prefix: &str, value: &Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let key = percent_encoding::utf8_percent_encode(key, MAP_KEY);
                append_brackets(pairs, &format!("{prefix}[{key}]"), v);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                append_brackets(pairs, &format!("{prefix}[{i}]"), v);
            }
        }
        scalar => pairs.extend(scalar_text(scalar).map(|v| (prefix.to_owned(), v))),
    }
}
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        other => Some(other.to_string()),
    }
}
/// Sets a header parameter; `None` sets nothing, arrays are joined with commas.
pub fn with_header<T: Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    name: &str,
    value: &T,
) -> Result<reqwest::RequestBuilder, EncodeError> {
    let value = serde_json::to_value(value)
        .map_err(|e| EncodeError(format!("header `{name}`: {e}")))?;
    let text = match &value {
        Value::Null => return Ok(request),
        Value::Array(items) => {
            items.iter().filter_map(scalar_text).collect::<Vec<_>>().join(",")
        }
        scalar => scalar_text(scalar).unwrap_or_default(),
    };
    Ok(request.header(name, text))
}
/// Bytes that may not appear raw in a cookie name or value (RFC 6265 `cookie-octet`: no
/// controls, space, `"`, `,`, `;` or `\`), plus `=` (it ends a name) and `%` (so the
/// encoding can be undone).
const COOKIE: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'%')
    .add(b',')
    .add(b';')
    .add(b'=')
    .add(b'\\');
/// Sets the `Cookie` header from cookie parameters, each name and value percent-encoded so a
/// value such as `abc; admin=true` stays one cookie.
pub fn with_cookies(
    request: reqwest::RequestBuilder,
    cookies: &[(String, String)],
) -> reqwest::RequestBuilder {
    if cookies.is_empty() {
        return request;
    }
    let encode = |text: &str| {
        percent_encoding::utf8_percent_encode(text, COOKIE).to_string()
    };
    let header = cookies
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("; ");
    request.header(reqwest::header::COOKIE, header)
}
/// Attaches a JSON body.
pub fn json_body<T: Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    content_type: &str,
    body: &T,
) -> Result<reqwest::RequestBuilder, EncodeError> {
    let bytes = serde_json::to_vec(body).map_err(|e| EncodeError(format!("body: {e}")))?;
    Ok(request.header(reqwest::header::CONTENT_TYPE, content_type).body(bytes))
}
/// Attaches a form body, nested fields in bracket notation (`metadata[key]=v`, `items[0][price]=p`).
pub fn form_body<T: Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    content_type: &str,
    body: &T,
) -> Result<reqwest::RequestBuilder, EncodeError> {
    let value = serde_json::to_value(body)
        .map_err(|e| EncodeError(format!("body: {e}")))?;
    let mut pairs = Vec::new();
    match &value {
        Value::Object(map) => {
            for (key, v) in map {
                append_brackets(&mut pairs, key, v);
            }
        }
        Value::Null => {}
        _ => return Err(EncodeError("a form body must be an object".to_owned())),
    }
    let encoded: String = pairs
        .iter()
        .map(|(k, v)| format!("{}={}", form_encode(k), form_encode(v)))
        .collect::<Vec<_>>()
        .join("&");
    Ok(request.header(reqwest::header::CONTENT_TYPE, content_type).body(encoded))
}
/// A file part of a `multipart/form-data` body.
pub struct FilePart<'a> {
    /// The form field name.
    pub name: &'a str,
    /// The file name sent with the part.
    pub file_name: &'a str,
    /// The part's content type (`application/octet-stream` when not given).
    pub content_type: Option<&'a str>,
    /// The file's content.
    pub bytes: &'a [u8],
}
/// Attaches a `multipart/form-data` body: the fields of `body` as text parts named with
/// brackets (`file_link_data[create]`), then the files.
pub fn multipart_body<T: Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    body: &T,
    files: &[FilePart<'_>],
) -> Result<reqwest::RequestBuilder, EncodeError> {
    let value = serde_json::to_value(body)
        .map_err(|e| EncodeError(format!("body: {e}")))?;
    let mut fields = Vec::new();
    match &value {
        Value::Object(map) => {
            for (key, v) in map {
                append_brackets(&mut fields, key, v);
            }
        }
        Value::Null => {}
        _ => return Err(EncodeError("a multipart body must be an object".to_owned())),
    }
    let boundary = multipart_boundary(&fields, files);
    let mut out = Vec::new();
    for (name, text) in &fields {
        out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        out.extend_from_slice(
            format!(
                "Content-Disposition: form-data; name=\"{}\"\r\n\r\n", quote_part(name)
            )
                .as_bytes(),
        );
        out.extend_from_slice(text.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    for file in files {
        out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        out.extend_from_slice(
            format!(
                "Content-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
                quote_part(file.name), quote_part(file.file_name), file.content_type
                .unwrap_or("application/octet-stream").replace(['\r', '\n'], "")
            )
                .as_bytes(),
        );
        out.extend_from_slice(file.bytes);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let content_type = format!("multipart/form-data; boundary={boundary}");
    Ok(request.header(reqwest::header::CONTENT_TYPE, content_type).body(out))
}
/// A random boundary that occurs in no part. With 165 random bits (32 lower-case letters and
/// digits: servers that lower-case header parameters still find it) a file cannot be made to
/// contain it, so the parts are searched once (linear in their size); a new one is drawn only
/// if that search ever finds it.
fn multipart_boundary(fields: &[(String, String)], files: &[FilePart<'_>]) -> String {
    let contains = |haystack: &[u8], needle: &[u8]| {
        haystack.windows(needle.len()).any(|w| w == needle)
    };
    loop {
        let random: String = std::iter::repeat_with(|| {
                fastrand::alphanumeric().to_ascii_lowercase()
            })
            .take(32)
            .collect();
        let boundary = format!("sdkgen-boundary-{random}");
        let needle = boundary.as_bytes();
        let taken = fields
            .iter()
            .any(|(k, v)| {
                contains(k.as_bytes(), needle) || contains(v.as_bytes(), needle)
            }) || files.iter().any(|f| contains(f.bytes, needle));
        if !taken {
            return boundary;
        }
    }
}
/// A name or file name as a quoted-string in a `Content-Disposition` header.
fn quote_part(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"").replace(['\r', '\n'], " ")
}
/// Characters left as they are in `application/x-www-form-urlencoded` text.
const FORM: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'*')
    .remove(b'-')
    .remove(b'.')
    .remove(b'_');
fn form_encode(text: &str) -> String {
    percent_encoding::utf8_percent_encode(text, FORM).to_string()
}
/// Attaches a raw body.
pub fn bytes_body(
    request: reqwest::RequestBuilder,
    content_type: &str,
    body: &[u8],
) -> Result<reqwest::RequestBuilder, EncodeError> {
    Ok(request.header(reqwest::header::CONTENT_TYPE, content_type).body(body.to_vec()))
}
