//! Stage 6: write generated files, or compare them with what is on disk.
//!
//! Writing is all or nothing: every file of every SDK is first staged next to its destination;
//! only when all are staged are they moved into place, and files no longer produced removed.
//! Unchanged files are not touched, so their timestamps (and cargo's caches) survive.
//!
//! Only files the generator wrote are ever removed: each SDK's directory holds the list of
//! them ([`FILE_LIST`], itself written with the SDK), and a file is removed only when the list
//! on disk names it and the new run no longer produces it. Files a user put beside them stay.
//! Symbolic links are never followed: one where a generated file, a directory of generated
//! files or a listed file is found stops the run before anything is written. Before writing,
//! [`write_all`] refuses an output directory that holds an input of the run or a `.git`, and
//! two SDKs whose directories overlap.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The file in each SDK's directory that lists, one relative path a line, every file the
/// generator wrote there. It is what allows a later run to remove a file: nothing else is
/// removed.
pub const FILE_LIST: &str = ".sdkgen-files";

/// The first line of [`FILE_LIST`].
const FILE_LIST_HEADER: &str = "# Files written by sdkgen. `sdkgen generate` removes a file only when this list names it.";

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

impl GeneratedSdk {
    /// The text of the SDK's [`FILE_LIST`]: its files in order (the list itself left out).
    pub fn file_list(&self) -> String {
        let mut text = format!("{FILE_LIST_HEADER}\n");
        for rel in self.files.keys().filter(|rel| *rel != FILE_LIST) {
            text.push_str(rel);
            text.push('\n');
        }
        text
    }

    /// Every file a write produces, by relative path: the generated files and their list.
    fn planned(&self) -> BTreeMap<&str, std::borrow::Cow<'_, str>> {
        let mut files: BTreeMap<&str, _> = self.files.iter().map(|(rel, text)| (rel.as_str(), text.as_str().into())).collect();
        files.insert(FILE_LIST, self.file_list().into());
        files
    }
}

/// How a file on disk compares with the generated one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// Generated but not on disk.
    Missing(PathBuf),
    /// Named by the [`FILE_LIST`] on disk but no longer generated.
    Extra(PathBuf),
    /// On disk with other contents; carries a short unified diff.
    Stale {
        /// The file, inside the SDK's output directory.
        path: PathBuf,
        /// A short unified diff from the file on disk to the generated one.
        diff: String,
    },
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

/// What is at a path where the generator writes or removes a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    /// Nothing.
    Absent,
    /// A regular file.
    File,
}

/// The files under one SDK's directory, looked at without following symbolic links.
struct Tree {
    /// The SDK's directory.
    root: PathBuf,
    /// Directories (relative to `root`, `""` for the root) already found to be real ones.
    dirs: HashSet<String>,
}

impl Tree {
    fn new(root: &Path) -> Self {
        let root = if root.as_os_str().is_empty() { PathBuf::from(".") } else { root.to_path_buf() };
        Tree { root, dirs: HashSet::new() }
    }

    /// What is at `rel`. A symbolic link, or anything but a directory, where the root or a
    /// directory above the file belongs is an error; so is a symbolic link or anything but a
    /// regular file at `rel` itself.
    fn entry(&mut self, rel: &str) -> Result<Entry> {
        let mut dir = String::new();
        let parents = rel.rsplit_once('/').map_or("", |(parents, _)| parents);
        let levels = std::iter::once("").chain(parents.split('/').filter(|part| !part.is_empty()));
        for part in levels {
            if !part.is_empty() {
                if !dir.is_empty() {
                    dir.push('/');
                }
                dir.push_str(part);
            }
            if self.dirs.contains(&dir) {
                continue;
            }
            let path = if dir.is_empty() { self.root.clone() } else { self.root.join(&dir) };
            match std::fs::symlink_metadata(&path) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Entry::Absent),
                Err(e) => return Err(Error::io(&path, e)),
                Ok(meta) if meta.file_type().is_symlink() => return Err(symlink_found(&path, "a directory")),
                Ok(meta) if !meta.is_dir() => {
                    return Err(Error::Output { path, message: "is not a directory, but generated files go in it".to_owned() });
                }
                Ok(_) => {
                    self.dirs.insert(dir.clone());
                }
            }
        }
        let path = self.root.join(rel);
        match std::fs::symlink_metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Entry::Absent),
            Err(e) => Err(Error::io(&path, e)),
            Ok(meta) if meta.file_type().is_symlink() => Err(symlink_found(&path, "a generated file")),
            Ok(meta) if !meta.is_file() => {
                Err(Error::Output { path, message: "is not a regular file, but a generated file belongs here".to_owned() })
            }
            Ok(_) => Ok(Entry::File),
        }
    }

    /// The file names in the [`FILE_LIST`] on disk; none when there is no list.
    fn listed(&mut self) -> Result<BTreeSet<String>> {
        let path = self.root.join(FILE_LIST);
        if self.entry(FILE_LIST)? == Entry::Absent {
            return Ok(BTreeSet::new());
        }
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        let mut listed = BTreeSet::new();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if !is_plain_relative(line) {
                return Err(Error::Output {
                    path,
                    message: format!(
                        "line {}: {line:?} is not a path inside the SDK's directory (`a/b.rs`, without `.`, `..`, `.git` or a leading `/`)",
                        n + 1
                    ),
                });
            }
            listed.insert(line.to_owned());
        }
        Ok(listed)
    }
}

/// A relative path of plain names separated by `/`: no empty, `.`, `..` or `.git` part, no
/// backslash or NUL; the only paths a [`FILE_LIST`] may name.
fn is_plain_relative(path: &str) -> bool {
    !path.contains(['\\', '\0']) && path.split('/').all(|part| !matches!(part, "" | "." | ".." | ".git"))
}

fn symlink_found(path: &Path, expected: &str) -> Error {
    Error::Output {
        path: path.to_owned(),
        message: format!("is a symbolic link where {expected} belongs; the generator does not follow links, remove it"),
    }
}

/// Compares the generated SDKs with the files on disk: files missing or stale, and files the
/// list on disk names that are no longer generated.
pub fn check(sdks: &[GeneratedSdk]) -> Result<Vec<Drift>> {
    let mut drift = Vec::new();
    for sdk in sdks {
        let mut tree = Tree::new(&sdk.root);
        let planned = sdk.planned();
        for (rel, text) in &planned {
            let path = sdk.root.join(rel);
            if tree.entry(rel)? == Entry::Absent {
                drift.push(Drift::Missing(path));
                continue;
            }
            let current = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
            if current != text.as_bytes() {
                let diff = short_diff(&String::from_utf8_lossy(&current), text, &path);
                drift.push(Drift::Stale { path, diff });
            }
        }
        for rel in tree.listed()? {
            if !planned.contains_key(rel.as_str()) && tree.entry(&rel)? == Entry::File {
                drift.push(Drift::Extra(sdk.root.join(rel)));
            }
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

/// `path` made absolute, `.` and `..` resolved, and symbolic links resolved as far as the path
/// exists, so that two spellings of one place compare equal.
fn resolved(path: &Path) -> PathBuf {
    let absolute = crate::config::clean(&std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()));
    let mut missing = Vec::new();
    let mut existing = absolute.as_path();
    loop {
        if let Ok(real) = existing.canonicalize() {
            return missing.iter().rev().fold(real, |path, name| path.join(name));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                missing.push(name.to_owned());
                existing = parent;
            }
            _ => return absolute,
        }
    }
}

/// Refuses output directories that a write could harm: one that is or holds one of `inputs`
/// (the config file, the specs: an output of `..` would hold them), one that holds a `.git`,
/// and two SDKs' directories of which one is or holds the other.
pub(crate) fn check_roots(sdks: &[GeneratedSdk], inputs: &[&Path]) -> Result<()> {
    let roots: Vec<PathBuf> = sdks.iter().map(|sdk| resolved(&sdk.root)).collect();
    let inputs: Vec<PathBuf> = inputs.iter().map(|input| resolved(input)).collect();
    for (i, (sdk, root)) in sdks.iter().zip(&roots).enumerate() {
        let refuse = |message: String| Err(Error::Output { path: sdk.root.clone(), message });
        if let Some(input) = inputs.iter().find(|input| input.starts_with(root)) {
            return refuse(format!(
                "SDK `{}`: the output directory holds {}, which the run reads; give the SDK a directory of its own",
                sdk.name,
                input.display()
            ));
        }
        if std::fs::symlink_metadata(root.join(".git")).is_ok() {
            return refuse(format!(
                "SDK `{}`: the output directory holds a `.git`, so it is a repository, not a generated SDK's directory",
                sdk.name
            ));
        }
        for (other, other_root) in sdks.iter().zip(&roots).skip(i + 1) {
            if root.starts_with(other_root) || other_root.starts_with(root) {
                return refuse(format!(
                    "SDK `{}`: the output directory overlaps that of SDK `{}` ({}); each SDK needs a directory of its own",
                    sdk.name,
                    other.name,
                    other.root.display()
                ));
            }
        }
    }
    Ok(())
}

/// Writes every SDK, all or nothing, after `check_roots` with `inputs`; removes the files
/// that the lists on disk name and that are no longer generated.
pub fn write_all(sdks: &[GeneratedSdk], inputs: &[&Path]) -> Result<WriteSummary> {
    check_roots(sdks, inputs)?;
    let drift = check(sdks)?;
    let plans: Vec<_> = sdks.iter().map(GeneratedSdk::planned).collect();
    let mut summary = WriteSummary::default();
    let total: usize = plans.iter().map(BTreeMap::len).sum();
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut new_dirs: Vec<PathBuf> = Vec::new();
    let stage_result = (|| -> Result<()> {
        for d in &drift {
            let (Drift::Missing(path) | Drift::Stale { path, .. }) = d else { continue };
            let (sdk, plan) =
                sdks.iter().zip(&plans).find(|(s, _)| path.starts_with(&s.root)).expect("drift paths come from an SDK");
            let rel = path.strip_prefix(&sdk.root).expect("under root").to_string_lossy().replace('\\', "/");
            let parent = path.parent().expect("a file has a parent");
            if let Some(first_new) = parent.ancestors().take_while(|d| !d.as_os_str().is_empty() && !d.exists()).last() {
                new_dirs.push(first_new.to_path_buf());
            }
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
            let tmp = parent.join(format!(".{}.sdkgen-staged", path.file_name().unwrap_or_default().to_string_lossy()));
            stage(&tmp, plan[rel.as_str()].as_bytes())?;
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

/// Writes a staged file as a new file: a leftover of an earlier run (even a symbolic link) is
/// removed first, and the new file is created, never opened through a link.
fn stage(tmp: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write as _;
    if std::fs::symlink_metadata(tmp).is_ok() {
        std::fs::remove_file(tmp).map_err(|e| Error::io(tmp, e))?;
    }
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(tmp).map_err(|e| Error::io(tmp, e))?;
    file.write_all(bytes).map_err(|e| Error::io(tmp, e))
}

/// Removes staged files that will not be moved into place.
fn discard(staged: &[(PathBuf, PathBuf)]) {
    for (tmp, _) in staged {
        let _ = std::fs::remove_file(tmp);
    }
}

/// Removes the directories above a removed file that it left empty, up to the SDK's root.
fn remove_empty_parents(path: &Path, sdks: &[GeneratedSdk]) {
    let mut dir = path.parent();
    while let Some(d) = dir {
        if sdks.iter().any(|s| s.root == d) || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_list_names_only_plain_relative_paths() {
        for good in ["api.json", "client/src/lib.rs", ".sdkgen-files", "models/.hidden"] {
            assert!(is_plain_relative(good), "{good}");
        }
        for bad in ["", "/etc/passwd", "../x", "a/../../x", "a//b", "./a", "a/.git/config", ".git", "a\\..\\b", "a\0b"] {
            assert!(!is_plain_relative(bad), "{bad:?}");
        }
    }
}
