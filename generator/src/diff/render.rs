//! The diff as Markdown (pull requests, changelogs) and as JSON (machines).

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::json;

use super::{ApiDiff, Crate, Impact};

/// Sections of the Markdown report, most severe first.
const SECTIONS: &[(Impact, &str)] =
    &[(Impact::Breaking, "Breaking changes"), (Impact::Addition, "Additions"), (Impact::Compatible, "Compatible changes")];

/// The Markdown report; the title is a heading of `level` (1 for `#`), sections one below.
pub fn markdown(diff: &ApiDiff, level: usize) -> String {
    let level = level.max(1);
    format!("{} API changes: `{}`\n\n{}", "#".repeat(level), diff.sdk, body(diff, level + 1))
}

/// The report without its title; section headings are of `level`.
pub fn body(diff: &ApiDiff, level: usize) -> String {
    let h = "#".repeat(level.max(1));
    let mut out = String::new();
    if diff.is_empty() {
        out.push_str("No changes to the API surface.\n");
        return out;
    }
    let _ = writeln!(
        out,
        "Suggested version bump: **{}** (`{}`: {}, `{}`: {}).",
        diff.semver_bump(),
        diff.models_package,
        diff.crate_bump(Crate::Models),
        diff.client_package,
        diff.crate_bump(Crate::Client),
    );
    let counts = super::counts(diff);
    let summary: Vec<String> = SECTIONS
        .iter()
        .filter_map(|(impact, _)| counts.get(impact).map(|n| format!("{n} {}", noun(*impact, *n))))
        .collect();
    let _ = writeln!(out, "{}.", summary.join(", "));
    if diff.changes.len() > SUMMARY_OVER {
        summary_table(diff, &mut out);
    }
    for (impact, title) in SECTIONS {
        let changes: Vec<_> = diff.changes.iter().filter(|c| c.impact == *impact).collect();
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{h} {title}\n");
        for c in changes {
            let _ = writeln!(out, "- `{}`: {}", c.subject, c.detail);
        }
    }
    out
}

/// Reports with more changes than this open with a table of changes by resource.
const SUMMARY_OVER: usize = 40;

/// One row per resource: its breaking changes, additions and compatible changes, the
/// resources with the most breaking changes first.
fn summary_table(diff: &ApiDiff, out: &mut String) {
    let mut rows: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    for c in &diff.changes {
        let resource = diff.resources.get(super::subject_root(&c.subject)).map_or("unused", String::as_str);
        let column = match c.impact {
            Impact::Breaking => 0,
            Impact::Addition => 1,
            Impact::Compatible => 2,
        };
        rows.entry(resource).or_default()[column] += 1;
    }
    let mut rows: Vec<(&str, [usize; 3])> = rows.into_iter().collect();
    rows.sort_by(|a, b| b.1[0].cmp(&a.1[0]).then(b.1[1].cmp(&a.1[1])).then(a.0.cmp(b.0)));
    let _ = writeln!(out, "\n| resource | breaking | additions | compatible |\n| --- | ---: | ---: | ---: |");
    for (resource, [breaking, additions, compatible]) in rows {
        let _ = writeln!(out, "| `{resource}` | {breaking} | {additions} | {compatible} |");
    }
}

fn noun(impact: Impact, n: usize) -> &'static str {
    match (impact, n) {
        (Impact::Breaking, 1) => "breaking change",
        (Impact::Breaking, _) => "breaking changes",
        (Impact::Addition, 1) => "addition",
        (Impact::Addition, _) => "additions",
        (Impact::Compatible, 1) => "compatible change",
        (Impact::Compatible, _) => "compatible changes",
    }
}

/// The JSON report: the bumps, counts by impact, and every change.
pub fn json(diff: &ApiDiff) -> String {
    let counts = super::counts(diff);
    let count = |impact| counts.get(&impact).copied().unwrap_or(0);
    let changes: Vec<_> = diff
        .changes
        .iter()
        .map(|c| {
            json!({
                "subject": c.subject,
                "kind": c.kind,
                "impact": c.impact,
                "breaking": c.impact.is_breaking(),
                "crate": c.krate,
                "detail": c.detail,
            })
        })
        .collect();
    let value = json!({
        "sdk": diff.sdk,
        "bump": diff.semver_bump(),
        "crates": {
            diff.models_package.as_str(): diff.crate_bump(Crate::Models),
            diff.client_package.as_str(): diff.crate_bump(Crate::Client),
        },
        "breaking": count(Impact::Breaking),
        "additions": count(Impact::Addition),
        "compatible": count(Impact::Compatible),
        "changes": changes,
    });
    let mut text = serde_json::to_string_pretty(&value).expect("the report serializes");
    text.push('\n');
    text
}
