//! `$ref` checking: every reference must be local and resolve, and no chain of references may
//! loop back on itself without a type in between. A reference that fails degrades the item
//! around it ([`degrade`](crate::spec::degrade)), and the rest of the document is generated.

use std::collections::HashSet;

use serde_json::Value;

use crate::error::Diagnostic;
use crate::spec::{degrade, pointer};

/// Most rounds of checking: an item left out can leave references to it dangling, which the
/// next round degrades in turn (a parameter component, then the operations that use it).
const MAX_ROUNDS: usize = 8;

/// Checks every `$ref` in `doc` and degrades the item around each one that fails, until no
/// reference fails. Returns the failures as warnings that say what became of each item, and
/// the failures no item confines (or still left after [`MAX_ROUNDS`]) as errors.
pub fn check_and_degrade(doc: &mut Value) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let mut warnings = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let (degraded, errors) = degrade::degrade(doc, check(doc));
        let done = degraded.is_empty() || !errors.is_empty();
        warnings.extend(degraded);
        if done {
            return (warnings, errors);
        }
    }
    (warnings, check(doc))
}

/// Checks every `$ref` in `doc`; returns one diagnostic per problem, in document order.
pub fn check(doc: &Value) -> Vec<Diagnostic> {
    let refs = collect_refs(doc);
    let mut problems = Vec::new();
    let mut followed = HashSet::new();
    for (at, reference) in &refs {
        let Some(target) = pointer::from_ref(reference) else {
            problems.push(Diagnostic::at(
                at.clone(),
                format!("external reference `{reference}` is not supported; bundle the spec into one file first"),
            ));
            continue;
        };
        if doc.pointer(&target).is_none() {
            problems.push(Diagnostic::invalid(
                at.clone(),
                format!("dangling reference `{reference}`: nothing exists at `{target}`"),
            ));
            continue;
        }
        if let Some(cycle) = alias_cycle(doc, &target, &mut followed) {
            // Placed at the reference that closes the cycle, which is where it can be broken.
            let closing = cycle.last().expect("a cycle has a place");
            let place = match doc.pointer(closing).and_then(|v| v.get("$ref")) {
                Some(_) => pointer::push(closing, "$ref"),
                None => format!("{closing}/allOf/0/$ref"),
            };
            problems.push(Diagnostic::invalid(place, format!("reference cycle: {}", describe_cycle(&cycle))));
        }
    }
    problems
}

/// Every `(pointer of the $ref, reference)` pair of `doc`, in document order, skipping example
/// data and extensions.
pub fn collect_refs(doc: &Value) -> Vec<(String, String)> {
    let mut refs = Vec::new();
    collect(doc, String::new(), &mut refs);
    refs
}

/// Gathers `(pointer of the $ref, reference)` pairs, skipping example data.
fn collect(value: &Value, at: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref") {
                out.push((pointer::push(&at, "$ref"), reference.clone()));
            }
            for (key, child) in map {
                if key == "example" || key == "examples" || key.starts_with("x-") {
                    continue;
                }
                collect(child, pointer::push(&at, key), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect(child, pointer::push(&at, &i.to_string()), out);
            }
        }
        _ => {}
    }
}

/// Follows a chain of pure aliases (`{$ref}` or `{allOf: [{$ref}]}`) from `start`; returns the
/// chain if it comes back to a place it has visited. Places already followed (from an earlier
/// `$ref`) are kept in `followed`, so that every place is followed once however many refer to
/// it, and a cycle is found, and reported, once.
fn alias_cycle(doc: &Value, start: &str, followed: &mut HashSet<String>) -> Option<Vec<String>> {
    if followed.contains(start) {
        return None;
    }
    let mut chain = vec![start.to_owned()];
    let mut on_chain: HashSet<String> = HashSet::from([start.to_owned()]);
    let mut current = doc.pointer(start);
    while let Some(next) = current.and_then(alias_target).and_then(pointer::from_ref) {
        if followed.contains(&next) {
            break;
        }
        if on_chain.contains(&next) {
            let pos = chain.iter().position(|p| *p == next).expect("on the chain");
            let cycle = chain[pos..].to_vec();
            followed.extend(chain);
            return Some(cycle);
        }
        current = doc.pointer(&next);
        on_chain.insert(next.clone());
        chain.push(next);
    }
    followed.extend(chain);
    None
}

/// Most places of a cycle a message lists before it elides the middle.
const CYCLE_SHOWN: usize = 8;

/// `A -> B -> A`; a long cycle shows its first and last places and how many it leaves out.
fn describe_cycle(cycle: &[String]) -> String {
    let places = if cycle.len() <= CYCLE_SHOWN {
        cycle.join(" -> ")
    } else {
        let head = cycle[..CYCLE_SHOWN / 2].join(" -> ");
        let tail = cycle[cycle.len() - CYCLE_SHOWN / 2..].join(" -> ");
        format!("{head} -> ({} more) -> {tail}", cycle.len() - CYCLE_SHOWN)
    };
    format!("{places} -> {}", cycle[0])
}

fn alias_target(value: &Value) -> Option<&str> {
    let obj = value.as_object()?;
    if let Some(r) = obj.get("$ref").and_then(Value::as_str) {
        return Some(r);
    }
    match obj.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
        Some([only]) => only.get("$ref").and_then(Value::as_str),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn dangling_and_external_refs_are_reported() {
        let doc = json!({ "components": { "schemas": {
            "A": { "$ref": "#/components/schemas/Missing" },
            "B": { "$ref": "other.yaml#/B" },
            "C": { "type": "string", "example": { "$ref": "not checked" } }
        } } });
        let problems = check(&doc);
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].location, crate::error::Location::Pointer("/components/schemas/A/$ref".into()));
        assert!(problems[0].message.contains("dangling"));
        assert!(problems[1].message.contains("external"));
        // A dangling reference breaks the document; an external one is only beyond the generator.
        assert_eq!(problems[0].fault, crate::error::Fault::Invalid);
        assert_eq!(problems[1].fault, crate::error::Fault::Unsupported);
    }

    #[test]
    fn alias_cycles_are_reported_once() {
        let doc = json!({ "components": { "schemas": {
            "A": { "$ref": "#/components/schemas/B" },
            "B": { "allOf": [{ "$ref": "#/components/schemas/A" }] },
            "Tree": { "type": "object", "properties": { "children": { "type": "array", "items": { "$ref": "#/components/schemas/Tree" } } } }
        } } });
        let problems = check(&doc);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.starts_with("reference cycle: /components/schemas/B -> /components/schemas/A"));
    }
}
