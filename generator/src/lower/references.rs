//! Following `$ref`s to path items, parameters, request bodies and responses wherever they
//! point in the document: an entry of its `components` section, or the place where an operation
//! (or a path item) declares it (`#/paths/~1pets/get/responses/401`, as converters write them),
//! through components that are themselves references.

use openapiv3::{OpenAPI, Operation, Parameter, PathItem, ReferenceOr, RequestBody, Response, StatusCode};

use crate::spec::pointer;

/// Most references followed from one `$ref` before giving up (the spec's reference checks
/// already refuse cycles; this only bounds the work).
const MAX_HOPS: usize = 64;

/// A kind of object a `$ref` can name outside schemas: where such objects are found.
pub trait Referable: Sized {
    /// Where objects of this kind are found, for a message.
    const PLACES: &'static str;
    /// The object at `tokens` (a JSON pointer split into unescaped tokens), if one is there.
    fn at<'a>(doc: &'a OpenAPI, tokens: &[String]) -> Option<&'a ReferenceOr<Self>>;
}

/// Follows `reference` until it reaches an object written in place; returns it with its JSON
/// pointer. The error says why the reference leads nowhere usable.
pub fn follow<'a, T: Referable>(doc: &'a OpenAPI, reference: &str) -> Result<(&'a T, String), String> {
    let mut reference = reference;
    for _ in 0..MAX_HOPS {
        let Some(at) = pointer::from_ref(reference) else {
            return Err(format!("`{reference}` is not a reference inside this document"));
        };
        let tokens = pointer::tokens(&at);
        match T::at(doc, &tokens) {
            Some(ReferenceOr::Item(item)) => return Ok((item, at)),
            Some(ReferenceOr::Reference { reference: next }) => reference = next,
            None => {
                return Err(format!("`{reference}` does not lead to {}", T::PLACES));
            }
        }
    }
    Err(format!("`{reference}` starts a chain of more than {MAX_HOPS} references"))
}

/// The operation of `item` for the lower-case HTTP method `method`.
fn operation<'a>(item: &'a PathItem, method: &str) -> Option<&'a Operation> {
    item.iter().find(|(m, _)| *m == method).map(|(_, op)| op)
}

/// The path item at `/paths/<path>`, written in place.
fn path_item<'a>(doc: &'a OpenAPI, path: &str) -> Option<&'a PathItem> {
    doc.paths.paths.get(path)?.as_item()
}

impl Referable for PathItem {
    const PLACES: &'static str = "a path item under `#/paths`";

    fn at<'a>(doc: &'a OpenAPI, tokens: &[String]) -> Option<&'a ReferenceOr<Self>> {
        match tokens {
            [p, path] if p == "paths" => doc.paths.paths.get(path),
            _ => None,
        }
    }
}

impl Referable for Response {
    const PLACES: &'static str = "an entry of `#/components/responses` or a response an operation declares";

    fn at<'a>(doc: &'a OpenAPI, tokens: &[String]) -> Option<&'a ReferenceOr<Self>> {
        match tokens {
            [c, s, name] if c == "components" && s == "responses" => doc.components.as_ref()?.responses.get(name),
            [p, path, method, r, code] if p == "paths" && r == "responses" => {
                let responses = &operation(path_item(doc, path)?, method)?.responses;
                if code == "default" {
                    return responses.default.as_ref();
                }
                responses.responses.iter().find(|(status, _)| status_matches(status, code)).map(|(_, r)| r)
            }
            _ => None,
        }
    }
}

impl Referable for Parameter {
    const PLACES: &'static str = "an entry of `#/components/parameters` or a parameter a path or operation declares";

    fn at<'a>(doc: &'a OpenAPI, tokens: &[String]) -> Option<&'a ReferenceOr<Self>> {
        match tokens {
            [c, s, name] if c == "components" && s == "parameters" => doc.components.as_ref()?.parameters.get(name),
            [p, path, s, index] if p == "paths" && s == "parameters" => path_item(doc, path)?.parameters.get(index.parse::<usize>().ok()?),
            [p, path, method, s, index] if p == "paths" && s == "parameters" => {
                operation(path_item(doc, path)?, method)?.parameters.get(index.parse::<usize>().ok()?)
            }
            _ => None,
        }
    }
}

impl Referable for RequestBody {
    const PLACES: &'static str = "an entry of `#/components/requestBodies` or a request body an operation declares";

    fn at<'a>(doc: &'a OpenAPI, tokens: &[String]) -> Option<&'a ReferenceOr<Self>> {
        match tokens {
            [c, s, name] if c == "components" && s == "requestBodies" => doc.components.as_ref()?.request_bodies.get(name),
            [p, path, method, b] if p == "paths" && b == "requestBody" => operation(path_item(doc, path)?, method)?.request_body.as_ref(),
            _ => None,
        }
    }
}

/// Whether a status code is written `code` in a document (`200`, `4XX`).
fn status_matches(status: &StatusCode, code: &str) -> bool {
    status.to_string().eq_ignore_ascii_case(code)
}
