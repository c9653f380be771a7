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
pub fn encode_path_segment(value: impl fmt::Display) -> Result<Cow<'static, str>, EncodeError> {
    let text = value.to_string();
    if matches!(text.as_str(), "" | "." | "..") {
        return Err(EncodeError(format!(
            "path argument {text:?} would address another resource (\"\", \".\" and \"..\" are refused)"
        )));
    }
    Ok(Cow::Owned(percent_encoding::utf8_percent_encode(&text, PATH_SEGMENT).to_string()))
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
    let value =
        serde_json::to_value(value).map_err(|e| EncodeError(format!("parameter `{name}`: {e}")))?;
    let joined = |items: &[Value], sep: &str| {
        items
            .iter()
            .filter_map(scalar_text)
            .collect::<Vec<_>>()
            .join(sep)
    };
    match (&value, style) {
        (Value::Null, _) => {}
        (Value::Array(items), QueryStyle::Form) => {
            pairs.extend(
                items
                    .iter()
                    .filter_map(scalar_text)
                    .map(|v| (name.to_owned(), v)),
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
const MAP_KEY: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS.add(b'%').add(b'[').add(b']');

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
    let value =
        serde_json::to_value(value).map_err(|e| EncodeError(format!("header `{name}`: {e}")))?;
    let text = match &value {
        Value::Null => return Ok(request),
        Value::Array(items) => items
            .iter()
            .filter_map(scalar_text)
            .collect::<Vec<_>>()
            .join(","),
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
    let encode = |text: &str| percent_encoding::utf8_percent_encode(text, COOKIE).to_string();
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
    Ok(request
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(bytes))
}

/// Attaches a form body, nested fields in bracket notation (`metadata[key]=v`, `items[0][price]=p`).
pub fn form_body<T: Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    content_type: &str,
    body: &T,
) -> Result<reqwest::RequestBuilder, EncodeError> {
    let value = serde_json::to_value(body).map_err(|e| EncodeError(format!("body: {e}")))?;
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
    Ok(request
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(encoded))
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
    let value = serde_json::to_value(body).map_err(|e| EncodeError(format!("body: {e}")))?;
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
        out.extend_from_slice(format!("Content-Disposition: form-data; name=\"{}\"\r\n\r\n", quote_part(name)).as_bytes());
        out.extend_from_slice(text.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    for file in files {
        out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        out.extend_from_slice(
            format!(
                "Content-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
                quote_part(file.name),
                quote_part(file.file_name),
                file.content_type.unwrap_or("application/octet-stream").replace(['\r', '\n'], "")
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
    let contains = |haystack: &[u8], needle: &[u8]| haystack.windows(needle.len()).any(|w| w == needle);
    loop {
        let random: String =
            std::iter::repeat_with(|| fastrand::alphanumeric().to_ascii_lowercase()).take(32).collect();
        let boundary = format!("sdkgen-boundary-{random}");
        let needle = boundary.as_bytes();
        let taken = fields
            .iter()
            .any(|(k, v)| contains(k.as_bytes(), needle) || contains(v.as_bytes(), needle))
            || files.iter().any(|f| contains(f.bytes, needle));
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
    Ok(request
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(body.to_vec()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn multipart_bodies_name_fields_with_brackets_and_carry_files() {
        let client = http_client_builder().build().unwrap();
        let body = serde_json::json!({"purpose": "dispute_evidence", "file_link_data": {"create": true}});
        let file = FilePart { name: "file", file_name: "a\"b.txt", content_type: Some("text/plain"), bytes: b"hello" };
        let request = multipart_body(client.post("http://localhost/"), &body, &[file]).unwrap().build().unwrap();
        let content_type = request.headers()[reqwest::header::CONTENT_TYPE].to_str().unwrap().to_owned();
        let boundary = content_type.strip_prefix("multipart/form-data; boundary=").unwrap();
        let text = String::from_utf8(request.body().unwrap().as_bytes().unwrap().to_vec()).unwrap();
        assert!(text.contains("name=\"file_link_data[create]\"\r\n\r\ntrue\r\n"), "{text}");
        assert!(text.contains("name=\"file\"; filename=\"a\\\"b.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n"), "{text}");
        assert!(text.ends_with(&format!("--{boundary}--\r\n")));
    }

    use super::*;
    use super::super::http_client_builder;

    fn query<T: Serialize>(value: &T, style: QueryStyle) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        append_query(&mut pairs, "p", value, style).unwrap();
        pairs
    }

    fn pair(k: &str, v: &str) -> (String, String) {
        (k.to_owned(), v.to_owned())
    }

    #[test]
    fn path_segments_keep_reserved_characters_inside() {
        assert_eq!(encode_path_segment("a/b?c#d e").unwrap(), "a%2Fb%3Fc%23d%20e");
        assert_eq!(encode_path_segment("cus_1-2.3~").unwrap(), "cus_1-2.3~");
        assert_eq!(encode_path_segment(42).unwrap(), "42");
        assert_eq!(encode_path_segment("...").unwrap(), "...");
        assert_eq!(encode_path_segment("%2e%2e").unwrap(), "%252e%252e");
    }

    #[test]
    fn path_arguments_that_address_another_resource_are_refused() {
        for value in ["", ".", ".."] {
            let err = encode_path_segment(value).unwrap_err();
            assert!(err.to_string().contains("would address another resource"), "{err}");
        }
    }

    #[test]
    fn cookie_values_cannot_add_cookies() {
        let client = http_client_builder().build().unwrap();
        let cookies = [pair("session", "abc; admin=true"), pair("theme", "dark, \"x\" ü")];
        let request = with_cookies(client.get("http://localhost/"), &cookies).build().unwrap();
        let header = request.headers()[reqwest::header::COOKIE].to_str().unwrap();
        assert_eq!(header, "session=abc%3B%20admin%3Dtrue; theme=dark%2C%20%22x%22%20%C3%BC");
        assert_eq!(header.matches(';').count(), 1, "two cookies, no more");
    }

    #[test]
    fn brackets_in_map_keys_stay_inside_the_key() {
        let client = http_client_builder().build().unwrap();
        let body = serde_json::json!({"metadata": {"a[b]": "1", "c]=[d": "2", "%5B": "3", "plain": "4"}});
        let request = form_body(client.post("http://localhost/"), "application/x-www-form-urlencoded", &body)
            .unwrap()
            .build()
            .unwrap();
        let sent = std::str::from_utf8(request.body().unwrap().as_bytes().unwrap()).unwrap().to_owned();
        // After the server's one form-decoding: `metadata[%255B]`, `metadata[a%5Bb%5D]`, ... each
        // one level deep. The pairs' order follows the map's, which depends on serde_json's
        // `preserve_order` feature (on when built with the workspace), so compare them as a set.
        let mut pairs: Vec<&str> = sent.split('&').collect();
        pairs.sort_unstable();
        assert_eq!(
            pairs,
            [
                "metadata%5B%25255B%5D=3",
                "metadata%5Ba%255Bb%255D%5D=1",
                "metadata%5Bc%255D%3D%255Bd%5D=2",
                "metadata%5Bplain%5D=4"
            ]
        );
        assert_eq!(
            query(&serde_json::json!({"x[y]": 1}), QueryStyle::DeepObject),
            vec![pair("p[x%5By%5D]", "1")]
        );
    }

    #[test]
    fn a_crafted_file_cannot_make_the_boundary_search_slow() {
        // Every boundary the old counter would have tried, one after another: 148 KiB.
        let crafted: Vec<u8> = (0u64..4_000)
            .flat_map(|n| format!("sdkgen-form-boundary-{n:016x}").into_bytes())
            .collect();
        let file = FilePart { name: "file", file_name: "f", content_type: None, bytes: &crafted };
        let client = http_client_builder().build().unwrap();
        let started = std::time::Instant::now();
        let request = multipart_body(client.post("http://localhost/"), &serde_json::json!({}), &[file]).unwrap().build().unwrap();
        assert!(started.elapsed() < std::time::Duration::from_millis(500), "{:?}", started.elapsed());
        let content_type = request.headers()[reqwest::header::CONTENT_TYPE].to_str().unwrap().to_owned();
        let boundary = content_type.strip_prefix("multipart/form-data; boundary=").unwrap();
        let body = request.body().unwrap().as_bytes().unwrap();
        let marker = format!("--{boundary}");
        let count = body.windows(marker.len()).filter(|w| *w == marker.as_bytes()).count();
        assert_eq!(count, 2, "the boundary opens the file part and closes the body, nowhere else");
        assert_ne!(multipart_boundary(&[], &[]), multipart_boundary(&[], &[]), "boundaries are random");
    }

    #[test]
    fn query_styles() {
        let list = vec!["a", "b"];
        assert_eq!(
            query(&list, QueryStyle::Form),
            vec![pair("p", "a"), pair("p", "b")]
        );
        assert_eq!(
            query(&list, QueryStyle::FormNoExplode),
            vec![pair("p", "a,b")]
        );
        assert_eq!(
            query(&list, QueryStyle::SpaceDelimited),
            vec![pair("p", "a b")]
        );
        assert_eq!(
            query(&list, QueryStyle::PipeDelimited),
            vec![pair("p", "a|b")]
        );
        let object = serde_json::json!({"gte": 1, "tags": ["x"]});
        assert_eq!(
            query(&object, QueryStyle::DeepObject),
            vec![pair("p[gte]", "1"), pair("p[tags][0]", "x")]
        );
        assert_eq!(
            query(&None::<String>, QueryStyle::Form),
            Vec::<(String, String)>::new()
        );
        assert_eq!(query(&true, QueryStyle::Form), vec![pair("p", "true")]);
    }

    #[test]
    fn form_bodies_use_brackets_and_percent_encoding() {
        let client = http_client_builder().build().unwrap();
        let body = serde_json::json!({"amount": 100, "items": [{"price": "p_1"}], "metadata": {"order id": "A&1"}, "skip": null});
        let request = form_body(
            client.post("http://localhost/"),
            "application/x-www-form-urlencoded",
            &body,
        )
        .unwrap()
        .build()
        .unwrap();
        let sent = std::str::from_utf8(request.body().unwrap().as_bytes().unwrap())
            .unwrap()
            .to_owned();
        assert_eq!(
            sent,
            "amount=100&items%5B0%5D%5Bprice%5D=p_1&metadata%5Border%20id%5D=A%261"
        );
        let not_object = form_body(
            client.post("http://localhost/"),
            "application/x-www-form-urlencoded",
            &[1, 2],
        );
        assert!(not_object.is_err());
    }
}
