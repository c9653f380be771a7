//! The whole job: generate every SDK listed in a config, then write the files or check them.

use std::fmt;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::output::{Drift, WriteSummary};
use crate::{Config, Generation, Result, Templates};

/// What to do with the generated files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write them (all or nothing).
    Write,
    /// Compare them with the files on disk.
    Check,
}

/// What a run did.
#[derive(Debug)]
pub struct Report {
    /// One generation per SDK.
    pub generations: Vec<Generation>,
    /// The result of writing or checking.
    pub outcome: Outcome,
    /// Wall time of the whole run.
    pub elapsed: Duration,
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
    /// Whether the run succeeded: always after a write, and after a check with no drift.
    pub fn ok(&self) -> bool {
        match &self.outcome {
            Outcome::Written(_) => true,
            Outcome::Checked(drift) => drift.is_empty(),
        }
    }
}

/// Generates every SDK in the config at `config_path`; nothing is written unless all succeed.
pub fn run(config_path: &Path, templates_dir: Option<&Path>, mode: Mode) -> Result<Report> {
    let started = Instant::now();
    let config = Config::load(config_path)?;
    let templates = match templates_dir {
        Some(dir) => Templates::with_overrides(dir)?,
        None => Templates::builtin(),
    };
    let generations =
        config.sdks.iter().map(|sdk| crate::generate(sdk, &templates)).collect::<Result<Vec<_>>>()?;
    let sdks: Vec<_> = generations.iter().map(|g| g.sdk.clone()).collect();
    let outcome = match mode {
        Mode::Write => Outcome::Written(crate::output::write_all(&sdks)?),
        Mode::Check => Outcome::Checked(crate::output::check(&sdks)?),
    };
    Ok(Report { generations, outcome, elapsed: started.elapsed() })
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for g in &self.generations {
            for w in &g.warnings {
                writeln!(f, "warning: {}: {w}", g.sdk.name)?;
            }
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
        match &self.outcome {
            Outcome::Written(summary) => {
                for path in &summary.written {
                    writeln!(f, "  wrote   {}", path.display())?;
                }
                for path in &summary.removed {
                    writeln!(f, "  removed {}", path.display())?;
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
            Outcome::Checked(drift) if drift.is_empty() => {
                writeln!(f, "generated files are up to date ({:.2?})", self.elapsed)
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
