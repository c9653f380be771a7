//! `diff --verify`: the compiler as the judge of the diff's classification.
//!
//! Both sides are generated into a scratch directory; [probes](super::probe) written from the
//! old surface are compiled (`cargo check --message-format=json`) against the old SDK first
//! (a probe that fails there is a defect of the probe, not a verdict) and then against the new
//! one, with the old SDK's default features and, for changes of the features items need, under
//! feature sets that show them. Each compiler error is mapped, by the line of its primary span,
//! to the tag of that line and so to a change. A change classified breaking whose probe
//! compiles is a false alarm; one classified compatible or addition whose probe fails is a
//! missed break; a failing line that no change accounts for is a break the diff did not list.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::cfg::{Features, Gate};
use super::probe::{self, AGGREGATE_PARTS, ProbeSource, Tag};
use super::{ApiDiff, Bump, Change, ChangeKind, Crate, Impact, Surface, subject_root};
use crate::{Error, Result, SdkConfig};

/// How to verify.
#[derive(Debug, Clone)]
pub struct Options {
    /// Scratch directory for the generated SDKs and probe crates (emptied first).
    pub scratch: PathBuf,
    /// How many items without changes to probe as well.
    pub sample: usize,
    /// The project's `Cargo.lock`, copied so that builds resolve offline to known versions.
    pub lock: Option<PathBuf>,
    /// Whether to say on stderr what is being compiled.
    pub progress: bool,
    /// The target directory of the builds (`--target-dir`); by default Cargo's own choice
    /// (`$CARGO_TARGET_DIR`, or a `target` beside each probe crate).
    pub target_dir: Option<PathBuf>,
}

fn progress(options: &Options, message: &str) {
    if options.progress {
        eprintln!("verify: {message}");
    }
}

/// What the compiler said about one change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// Breaking, and code using the old API fails to compile.
    ConfirmedBreaking,
    /// Not breaking, and code using the old API compiles.
    ConfirmedCompatible,
    /// The item is new: no code using the old API can use it.
    NewItem,
    /// Not breaking; its probe fails, but because of a confirmed break of the same item.
    Explained,
    /// Classified breaking, but the probe compiles.
    FalseAlarm,
    /// Classified addition or compatible, but the probe fails.
    MissedBreak,
    /// The probe fails against the old SDK too: no verdict.
    ProbeDefect,
}

/// The result of a verification.
#[derive(Debug, Clone)]
pub struct Verification {
    /// The diff, as computed from the two generated SDKs.
    pub diff: ApiDiff,
    /// The verdict on each change, in the diff's order.
    pub verdicts: Vec<Verdict>,
    /// The compiler's first message for each change whose probe failed, by change index.
    pub messages: BTreeMap<usize, String>,
    /// Lines that failed with no change to account for them: tag and the compiler's message.
    pub unlisted: Vec<(Tag, String)>,
    /// Items probed: with changes, and sampled without.
    pub probed: (usize, usize),
    /// Feature sets compiled besides the default.
    pub feature_sets: Vec<Features>,
    /// Whether the probes were first compiled against the old SDK.
    pub baseline: bool,
    /// Feature sets under which the new SDK or the probes did not build, with the error.
    pub unbuilt: Vec<(Features, String)>,
}

impl Verification {
    /// Number of changes with `verdict`.
    pub fn count(&self, verdict: Verdict) -> usize {
        self.verdicts.iter().filter(|v| **v == verdict).count()
    }

    /// Whether the compiler agrees with every classification and found no unlisted break.
    pub fn agrees(&self) -> bool {
        self.count(Verdict::FalseAlarm) == 0
            && self.count(Verdict::MissedBreak) == 0
            && self.count(Verdict::ProbeDefect) == 0
            && self.unlisted.is_empty()
            && self.unbuilt.is_empty()
    }

    /// The bump of a crate from verified changes only: a change is breaking when its probe
    /// fails, whatever it was classified as; a breaking change whose probe compiles counts as
    /// an addition (the surface changed, nothing broke).
    pub fn verified_bump(&self, krate: Crate) -> Bump {
        let mut bump = Bump::None;
        for (change, verdict) in self.diff.changes.iter().zip(&self.verdicts) {
            if krate == Crate::Models && change.krate != Crate::Models {
                continue;
            }
            let impact = match verdict {
                Verdict::ConfirmedBreaking | Verdict::MissedBreak => Impact::Breaking,
                Verdict::FalseAlarm => Impact::Addition,
                _ => change.impact,
            };
            bump = bump.max(impact.bump());
        }
        if !self.unlisted.is_empty() {
            bump = Bump::Major;
        }
        bump
    }

    /// The verification as a Markdown section: counts, the verified bump, every disagreement.
    pub fn to_markdown(&self, level: usize) -> String {
        let h = "#".repeat(level.max(1));
        let mut out = String::new();
        let _ = writeln!(out, "{h} Verified by the compiler\n");
        let sets = if self.feature_sets.is_empty() {
            String::new()
        } else {
            format!(" and under {} other feature sets", self.feature_sets.len())
        };
        let baseline = if self.baseline { "against the old SDK (where every probe must compile) and then " } else { "" };
        let _ = writeln!(
            out,
            "Probes of {} changed and {} sampled unchanged items, written from the old API surface, were compiled {baseline}against the new SDK with the old SDK's features{sets}.\n",
            self.probed.0, self.probed.1
        );
        let _ = writeln!(out, "| verdict | changes |\n| --- | ---: |");
        for (verdict, label) in [
            (Verdict::ConfirmedBreaking, "breaking, and old code fails to compile"),
            (Verdict::ConfirmedCompatible, "addition or compatible, and old code compiles"),
            (Verdict::NewItem, "new items (no old code uses them)"),
            (Verdict::Explained, "not breaking, old code fails only through a confirmed break of the same item"),
            (Verdict::FalseAlarm, "**false alarms** (breaking, but old code compiles)"),
            (Verdict::MissedBreak, "**missed breaks** (not breaking, but old code fails)"),
            (Verdict::ProbeDefect, "probe defects (the probe fails against the old SDK)"),
        ] {
            let _ = writeln!(out, "| {label} | {} |", self.count(verdict));
        }
        let _ = writeln!(out, "| **breaks the diff did not list** (failing lines of probed items) | {} |", self.unlisted.len());
        let _ = writeln!(
            out,
            "\nVerified bump: **{}** (`{}`: {}, `{}`: {}).",
            self.verified_bump(Crate::Client),
            self.diff.models_package,
            self.verified_bump(Crate::Models),
            self.diff.client_package,
            self.verified_bump(Crate::Client),
        );
        for (verdict, title) in [
            (Verdict::FalseAlarm, "False alarms"),
            (Verdict::MissedBreak, "Missed breaks"),
            (Verdict::ProbeDefect, "Probe defects"),
        ] {
            let listed: Vec<usize> = (0..self.verdicts.len()).filter(|i| self.verdicts[*i] == verdict).collect();
            if listed.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n{h}# {title}\n");
            for i in listed {
                let c = &self.diff.changes[i];
                let message = self.messages.get(&i).map(|m| format!(" (compiler: {m})")).unwrap_or_default();
                let _ = writeln!(out, "- `{}`: {}{message}", c.subject, c.detail);
            }
        }
        if !self.unbuilt.is_empty() {
            let _ = writeln!(out, "\n{h}# Feature sets that did not build\n");
            for (set, error) in &self.unbuilt {
                let first = error.lines().take(6).collect::<Vec<_>>().join(" ");
                let _ = writeln!(out, "- {}: {first}", super::cfg::show(set));
            }
        }
        if !self.unlisted.is_empty() {
            let _ = writeln!(out, "\n{h}# Breaks the diff did not list\n");
            for (tag, message) in &self.unlisted {
                let _ = writeln!(out, "- `{tag}`: {message}");
            }
        }
        out
    }
}

/// Generates both sides' SDKs, compiles probes and judges every change. `old` and `new` are
/// specs read as `sdk` reads them (or as plain specs without it).
pub fn verify(old: &Path, new: &Path, sdk: Option<&SdkConfig>, options: &Options) -> Result<Verification> {
    // The scratch directory is kept between runs: files that come out the same are not
    // rewritten, so Cargo does not rebuild SDKs that did not change.
    let scratch = &options.scratch;
    // Cargo hashes path packages by their place in the workspace, so the two sides and every
    // scratch directory get their own names, or their builds would be taken for each other's.
    let label = scratch.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let sdk_dir = |side: &str| format!("{side}-sdk-{label}");
    let (old_surface, old_features) = generate_side(old, sdk, &scratch.join("old").join(sdk_dir("old")))?;
    let (new_surface, new_features) = generate_side(new, sdk, &scratch.join("new").join(sdk_dir("new")))?;
    let diff = super::compare_surfaces(&old_surface, &new_surface);

    let roots = probe::roots(&old_surface, &diff.changes, options.sample);
    let changed: BTreeSet<&str> = diff.changes.iter().map(|c| subject_root(&c.subject)).collect();
    let probed = (
        roots.iter().filter(|r| changed.contains(r.as_str())).count(),
        roots.iter().filter(|r| !changed.contains(r.as_str())).count(),
    );
    let gated: BTreeSet<String> =
        diff.changes.iter().filter(|c| c.features.is_some()).map(|c| subject_root(&c.subject).to_owned()).collect();
    let source = probe::write(&old_surface, &roots, &gated);
    let feature_sets = witness_sets(&diff.changes, &old_surface, &new_surface);
    progress(options, &format!("{} changes, {} items to probe, {} other feature sets", diff.changes.len(), roots.len(), feature_sets.len()));

    let mut used: BTreeSet<String> = BTreeSet::new();
    for cfg in old_surface.operations.iter().filter_map(|o| o.cfg.as_deref()).chain(
        old_surface.types.iter().flat_map(|t| {
            let fields: Vec<&str> = match &t.shape {
                super::Shape::Struct { fields, .. } => fields.iter().filter_map(|f| f.cfg.as_deref()).collect(),
                _ => Vec::new(),
            };
            t.cfg.as_deref().into_iter().chain(fields)
        }),
    ) {
        if let Some(c) = super::cfg::Cfg::parse(cfg) {
            c.features(&mut used);
        }
    }
    used.extend(old_features.iter().cloned());
    // The probe crate declares every feature of either side (feature sets that show a change
    // may name new ones); by default it has the old SDK's.
    let declared: BTreeSet<String> = used.iter().chain(&new_features).chain(feature_sets.iter().flatten()).cloned().collect();

    let mut runs = Vec::new();
    let mut unbuilt = Vec::new();
    for (side, features, client_package) in
        [("old", &old_features, &old_surface.client_package), ("new", &new_features, &new_surface.client_package)]
    {
        let dir = scratch.join(side);
        let package = format!("{side}-probe-{label}");
        let client = format!("../{}/client", sdk_dir(side));
        write_file(&dir.join("probe.rs"), &source.text)?;
        write_file(&dir.join(&package).join("Cargo.toml"), &probe::manifest(&package, client_package, &client, &used, &declared, features))?;
        write_file(&dir.join("Cargo.toml"), &format!("[workspace]\nresolver = \"2\"\nmembers = [\"{package}\"]\n"))?;
        if let Some(lock) = &options.lock {
            let text = std::fs::read_to_string(lock).map_err(|e| io_error(lock, e))?;
            write_file(&dir.join("Cargo.lock"), &text)?;
        }
        progress(options, &format!("checking probes against the {side} SDK ({} items)", source.roots.len()));
        let build = Build { dir: &dir, package: &package, target_dir: options.target_dir.as_deref(), source: &source };
        let mut side_runs = vec![build.run(None)?];
        // Under other feature sets, only the new side: a gated probe names what the old SDK
        // had under its old gate, which the default build has checked.
        if side == "new" {
            for (i, set) in feature_sets.iter().enumerate() {
                progress(options, &format!("checking gated probes with features {} ({}/{})", super::cfg::show(set), i + 1, feature_sets.len()));
                match build.run(Some(set)) {
                    Ok(failures) => side_runs.push(failures),
                    // An SDK that does not build under a feature set is a finding, not the end.
                    Err(e) => {
                        progress(options, &format!("{e}"));
                        unbuilt.push((set.clone(), e.to_string()));
                        side_runs.push(Failures::new());
                    }
                }
            }
        }
        runs.push(side_runs);
    }
    let new_runs = runs.pop().unwrap_or_default();
    let old_runs = runs.pop().unwrap_or_default();
    let mut verification = judge(diff, &source, &old_runs, &new_runs, probed, feature_sets, true);
    verification.unbuilt = unbuilt;
    Ok(verification)
}

/// Errors of one compile: by probed item, the failing tags with the first message of each.
type Failures = BTreeMap<String, BTreeMap<Tag, String>>;

/// Judges every change from the compiles against the old and the new SDK (the default
/// feature set first, then the others).
fn judge(
    diff: ApiDiff,
    source: &ProbeSource,
    old_runs: &[Failures],
    new_runs: &[Failures],
    probed: (usize, usize),
    feature_sets: Vec<Features>,
    baseline: bool,
) -> Verification {
    let roots: BTreeSet<&str> = source.roots.iter().map(String::as_str).collect();
    let defective: BTreeSet<&str> = old_runs.iter().flat_map(|f| f.keys()).map(String::as_str).collect();
    let empty = Failures::new();
    let default = new_runs.first().unwrap_or(&empty);
    // Under other feature sets, only what fails there and not the same way with the default
    // features.
    let mut gated = Failures::new();
    for run in new_runs.iter().skip(1) {
        for (root, tags) in run {
            for (tag, message) in tags {
                if default.get(root).and_then(|d| d.get(tag)) != Some(message) {
                    gated.entry(root.clone()).or_default().entry(tag.clone()).or_insert_with(|| message.clone());
                }
            }
        }
    }
    let failure = |change: &Change| -> Option<String> {
        let root = subject_root(&change.subject);
        let tag = probe::tag_of(change);
        // A changed gate is judged where it shows; a field whose type depends on features,
        // wherever its line fails.
        let found = |failures: &Failures| {
            let tags = failures.get(root)?;
            if tag == root { tags.values().next().cloned() } else { tags.get(&tag).cloned() }
        };
        match (change.features.is_some(), tag == root) {
            (true, true) => found(&gated),
            (true, false) => found(&gated).or_else(|| found(default)),
            (false, _) => found(default),
        }
    };
    let mut verdicts = Vec::with_capacity(diff.changes.len());
    let mut messages = BTreeMap::new();
    for (i, change) in diff.changes.iter().enumerate() {
        let root = subject_root(&change.subject);
        let verdict = if !roots.contains(root) {
            Verdict::NewItem
        } else if defective.contains(root) {
            Verdict::ProbeDefect
        } else {
            let failed = failure(change);
            if let Some(message) = &failed {
                messages.insert(i, message.clone());
            }
            match (change.impact.is_breaking(), failed.is_some()) {
                (true, true) => Verdict::ConfirmedBreaking,
                (true, false) => Verdict::FalseAlarm,
                (false, false) => Verdict::ConfirmedCompatible,
                (false, true) => Verdict::MissedBreak,
            }
        };
        verdicts.push(verdict);
    }
    for i in 0..diff.changes.len() {
        if verdicts[i] != Verdict::MissedBreak {
            continue;
        }
        let change = &diff.changes[i];
        let root = subject_root(&change.subject);
        let tag = probe::tag_of(change);
        let broad = tag == root || AGGREGATE_PARTS.iter().any(|p| tag.ends_with(p));
        let explained = diff.changes.iter().zip(&verdicts).any(|(other, verdict)| {
            *verdict == Verdict::ConfirmedBreaking
                && subject_root(&other.subject) == root
                && (broad || probe::tag_of(other) == tag || probe::tag_of(other) == root)
        });
        if explained {
            verdicts[i] = Verdict::Explained;
        }
    }
    let mut unlisted = Vec::new();
    for (root, tags) in default {
        if defective.contains(root.as_str()) {
            continue;
        }
        let own: Vec<(usize, &Change)> =
            diff.changes.iter().enumerate().filter(|(_, c)| subject_root(&c.subject) == root).collect();
        let confirmed = |i: usize| verdicts[i] == Verdict::ConfirmedBreaking;
        let whole = own.iter().any(|(i, c)| confirmed(*i) && probe::tag_of(c) == *root);
        for (tag, message) in tags {
            let accounted = own.iter().any(|(_, c)| probe::tag_of(c) == *tag);
            let broad = AGGREGATE_PARTS.iter().any(|p| tag.ends_with(p)) && own.iter().any(|(i, _)| confirmed(*i));
            if !accounted && !whole && !broad {
                unlisted.push((tag.clone(), message.clone()));
            }
        }
    }
    Verification { diff, verdicts, messages, unlisted, probed, feature_sets, baseline, unbuilt: Vec::new() }
}

/// An item's old gate, its new gate, and whether the new one must be false (a narrowed gate).
type GateCheck = (Gate, Gate, bool);

/// Feature sets that show the changes of features items need, merged where one set shows
/// several: each keeps every old gate of its changes true and, for a narrowed gate, the new one
/// false. A field whose type depends on features keeps the set the diff found.
fn witness_sets(changes: &[Change], old: &Surface, new: &Surface) -> Vec<Features> {
    let gate = |surface: &Surface, root: &str| -> Option<Option<String>> {
        match root.split_once("::") {
            Some(("Client", name)) => surface.operation(name).map(|o| o.cfg.clone()),
            Some((_, name)) => surface.type_named(name).map(|t| t.cfg.clone()),
            None => None,
        }
    };
    let mut groups: Vec<(Features, Vec<GateCheck>)> = Vec::new();
    for change in changes {
        let Some(set) = &change.features else { continue };
        let root = subject_root(&change.subject);
        let gates = match (change.kind, gate(old, root), gate(new, root)) {
            (ChangeKind::FeatureGateChanged, Some(a), Some(b)) => Some((Gate::of(a.as_deref()), Gate::of(b.as_deref()), change.impact.is_breaking())),
            _ => None,
        };
        let Some(gates) = gates else {
            if !groups.iter().any(|(s, members)| s == set && members.is_empty()) {
                groups.push((set.clone(), Vec::new()));
            }
            continue;
        };
        let fits = |set: &Features, members: &[GateCheck]| {
            members.iter().chain([&gates]).all(|(a, b, narrowed)| a.holds(set) && !(*narrowed && b.holds(set)))
        };
        let merged = groups.iter_mut().filter(|(_, m)| !m.is_empty()).find_map(|(s, members)| {
            let union: Features = s.union(set).cloned().collect();
            fits(&union, members).then(|| {
                *s = union;
                members
            })
        });
        match merged {
            Some(members) => members.push(gates),
            None => groups.push((set.clone(), vec![gates])),
        }
    }
    let sets: BTreeSet<Features> = groups.into_iter().map(|(s, _)| s).collect();
    sets.into_iter().collect()
}

/// Generates one side's SDK into `dir`; returns its surface and the features of its client.
fn generate_side(spec: &Path, sdk: Option<&SdkConfig>, dir: &Path) -> Result<(Surface, BTreeSet<String>)> {
    let mut config = match sdk {
        Some(sdk) => SdkConfig { spec: spec.to_owned(), pinned_spec: None, ..sdk.clone() },
        None => super::plain_config(spec, &crate::spec::load::load(spec)?),
    };
    config.output = dir.to_owned();
    config.strict = false;
    config.examples = None;
    let generation = crate::generate(&config, &crate::Templates::builtin())?;
    let features = generation
        .sdk
        .files
        .get("client/Cargo.toml")
        .and_then(|text| text.parse::<toml::Table>().ok())
        .and_then(|t| t.get("features").and_then(|f| f.as_table()).map(|f| f.keys().filter(|k| *k != "default").cloned().collect()))
        .unwrap_or_default();
    crate::output::write_all(&[generation.sdk], &[spec])?;
    Ok((generation.surface, features))
}

/// A probe crate to check.
struct Build<'a> {
    dir: &'a Path,
    package: &'a str,
    target_dir: Option<&'a Path>,
    source: &'a ProbeSource,
}

impl Build<'_> {
    /// Runs `cargo check` on the probe crate, with `features` instead of its default ones, and
    /// collects its errors by tag.
    fn run(&self, features: Option<&Features>) -> Result<Failures> {
        let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
        command.args(["check", "--offline", "--message-format=json", "-p", self.package]).current_dir(self.dir);
        if let Some(dir) = self.target_dir {
            command.arg("--target-dir").arg(dir);
        }
        compile(command, self.dir, self.package, features, self.source)
    }
}

fn compile(mut command: Command, dir: &Path, package: &str, features: Option<&Features>, source: &ProbeSource) -> Result<Failures> {
    if let Some(set) = features {
        command.arg("--no-default-features");
        if !set.is_empty() {
            command.arg("--features").arg(set.iter().cloned().collect::<Vec<_>>().join(","));
        }
    }
    let output = command.output().map_err(|e| io_error(dir, e))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut failures = Failures::new();
    let mut foreign = Vec::new();
    for line in stdout.lines() {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if value["reason"] != "compiler-message" || value["message"]["level"] != "error" {
            continue;
        }
        let message = &value["message"];
        let text = message["message"].as_str().unwrap_or_default().to_owned();
        let spans = message["spans"].as_array().cloned().unwrap_or_default();
        let primary = spans.iter().find(|s| s["is_primary"] == true && s["file_name"].as_str().is_some_and(|f| f.ends_with("probe.rs")));
        match primary {
            Some(span) => {
                let line = span["line_start"].as_u64().unwrap_or(0) as usize;
                if let Some(Some((root, tag))) = source.lines.get(line.wrapping_sub(1)) {
                    failures.entry(root.clone()).or_default().entry(tag.clone()).or_insert(text);
                }
            }
            None if spans.is_empty() && text.starts_with("aborting") => {}
            None if value["target"]["name"] == package.replace('-', "_").as_str() && spans.is_empty() => {}
            None => foreign.push(message["rendered"].as_str().unwrap_or(&text).to_owned()),
        }
    }
    if !foreign.is_empty() || (!output.status.success() && failures.is_empty()) {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(Error::Config {
            path: dir.to_owned(),
            message: format!(
                "the generated SDK or probe crate did not build{}:\n{}{}",
                features.map(|f| format!(" with features {}", super::cfg::show(f))).unwrap_or_default(),
                foreign.join("\n"),
                if foreign.is_empty() { stderr.lines().rev().take(20).collect::<Vec<_>>().join("\n") } else { String::new() }
            ),
        });
    }
    Ok(failures)
}

fn write_file(path: &Path, text: &str) -> Result<()> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| io_error(parent, e))?;
    }
    std::fs::write(path, text).map_err(|e| io_error(path, e))
}

fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io { path: path.to_owned(), source }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(subject: &str, kind: ChangeKind, impact: Impact) -> Change {
        Change { subject: subject.into(), kind, impact, krate: Crate::Models, detail: String::new(), part: None, features: None }
    }

    fn failing(entries: &[(&str, &str)]) -> Failures {
        let mut out = Failures::new();
        for (root, tag) in entries {
            out.entry(root.to_string()).or_default().insert(tag.to_string(), "error".into());
        }
        out
    }

    #[test]
    fn disagreements_are_found_by_tag() {
        let diff = ApiDiff {
            sdk: "x".into(),
            models_package: "x-models".into(),
            client_package: "x-client".into(),
            changes: vec![
                change("models::A::gone", ChangeKind::FieldRemoved, Impact::Breaking),
                change("models::A::extra", ChangeKind::FieldAdded, Impact::Addition),
                change("models::B::kept", ChangeKind::FieldRemoved, Impact::Breaking),
                change("models::C::added", ChangeKind::FieldAdded, Impact::Addition),
                change("models::D", ChangeKind::TypeAdded, Impact::Addition),
            ],
            resources: BTreeMap::new(),
        };
        let source = ProbeSource { roots: vec!["models::A".into(), "models::B".into(), "models::C".into()], ..Default::default() };
        // A::gone fails (confirmed) and A's construction fails with it (explained); B::kept
        // compiles (false alarm); C's construction fails with nothing to explain it (missed);
        // C::other fails and no change names it (unlisted).
        let new = failing(&[
            ("models::A", "models::A::gone"),
            ("models::A", "models::A#construct"),
            ("models::C", "models::C#construct"),
            ("models::C", "models::C::other"),
        ]);
        let v = judge(diff, &source, &[Failures::new()], &[new], (3, 0), Vec::new(), true);
        assert_eq!(
            v.verdicts,
            [Verdict::ConfirmedBreaking, Verdict::Explained, Verdict::FalseAlarm, Verdict::MissedBreak, Verdict::NewItem]
        );
        assert_eq!(v.unlisted, [("models::C::other".to_owned(), "error".to_owned())]);
        assert!(!v.agrees());
        // The verified bump counts the missed break, not the false alarm.
        assert_eq!(v.verified_bump(Crate::Models), Bump::Major);
    }

    #[test]
    fn a_probe_failing_against_the_old_sdk_is_a_defect() {
        let diff = ApiDiff {
            sdk: "x".into(),
            models_package: "x-models".into(),
            client_package: "x-client".into(),
            changes: vec![change("models::A::gone", ChangeKind::FieldRemoved, Impact::Breaking)],
            resources: BTreeMap::new(),
        };
        let source = ProbeSource { roots: vec!["models::A".into()], ..Default::default() };
        let broken = failing(&[("models::A", "models::A::gone")]);
        let v = judge(diff, &source, std::slice::from_ref(&broken), std::slice::from_ref(&broken), (1, 0), Vec::new(), true);
        assert_eq!(v.verdicts, [Verdict::ProbeDefect]);
        assert!(!v.agrees());
    }
}
