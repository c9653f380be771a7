//! Applying a version bump: the new version in the SDK list and the entry in the SDK's
//! `CHANGELOG.md`.

use std::path::Path;

use crate::diff::ApiDiff;
use crate::error::{Error, Result};

/// File name of the changelog inside a generated SDK. The generator keeps it as it is on disk
/// and only `--bump` adds to it.
pub const CHANGELOG: &str = "CHANGELOG.md";

const CHANGELOG_TITLE: &str = "# Changelog\n";

/// The changelog with an entry for `version` on top; `current` is the file as it is, if any.
pub fn changelog_with_entry(current: Option<&str>, version: &str, diff: Option<&ApiDiff>) -> String {
    let body = match diff {
        Some(diff) if !diff.is_empty() => diff.to_markdown_body(3),
        Some(_) => "No changes to the API surface; the generated code changed.\n".to_owned(),
        None => "No earlier API manifest (`api.json`) to compare with.\n".to_owned(),
    };
    let entry = format!("## {version}\n\n{}", crate::render::visible::escape(CHANGELOG, &body));
    let rest = current.map(|c| c.strip_prefix(CHANGELOG_TITLE).unwrap_or(c).trim_start_matches('\n')).unwrap_or("");
    if rest.is_empty() { format!("{CHANGELOG_TITLE}\n{entry}") } else { format!("{CHANGELOG_TITLE}\n{entry}\n{rest}") }
}

/// Rewrites the `version` of the `[[sdk]]` entry named `name` in the SDK list's text, keeping
/// everything else (comments, order, spacing) as it is.
pub fn set_version(config_path: &Path, text: &str, name: &str, version: &str) -> Result<String> {
    let error = |message: String| Error::Config { path: config_path.to_owned(), message };
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let starts: Vec<usize> = lines.iter().enumerate().filter(|(_, l)| l.trim() == "[[sdk]]").map(|(i, _)| i).collect();
    for (k, &start) in starts.iter().enumerate() {
        let end = lines[start + 1..]
            .iter()
            .position(|l| l.trim_start().starts_with('['))
            .map_or(lines.len(), |p| start + 1 + p)
            .min(starts.get(k + 1).copied().unwrap_or(lines.len()));
        let block = &lines[start + 1..end];
        let value_of = |line: &str, key: &str| -> Option<String> {
            let (k, v) = line.split_once('=')?;
            if k.trim() != key {
                return None;
            }
            let v = v.split('#').next()?.trim();
            toml::from_str::<toml::Value>(&format!("v = {v}")).ok()?.get("v")?.as_str().map(str::to_owned)
        };
        if !block.iter().any(|l| value_of(l, "name").as_deref() == Some(name)) {
            continue;
        }
        let Some(offset) = block.iter().position(|l| value_of(l, "version").is_some()) else {
            return Err(error(format!("the entry for `{name}` has no `version = \"...\"` line to update")));
        };
        let line = block[offset];
        let indent = &line[..line.len() - line.trim_start().len()];
        let newline = if line.ends_with('\n') { "\n" } else { "" };
        let mut out: String = lines[..start + 1 + offset].concat();
        out.push_str(&format!("{indent}version = \"{version}\"{newline}"));
        out.push_str(&lines[start + 2 + offset..].concat());
        return Ok(out);
    }
    Err(error(format!("no `[[sdk]]` entry named `{name}`")))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = "# SDKs\n[[sdk]]\nname = \"a\"\nversion = \"0.1.0\" # keep\n\n[[sdk]]\nversion = \"1.2.3\"\nname = \"b\"\n";

    #[test]
    fn set_version_changes_only_the_named_entry() {
        let out = set_version(Path::new("sdks.toml"), CONFIG, "b", "2.0.0").unwrap();
        assert_eq!(out, CONFIG.replace("1.2.3", "2.0.0"));
        let out = set_version(Path::new("sdks.toml"), CONFIG, "a", "0.2.0").unwrap();
        assert_eq!(out, CONFIG.replace("\"0.1.0\" # keep", "\"0.2.0\""));
        let err = set_version(Path::new("sdks.toml"), CONFIG, "c", "1.0.0").unwrap_err();
        assert_eq!(err.to_string(), "sdks.toml: no `[[sdk]]` entry named `c`");
    }

    #[test]
    fn changelog_entries_go_on_top() {
        let first = changelog_with_entry(None, "0.1.1", None);
        assert!(first.starts_with("# Changelog\n\n## 0.1.1\n\n"), "{first}");
        let second = changelog_with_entry(Some(&first), "0.2.0", None);
        assert!(second.starts_with("# Changelog\n\n## 0.2.0\n\n"), "{second}");
        assert!(second.ends_with(first.strip_prefix("# Changelog\n\n").unwrap()), "{second}");
    }
}
