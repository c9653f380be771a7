//! A progress bar for long runs (many SDKs, many fixtures, the corpus): drawn on stderr when
//! stderr is a terminal, and nothing otherwise, so logs of CI and scripts stay short.

use std::io::IsTerminal;

/// A progress bar over a known number of items, or nothing when stderr is not a terminal.
#[derive(Debug)]
pub struct Progress {
    bar: indicatif::ProgressBar,
}

impl Progress {
    /// A bar over `len` items called `unit` (`SDKs`, `specs`), shown only on a terminal and
    /// for more than one item.
    pub fn new(len: u64, unit: &str) -> Progress {
        if len < 2 || !std::io::stderr().is_terminal() {
            return Progress { bar: indicatif::ProgressBar::hidden() };
        }
        let bar = indicatif::ProgressBar::new(len);
        let template = format!("{{bar:40}} {{pos}}/{{len}} {unit}, {{elapsed}} (eta {{eta}}) {{msg}}");
        if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
            bar.set_style(style);
        }
        Progress { bar }
    }

    /// Names the item being worked on.
    pub fn working_on(&self, item: &str) {
        self.bar.set_message(item.to_owned());
    }

    /// Counts one item as done.
    pub fn done_one(&self) {
        self.bar.inc(1);
    }

    /// Prints `line` above the bar (nothing when the bar is not shown).
    pub fn println(&self, line: impl AsRef<str>) {
        self.bar.println(line);
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
