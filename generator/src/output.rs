//! Stage 6: write generated files, or compare them with what is on disk.
//!
//! Writing is all or nothing: every file of every SDK is first staged next to its destination;
//! only when all are staged are they moved into place, and files no longer produced removed.
//! Unchanged files are not touched, so their timestamps (and cargo's caches) survive.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The files of one generated SDK, in memory.
#[derive(Debug, Clone)]
pub struct GeneratedSdk {
    /// The SDK's name.
    pub name: String,
    /// The directory the SDK is written to.
    pub root: PathBuf,
    /// File contents by path relative to `root` (with `/` separators).
    pub files: BTreeMap<String, String>,
}

/// How a file on disk compares with the generated one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// Generated but not on disk.
    Missing(PathBuf),
    /// On disk but no longer generated.
    Extra(PathBuf),
    /// On disk with other contents; carries a short unified diff.
    Stale { path: PathBuf, diff: String },
}

/// What a write did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteSummary {
    /// Files created or changed.
    pub written: Vec<PathBuf>,
    /// Files already up to date.
    pub unchanged: usize,
    /// Files removed because they are no longer generated.
    pub removed: Vec<PathBuf>,
}

/// Files under `root`, relative, with `/` separators.
fn files_on_disk(root: &Path) -> Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    if !root.exists() {
        return Ok(out);
    }
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).map_err(|e| Error::io(&dir, e))? {
            let path = entry.map_err(|e| Error::io(&dir, e))?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(root).expect("walked from root");
                out.insert(rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"));
            }
        }
    }
    Ok(out)
}

/// Compares the generated SDKs with the files on disk.
pub fn check(sdks: &[GeneratedSdk]) -> Result<Vec<Drift>> {
    let mut drift = Vec::new();
    for sdk in sdks {
        let on_disk = files_on_disk(&sdk.root)?;
        for (rel, text) in &sdk.files {
            let path = sdk.root.join(rel);
            if !on_disk.contains(rel) {
                drift.push(Drift::Missing(path));
                continue;
            }
            let current = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
            if current != text.as_bytes() {
                let diff = short_diff(&String::from_utf8_lossy(&current), text, &path);
                drift.push(Drift::Stale { path, diff });
            }
        }
        for rel in on_disk.iter().filter(|rel| !sdk.files.contains_key(*rel)) {
            drift.push(Drift::Extra(sdk.root.join(rel)));
        }
    }
    Ok(drift)
}

/// A unified diff from what is on disk to what the generator writes, cut to 40 lines.
fn short_diff(old: &str, new: &str, path: &Path) -> String {
    const MAX_LINES: usize = 40;
    let diff = similar::TextDiff::from_lines(old, new);
    let name = path.display().to_string();
    let text = diff.unified_diff().context_radius(2).header(&format!("{name} (on disk)"), &format!("{name} (generated)")).to_string();
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= MAX_LINES {
        return text;
    }
    format!("{}\n... {} more lines\n", lines[..MAX_LINES].join("\n"), lines.len() - MAX_LINES)
}

/// Writes every SDK, all or nothing.
pub fn write_all(sdks: &[GeneratedSdk]) -> Result<WriteSummary> {
    let drift = check(sdks)?;
    let mut summary = WriteSummary::default();
    let total: usize = sdks.iter().map(|s| s.files.len()).sum();
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut new_dirs: Vec<PathBuf> = Vec::new();
    let stage_result = (|| -> Result<()> {
        for d in &drift {
            let (Drift::Missing(path) | Drift::Stale { path, .. }) = d else { continue };
            let sdk = sdks.iter().find(|s| path.starts_with(&s.root)).expect("drift paths come from an SDK");
            let rel = path.strip_prefix(&sdk.root).expect("under root").to_string_lossy().replace('\\', "/");
            let parent = path.parent().expect("a file has a parent");
            if let Some(first_new) = parent.ancestors().take_while(|d| !d.exists()).last() {
                new_dirs.push(first_new.to_path_buf());
            }
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            let tmp = parent.join(format!(".{}.sdkgen-staged", path.file_name().unwrap_or_default().to_string_lossy()));
            std::fs::write(&tmp, &sdk.files[&rel]).map_err(|e| Error::io(&tmp, e))?;
            staged.push((tmp, path.clone()));
        }
        Ok(())
    })();
    if let Err(e) = stage_result {
        discard(&staged);
        for dir in new_dirs.iter().rev() {
            let _ = std::fs::remove_dir_all(dir);
        }
        return Err(e);
    }
    for (i, (tmp, path)) in staged.iter().enumerate() {
        if let Err(e) = std::fs::rename(tmp, path) {
            discard(&staged[i..]);
            return Err(Error::io(path, e));
        }
        summary.written.push(path.clone());
    }
    for d in drift {
        if let Drift::Extra(path) = d {
            std::fs::remove_file(&path).map_err(|e| Error::io(&path, e))?;
            remove_empty_parents(&path, sdks);
            summary.removed.push(path);
        }
    }
    summary.unchanged = total - summary.written.len();
    Ok(summary)
}

/// Removes staged files that will not be moved into place.
fn discard(staged: &[(PathBuf, PathBuf)]) {
    for (tmp, _) in staged {
        let _ = std::fs::remove_file(tmp);
    }
}

fn remove_empty_parents(path: &Path, sdks: &[GeneratedSdk]) {
    let mut dir = path.parent();
    while let Some(d) = dir {
        if sdks.iter().any(|s| s.root == d) || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}
