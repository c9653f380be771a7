//! The ratchet: `xtask/corpus/baseline.json` holds the pass counts main has reached; a run that
//! falls below them, or in which any spec panics or times out, fails.

use serde::{Deserialize, Serialize};

/// The committed counts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    /// Specs of the whole corpus that generated (`ok` or `ok with warnings`).
    pub generated: usize,
    /// The size of the compile sample the next two counts were measured on.
    pub compile_sample: usize,
    /// SDKs of that sample that passed clippy with warnings denied.
    pub compile_passed: usize,
    /// Schema examples of that sample that decoded into their type and encoded back.
    pub examples_passed: usize,
}

/// What one run measured, to hold against the baseline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Measured {
    /// Generated specs, when the whole corpus ran (not a `--spec` subset).
    pub generated: Option<usize>,
    /// Compile sample size and passes, and examples passed, when a sample was compiled.
    pub compile: Option<(usize, usize, usize)>,
    /// Specs that panicked.
    pub panics: usize,
    /// Specs that ran out of time.
    pub timeouts: usize,
}

impl Baseline {
    /// Why `measured` fails the ratchet, one line each; empty when it holds. Counts that were
    /// not measured (a subset, no sample or a sample of another size) are not compared.
    pub fn regressions(&self, measured: &Measured) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(generated) = measured.generated.filter(|g| *g < self.generated) {
            out.push(format!("{generated} specs generated, fewer than the baseline's {}", self.generated));
        }
        if let Some((sample, passed, examples)) = measured.compile.filter(|c| c.0 == self.compile_sample) {
            if passed < self.compile_passed {
                out.push(format!("{passed} of {sample} sampled SDKs pass clippy, fewer than the baseline's {}", self.compile_passed));
            }
            if examples < self.examples_passed {
                out.push(format!("{examples} schema examples round-trip, fewer than the baseline's {}", self.examples_passed));
            }
        }
        if measured.panics > 0 {
            out.push(format!("{} spec(s) panicked; a panic is always a bug", measured.panics));
        }
        if measured.timeouts > 0 {
            out.push(format!("{} spec(s) ran out of time; a hang is always a bug", measured.timeouts));
        }
        out
    }

    /// The baseline raised (or lowered) to what was measured; counts not measured are kept.
    pub fn updated(&self, measured: &Measured) -> Baseline {
        let mut next = self.clone();
        if let Some(generated) = measured.generated {
            next.generated = generated;
        }
        if let Some((sample, passed, examples)) = measured.compile {
            next.compile_sample = sample;
            next.compile_passed = passed;
            next.examples_passed = examples;
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn baseline() -> Baseline {
        Baseline { generated: 2300, compile_sample: 25, compile_passed: 20, examples_passed: 100 }
    }

    #[test]
    fn equal_or_better_counts_hold() {
        let measured = Measured { generated: Some(2300), compile: Some((25, 21, 100)), panics: 0, timeouts: 0 };
        assert_eq!(baseline().regressions(&measured), Vec::<String>::new());
    }

    #[test]
    fn fewer_generated_or_compiled_or_examples_fail() {
        let measured = Measured { generated: Some(2299), compile: Some((25, 19, 99)), panics: 0, timeouts: 0 };
        let found = baseline().regressions(&measured);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].contains("2299 specs generated"));
    }

    #[test]
    fn a_subset_or_another_sample_size_is_not_compared() {
        let measured = Measured { generated: None, compile: Some((10, 1, 0)), panics: 0, timeouts: 0 };
        assert!(baseline().regressions(&measured).is_empty());
    }

    #[test]
    fn any_panic_or_timeout_fails_even_on_a_subset() {
        let measured = Measured { generated: None, compile: None, panics: 1, timeouts: 2 };
        assert_eq!(baseline().regressions(&measured).len(), 2);
    }

    #[test]
    fn updating_takes_what_was_measured_and_keeps_the_rest() {
        let measured = Measured { generated: None, compile: Some((30, 28, 140)), panics: 0, timeouts: 0 };
        let next = baseline().updated(&measured);
        assert_eq!(next, Baseline { generated: 2300, compile_sample: 30, compile_passed: 28, examples_passed: 140 });
    }
}
