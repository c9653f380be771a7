//! The whole job: generate every SDK listed in a config, then write the files or check them.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::diff::{ApiDiff, Bump, Surface};
use crate::error::Error;
use crate::output::{Drift, WriteSummary};
use crate::progress::Progress;
use crate::release::CHANGELOG;
use crate::{Config, Generation, Result, SdkConfig, Templates};

/// What to do with the generated files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write them (all or nothing).
    Write,
    /// Compare them with the files on disk.
    Check,
    /// Write them, raising the version of each SDK whose files change by the bump its API
    /// diff suggests (at least a patch), and adding the diff to its `CHANGELOG.md`; the new
    /// versions are written back into the SDK list.
    Bump,
}

/// What a run did.
#[derive(Debug)]
pub struct Report {
    /// One generation per SDK.
    pub generations: Vec<Generation>,
    /// How each SDK's API changed, in the order of `generations`.
    pub api: Vec<ApiChange>,
    /// The result of writing or checking.
    pub outcome: Outcome,
    /// SDKs left out because their pinned spec could not be obtained.
    pub skipped: Vec<Skipped>,
    /// Wall time of the whole run.
    pub elapsed: Duration,
}

/// An SDK that was not generated because its spec could not be obtained.
#[derive(Debug)]
pub struct Skipped {
    /// The SDK's name.
    pub name: String,
    /// Why its spec is not available, and how to provide it.
    pub reason: String,
}

/// How one SDK's API changed compared with the `api.json` manifest on disk.
#[derive(Debug)]
pub struct ApiChange {
    /// The diff; `None` when there was no readable manifest to compare with.
    pub diff: Option<ApiDiff>,
    /// Why the manifest on disk could not be read, if it exists but could not.
    pub unreadable: Option<String>,
    /// The version change made by [`Mode::Bump`]: (old, new).
    pub bumped: Option<(String, String)>,
}

/// The result of writing or checking.
#[derive(Debug)]
pub enum Outcome {
    /// Files were written.
    Written(WriteSummary),
    /// Files were compared; each difference is listed.
    Checked(Vec<Drift>),
}

impl Report {
    /// Whether the run succeeded: after a write, always (skipped SDKs are reported but the
    /// others are written); after a check, when nothing drifted and no SDK was skipped.
    pub fn ok(&self) -> bool {
        match &self.outcome {
            Outcome::Written(_) => true,
            Outcome::Checked(drift) => drift.is_empty() && self.skipped.is_empty(),
        }
    }
}

/// Generates every SDK in the config at `config_path`; nothing is written unless all succeed.
pub fn run(config_path: &Path, templates_dir: Option<&Path>, mode: Mode) -> Result<Report> {
    run_with(config_path, templates_dir, mode, false)
}

/// [`run`]; with `strict`, every SDK is generated as if its entry said `strict = true`.
pub fn run_with(config_path: &Path, templates_dir: Option<&Path>, mode: Mode, strict: bool) -> Result<Report> {
    let mut config = Config::load(config_path)?;
    for sdk in &mut config.sdks {
        sdk.strict |= strict;
    }
    let (sdks, unavailable) = config.sdks.into_iter().partition(|sdk| !config.unavailable.contains_key(&sdk.name));
    let mut report = run_sdks(Some(config_path), sdks, templates_dir, mode)?;
    report.skipped = unavailable.into_iter().map(|sdk: SdkConfig| Skipped { reason: config.unavailable[&sdk.name].clone(), name: sdk.name }).collect();
    Ok(report)
}

/// Generates one SDK described in code rather than in a config file (`sdkgen generate --spec`).
/// [`Mode::Bump`] needs a config file to write the new version into, so it is refused here.
pub fn run_one(sdk: SdkConfig, templates_dir: Option<&Path>, mode: Mode) -> Result<Report> {
    if mode == Mode::Bump {
        return Err(Error::Config {
            path: sdk.spec.clone(),
            message: "`--bump` records the new version in a config file; use `sdkgen generate --config` for it".into(),
        });
    }
    run_sdks(None, vec![sdk], templates_dir, mode)
}

/// Generates `sdks` and writes or checks them; `config_path` is the file [`Mode::Bump`] writes
/// new versions into.
fn run_sdks(config_path: Option<&Path>, mut configs: Vec<SdkConfig>, templates_dir: Option<&Path>, mode: Mode) -> Result<Report> {
    let started = Instant::now();
    let templates = match templates_dir {
        Some(dir) => Templates::with_overrides(dir)?,
        None => Templates::builtin(),
    };
    let progress = Progress::new(configs.len() as u64, "SDKs");
    // The SDKs are generated side by side: a small one finishes while a large one formats.
    let generations: Result<Vec<_>> = configs
        .par_iter()
        .map(|sdk| {
            progress.working_on(&sdk.name);
            let generation = crate::generate(sdk, &templates);
            progress.done_one();
            generation
        })
        .collect();
    progress.finish();
    let mut generations = generations?;
    let mut api = Vec::new();
    for g in &mut generations {
        let (previous, unreadable) = match previous_surface(&g.sdk.root) {
            Ok(previous) => (previous, None),
            Err(e) => (None, Some(e.to_string())),
        };
        api.push(ApiChange {
            diff: previous.map(|p| crate::diff::compare_surfaces(&p, &g.surface)),
            unreadable,
            bumped: None,
        });
        keep_changelog(g)?;
    }
    let mut config_text = None;
    if let (Mode::Bump, Some(config_path)) = (mode, config_path) {
        for (i, sdk) in configs.iter_mut().enumerate() {
            if crate::output::check(std::slice::from_ref(&generations[i].sdk))?.is_empty() {
                continue;
            }
            let change = &mut api[i];
            let bump = change.diff.as_ref().map_or(Bump::Patch, |d| d.semver_bump().max(Bump::Patch));
            let version = bump
                .apply(&sdk.version)
                .map_err(|message| Error::Config { path: config_path.to_owned(), message: format!("`{}`: {message}", sdk.name) })?;
            let text = match config_text.take() {
                Some(text) => text,
                None => std::fs::read_to_string(config_path).map_err(|e| Error::io(config_path, e))?,
            };
            config_text = Some(crate::release::set_version(config_path, &text, &sdk.name, &version)?);
            change.bumped = Some((std::mem::replace(&mut sdk.version, version.clone()), version.clone()));
            let mut g = crate::generate(sdk, &templates)?;
            let current = g.sdk.files.get(CHANGELOG).cloned();
            let current = match current {
                Some(text) => Some(text),
                None => read_optional(&g.sdk.root.join(CHANGELOG))?,
            };
            g.sdk.files.insert(
                CHANGELOG.to_owned(),
                crate::release::changelog_with_entry(current.as_deref(), &version, change.diff.as_ref()),
            );
            generations[i] = g;
        }
    }
    let sdks: Vec<_> = generations.iter().map(|g| g.sdk.clone()).collect();
    let inputs: Vec<&Path> = config_path
        .into_iter()
        .chain(configs.iter().flat_map(|sdk| [Some(&sdk.spec), sdk.pinned_spec.as_ref(), sdk.examples.as_ref()]).flatten().map(PathBuf::as_path))
        .collect();
    let outcome = match mode {
        Mode::Write | Mode::Bump => Outcome::Written(crate::output::write_all(&sdks, &inputs)?),
        Mode::Check => Outcome::Checked(crate::output::check(&sdks)?),
    };
    if let (Some(text), Some(config_path)) = (config_text, config_path) {
        let staged = config_path.with_extension("toml.sdkgen-staged");
        std::fs::write(&staged, text).map_err(|e| Error::io(&staged, e))?;
        std::fs::rename(&staged, config_path).map_err(|e| Error::io(config_path, e))?;
    }
    Ok(Report { generations, api, outcome, skipped: Vec::new(), elapsed: started.elapsed() })
}

/// The surface recorded in the SDK's `api.json`, if there is one.
fn previous_surface(root: &Path) -> Result<Option<Surface>> {
    let path = root.join(crate::diff::MANIFEST);
    match read_optional(&path)? {
        Some(text) => Surface::from_manifest(&path, &text).map(Some),
        None => Ok(None),
    }
}

fn read_optional(path: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// The changelog is not generated but kept: it counts as produced, as it is on disk, so that a
/// check of `g` against the disk (as `cargo xtask codegen --check` makes) does not see it as extra.
pub fn keep_changelog(g: &mut Generation) -> Result<()> {
    if let Some(text) = read_optional(&g.sdk.root.join(CHANGELOG))? {
        g.sdk.files.insert(CHANGELOG.to_owned(), text);
    }
    Ok(())
}

/// At most this many written or removed paths in the summary.
const MAX_PATHS: usize = 12;

/// At most this many names per list in the summary.
const MAX_NAMES: usize = 6;

/// `+2 operations (a, b)`: a count and the first few names.
fn listed(sign: &str, noun: &str, names: &[&str]) -> Option<String> {
    if names.is_empty() {
        return None;
    }
    let plural = if names.len() == 1 { "" } else { "s" };
    let mut shown = names.iter().take(MAX_NAMES).copied().collect::<Vec<_>>().join(", ");
    if names.len() > MAX_NAMES {
        shown.push_str(&format!(", … {} more", names.len() - MAX_NAMES));
    }
    Some(format!("{sign}{} {noun}{plural} ({shown})", names.len()))
}

impl fmt::Display for ApiChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::diff::ChangeKind;
        let Some(diff) = &self.diff else {
            return match &self.unreadable {
                Some(reason) => write!(f, "api: previous manifest unreadable ({reason})"),
                None => f.write_str("api: no previous api.json to compare with"),
            };
        };
        if diff.is_empty() {
            return f.write_str("api: unchanged");
        }
        let names = |kind| diff.of_kind(kind).map(|c| c.subject.rsplit("::").next().unwrap_or_default()).collect::<Vec<_>>();
        let parts: Vec<String> = [
            listed("+", "operation", &names(ChangeKind::OperationAdded)),
            listed("-", "operation", &names(ChangeKind::OperationRemoved)),
            listed("+", "model", &names(ChangeKind::TypeAdded)),
            listed("-", "model", &names(ChangeKind::TypeRemoved)),
        ]
        .into_iter()
        .flatten()
        .collect();
        let counts = crate::diff::counts(diff);
        let breaking = counts.get(&crate::diff::Impact::Breaking).copied().unwrap_or(0);
        let changes = if parts.is_empty() { String::new() } else { format!("{}; ", parts.join(", ")) };
        write!(
            f,
            "api: {changes}{} change(s), {breaking} breaking; suggested bump: {}",
            diff.changes.len(),
            diff.semver_bump()
        )?;
        if let Some((old, new)) = &self.bumped {
            write!(f, "; version {old} -> {new}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for g in &self.generations {
            f.write_str(&g.warning_report)?;
            let t = &g.timings;
            let lines: usize = g.sdk.files.values().map(|text| text.lines().count()).sum();
            writeln!(
                f,
                "{}: {} operations, {} types, {} files, {} lines (load {:.1?}, normalize {:.1?}, lower {:.1?}, render {:.1?}, format {:.1?})",
                g.sdk.name,
                g.counts.0,
                g.counts.1,
                g.sdk.files.len(),
                lines,
                t.load,
                t.normalize,
                t.lower,
                t.render,
                t.format
            )?;
        }
        for (g, change) in self.generations.iter().zip(&self.api) {
            writeln!(f, "{}: {change}", g.sdk.name)?;
        }
        for skipped in &self.skipped {
            writeln!(f, "{}: skipped, its spec is not available: {}", skipped.name, skipped.reason)?;
        }
        match &self.outcome {
            Outcome::Written(summary) => {
                for path in summary.written.iter().take(MAX_PATHS) {
                    writeln!(f, "  wrote   {}", path.display())?;
                }
                if summary.written.len() > MAX_PATHS {
                    writeln!(f, "  ... and {} more", summary.written.len() - MAX_PATHS)?;
                }
                for path in summary.removed.iter().take(MAX_PATHS) {
                    writeln!(f, "  removed {}", path.display())?;
                }
                if summary.removed.len() > MAX_PATHS {
                    writeln!(f, "  ... and {} more removed", summary.removed.len() - MAX_PATHS)?;
                }
                writeln!(
                    f,
                    "{} written, {} unchanged, {} removed in {:.2?}",
                    summary.written.len(),
                    summary.unchanged,
                    summary.removed.len(),
                    self.elapsed
                )
            }
            Outcome::Checked(drift) if drift.is_empty() && self.skipped.is_empty() => {
                writeln!(f, "generated files are up to date ({:.2?})", self.elapsed)
            }
            Outcome::Checked(drift) if drift.is_empty() => {
                writeln!(f, "{} SDK(s) could not be checked: their spec is not available", self.skipped.len())
            }
            Outcome::Checked(drift) => {
                for d in drift {
                    match d {
                        Drift::Missing(path) => writeln!(f, "missing: {}", path.display())?,
                        Drift::Extra(path) => writeln!(f, "extra:   {} (no longer generated)", path.display())?,
                        Drift::Stale { path, diff } => writeln!(f, "stale:   {}\n{diff}", path.display())?,
                    }
                }
                writeln!(
                    f,
                    "{} generated file(s) differ from what the generator writes; run `cargo xtask codegen`",
                    drift.len()
                )
            }
        }
    }
}
